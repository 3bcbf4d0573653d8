use super::util::{all, name};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;

crate::declare_rule! {
    /// Both a key pair and a password are set for the same machines.
    ///
    /// ## Why is this bad?
    /// Nodes log in either with an ECS key pair or with a password, never both: the API takes exactly one of
    /// `key_pair` and `login_password`. This holds for each node pool (`scaling_group.key_pair` /
    /// `scaling_group.login_password`) and, in a dedicated cluster, for the masters, whose login is given in
    /// `control_plane_config` or by the deprecated top-level fields. The request is rejected or one of the two
    /// is silently dropped.
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
    /// ## References
    /// - API reference: `key_pair` and `login_password` are alternatives (choose one); its own example sets
    ///   both, at the cluster level and in the node pool.
    /// - SDK: set this parameter or `login_password`.
    /// - Terraform: `key_name` conflicts with `password` in the cluster and node-pool resources.
    pub struct KeyPairAndPasswordBothSet {
        code: "LOG001",
        name: "key-pair-and-password-both-set",
        group: Login,
        severity: Error,
    }
}

impl KeyPairAndPasswordBothSet {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for login in all(cx) {
            let (Some(key), Some(password)) = (login.key_pairs.first(), login.passwords.first()) else { continue };
            let mut d = Self::META
                .diagnostic(format!(
                    "both a key pair (`{}`) and a password (`{}`) are set for {}",
                    name(key.field),
                    name(password.field),
                    login.who
                ))
                .at(&password.pointer)
                .label("password")
                .help(format!(
                    "keep only one way to log in; a key pair is safer: remove `{}`",
                    login.passwords.iter().map(|p| name(p.field)).collect::<Vec<_>>().join("` and `")
                ));
            for k in &login.key_pairs {
                d = d.with(Label::at(&k.pointer, "key pair"));
            }
            for p in &login.passwords[1..] {
                d = d.with(Label::at(&p.pointer, "password"));
            }
            out.push(d);
        }
    }
}
