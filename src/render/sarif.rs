//! The SARIF 2.1.0 format, for code-scanning services (GitHub code scanning, Azure DevOps, IDE viewers).
//!
//! One run; the driver lists every built-in check and rule, so that `ruleIndex` and the rule help work even
//! for rules that found nothing. Regions are 1-based with columns in Unicode code points (`columnKind`), and
//! `endColumn` is one past the last character, as SARIF defines it. No snippet of the input is copied, so no
//! secret value can leak through this format: a finding's fix (`fixes`, with `(unsafe)` in the description of
//! a fix `--fix` applies only with `--unsafe-fixes`) is left out when its edits would show a secret.
//!
//! Artifact locations are written so that consumers can resolve them (see [`super::paths`]): a file below the
//! project root is a relative reference with `uriBaseId: "%SRCROOT%"`, and the run's `originalUriBaseIds` give
//! that root as a `file:` URI ending in `/`; a file elsewhere is an absolute `file:` URI; standard input is
//! `-`. A fix's `artifactChanges` name the file exactly as the result's locations do. `informationUri` and
//! `helpUri` come from [`crate::catalogue::DOCS_URL`] and are left out while it is `None`.

use super::fingerprint::Fingerprints;
use super::fixes::{secrets_for_fixes, shows_secret};
use super::paths::{Located, ProjectRoot, file_uri, folder_uri, relative_uri};
use super::{Positions, positions};
use crate::checks::{BUILTIN, Check};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::SecretSpans;
use crate::fix::{Applicability, Fix};
use crate::i18n::Lang;
use crate::links::{DOCS_URL, page_url_under};
use crate::lint::FileReport;
use crate::rules::{self, RuleMeta, docs};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The base of every file below the project root (the name SARIF's specification uses for a source root).
const SRCROOT: &str = "%SRCROOT%";

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
    /// The language of the messages (`en`, `zh-CN`).
    language: &'static str,
    original_uri_base_ids: BTreeMap<&'static str, BaseUri>,
    results: Vec<ResultOut>,
    column_kind: &'static str,
}

#[derive(Serialize)]
struct BaseUri {
    uri: String,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    information_uri: Option<String>,
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
    #[serde(skip_serializing_if = "Option::is_none")]
    help_uri: Option<String>,
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
pub(super) struct ResultOut {
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

#[derive(Serialize, Clone)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

impl ArtifactLocation {
    /// Where a report's file is: relative to `%SRCROOT%` below the root, a `file:` URI elsewhere, `-` for
    /// standard input.
    fn of(path: &str, root: &ProjectRoot) -> ArtifactLocation {
        match root.locate(path) {
            Located::Stdin => ArtifactLocation { uri: "-".into(), uri_base_id: None },
            Located::Relative(relative) => {
                ArtifactLocation { uri: relative_uri(&relative), uri_base_id: Some(SRCROOT) }
            }
            Located::Outside { absolute, .. } => {
                ArtifactLocation { uri: file_uri(&absolute.to_string_lossy(), cfg!(windows)), uri_base_id: None }
            }
        }
    }
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

/// One SARIF log for all files, their locations relative to `root` (see the module's documentation), for
/// findings in English.
pub fn sarif(reports: &[FileReport], root: &ProjectRoot) -> String {
    sarif_in(reports, root, Lang::En)
}

/// [`sarif`] for findings written in `lang`, which the run's `language` names.
pub fn sarif_in(reports: &[FileReport], root: &ProjectRoot, lang: Lang) -> String {
    super::stream::render_all(super::stream::OutputFormat::sarif(root.clone(), lang), reports)
}

/// The log with no results: the opening and closing that results are written between. It lists every rule.
pub(super) fn document(root: &ProjectRoot, lang: Lang) -> String {
    let (rules, _) = descriptors(DOCS_URL);
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "acklint",
                    version: env!("CARGO_PKG_VERSION"),
                    information_uri: DOCS_URL.map(str::to_string),
                    rules,
                },
            },
            language: lang.tag(),
            original_uri_base_ids: BTreeMap::from([(SRCROOT, BaseUri { uri: folder_uri(root.dir()) })]),
            results: Vec::new(),
            column_kind: "unicodeCodePoints",
        }],
    };
    let mut text = serde_json::to_string_pretty(&log).expect("plain data serializes");
    text.push('\n');
    text
}

/// The position of each check's and rule's descriptor in the log's list, for `ruleIndex`.
#[derive(Debug)]
pub struct RuleIndex(HashMap<&'static str, usize>);

impl RuleIndex {
    /// The index of the list [`descriptors`] makes (built-in checks, then rules), without rendering their docs.
    pub(super) fn new() -> RuleIndex {
        let codes = BUILTIN.iter().map(|c| c.code).chain(rules::all().iter().map(|r| r.meta().code));
        RuleIndex(codes.enumerate().map(|(i, code)| (code, i)).collect())
    }
}

/// Hands each result of one file to `emit`, in order.
pub(super) fn results(
    r: &FileReport,
    root: &ProjectRoot,
    index: &RuleIndex,
    lang: Lang,
    fingerprints: &mut Fingerprints,
    mut emit: impl FnMut(&ResultOut),
) {
    let artifact = ArtifactLocation::of(&r.path, root);
    let name = root.display(&r.path);
    let secrets = secrets_for_fixes(r);
    for d in &r.diagnostics {
        let mut out = result(d, &artifact, &name, r, &index.0, fingerprints);
        out.fixes = d.fix.iter().filter_map(|f| fix(f, &artifact, r, &secrets, lang)).collect();
        emit(&out);
    }
}

/// `name` is the file's name in the report (relative to the root when it is below it), for the fingerprint.
fn result(
    d: &Diagnostic,
    artifact: &ArtifactLocation,
    name: &str,
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
        physical_location: physical(artifact, d.span.map(|s| positions(&r.document, s))),
        logical_locations: d.pointer.iter().map(|p| LogicalLocation { fully_qualified_name: p.clone() }).collect(),
        message: d.label.as_ref().map(|l| Text { text: l.clone() }),
    };
    let related = d
        .labels
        .iter()
        .enumerate()
        .map(|(i, l)| Location {
            id: Some(i + 1),
            physical_location: physical(artifact, l.span.map(|s| positions(&r.document, s))),
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
            v1: fingerprints.next(&[Some(d.code), Some(name), d.pointer.as_deref()]),
        },
        fixes: Vec::new(),
    }
}

