//! `LintOptions::without_fixes`, and the command line's formats that use it because they show no fix: the same
//! findings and the same bytes, only without the fixes that nothing reads.

mod cli_support;

use acklint::render::{ProjectRoot, concise, github, gitlab, junit};
use acklint::{FileReport, LintOptions, lint};
use cli_support::{acklint_env, stdout};
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

/// The formats that show no fix leave the fixes unbuilt: their bytes are those of the library's renderers given
/// the reports with fixes.
#[test]
fn formats_without_fixes_print_the_bytes_of_reports_with_fixes() {
    let root_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = cli_support::workdir("without-fixes", "formats");
    let inputs = [
        ("legacy.json", "benches/bodies/legacy.json"),
        ("mistakes.json", "examples/broken/typical-mistakes.json"),
        ("reference.jsonc", "tests/fixtures/reference-example.jsonc"),
        ("slips.json", "tests/fixtures/cascaded-slips.json"),
    ];
    let mut reports = Vec::new();
    for (name, source) in inputs {
        let bytes = std::fs::read(root_dir.join(source)).unwrap();
        std::fs::write(dir.join(name), &bytes).unwrap();
        reports.push(lint(name, &bytes, &LintOptions::default()));
    }
    assert!(reports.iter().flat_map(|r| &r.diagnostics).filter(|d| d.fix.is_some()).count() > 20);
    let root = ProjectRoot::new(&*dir, &*dir);
    let names: Vec<&str> = inputs.iter().map(|(name, _)| *name).collect();
    for format in ["concise", "github", "gitlab", "junit"] {
        let want = match format {
            "concise" => reports.iter().map(concise).collect(),
            "github" => github(&reports, &root),
            "gitlab" => gitlab(&reports, &root),
            _ => junit(&reports, &root),
        };
        let mut args = vec!["check", "--quiet", "--format", format];
        args.extend(&names);
        let out = acklint_env(&args, &dir, &[("ACKLINT_THREADS", "2")]);
        assert_eq!(out.status.code(), Some(1), "{format}");
        assert_eq!(stdout(&out), want, "{format}");
    }
}

/// `--statistics` counts findings per rule, never fixes: the same table whether the format builds fixes or not.
#[test]
fn statistics_are_the_same_with_and_without_fixes() {
    let dir = cli_support::workdir("without-fixes", "statistics");
    let body = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/bodies/legacy.json")).unwrap();
    std::fs::write(dir.join("legacy.json"), body).unwrap();
    let table = |format: &str| {
        let out = acklint_env(&["check", "--statistics", "--format", format, "legacy.json"], &dir, &[]);
        let text = stdout(&out);
        let start = text.find("findings per rule:").expect("the statistics");
        text[start..].to_string()
    };
    let concise = table("concise");
    assert!(concise.contains(" LIF001 "), "{concise}");
    assert_eq!(concise, table("human"));
}
