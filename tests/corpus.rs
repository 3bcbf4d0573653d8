//! acklint's own corpus of realistic CreateCluster bodies (see `tests/corpus/README.md`).
//!
//! `tests/corpus/created/` holds bodies whose public source evidently created a cluster: none of them may get
//! an error. `tests/corpus/mistakes/` holds bodies with typical real mistakes: each must get at least one
//! error. A snapshot keeps the count of findings per rule and severity, and per file, so any change in what
//! acklint says about real bodies shows up in review.

use acklint::{FileReport, LintOptions, Severity};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

const CREATED: &str = "tests/corpus/created";
const MISTAKES: &str = "tests/corpus/mistakes";

/// Every `*.json` file of a corpus folder, sorted so reports and snapshots are stable.
fn bodies(folder: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(folder)
        .unwrap_or_else(|e| panic!("{folder}: {e}"))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{folder} holds no *.json body");
    files
}

/// Lints one body with the default options, the way `acklint check` would without an `acklint.toml`.
fn lint(path: &Path) -> FileReport {
    let bytes = fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    acklint::lint(&shown(path), &bytes, &LintOptions::default())
}

/// `created/name.json`: short enough for messages and snapshots, unambiguous across both folders.
fn shown(path: &Path) -> String {
    let folder = path.parent().and_then(Path::file_name).unwrap().to_string_lossy();
    format!("{folder}/{}", path.file_name().unwrap().to_string_lossy())
}

fn errors(report: &FileReport) -> impl Iterator<Item = &acklint::Diagnostic> {
    report.diagnostics.iter().filter(|d| d.severity == Severity::Error)
}

#[test]
fn corpus_is_large_enough() {
    let total = bodies(CREATED).len() + bodies(MISTAKES).len();
    assert!(total >= 24, "the corpus should hold at least 24 bodies, found {total}");
}

#[test]
fn bodies_that_created_clusters_get_no_error() {
    let mut false_errors = Vec::new();
    for path in bodies(CREATED) {
        let report = lint(&path);
        for d in errors(&report) {
            false_errors.push(format!(
                "{} {} at {}: {}",
                report.path,
                d.code,
                match d.pointer.as_deref() {
                    Some("") => "(the whole body)",
                    Some(pointer) => pointer,
                    None => "(no pointer)",
                },
                d.message
            ));
        }
    }
    assert!(
        false_errors.is_empty(),
        "{} error(s) on bodies known to have created a cluster:\n{}",
        false_errors.len(),
        false_errors.join("\n")
    );
}

#[test]
fn bodies_with_mistakes_get_an_error() {
    let missed: Vec<String> =
        bodies(MISTAKES).iter().map(|path| lint(path)).filter(|r| errors(r).next().is_none()).map(|r| r.path).collect();
    assert!(missed.is_empty(), "no error for these bodies with known mistakes:\n{}", missed.join("\n"));
}

#[test]
fn findings_per_rule_and_per_file() {
    let mut per_rule: BTreeMap<(&str, Severity), usize> = BTreeMap::new();
    let mut per_file = String::new();
    for path in bodies(CREATED).into_iter().chain(bodies(MISTAKES)) {
        let report = lint(&path);
        let mut totals: BTreeMap<Severity, usize> = BTreeMap::new();
        for d in &report.diagnostics {
            *per_rule.entry((d.code, d.severity)).or_default() += 1;
            *totals.entry(d.severity).or_default() += 1;
        }
        let count = |severity| totals.get(&severity).copied().unwrap_or(0);
        per_file.push_str(&format!(
            "{:<60} {:>3} errors {:>3} warnings {:>3} infos\n",
            report.path,
            count(Severity::Error),
            count(Severity::Warning),
            count(Severity::Info)
        ));
    }
    let mut snapshot = String::from("findings per rule and severity over the whole corpus:\n");
    for ((code, severity), count) in &per_rule {
        snapshot.push_str(&format!("{code:<8} {severity:<7} {count:>4}\n"));
    }
    snapshot.push_str("\nfindings per file:\n");
    snapshot.push_str(&per_file);
    insta::assert_snapshot!("corpus_statistics", snapshot);
}
