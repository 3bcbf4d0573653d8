use crate::diagnostic::Diagnostic;
use crate::rules::{ClusterKind, Context};
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// The body creates an ACK dedicated cluster, which new customers can no longer create since 2024-08-21.
    ///
    /// ## Why is this bad?
    /// Alibaba Cloud stopped the creation of new ACK dedicated clusters (`cluster_type: Kubernetes`, where you
    /// run the masters yourself) on 2024-08-21. Only allow-listed accounts can still create them; for every
    /// other account the request fails. The API reference still describes this cluster type, so bodies copied
    /// from it hit this. ACK managed clusters (ACK Pro) run the control plane for you and are the replacement.
    ///
    /// If your account is allow-listed, ignore this warning or disable the rule.
    ///
    /// ## Example
    /// ```json
    /// { "cluster_type": "Kubernetes" }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "cluster_type": "ManagedKubernetes", "cluster_spec": "ack.pro.small" }
    /// ```
    ///
    /// ## References
    /// - ACK documentation on creating dedicated clusters: creation stopped on 2024-08-21.
    /// - Terraform documentation: the dedicated-cluster resource is deprecated.
    pub(crate) struct DedicatedClusterEndOfSale {
        code: "LIF004",
        name: "dedicated-cluster-end-of-sale",
        severity: Warning,
    }
}

impl DedicatedClusterEndOfSale {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if cx.kind != ClusterKind::Dedicated {
            return;
        }
        let lang = cx.lang;
        out.push(
            Self::META
                .diagnostic(t!(lang, "lif004"))
                .at(Field::ClusterType.pointer(&[]))
                .label(t!(lang, "lif004.label"))
                .help(t!(lang, "lif004.help")),
        );
    }
}
