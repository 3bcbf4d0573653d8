use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;

crate::declare_rule! {
    /// The cluster `name` starts with `-` or `_`.
    ///
    /// ## Why is this bad?
    /// The sources disagree on the allowed characters, but each forbids one of these two as the first
    /// character: the API reference says a name must not start with `_`, and the SDK says it must not
    /// start with `-`. A name that starts with either may be rejected, and it also sorts and reads badly
    /// in consoles and scripts. Starting with a letter, digit or Chinese character is safe everywhere.
    ///
    /// ## Example
    /// ```json
    /// { "name": "-payments" }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "name": "payments" }
    /// ```
    ///
    /// ## References
    /// - API reference: the name must not start with an underscore.
    /// - SDK: the name must not start with a hyphen.
    pub struct ClusterNameLeadingSeparator {
        code: "NAM001",
        name: "cluster-name-leading-separator",
        group: Naming,
        severity: Warning,
    }
}

impl ClusterNameLeadingSeparator {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let Some(name) = cx.request.name.as_deref() else { return };
        let Some(first) = name.chars().next().filter(|c| matches!(c, '-' | '_')) else { return };
        let trimmed = name.trim_start_matches(['-', '_']);
        let help = if trimmed.is_empty() {
            "start the name with a letter, digit or Chinese character".to_string()
        } else {
            format!("start the name with a letter, digit or Chinese character, for example `{trimmed}`")
        };
        out.push(
            Self::META
                .diagnostic(format!("cluster `name` `{name}` starts with `{first}`"))
                .at(Field::Name.pointer(&[]))
                .label("leading separator")
                .help(help),
        );
    }
}
