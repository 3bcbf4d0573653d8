//! The SARIF 2.1.0 format, for code-scanning services (GitHub code scanning, Azure DevOps, IDE viewers).
//!
//! One run; the driver lists every built-in check and rule, so that `ruleIndex` and the rule help work even
//! for rules that found nothing. Regions are 1-based with columns in Unicode code points (`columnKind`), and
//! `endColumn` is one past the last character, as SARIF defines it. No snippet of the input is copied, so no
//! secret value can leak through this format: a finding's fix (`fixes`, with `(unsafe)` in the description of
//! a fix `--fix` applies only with `--unsafe-fixes`) is left out when its edits would show a secret.

use super::fingerprint::Fingerprints;
use super::fixes::{secrets_for_fixes, shows_secret};
use super::{Positions, positions};
use crate::checks::{BUILTIN, Check};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::SecretSpans;
use crate::fix::{Applicability, Fix};
use crate::lint::FileReport;
use crate::rules::{self, RuleMeta, docs};
use serde::Serialize;
use std::collections::HashMap;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

#[derive(Serialize)]
struct Log {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run {
    tool: Tool,
    results: Vec<ResultOut>,
    column_kind: &'static str,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
struct Driver {
    name: &'static str,
    version: &'static str,
    rules: Vec<ReportingDescriptor>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReportingDescriptor {
    id: &'static str,
    name: &'static str,
    short_description: Text,
    full_description: Text,
    help: Help,
    default_configuration: Configuration,
    properties: Properties,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Help {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct Properties {
    tags: Vec<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ResultOut {
    rule_id: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule_index: Option<usize>,
    level: &'static str,
    message: Text,
    locations: Vec<Location>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location>,
    partial_fingerprints: PartialFingerprints,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fixes: Vec<FixOut>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct FixOut {
    description: Text,
    artifact_changes: Vec<ArtifactChange>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactChange {
    artifact_location: ArtifactLocation,
    replacements: Vec<Replacement>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Replacement {
    deleted_region: Region,
    /// Absent for a deletion.
    #[serde(skip_serializing_if = "Option::is_none")]
    inserted_content: Option<Text>,
}

#[derive(Serialize)]
struct PartialFingerprints {
    #[serde(rename = "acklint/v1")]
    v1: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    logical_locations: Vec<LogicalLocation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region>,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct LogicalLocation {
    fully_qualified_name: String,
}

/// One SARIF log for all files.
pub fn sarif(reports: &[FileReport]) -> String {
    let (rules, index_of) = descriptors();
    let mut fingerprints = Fingerprints::default();
    let mut results = Vec::new();
    for r in reports {
        let uri = uri(&r.path);
        let secrets = secrets_for_fixes(r);
        for d in &r.diagnostics {
            let mut out = result(d, &uri, r, &index_of, &mut fingerprints);
            out.fixes = d.fix.iter().filter_map(|f| fix(f, &uri, r, &secrets)).collect();
            results.push(out);
        }
    }
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool { driver: Driver { name: "acklint", version: env!("CARGO_PKG_VERSION"), rules } },
            results,
            column_kind: "unicodeCodePoints",
        }],
    };
    let mut text = serde_json::to_string_pretty(&log).expect("plain data serializes");
    text.push('\n');
    text
}

fn result(
    d: &Diagnostic,
    uri: &str,
    r: &FileReport,
    index_of: &HashMap<&str, usize>,
    fingerprints: &mut Fingerprints,
) -> ResultOut {
    let message = match &d.help {
        Some(help) => format!("{} — {help}", d.message),
        None => d.message.clone(),
    };
    let primary = Location {
        id: None,
        physical_location: physical(uri, d.span.map(|s| positions(&r.document, s))),
        logical_locations: d.pointer.iter().map(|p| LogicalLocation { fully_qualified_name: p.clone() }).collect(),
        message: d.label.as_ref().map(|l| Text { text: l.clone() }),
    };
    let related = d
        .labels
        .iter()
        .enumerate()
        .map(|(i, l)| Location {
            id: Some(i + 1),
            physical_location: physical(uri, l.span.map(|s| positions(&r.document, s))),
            logical_locations: l.pointer.iter().map(|p| LogicalLocation { fully_qualified_name: p.clone() }).collect(),
            message: Some(Text { text: l.message.clone() }),
        })
        .collect();
    ResultOut {
        rule_id: d.code,
        rule_index: index_of.get(d.code).copied(),
        level: level(d.severity),
        message: Text { text: message },
        locations: vec![primary],
        related_locations: related,
        partial_fingerprints: PartialFingerprints {
            v1: fingerprints.next(&[Some(d.code), Some(&r.path), d.pointer.as_deref()]),
        },
        fixes: Vec::new(),
    }
}

/// A finding's fix as SARIF describes one: `None` when it has no edits to show (or would show a secret).
fn fix(f: &Fix, uri: &str, r: &FileReport, secrets: &SecretSpans) -> Option<FixOut> {
    if f.edits.is_empty() || shows_secret(secrets, f) {
        return None;
    }
    let description = match f.applicability {
        Applicability::Safe => f.message.clone(),
        Applicability::Unsafe => format!("{} (unsafe)", f.message),
    };
    let replacements = f
        .edits
        .iter()
        .map(|e| Replacement {
            deleted_region: region(positions(&r.document, e.span)),
            inserted_content: (!e.replacement.is_empty()).then(|| Text { text: e.replacement.clone() }),
        })
        .collect();
    Some(FixOut {
        description: Text { text: description },
        artifact_changes: vec![ArtifactChange {
            artifact_location: ArtifactLocation { uri: uri.to_string() },
            replacements,
        }],
    })
}

fn physical(uri: &str, at: Option<Positions>) -> PhysicalLocation {
    PhysicalLocation { artifact_location: ArtifactLocation { uri: uri.to_string() }, region: at.map(region) }
}

fn region((start, end): Positions) -> Region {
    Region { start_line: start.line, start_column: start.column, end_line: end.line, end_column: end.column }
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// Every built-in check and rule, and the index of each code in that list.
fn descriptors() -> (Vec<ReportingDescriptor>, HashMap<&'static str, usize>) {
    let mut out: Vec<ReportingDescriptor> = BUILTIN.iter().map(check_descriptor).collect();
    out.extend(rules::all().iter().map(|r| rule_descriptor(r.meta())));
    let index_of = out.iter().enumerate().map(|(i, d)| (d.id, i)).collect();
    (out, index_of)
}

fn check_descriptor(c: &Check) -> ReportingDescriptor {
    let page = docs::check_page(c);
    let group = if c.code.starts_with("JSON") { "syntax" } else { "structure" };
    ReportingDescriptor {
        id: c.code,
        name: c.name,
        short_description: Text { text: c.summary.to_string() },
        full_description: Text { text: full_description(c.summary, c.docs) },
        help: Help { text: page.clone(), markdown: page },
        default_configuration: Configuration { level: level(c.severity) },
        properties: Properties { tags: vec![group] },
    }
}

fn rule_descriptor(m: &RuleMeta) -> ReportingDescriptor {
    let page = docs::rule_page(m);
    ReportingDescriptor {
        id: m.code,
        name: m.name,
        short_description: Text { text: m.summary().to_string() },
        full_description: Text { text: full_description(m.summary(), m.docs) },
        help: Help { text: page.clone(), markdown: page },
        default_configuration: Configuration { level: level(m.severity) },
        properties: Properties { tags: vec![m.group.as_str()] },
    }
}

/// The summary, then the "Why is this bad?" section of the docs as plain paragraphs (hard wraps undone).
fn full_description(summary: &str, docs: &str) -> String {
    let mut lines = docs.lines().map(str::trim).skip_while(|l| !l.eq_ignore_ascii_case("## Why is this bad?"));
    if lines.next().is_none() {
        return summary.to_string();
    }
    let mut paragraphs: Vec<String> = vec![String::new()];
    for line in lines.take_while(|l| !l.starts_with('#') && !l.starts_with("```")) {
        let current = paragraphs.last_mut().expect("never empty");
        if line.is_empty() {
            if !current.is_empty() {
                paragraphs.push(String::new());
            }
        } else {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(line);
        }
    }
    paragraphs.retain(|p| !p.is_empty());
    if paragraphs.is_empty() {
        return summary.to_string();
    }
    format!("{summary}\n\n{}", paragraphs.join("\n\n"))
}

/// The path as given, as a URI reference: characters a URI cannot hold (spaces, `%`, `\`, non-ASCII, …) are
/// percent-encoded, everything else (`/`, `.`, letters, digits, …) is left alone, so an ordinary relative path
/// comes out unchanged.
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for &b in path.as_bytes() {
        let keep = b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@".contains(&b);
        if keep {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_paths_are_unchanged() {
        assert_eq!(uri("deploy/prod/cluster.json"), "deploy/prod/cluster.json");
        assert_eq!(uri("-"), "-");
        assert_eq!(uri("my dir/100%.json"), "my%20dir/100%25.json");
        assert_eq!(uri("dir\\é.json"), "dir%5C%C3%A9.json");
    }

    #[test]
    fn full_description_joins_wrapped_lines() {
        let docs = "Summary.\n## Why is this bad?\nOne\ntwo.\n\nThree.\n## Example\nx";
        assert_eq!(full_description("Summary.", docs), "Summary.\n\nOne two.\n\nThree.");
        assert_eq!(full_description("Summary.", "no sections"), "Summary.");
    }
}
