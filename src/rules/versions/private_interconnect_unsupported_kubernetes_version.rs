use super::{cluster_version, version_label};
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;
use std::cmp::Ordering;

crate::declare_rule! {
    /// An edge node pool uses `interconnect_mode: private` on a Kubernetes version older than 1.22.
    ///
    /// ## Why is this bad?
    /// Enhanced edge node pools, which reach the cloud over a private link (`interconnect_mode: private`), are
    /// available only for clusters running Kubernetes 1.22 or later. On an older version the pool cannot be
    /// created that way.
    ///
    /// ## Example
    /// ```json
    /// {
    ///   "kubernetes_version": "1.20.11-aliyun.1",
    ///   "nodepools": [
    ///     {
    ///       "nodepool_info": { "name": "edge", "type": "edge" },
    ///       "interconnect_mode": "private",
    ///       "scaling_group": {
    ///         "instance_charge_type": "PostPaid",
    ///         "instance_types": ["ecs.g7.xlarge"],
    ///         "vswitch_ids": ["vsw-bp1m7d4x9k2q5w8e1r3t6"],
    ///         "key_pair": "ops-keypair"
    ///       }
    ///     }
    ///   ]
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// {
    ///   "kubernetes_version": "1.33.1-aliyun.1",
    ///   "nodepools": [
    ///     {
    ///       "nodepool_info": { "name": "edge", "type": "edge" },
    ///       "interconnect_mode": "private",
    ///       "scaling_group": {
    ///         "instance_charge_type": "PostPaid",
    ///         "instance_types": ["ecs.g7.xlarge"],
    ///         "vswitch_ids": ["vsw-bp1m7d4x9k2q5w8e1r3t6"],
    ///         "key_pair": "ops-keypair"
    ///       }
    ///     }
    ///   ]
    /// }
    /// ```
    ///
    /// ## References
    /// - SDK: `interconnect_mode` `private` requires Kubernetes 1.22 or later.
    pub struct PrivateInterconnectUnsupportedKubernetesVersion {
        code: "VER006",
        name: "private-interconnect-unsupported-kubernetes-version",
        group: Versions,
        severity: Warning,
    }
}

impl PrivateInterconnectUnsupportedKubernetesVersion {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let Some(v) = cluster_version(cx) else { return };
        if v.cmp_minor(1, 22) != Ordering::Less {
            return;
        }
        for (i, pool) in cx.request.nodepools.iter().flatten().enumerate() {
            if pool.interconnect_mode.as_deref() != Some("private") {
                continue;
            }
            out.push(
                Self::META
                    .diagnostic(format!(
                        "`nodepools[{i}].interconnect_mode` `private` needs Kubernetes 1.22 or later, but `kubernetes_version` is {v}"
                    ))
                    .at(Field::NodepoolsInterconnectMode.pointer(&[i]))
                    .label("private link before 1.22")
                    .with(version_label(v))
                    .help("choose Kubernetes 1.22 or later, or use `interconnect_mode` `basic`"),
            );
        }
    }
}
