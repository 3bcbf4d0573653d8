use super::{version_before, version_label};
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::model::{InterconnectMode, NodepoolType};
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// An edge node pool uses `interconnect_mode: private` on a Kubernetes version older than 1.22.
    ///
    /// ## Why is this bad?
    /// Enhanced edge node pools, which reach the cloud over a private link (`interconnect_mode: private`), are
    /// available only for clusters running Kubernetes 1.22 or later. On an older version the pool cannot be
    /// created that way. Only pools of `nodepool_info.type` `edge` are checked: the SDK says the mode has no
    /// effect on other pools.
    ///
    /// This is an error, like the other version gates (`rrsa-unsupported-kubernetes-version`,
    /// `nftables-unsupported-kubernetes-version`): one source states the bound, nothing contradicts it, and
    /// every version below 1.22 has left the set of versions a cluster can be created with.
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
    /// - SDK (`nodepool_model.go`, `interconnect_mode`): `private` is supported from Kubernetes 1.22 on, and
    ///   the field applies only to node pools of type `edge`.
    /// - ACK's list of supported Kubernetes versions: 1.22 and older are out of support.
    pub(crate) struct PrivateInterconnectUnsupportedKubernetesVersion {
        code: "VER006",
        name: "private-interconnect-unsupported-kubernetes-version",
        severity: Error,
    }
}

impl PrivateInterconnectUnsupportedKubernetesVersion {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let Some(v) = version_before(cx, 1, 22) else { return };
        let lang = cx.lang;
        for (i, pool) in cx.pools() {
            let edge_pool = pool.nodepool_info.as_ref().and_then(|p| p.r#type.as_ref()) == Some(&NodepoolType::Edge);
            if !edge_pool || pool.interconnect_mode != Some(InterconnectMode::Private) {
                continue;
            }
            out.push(
                Self::META
                    .diagnostic(t!(
                        lang,
                        "ver006",
                        field = Field::NodepoolsInterconnectMode.display_at(&[i]),
                        version = v.to_string()
                    ))
                    .at(Field::NodepoolsInterconnectMode.pointer(&[i]))
                    .label(t!(lang, "ver006.label"))
                    .with(version_label(lang, v))
                    .help(t!(lang, "ver006.help")),
            );
        }
    }
}
