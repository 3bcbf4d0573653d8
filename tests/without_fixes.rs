//! `LintOptions::without_fixes`: the same findings and the same bytes, only without the fixes that nothing reads.

mod cli_support;

use acklint::render::{ProjectRoot, concise, gitlab};
use acklint::{FileReport, LintOptions, lint};
use std::path::{Path, PathBuf};

/// Every body the repository ships: examples, the bench body, the corpus, and the fixtures of rules and fixes.
fn shipped_bodies() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    let mut folders: Vec<PathBuf> =
        ["examples", "benches/bodies", "tests/corpus", "tests/fixtures", "tests/rules", "tests/fixes"]
            .iter()
            .map(|f| root.join(f))
            .collect();
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "json" || e == "jsonc") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// The report's findings and suppressed findings as JSON, each without its `fix`.
fn without_fix(report: &FileReport) -> serde_json::Value {
    let suppressed: Vec<_> = report.suppressed.iter().map(|(_, d)| d).collect();
    let mut value = serde_json::json!({ "diagnostics": report.diagnostics, "suppressed": suppressed });
    for list in ["diagnostics", "suppressed"] {
        for d in value[list].as_array_mut().unwrap() {
            d.as_object_mut().unwrap().remove("fix");
        }
    }
    value
}

#[test]
fn without_fixes_every_shipped_body_has_the_same_findings_but_for_their_fix() {
    let bodies = shipped_bodies();
    assert!(bodies.len() > 400, "the fixtures were found: {}", bodies.len());
    let mut fixes = 0;
    for path in &bodies {
        let (name, bytes) = (path.display().to_string(), std::fs::read(path).unwrap());
        let full = lint(&name, &bytes, &LintOptions::default());
        let bare = lint(&name, &bytes, &LintOptions::default().without_fixes());
        fixes += full.diagnostics.iter().filter(|d| d.fix.is_some()).count();
        let mut bare_findings = bare.diagnostics.iter().chain(bare.suppressed.iter().map(|(_, d)| d));
        assert!(bare_findings.all(|d| d.fix.is_none()), "{name}: a fix was left");
        assert_eq!(without_fix(&full), without_fix(&bare), "{name}");
        // What the formats without fixes print, fingerprints included.
        let root = ProjectRoot::new(".", ".");
        let (full, bare) = (std::slice::from_ref(&full), std::slice::from_ref(&bare));
        assert_eq!(concise(&full[0]), concise(&bare[0]), "{name}");
        assert_eq!(gitlab(full, &root), gitlab(bare, &root), "{name}");
    }
    assert!(fixes > 300, "the comparison covers many fixes: {fixes}");
}

#[test]
fn ignores_match_the_same_findings_without_fixes() {
    let body = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/bodies/legacy.json")).unwrap();
    let dir = cli_support::workdir("without-fixes", "ignores");
    let toml = "[[ignore]]\nrules = [\"LIF001\"]\nreason = \"old template\"\n";
    let config = acklint::config::parse(&dir.join("acklint.toml"), toml).unwrap();
    let options = LintOptions::from_config(&config);
    let full = lint("legacy.json", &body, &options);
    let bare = lint("legacy.json", &body, &options.clone().without_fixes());
    assert!(full.suppressed.iter().any(|(_, d)| d.fix.is_some()), "an ignored finding with a fix");
    assert!(bare.suppressed.iter().all(|(_, d)| d.fix.is_none()));
    assert_eq!(without_fix(&full), without_fix(&bare));
}
