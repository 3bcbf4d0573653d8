use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::Context;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// The cluster `name` starts with `_` or `-`.
    ///
    /// ## Why is this bad?
    /// The sources disagree on the characters a cluster name may hold, but not on a leading `_`: the API
    /// reference allows `_` inside a name yet forbids it as the first character, and the SDK does not allow
    /// `_` at all. A name starting with `_` is refused by every source's rule.
    ///
    /// A leading `-` is murkier: the SDK (and the ACK Edge API page) forbid it, while the API reference allows
    /// `-` without saying where. Starting with a letter, digit or Chinese character is safe everywhere.
    ///
    /// ## Severity
    /// - Leading `_`: error. The API reference forbids it and the SDK does not allow `_` at all.
    /// - Leading `-`: warning. The SDK forbids it, the API reference does not.
    ///
    /// ## Example
    /// ```json
    /// { "name": "_payments" }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "name": "payments" }
    /// ```
    ///
    /// ## References
    /// - API reference (`name`): digits, Chinese characters, letters, `-` and `_`, 1 to 63 characters, not
    ///   starting with `_`.
    /// - SDK (`name`): digits, letters and `-`, not starting with `-`.
    /// - ROS `ALIYUN::CS::ManagedEdgeKubernetesCluster` (`Name`): must start with a letter or a digit.
    pub(crate) struct ClusterNameLeadingSeparator {
        code: "NAM001",
        name: "cluster-name-leading-separator",
        severity: Error,
    }
}

impl ClusterNameLeadingSeparator {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let Some(name) = cx.request.name.as_deref() else { return };
        let Some(first) = name.chars().next().filter(|c| matches!(c, '-' | '_')) else { return };
        let trimmed = name.trim_start_matches(['-', '_']);
        let lang = cx.lang;
        let help = if trimmed.is_empty() { t!(lang, "nam001.help") } else { t!(lang, "nam001.help-example", trimmed) };
        let d = Self::META
            .diagnostic(t!(lang, "nam001", name, first))
            .at(Field::Name.pointer(&[]))
            .label(t!(lang, "nam001.label"))
            .help(help);
        // Only the SDK forbids a leading `-`; every source forbids a leading `_`.
        out.push(if first == '-' { d.severity(Severity::Warning) } else { d });
    }
}