/// A finding's fix as SARIF describes one: `None` when it has no edits to show (or would show a secret).
fn fix(f: &Fix, artifact: &ArtifactLocation, r: &FileReport, secrets: &SecretSpans, lang: Lang) -> Option<FixOut> {
    if f.edits.is_empty() || shows_secret(secrets, f) {
        return None;
    }
    let description = match f.applicability {
        Applicability::Safe => f.message.clone(),
        Applicability::Unsafe => crate::t!(lang, "render-sarif-unsafe", fix = &f.message),
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
        artifact_changes: vec![ArtifactChange { artifact_location: artifact.clone(), replacements }],
    })
}

fn physical(artifact: &ArtifactLocation, at: Option<Positions>) -> PhysicalLocation {
    PhysicalLocation { artifact_location: artifact.clone(), region: at.map(region) }
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

/// Every built-in check and rule, and the index of each code in that list; with `docs_url`, each links to its
/// page there.
fn descriptors(docs_url: Option<&str>) -> (Vec<ReportingDescriptor>, HashMap<&'static str, usize>) {
    let mut out: Vec<ReportingDescriptor> = BUILTIN.iter().map(check_descriptor).collect();
    out.extend(rules::all().iter().map(|r| rule_descriptor(r.meta())));
    for d in &mut out {
        d.help_uri = page_url_under(docs_url, d.name);
    }
    let index_of = out.iter().enumerate().map(|(i, d)| (d.id, i)).collect();
    (out, index_of)
}

fn check_descriptor(c: &Check) -> ReportingDescriptor {
    let page = docs::check_page(c, Lang::En);
    let group = if c.code.starts_with("JSON") { "syntax" } else { "structure" };
    ReportingDescriptor {
        id: c.code,
        name: c.name,
        short_description: Text { text: c.summary.to_string() },
        full_description: Text { text: full_description(c.summary, c.docs) },
        help: Help { text: page.clone(), markdown: page },
        help_uri: None,
        default_configuration: Configuration { level: level(c.severity) },
        properties: Properties { tags: vec![group] },
    }
}

fn rule_descriptor(m: &RuleMeta) -> ReportingDescriptor {
    let page = docs::rule_page(m, Lang::En);
    ReportingDescriptor {
        id: m.code,
        name: m.name,
        short_description: Text { text: m.summary().to_string() },
        full_description: Text { text: full_description(m.summary(), m.docs) },
        help: Help { text: page.clone(), markdown: page },
        help_uri: None,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_below_the_root_outside_it_and_standard_input() {
        let root = ProjectRoot::new("/work/repo", "/work/repo");
        let at = |p: &str| {
            let a = ArtifactLocation::of(p, &root);
            (a.uri, a.uri_base_id)
        };
        assert_eq!(at("deploy/prod/cluster.json"), ("deploy/prod/cluster.json".into(), Some(SRCROOT)));
        assert_eq!(at("/work/repo/my dir/100%.json"), ("my%20dir/100%25.json".into(), Some(SRCROOT)));
        assert_eq!(at("-"), ("-".into(), None));
        assert_eq!(at("/etc/acklint/a b.json"), ("file:///etc/acklint/a%20b.json".into(), None));
        assert_eq!(at("../x.json"), ("file:///work/x.json".into(), None));
    }

    #[test]
    fn rules_link_to_their_pages_once_there_is_an_address() {
        let (rules, _) = descriptors(Some("https://example.invalid/acklint/"));
        let net001 = rules.iter().find(|r| r.id == "NET001").unwrap();
        assert_eq!(
            net001.help_uri.as_deref(),
            Some("https://example.invalid/acklint/docs/rules/pod-service-cidr-overlap.md")
        );
        assert!(descriptors(None).0.iter().all(|r| r.help_uri.is_none()));
    }

    #[test]
    fn the_rule_index_is_the_position_in_the_list() {
        let (rules, index_of) = descriptors(None);
        assert_eq!(RuleIndex::new().0, index_of);
        assert_eq!(index_of.len(), rules.len(), "codes are unique");
    }

    #[test]
    fn full_description_joins_wrapped_lines() {
        let docs = "Summary.\n## Why is this bad?\nOne\ntwo.\n\nThree.\n## Example\nx";
        assert_eq!(full_description("Summary.", docs), "Summary.\n\nOne two.\n\nThree.");
        assert_eq!(full_description("Summary.", "no sections"), "Summary.");
    }
}
