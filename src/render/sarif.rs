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

use super::fingerprint::{Digits, Fingerprints};
use super::fixes::{secrets_for_fixes, shows_secret};
use super::paths::{Located, ProjectRoot, file_uri, folder_uri, relative_uri};
use super::pretty::Pretty;
use super::{Positions, positions};
use crate::checks::{BUILTIN, Check};
use crate::diagnostic::{Diagnostic, Severity, Span};
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
    /// Always empty: serialises as `[]`, where [`write_results`] writes the results.
    results: [(); 0],
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

/// Where a report's file is, as every location of its results names it.
struct ArtifactLocation {
    uri: String,
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
            results: [],
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

/// Writes each result of one file as an element of `results`, in order.
pub(super) fn write_results(
    r: &FileReport,
    root: &ProjectRoot,
    index: &RuleIndex,
    lang: Lang,
    fingerprints: &mut Fingerprints,
    mut element: impl FnMut(&mut dyn FnMut(&mut Pretty)),
) {
    let artifact = ArtifactLocation::of(&r.path, root);
    let name = root.display(&r.path);
    let secrets = secrets_for_fixes(r);
    for d in &r.diagnostics {
        let fingerprint = fingerprints.next_digits(&[Some(d.code), Some(&name), d.pointer.as_deref()]);
        let file = File { report: r, artifact: &artifact };
        element(&mut |w| write_result(w, d, file, index.0.get(d.code).copied(), fingerprint, &secrets, lang));
    }
}

/// The file a result is in: its report and its location in the log.
#[derive(Clone, Copy)]
struct File<'a> {
    report: &'a FileReport,
    artifact: &'a ArtifactLocation,
}

/// One result, its members in the order SARIF viewers show them (and the snapshots hold); optional members are
/// left out rather than `null`.
fn write_result(
    w: &mut Pretty,
    d: &Diagnostic,
    file: File,
    rule_index: Option<usize>,
    fingerprint: Digits,
    secrets: &SecretSpans,
    lang: Lang,
) {
    w.begin_object();
    w.key("ruleId");
    w.str(d.code);
    if let Some(rule_index) = rule_index {
        w.key("ruleIndex");
        w.uint(rule_index);
    }
    w.key("level");
    w.str(level(d.severity));
    w.key("message");
    match &d.help {
        Some(help) => text_of(w, &[&d.message, " — ", help]),
        None => text_of(w, &[&d.message]),
    }
    w.key("locations");
    w.begin_array();
    w.element();
    write_location(w, file, None, d.span, d.pointer.as_deref(), d.label.as_deref());
    w.end_array();
    if !d.labels.is_empty() {
        w.key("relatedLocations");
        w.begin_array();
        for (i, l) in d.labels.iter().enumerate() {
            w.element();
            write_location(w, file, Some(i + 1), l.span, l.pointer.as_deref(), Some(&l.message));
        }
        w.end_array();
    }
    w.key("partialFingerprints");
    w.begin_object();
    w.key("acklint/v1");
    w.str(fingerprint.as_str());
    w.end_object();
    if let Some(f) = d.fix.as_ref().filter(|f| !f.edits.is_empty() && !shows_secret(secrets, f)) {
        w.key("fixes");
        w.begin_array();
        w.element();
        write_fix(w, f, file, lang);
        w.end_array();
    }
    w.end_object();
}

fn write_location(
    w: &mut Pretty,
    file: File,
    id: Option<usize>,
    span: Option<Span>,
    pointer: Option<&str>,
    message: Option<&str>,
) {
    w.begin_object();
    if let Some(id) = id {
        w.key("id");
        w.uint(id);
    }
    w.key("physicalLocation");
    w.begin_object();
    write_artifact(w, file.artifact);
    if let Some(span) = span {
        w.key("region");
        write_region(w, positions(&file.report.document, span));
    }
    w.end_object();
    if let Some(pointer) = pointer {
        w.key("logicalLocations");
        w.begin_array();
        w.element();
        w.begin_object();
        w.key("fullyQualifiedName");
        w.str(pointer);
        w.end_object();
        w.end_array();
    }
    if let Some(message) = message {
        w.key("message");
        text_of(w, &[message]);
    }
    w.end_object();
}

/// A finding's fix as SARIF describes one (the caller leaves out fixes without edits or showing a secret).
fn write_fix(w: &mut Pretty, f: &Fix, file: File, lang: Lang) {
    w.begin_object();
    w.key("description");
    match f.applicability {
        Applicability::Safe => text_of(w, &[&f.message]),
        Applicability::Unsafe => text_of(w, &[&crate::t!(lang, "render-sarif-unsafe", fix = &f.message)]),
    }
    w.key("artifactChanges");
    w.begin_array();
    w.element();
    w.begin_object();
    write_artifact(w, file.artifact);
    w.key("replacements");
    w.begin_array();
    for e in &f.edits {
        w.element();
        w.begin_object();
        w.key("deletedRegion");
        write_region(w, positions(&file.report.document, e.span));
        // Absent for a deletion.
        if !e.replacement.is_empty() {
            w.key("insertedContent");
            text_of(w, &[&e.replacement]);
        }
        w.end_object();
    }
    w.end_array();
    w.end_object();
    w.end_array();
    w.end_object();
}

/// The `artifactLocation` member.
fn write_artifact(w: &mut Pretty, artifact: &ArtifactLocation) {
    w.key("artifactLocation");
    w.begin_object();
    w.key("uri");
    w.str(&artifact.uri);
    if let Some(base) = artifact.uri_base_id {
        w.key("uriBaseId");
        w.str(base);
    }
    w.end_object();
}

fn write_region(w: &mut Pretty, (start, end): Positions) {
    w.begin_object();
    w.key("startLine");
    w.uint(start.line);
    w.key("startColumn");
    w.uint(start.column);
    w.key("endLine");
    w.uint(end.line);
    w.key("endColumn");
    w.uint(end.column);
    w.end_object();
}

/// A message object, `{"text": ...}`, its text made of `parts`.
fn text_of(w: &mut Pretty, parts: &[&str]) {
    w.begin_object();
    w.key("text");
    w.str_of(parts);
    w.end_object();
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
