use crate::i18n::Lang;
use super::util::{all, managed_top_level};
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::rules::messages::join_and;
use crate::model::Platform;
use crate::spec::Field;
use crate::t;

/// The special characters ECS accepts in a logon password.
const SPECIALS: &str = "()`~!@#$%^&*-_+=|{}[]:;'<>,.?/";

/// Inclusive length bounds of a password, used where the field spec gives none.
const LENGTH: (u64, u64) = (8, 30);

/// The length bounds of a password field: the spec's, else [`LENGTH`].
fn bounds(field: Field) -> (u64, u64) {
    let meta = field.meta();
    (meta.min_length.unwrap_or(LENGTH.0), meta.max_length.unwrap_or(LENGTH.1))
}

/// How many of the four character classes a password needs.
const CLASSES_NEEDED: usize = 3;

crate::declare_rule! {
    /// A `login_password` does not meet the ECS password policy.
    ///
    /// ## Why is this bad?
    /// ECS only accepts logon passwords of 8 to 30 characters that use at least three of the four character
    /// classes: uppercase letters, lowercase letters, digits and special characters, where the special
    /// characters are ``()`~!@#$%^&*-_+=|{}[]:;'<>,.?/``. Any other character, such as a space or a letter with
    /// an accent, is refused. A password that breaks the policy makes the masters or the node pool fail to be
    /// created. Windows nodes also refuse a password that starts with `/`.
    ///
    /// Each node pool's `login_password` is checked, whatever the cluster type. On dedicated clusters the
    /// cluster-level ones (the top-level field and the one in `control_plane_config`) are the masters' login.
    /// On managed and edge clusters (not Serverless, which has no nodes of its own) the deprecated top-level
    /// password is the login of the worker nodes that old bodies create with `worker_*` fields, so it is
    /// judged too (the same scope as `key-pair-and-password-both-set`); `control_plane_config` does not apply
    /// there. The finding says which requirement fails, never the
    /// password or its length. The length bounds and the allowed characters are checked by the structure check
    /// where the field spec declares them.
    ///
    /// ## Severity
    /// An error, except for node pools of a cluster with `auto_mode.enable: true`, where it is a warning:
    /// Terraform says the service sets the login of auto-mode node pools itself (whether the cluster-level
    /// switch of CreateCluster does the same for the pools in the body is unverified).
    ///
    /// ## Example
    /// ```json
    /// { "control_plane_config": { "key_pair": null, "login_password": "opsteam2024" } }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "control_plane_config": { "key_pair": null, "login_password": "OpsTeam#2024" } }
    /// ```
    ///
    /// ## References
    /// - API reference and SDK: 8 to 30 characters with at least three of uppercase letters, lowercase
    ///   letters, digits and special characters.
    /// - Terraform ECS scaling-configuration documentation: the list of accepted special characters, and that
    ///   Windows passwords cannot start with `/`.
    /// - No ACK error code for a weak password is known (rules catalog, observed errors); the sources above
    ///   agree, so the rule stays an error.
    pub(crate) struct LoginPasswordTooWeak {
        code: "LOG003",
        name: "login-password-too-weak",
        severity: Error,
    }
}

/// The requirements `password` fails, in words; `field` decides which checks the structure check already makes.
fn failures(lang: Lang, password: &str, field: Field, windows: bool) -> Vec<String> {
    let meta = field.meta();
    let mut out = Vec::new();
    if meta.min_length.is_none() && meta.max_length.is_none() {
        let (min, max) = bounds(field);
        let len = password.chars().count() as u64;
        if len < min {
            out.push(t!(lang, "log003-problem.too-short", min));
        } else if len > max {
            out.push(t!(lang, "log003-problem.too-long", max));
        }
    }
    let special = |c: char| SPECIALS.contains(c);
    if meta.pattern.is_none() && password.chars().any(|c| !c.is_ascii_alphanumeric() && !special(c)) {
        out.push(t!(lang, "log003-problem.character"));
    }
    let classes = [
        password.chars().any(|c| c.is_ascii_uppercase()),
        password.chars().any(|c| c.is_ascii_lowercase()),
        password.chars().any(|c| c.is_ascii_digit()),
        password.chars().any(special),
    ]
    .iter()
    .filter(|&&b| b)
    .count();
    if classes < CLASSES_NEEDED {
        out.push(t!(lang, "log003-problem.classes", classes));
    }
    if windows && password.starts_with('/') {
        out.push(t!(lang, "log003-problem.slash"));
    }
    out
}

/// Whether node pool `index` runs Windows (`image_type`, or the deprecated `platform`).
// Deprecated fields read on purpose: `platform` still tells a Windows pool.
#[allow(deprecated)]
fn windows_pool(cx: &Context<'_>, index: usize) -> bool {
    let sg = cx.request.nodepools.as_ref().and_then(|n| n.get(index)).and_then(|n| n.scaling_group.as_ref());
    let os = sg.and_then(|s| s.image_type.as_deref().or(s.platform.as_ref().map(Platform::as_str)));
    os.is_some_and(|o| o.starts_with("Windows"))
}

impl LoginPasswordTooWeak {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        // On a managed cluster the deprecated top-level password is the login of the nodes the body creates
        // outside node pools (`worker_*` bodies), so ECS judges it like any other.
        let lang = cx.lang;
        let top = managed_top_level(cx);
        for login in all(cx).chain(top.as_ref()) {
            let windows = login.pool.is_some_and(|i| windows_pool(cx, i));
            for p in &login.passwords {
                let failed = failures(lang, &p.value, p.field, windows);
                if failed.is_empty() {
                    continue;
                }
                let (min, max) = bounds(p.field);
                let d = Self::META
                    .diagnostic(t!(
                        lang,
                        "log003",
                        field = p.field.display_in_pool(),
                        who = login.who.as_str(),
                        problems = join_and(lang, &failed),
                    ))
                    .at(&p.pointer)
                    .label(t!(lang, "log003.label"))
                    .help(t!(lang, "log003.help", min, max, classes = CLASSES_NEEDED));
                out.push(if login.pool.is_some() { cx.pool_setting_finding(d) } else { d });
            }
        }
    }
}
