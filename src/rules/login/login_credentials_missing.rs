use super::util::{all, key_pair_only};
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::ClusterKind;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// Neither a key pair nor a password is set for the masters of a dedicated cluster or for a node pool.
    ///
    /// ## Why is this bad?
    /// The API needs exactly one way to log in to the ECS instances it creates: `key_pair` or `login_password`.
    /// Each node pool gives it in its `scaling_group`; the masters of a dedicated cluster in
    /// `control_plane_config` (or with the deprecated top-level fields). Managed clusters have no masters of
    /// your own, so only their node pools are checked: a managed body is never asked for a master login.
    /// Serverless, ACS and registered (`ExternalKubernetes`) clusters are not checked.
    ///
    /// ## Severity
    /// - **error** for the masters of a dedicated cluster: the API reference and the SDK ask for one of the two,
    ///   and nothing suggests the masters get a login otherwise.
    /// - **warning** for node pools: the SDK's node-pool model also asks for one of the two, but Alibaba
    ///   Cloud's current CreateCluster sample has a node pool without either, and bodies without a node-pool
    ///   login are known to have created clusters. Such nodes are simply not reachable by SSH.
    ///
    /// ## Example
    /// ```json
    /// { "control_plane_config": { "key_pair": null } }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "control_plane_config": { "key_pair": "ops-keypair" } }
    /// ```
    ///
    /// ## References
    /// - API reference: `key_pair` and `login_password` are alternatives, one of which is needed.
    /// - SDK: set this parameter or `login_password`, for the cluster and for the node pool.
    /// - Alibaba Cloud's current CreateCluster sample and bodies that created clusters: node pools without a
    ///   login (why node pools get a warning).
    pub(crate) struct LoginCredentialsMissing {
        code: "LOG002",
        name: "login-credentials-missing",
        severity: Error,
    }
}

impl LoginCredentialsMissing {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        // Serverless, ACS and registered clusters create no ECS nodes from this body that would need a login.
        if cx.is_serverless() || cx.kind == ClusterKind::External {
            return;
        }
        for login in all(cx) {
            if !login.key_pairs.is_empty() || !login.passwords.is_empty() {
                continue;
            }
            let (key, password) = match login.pool {
                Some(_) => (Field::NodepoolsScalingGroupKeyPair, Field::NodepoolsScalingGroupLoginPassword),
                None => (Field::ControlPlaneConfigKeyPair, Field::ControlPlaneConfigLoginPassword),
            };
            // A credential of the wrong JSON type is there, just malformed: the structure check reports it.
            let indices: Vec<usize> = login.pool.into_iter().collect();
            let candidates = match login.pool {
                Some(_) => vec![key, password],
                None => vec![key, password, Field::KeyPair, Field::LoginPassword],
            };
            if candidates.iter().any(|f| cx.has_wrong_type(*f, &indices)) {
                continue;
            }
            let lang = cx.lang;
            let (key_pair, password) = (key.display_in_pool(), password.display_in_pool());
            let help = match login.pool.and_then(|i| key_pair_only(cx, i)) {
                Some((_, reason)) => t!(lang, "log002.help-key-pair-only", key_pair, reason),
                None => t!(lang, "log002.help", key_pair, password),
            };
            out.push(
                Self::META
                    .diagnostic(t!(lang, "log002", who = login.who.as_str(), key_pair, password))
                    .at(&login.parent)
                    .label(if login.pool.is_none() && cx.request.control_plane_config.is_none() {
                        t!(lang, "log002.label-masters")
                    } else {
                        t!(lang, "log002.label")
                    })
                    .help(help)
                    // Node pools without a login are known to work (see the `Severity` section).
                    .severity(if login.pool.is_some() { Severity::Warning } else { Severity::Error }),
            );
        }
    }
}
