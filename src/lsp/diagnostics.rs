//! Findings → LSP diagnostics: code, a link to the rule's page, source `acklint`, labels as related
//! information, and the tags editors draw differently (struck through, faded).
//!
//! One LSP diagnostic per finding, at the finding's primary location, as `acklint check` reports it; the
//! help line follows the message. A tagged finding that groups several keys also marks each other key with
//! a hint ([`peer_marks`]). Messages and labels come from the library, which never quotes a secret.

use super::positions::LineMap;
use super::settings::Settings;
use crate::diagnostic::{Diagnostic, Severity};
use crate::i18n::Lang;
use crate::t;
use lsp_types::{
    CodeDescription, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag, Location, NumberOrString, Uri,
};

/// What every diagnostic gives as its source.
pub const SOURCE: &str = "acklint";

/// Findings about a deprecated field: tagged `Deprecated` (drawn struck through).
pub const DEPRECATED: &[&str] = &["LIF001"];

/// Findings about a setting that is ignored or has no effect: tagged `Unnecessary` (drawn faded).
pub const UNNECESSARY: &[&str] = &[
    "NET006", // terway-pod-cidr-ignored
    "NET016", // enterprise-security-group-flag-ignored
    "BIL010", // spot-price-limit-ignored
    "BIL012", // cost-optimized-without-effect
    "BIL013", // cost-optimized-settings-ignored
    "STO008", // snapshot-disk-size-ignored
    "NP004",  // auto-scaling-settings-ignored
    "NP011",  // management-settings-ignored
    "LIF002", // managed-only-field-on-dedicated
    "LIF003", // dedicated-only-field-on-managed
];

/// The tags of a finding with this code.
pub fn tags(code: &str) -> Option<Vec<DiagnosticTag>> {
    if DEPRECATED.contains(&code) {
        Some(vec![DiagnosticTag::DEPRECATED])
    } else if UNNECESSARY.contains(&code) {
        Some(vec![DiagnosticTag::UNNECESSARY])
    } else {
        None
    }
}

/// The LSP form of one finding in `text` (the document at `uri`), written in `lang`.
pub fn to_lsp(
    d: &Diagnostic,
    text: &str,
    map: &LineMap,
    uri: &Uri,
    settings: &Settings,
    lang: Lang,
) -> lsp_types::Diagnostic {
    let span = d.span.unwrap_or(crate::diagnostic::Span::new(0, 0));
    let related: Vec<DiagnosticRelatedInformation> = d
        .labels
        .iter()
        .filter_map(|l| {
            let s = l.span?;
            Some(DiagnosticRelatedInformation {
                location: Location { uri: uri.clone(), range: map.range(text, s.start, s.end) },
                message: l.message.clone(),
            })
        })
        .collect();
    let mut message = d.message.clone();
    if let Some(help) = &d.help {
        message.push('\n');
        message.push_str(&t!(lang, "lsp-help", help));
    }
    lsp_types::Diagnostic {
        range: map.range(text, span.start, span.end),
        severity: Some(match d.severity {
            Severity::Error => DiagnosticSeverity::ERROR,
            Severity::Warning => DiagnosticSeverity::WARNING,
            Severity::Info => DiagnosticSeverity::INFORMATION,
        }),
        code: Some(NumberOrString::String(d.code.to_string())),
        code_description: settings.rule_url(d.rule).map(|href| CodeDescription { href }),
        source: Some(SOURCE.to_string()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        tags: tags(d.code),
        data: None,
    }
}

/// For a tagged finding that groups several keys (a body's deprecated `master_*` fields are one finding with
/// a label on each), a hint on every other key with the same code and tag, so that the editor strikes
/// through or fades each of them, not only the first. Hints are not findings of their own: they point back
/// to the finding with related information.
pub fn peer_marks(d: &Diagnostic, text: &str, map: &LineMap, uri: &Uri) -> Vec<lsp_types::Diagnostic> {
    let Some(tags) = tags(d.code) else { return Vec::new() };
    let Some(primary) = d.span else { return Vec::new() };
    d.labels[..d.peers.min(d.labels.len())]
        .iter()
        .filter_map(|l| {
            let s = l.span?;
            Some(lsp_types::Diagnostic {
                range: map.range(text, s.start, s.end),
                severity: Some(DiagnosticSeverity::HINT),
                code: Some(NumberOrString::String(d.code.to_string())),
                source: Some(SOURCE.to_string()),
                message: l.message.clone(),
                related_information: Some(vec![DiagnosticRelatedInformation {
                    location: Location { uri: uri.clone(), range: map.range(text, primary.start, primary.end) },
                    message: d.message.clone(),
                }]),
                tags: Some(tags.clone()),
                ..lsp_types::Diagnostic::default()
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{LintOptions, lint};

    #[test]
    fn tagged_codes_are_real_checks() {
        let known: Vec<&str> = crate::rules::all().iter().map(|r| r.meta().code).collect();
        for code in DEPRECATED.iter().chain(UNNECESSARY) {
            assert!(known.contains(code), "{code} is not a rule");
        }
    }

    #[test]
    fn every_key_of_a_grouped_deprecation_is_marked() {
        let text = r#"{"cluster_type": "Kubernetes", "master_count": 3, "master_instance_types": ["ecs.g7.xlarge"]}"#;
        let report = lint("x.json", text.as_bytes(), &LintOptions::default());
        let deprecated = report.diagnostics.iter().find(|d| d.code == "LIF001").expect("a deprecation");
        let uri: Uri = "file:///x.json".parse().unwrap();
        let map = LineMap::new(text, super::super::positions::Encoding::Utf16);
        let marks = peer_marks(deprecated, text, &map, &uri);
        assert_eq!(marks.len(), deprecated.peers);
        assert!(!marks.is_empty());
        assert!(marks.iter().all(|m| m.tags == Some(vec![DiagnosticTag::DEPRECATED])));
        assert!(marks.iter().all(|m| m.severity == Some(DiagnosticSeverity::HINT)));
    }

    #[test]
    fn labels_become_related_information_and_help_follows_the_message() {
        let text = "{\n  \"cluster_type\": \"ManagedKubernetes\", \"region_id\": \"cn-hangzhou\",\n  \"name\": \"集群😀\", \"container_cidr\": \"172.20.0.0/16\", \"service_cidr\": \"172.20.16.0/20\"\n}";
        let report = lint("x.json", text.as_bytes(), &LintOptions::default());
        let overlap = report.diagnostics.iter().find(|d| d.code == "NET001").unwrap();
        let uri: Uri = "file:///x.json".parse().unwrap();
        let map = LineMap::new(text, super::super::positions::Encoding::Utf16);
        let settings = Settings::new(Some(&serde_json::json!({ "rulesUrl": "https://e.com/r" })), None, vec![]);
        let d = to_lsp(overlap, text, &map, &uri, &settings, Lang::En);
        assert_eq!(d.code, Some(NumberOrString::String("NET001".into())));
        assert_eq!(d.code_description.unwrap().href.as_str(), "https://e.com/r/pod-service-cidr-overlap.md");
        // After "集群😀" (2 + 2 UTF-16 units, 10 bytes).
        let col = text.lines().nth(2).unwrap();
        let byte_col = col.find("\"172.20.16.0/20\"").unwrap();
        assert_eq!(d.range.start, lsp_types::Position { line: 2, character: (byte_col - 6) as u32 });
        let related = d.related_information.unwrap();
        assert_eq!(related[0].message, "pod range");
        assert!(d.message.contains("\nhelp: "));
    }
}
