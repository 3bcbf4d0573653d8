use crate::diagnostic::Diagnostic;
use crate::i18n::Lang;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// `user_data` is not Base64-encoded.
    ///
    /// ## Why is this bad?
    /// The instance user data (the script each node runs at first boot) must be sent Base64-encoded, both
    /// in a node pool's `kubernetes_config.user_data` and in the deprecated top-level `user_data`. A plain
    /// script, or text with characters outside the Base64 alphabet, is rejected or decoded into garbage,
    /// and the nodes never run the intended script. Terraform encodes the script for you; raw API calls
    /// must do it themselves. Line breaks inside the encoded text are accepted.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" },
    ///     "kubernetes_config": { "user_data": "#!/bin/bash\necho hello > /tmp/hello" } }
    /// ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" },
    ///     "kubernetes_config": { "user_data": "IyEvYmluL2Jhc2gKZWNobyBoZWxsbyA+IC90bXAvaGVsbG8K" } }
    /// ] }
    /// ```
    ///
    /// ## References
    /// - SDK: user data is a Base64-encoded script.
    /// - Terraform node pool resource: it Base64-encodes `user_data` that is not already encoded.
    /// - API reference: its example `user_data` is Base64 (`dGhpcyBpcyBhIGV4YW1wbGU=`).
    pub(crate) struct UserDataNotBase64 {
        code: "NAM012",
        name: "user-data-not-base64",
        severity: Error,
    }
}

impl UserDataNotBase64 {
    // Deprecated fields read on purpose: this rule checks the deprecated top-level `user_data` too.
    #[allow(deprecated)]
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let r = cx.request;
        if let Some(data) = r.user_data.as_deref() {
            Self::check(cx, data, "user_data", Field::UserData.pointer(&[]), out);
        }
        for (i, pool) in cx.pools() {
            let Some(data) = pool.kubernetes_config.as_ref().and_then(|k| k.user_data.as_deref()) else { continue };
            Self::check(
                cx,
                data,
                "kubernetes_config.user_data",
                Field::NodepoolsKubernetesConfigUserData.pointer(&[i]),
                out,
            );
        }
    }

    fn check(cx: &Context<'_>, data: &str, field: &str, pointer: String, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        let Some(problem) = base64_problem(lang, data) else { return };
        let script = data.trim_start().starts_with("#!") || data.trim_start().starts_with("#cloud-config");
        let help = if script { t!(lang, "nam012.help-script") } else { t!(lang, "nam012.help") };
        out.push(
            Self::META
                .diagnostic(t!(lang, "nam012", field, problem))
                .at(pointer)
                .label(t!(lang, "nam012.label"))
                .help(help),
        );
    }
}

/// Why `data` is not standard, padded Base64 (line breaks allowed), in `lang`, or `None` when it is.
fn base64_problem(lang: Lang, data: &str) -> Option<String> {
    let text: Vec<char> = data.chars().filter(|c| !matches!(c, '\n' | '\r')).collect();
    if let Some(&c) = text.iter().find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '='))) {
        return Some(match c {
            ' ' => t!(lang, "nam012-problem.space"),
            '\t' => t!(lang, "nam012-problem.tab"),
            '-' | '_' => t!(lang, "nam012-problem.url-safe", char = c),
            c => t!(lang, "nam012-problem.char", char = c),
        });
    }
    let body_len = text.iter().position(|&c| c == '=').unwrap_or(text.len());
    let padding = text.len() - body_len;
    if text[body_len..].iter().any(|&c| c != '=') || padding > 2 {
        return Some(t!(lang, "nam012-problem.padding"));
    }
    if !text.len().is_multiple_of(4) {
        return Some(t!(lang, "nam012-problem.length", length = text.len()));
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;

    fn base64_problem(data: &str) -> Option<String> {
        super::base64_problem(Lang::En, data)
    }

    #[test]
    fn base64() {
        assert_eq!(base64_problem(""), None);
        assert_eq!(base64_problem("dGhpcyBpcyBhIGV4YW1wbGU="), None);
        assert_eq!(base64_problem("IyEvYmlu\nL2Jhc2gK"), None);
        assert!(base64_problem("#!/bin/bash").is_some());
        assert!(base64_problem("dGhpcyBpcyBhIGV4YW1wbGU").is_some());
        assert!(base64_problem("ab=c").is_some());
        assert!(base64_problem("a-b_").is_some());
    }
}
