//! Bodies with thousands of findings finish: a finding costs about the same however many others its body has.
//! Pointers, spans and positions are found by binary search or from an index built once, never by a walk of the
//! whole body per finding, so these tests (run in the normal suite) take a moment; a cost per finding that grew
//! with the body would make them take minutes.

use acklint::__internal::lint::MAX_FINDINGS_PER_FILE;
use acklint::render::{HumanStyle, ProjectRoot, concise, github, gitlab, human, json, junit, sarif};
use acklint::{FileReport, LintOptions, lint};

const FINDINGS: usize = 4000;

/// Lints `text` and renders its report in every format; returns the report.
fn lint_and_render(text: &str) -> FileReport {
    let report = lint("many.json", text.as_bytes(), &LintOptions::default());
    let reports = std::slice::from_ref(&report);
    let root = ProjectRoot::new("/work", "/work");
    assert!(!concise(&report).is_empty());
    assert!(!human(&report, HumanStyle { color: false, width: 100 }).is_empty());
    for rendered in
        [json(reports), sarif(reports, &root), github(reports, &root), junit(reports, &root), gitlab(reports, &root)]
    {
        assert!(!rendered.is_empty());
    }
    report
}

/// Every finding after the cap is summed up in one last finding.
fn assert_capped(report: &FileReport) {
    assert_eq!(report.diagnostics.len(), MAX_FINDINGS_PER_FILE + 1, "capped");
    assert_eq!(report.diagnostics.last().map(|d| d.code), Some("JSON011"));
}

#[test]
fn thousands_of_trailing_commas() {
    // The tolerant parser's findings carry spans; their pointers are looked up from the spans.
    let members: Vec<String> = (0..FINDINGS).map(|i| format!("  \"labels_{i}\": [1, 2,]")).collect();
    let text = format!("{{\n  \"cluster_type\": \"ManagedKubernetes\",\n{}\n}}\n", members.join(",\n"));
    let report = lint_and_render(&text);
    assert_capped(&report);
    let comma = report.diagnostics.iter().find(|d| d.code == "JSON003").expect("a trailing comma");
    assert!(comma.pointer.as_deref().is_some_and(|p| p.starts_with("/labels_0")), "{:?}", comma.pointer);
}

#[test]
fn thousands_of_unknown_keys_on_one_line() {
    // Minified: every position is on line 1, and every unknown key's span is looked up from its pointer.
    let members: Vec<String> = (0..FINDINGS).map(|i| format!("\"unknown_{i}\":\"集群{i}\"")).collect();
    let text = format!("{{\"cluster_type\":\"ManagedKubernetes\",{}}}", members.join(","));
    let report = lint_and_render(&text);
    assert_capped(&report);
    let last = &report.diagnostics[MAX_FINDINGS_PER_FILE - 1];
    let at = last.span.expect("a span").start;
    assert_eq!(report.document.position(at).line, 1);
    assert_eq!(report.document.position(at).column, text[..at].chars().count() + 1);
}

#[test]
fn thousands_of_repeated_keys() {
    // Each repeat is compared with the keys before it in the same object.
    let members: Vec<String> = (0..FINDINGS).map(|i| format!("\"name\": \"n{i}\"")).collect();
    let text = format!("{{\"cluster_type\": \"ManagedKubernetes\",\n{}}}", members.join(",\n"));
    let report = lint_and_render(&text);
    assert_capped(&report);
    let repeats = report.diagnostics.iter().filter(|d| d.code == "JSON005").count();
    assert!(repeats >= MAX_FINDINGS_PER_FILE - 10, "{repeats} repeats shown");
}
