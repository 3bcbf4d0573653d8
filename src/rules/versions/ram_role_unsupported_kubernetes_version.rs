use super::{version_before, version_label};
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// A node pool sets `scaling_group.ram_role_name` on a Kubernetes version older than 1.22.
    ///
    /// ## Why is this bad?
    /// A custom worker RAM role per node pool is available only for (allow-listed) managed clusters running
    /// Kubernetes 1.22 or later. On an older version the pool's nodes would not get the role you expect.
    ///
    /// Unlike the other version gates (`rrsa-unsupported-kubernetes-version`,
    /// `nftables-unsupported-kubernetes-version`, `private-interconnect-unsupported-kubernetes-version`),
    /// which are errors, this one is a warning: the field is open only to allow-listed accounts, so whether
    /// the body works depends on the account, which acklint cannot see, and no source says how the service
    /// treats a listed account on an older version (refusal, or the cluster's default worker role).
    ///
    /// ## Example
    /// ```json
    /// {
    ///   "cluster_type": "ManagedKubernetes",
    ///   "kubernetes_version": "1.20.11-aliyun.1",
    ///   "nodepools": [
    ///     {
    ///       "nodepool_info": { "name": "web" },
    ///       "scaling_group": {
    ///         "instance_charge_type": "PostPaid",
    ///         "instance_types": ["ecs.g7.2xlarge"],
    ///         "vswitch_ids": ["vsw-uf6a1b2c3d4e5f6g7h8i9"],
    ///         "key_pair": "ops-keypair",
    ///         "ram_role_name": "ack-np-worker-role"
    ///       }
    ///     }
    ///   ]
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// {
    ///   "cluster_type": "ManagedKubernetes",
    ///   "kubernetes_version": "1.33.1-aliyun.1",
    ///   "nodepools": [
    ///     {
    ///       "nodepool_info": { "name": "web" },
    ///       "scaling_group": {
    ///         "instance_charge_type": "PostPaid",
    ///         "instance_types": ["ecs.g7.2xlarge"],
    ///         "vswitch_ids": ["vsw-uf6a1b2c3d4e5f6g7h8i9"],
    ///         "key_pair": "ops-keypair",
    ///         "ram_role_name": "ack-np-worker-role"
    ///       }
    ///     }
    ///   ]
    /// }
    /// ```
    ///
    /// ## References
    /// - SDK (`nodepool_model.go`, `ram_role_name`) and Terraform node pool documentation: supported only for
    ///   ACK managed clusters running Kubernetes 1.22 or later, and only for allow-listed accounts.
    pub(crate) struct RamRoleUnsupportedKubernetesVersion {
        code: "VER007",
        name: "ram-role-unsupported-kubernetes-version",
        severity: Warning,
    }
}

impl RamRoleUnsupportedKubernetesVersion {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let Some(v) = version_before(cx, 1, 22) else { return };
        let lang = cx.lang;
        for (i, pool) in cx.pools() {
            if pool.scaling_group.as_ref().and_then(|s| s.ram_role_name.as_deref()).is_none_or(str::is_empty) {
                continue;
            }
            out.push(
                Self::META
                    .diagnostic(t!(
                        lang,
                        "ver007",
                        field = Field::NodepoolsScalingGroupRamRoleName.display_at(&[i]),
                        version = v.to_string()
                    ))
                    .at(Field::NodepoolsScalingGroupRamRoleName.pointer(&[i]))
                    .label(t!(lang, "ver007.label"))
                    .with(version_label(lang, v))
                    .help(t!(lang, "ver007.help")),
            );
        }
    }
}
