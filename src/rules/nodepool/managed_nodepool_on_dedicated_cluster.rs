use crate::t;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::rules::messages::pool_label;
use crate::spec::Field;

crate::declare_rule! {
    /// A node pool of a dedicated cluster (`cluster_type` `Kubernetes`) turns on `management.enable`.
    ///
    /// ## Why is this bad?
    /// Managed node pools (automatic repair, upgrade and CVE patching run by ACK) are a feature of ACK
    /// managed clusters, in particular the Pro edition. On a dedicated cluster the setting is not
    /// supported, so the pool will not be managed the way the body suggests.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" }, "management": { "enable": true, "auto_repair": true } }
    /// ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" } }
    /// ] }
    /// ```
    ///
    /// ## References
    /// - Terraform node pool docs: managed node pools are supported only for professional managed clusters.
    pub(crate) struct ManagedNodepoolOnDedicatedCluster {
        code: "NP012",
        name: "managed-nodepool-on-dedicated-cluster",
        severity: Warning,
    }
}

impl ManagedNodepoolOnDedicatedCluster {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if !cx.is_dedicated() {
            return;
        }
        for (i, pool) in cx.pools() {
            if pool.management.as_ref().and_then(|m| m.enable) != Some(true) {
                continue;
            }
            out.push(
                Self::META
                    .diagnostic(t!(cx.lang, "np012", pool = pool_label(cx.lang, i, pool)))
                    .at(Field::NodepoolsManagementEnable.pointer(&[i]))
                    .label(t!(cx.lang, "np012.label"))
                    .with(Label::at(Field::ClusterType.pointer(&[]), t!(cx.lang, "np012.label-cluster")))
                    .help(t!(cx.lang, "np012.help")),
            );
        }
    }
}
