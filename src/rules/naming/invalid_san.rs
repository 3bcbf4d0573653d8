use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;
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
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let r = cx.request;
        if let Some(list) = r.custom_san.as_deref() {
            for (n, item) in list.split(',').enumerate() {
                if let Some(problem) = san_problem(item) {
                    Self::push(
                        format!("`custom_san` entry {} `{item}` {problem}", n + 1),
                        Field::CustomSan.pointer(&[]),
                        out,
                    );
                }
            }
        }
        for (j, item) in r.extra_sans.iter().flatten().enumerate() {
            if let Some(problem) = san_problem(item) {
                // `extra_sans` is an array of strings: point at the item.
                Self::push(
                    format!("`extra_sans[{j}]` `{item}` {problem}"),
                    format!("{}/{j}", Field::ExtraSans.pointer(&[])),
                    out,
                );
            }
        }
    }

    fn push(message: String, pointer: String, out: &mut Vec<Diagnostic>) {
        out.push(
            Self::META
                .diagnostic(message)
                .at(pointer)
                .label("invalid certificate name")
                .help("give bare IP addresses or DNS names, such as `api.example.com` or `10.0.0.10`, without scheme, port, path or spaces"),
        );
    }
}

/// Why `item` cannot be a certificate SAN, or `None` when it is an IP address or a DNS name.
fn san_problem(item: &str) -> Option<String> {
    if item.is_empty() {
        return Some("is empty".into());
    }
    if item.trim() != item {
        return Some("has spaces around it".into());
    }
    if item.parse::<IpAddr>().is_ok() {
        return None;
    }
    if item.contains("://") {
        return Some("is a URL; give only the host name".into());
    }
    if item.contains('/') {
        return Some("contains `/`; give only the host name or IP address".into());
    }
    if item.contains(':') {
        return Some("contains `:`; give the name without a port".into());
    }
    if item.chars().any(char::is_whitespace) {
        return Some("contains a space".into());
    }
    let host = item.strip_prefix("*.").unwrap_or(item);
    let name = host.strip_suffix('.').unwrap_or(host);
    if name.len() > 253 {
        return Some(format!("is {} characters long; a DNS name has at most 253", name.len()));
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
        Some("") => Some("has an empty part between dots".into()),
        Some(l) if l.len() > 63 => Some(format!("has a part of {} characters; DNS labels have at most 63", l.len())),
        Some(l) => Some(format!(
            "is not a DNS name: part `{l}` must use letters, digits and `-`, and not start or end with `-`"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::san_problem;

    #[test]
    fn sans() {
        for ok in
            ["10.0.0.1", "2001:db8::1", "api.example.com", "*.example.com", "localhost", "kubernetes.default.svc."]
        {
            assert_eq!(san_problem(ok), None, "{ok}");
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
            assert!(san_problem(bad).is_some(), "{bad}");
        }
    }
}
