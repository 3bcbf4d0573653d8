use super::util::{all, managed_top_level};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::fix::Fix;
use crate::rules::Context;
use crate::rules::messages::{backticked, join_and};
use crate::t;

crate::declare_rule! {
    /// Both a key pair and a password are set for the same machines.
    ///
    /// ## Why is this bad?
    /// Nodes log in either with an ECS key pair or with a password, never both: the API takes exactly one of
    /// `key_pair` and `login_password`. This holds for each node pool (`scaling_group.key_pair` /
    /// `scaling_group.login_password`); in a dedicated cluster for the masters, whose login is given in
    /// `control_plane_config` or by the deprecated top-level fields; and in a managed or Edge cluster for the
    /// deprecated top-level `key_pair` and `login_password`. The request is rejected or one of the two is
    /// silently dropped.
    ///
    /// ## Severity
    /// An error: the API reference says to choose one of the two, the SDK says to set one or the other, and
    /// Terraform declares the two fields in conflict. The reference's own example sets both, but that example
    /// is not valid JSON (comments, a missing comma), so it shows nothing about what the service accepts.
    /// Node pools of a cluster with `auto_mode.enable: true` get a warning instead: Terraform says the service
    /// sets the login of auto-mode node pools itself (whether the cluster-level switch of CreateCluster does
    /// the same for the pools in the body is unverified).
    ///
    /// ## Example
    /// ```json
    /// { "control_plane_config": { "key_pair": "ops-keypair", "login_password": "Ops#2024pass" } }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "control_plane_config": { "key_pair": "ops-keypair" } }
    /// ```
    ///
    /// ## Fix
    /// Unsafe: removes the password fields and keeps the key pair, as the help recommends. It changes how you
    /// log in to the nodes, so it is applied only with `--unsafe-fixes`; to keep the password instead, remove
    /// the key pair by hand.
    ///
    /// ## References
    /// - API reference: `key_pair` and `login_password` are alternatives (choose one); its own example sets
    ///   both, at the cluster level and in the node pool, in a block that is not valid JSON.
    /// - SDK: set this parameter or `login_password`, for the top level, `control_plane_config` and node pools.
    /// - Terraform: `key_name` conflicts with `password` in the cluster and node-pool resources.
    /// - Terraform node-pool documentation: auto-mode node pools ignore the user's login settings.
    pub(crate) struct KeyPairAndPasswordBothSet {
        code: "LOG001",
        name: "key-pair-and-password-both-set",
        severity: Error,
        fix: Unsafe,
    }
}

impl KeyPairAndPasswordBothSet {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        let top = managed_top_level(cx);
        for login in all(cx).chain(top.as_ref()) {
            let (Some(key), Some(password)) = (login.key_pairs.first(), login.passwords.first()) else { continue };
            let passwords =
                join_and(lang, &backticked(&login.passwords.iter().map(|p| p.field.display_in_pool()).collect::<Vec<_>>()));
            let mut d = Self::META
                .diagnostic(t!(
                    lang,
                    "log001",
                    key_pair = key.field.display_in_pool(),
                    password = password.field.display_in_pool(),
                    who = login.who.as_str(),
                ))
                .at(&password.pointer)
                .label(t!(lang, "log001.label"))
                .help(t!(lang, "log001.help", passwords));
            for k in &login.key_pairs {
                d = d.with(Label::at(&k.pointer, t!(lang, "log001.label-key-pair")));
            }
            for p in &login.passwords[1..] {
                d = d.with(Label::at(&p.pointer, t!(lang, "log001.label")));
            }
            let remove =
                || login.passwords.iter().fold(Fix::unsafe_(t!(lang, "log001.fix")), |f, p| f.remove(p.pointer.clone()));
            d = d.fix(cx.fix(remove));
            out.push(if login.pool.is_some() { cx.pool_setting_finding(d) } else { d });
        }
    }
}
