use crate::diagnostic::Diagnostic;
use crate::i18n::Lang;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;
use std::net::IpAddr;

crate::declare_rule! {
    /// An entry of `custom_san` or `extra_sans` is neither an IP address nor a DNS name.
    ///
    /// ## Why is this bad?
    /// These entries become Subject Alternative Names of the API server certificate, so each must be a
    /// bare IP address (`10.0.0.10`, `2001:db8::1`) or DNS name (`api.example.com`, `*.example.com`).
    /// A URL (`https://api.example.com`), a port, a space after a comma in `custom_san`, or an empty entry
    /// produces an invalid certificate request, and clients cannot reach the API server under that name.
    ///
    /// ## Example
    /// ```json
    /// { "extra_sans": ["https://api.example.com", "10.0.0.10"] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "extra_sans": ["api.example.com", "10.0.0.10"] }
    /// ```
    ///
    /// ## References
    /// - API reference and SDK: `custom_san` lists IP addresses or domain names separated by commas.
    /// - No refusal has been observed; the error rests on the certificate: a URL, a port or an empty entry
    ///   cannot be a name the API server answers to.
    /// - Terraform: it splits `custom_san` on commas; `extra_sans` takes one name per item.
    pub(crate) struct InvalidSan {
        code: "NAM013",
        name: "invalid-san",
        severity: Error,
    }
}

impl InvalidSan {
    // Deprecated fields read on purpose: `custom_san` still adds certificate names.
    #[allow(deprecated)]
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let r = cx.request;
        let lang = cx.lang;
        if let Some(list) = r.custom_san.as_deref() {
            for (n, item) in list.split(',').enumerate() {
                if let Some(problem) = san_problem(lang, item) {
                    let message = t!(lang, "nam013-custom-san", number = n + 1, item, problem);
                    Self::push(cx, message, Field::CustomSan.pointer(&[]), out);
                }
            }
        }
        for (j, item) in r.extra_sans.iter().flatten().enumerate() {
            if let Some(problem) = san_problem(lang, item) {
                // `extra_sans` is an array of strings: point at the item.
                let message = t!(lang, "nam013-extra-sans", index = j, item, problem);
                Self::push(cx, message, format!("{}/{j}", Field::ExtraSans.pointer(&[])), out);
            }
        }
    }

    fn push(cx: &Context<'_>, message: String, pointer: String, out: &mut Vec<Diagnostic>) {
        out.push(
            Self::META
                .diagnostic(message)
                .at(pointer)
                .label(t!(cx.lang, "nam013.label"))
                .help(t!(cx.lang, "nam013.help")),
        );
    }
}

/// Why `item` cannot be a certificate SAN, in `lang`, or `None` when it is an IP address or a DNS name.
fn san_problem(lang: Lang, item: &str) -> Option<String> {
    if item.is_empty() {
        return Some(t!(lang, "nam013-problem.empty"));
    }
    if item.trim() != item {
        return Some(t!(lang, "nam013-problem.spaces-around"));
    }
    if item.parse::<IpAddr>().is_ok() {
        return None;
    }
    if item.contains("://") {
        return Some(t!(lang, "nam013-problem.url"));
    }
    if item.contains('/') {
        return Some(t!(lang, "nam013-problem.slash"));
    }
    if item.contains(':') {
        return Some(t!(lang, "nam013-problem.port"));
    }
    if item.chars().any(char::is_whitespace) {
        return Some(t!(lang, "nam013-problem.space"));
    }
    let host = item.strip_prefix("*.").unwrap_or(item);
    let name = host.strip_suffix('.').unwrap_or(host);
    if name.len() > 253 {
        return Some(t!(lang, "nam013-problem.too-long", length = name.len()));
    }
    let bad_label = name.split('.').find(|l| {
        l.is_empty()
            || l.len() > 63
            || l.starts_with('-')
            || l.ends_with('-')
            || !l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    });
    match bad_label {
        None => None,
        Some("") => Some(t!(lang, "nam013-problem.empty-part")),
        Some(l) if l.len() > 63 => Some(t!(lang, "nam013-problem.long-part", length = l.len())),
        Some(part) => Some(t!(lang, "nam013-problem.bad-part", part)),
    }
}

#[cfg(test)]
mod tests {
    use super::san_problem;
    use crate::i18n::Lang;

    #[test]
    fn sans() {
        for ok in
            ["10.0.0.1", "2001:db8::1", "api.example.com", "*.example.com", "localhost", "kubernetes.default.svc."]
        {
            assert_eq!(san_problem(Lang::En, ok), None, "{ok}");
        }
        for bad in [
            "",
            " api.example.com",
            "https://api.example.com",
            "api.example.com:6443",
            "a..b",
            "-a.com",
            "a b",
            "a_b.com",
        ] {
            assert!(san_problem(Lang::En, bad).is_some(), "{bad}");
        }
    }
}
