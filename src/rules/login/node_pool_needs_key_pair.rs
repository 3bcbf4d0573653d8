use super::util::{key_pair_only, pools};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// A managed node pool, or one running ContainerOS, logs in with a password instead of a key pair.
    ///
    /// ## Why is this bad?
    /// Managed node pools (`management.enable: true`), whose nodes ACK repairs and upgrades by itself, and
    /// pools with the `ContainerOS` image accept only an ECS key pair for logon. With
    /// `scaling_group.login_password` instead of `scaling_group.key_pair` the node pool cannot be created.
    ///
    /// Not checked when the cluster turns on auto mode (`auto_mode.enable: true`): Terraform says the service
    /// sets the login of auto-mode node pools itself. Whether the cluster-level switch of CreateCluster does
    /// the same for the pools in the body is unverified, so the rule stays quiet rather than guess.
    ///
    /// ## Example
    /// ```json
    /// {
    ///   "cluster_type": "ManagedKubernetes",
    ///   "nodepools": [{
    ///     "nodepool_info": { "name": "web" },
    ///     "kubernetes_config": { "runtime": "containerd", "runtime_version": "1.6.36" },
    ///     "management": { "enable": true, "auto_repair": true },
    ///     "scaling_group": {
    ///       "instance_charge_type": "PostPaid",
    ///       "instance_types": ["ecs.g7.2xlarge"],
    ///       "vswitch_ids": ["vsw-uf6a1b2c3d4e5f6g7h8i9", "vsw-uf6b2c3d4e5f6g7h8i9j0"],
    ///       "image_type": "AliyunLinux3",
    ///       "login_password": "Web#Nodes2024",
    ///       "desired_size": 2
    ///     }
    ///   }]
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// {
    ///   "cluster_type": "ManagedKubernetes",
    ///   "nodepools": [{
    ///     "nodepool_info": { "name": "web" },
    ///     "kubernetes_config": { "runtime": "containerd", "runtime_version": "1.6.36" },
    ///     "management": { "enable": true, "auto_repair": true },
    ///     "scaling_group": {
    ///       "instance_charge_type": "PostPaid",
    ///       "instance_types": ["ecs.g7.2xlarge"],
    ///       "vswitch_ids": ["vsw-uf6a1b2c3d4e5f6g7h8i9", "vsw-uf6b2c3d4e5f6g7h8i9j0"],
    ///       "image_type": "AliyunLinux3",
    ///       "key_pair": "ops-keypair",
    ///       "desired_size": 2
    ///     }
    ///   }]
    /// }
    /// ```
    ///
    /// ## References
    /// - SDK node-pool model: a managed node pool must specify `key_pair`.
    /// - SDK of CreateClusterNodePool: `ContainerOS` nodes support key pairs only.
    /// - Terraform node-pool documentation: managed node pools take only a key pair; auto-mode node pools
    ///   get their login from the service.
    /// - No source contradicts these, and no refusal has been observed; the sources agree, so the rule is an
    ///   error.
    pub(crate) struct NodePoolNeedsKeyPair {
        code: "LOG004",
        name: "node-pool-needs-key-pair",
        severity: Error,
    }
}

impl NodePoolNeedsKeyPair {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if cx.is_auto_mode() {
            return;
        }
        for login in pools(cx) {
            let (Some(i), Some(password)) = (login.pool, login.passwords.first()) else { continue };
            if !login.key_pairs.is_empty() {
                continue;
            }
            let Some((reason_at, reason)) = key_pair_only(cx, i) else { continue };
            let lang = cx.lang;
            let key_pair = Field::NodepoolsScalingGroupKeyPair.display_in_pool();
            let password_field = password.field.display_in_pool();
            out.push(
                Self::META
                    .diagnostic(t!(
                        lang,
                        "log004",
                        who = login.who.as_str(),
                        password = password_field,
                        reason,
                        key_pair,
                    ))
                    .at(&password.pointer)
                    .label(t!(lang, "log004.label"))
                    .with(Label::at(reason_at, t!(lang, "log004.label-reason")))
                    .help(t!(lang, "log004.help", password = password_field, key_pair)),
            );
        }
    }
}
