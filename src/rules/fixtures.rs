//! The fixture test every rule gets from `declare_rule!`: the files in `tests/rules/<name>/`, where each
//! `invalid_*.json` must fire the rule and each `valid_*.json` (a near miss) must not, and a snapshot of the
//! rule's own findings on them (`tests/snapshots/rules/<name>.snap`). Other rules' findings are left out, so
//! changing one rule changes one snapshot.

use crate::config::{self, CONFIG_FILE};
use crate::document::LineIndex;
use crate::rules::RuleMeta;
use crate::{FileReport, LintOptions, lint};
use std::fs;
use std::path::{Path, PathBuf};

/// Checks the fixtures of the rule `meta` (see the module documentation).
pub(crate) fn check(meta: &RuleMeta) {
    let dir = Path::new("tests/rules").join(meta.name);
    let files = fixtures(&dir);
    let name = |p: &Path| p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let has = |prefix: &str| files.iter().any(|p| name(p).starts_with(prefix));
    assert!(
        has("invalid_") && has("valid_"),
        "{}: needs invalid_*.json and valid_*.json in {}",
        meta.code,
        dir.display()
    );
    let mut problems = Vec::new();
    let mut snapshot = String::new();
    for path in &files {
        let report = lint_file(path);
        let fired = report.diagnostics.iter().any(|d| d.code == meta.code);
        let file = name(path);
        if file.starts_with("invalid_") && !fired {
            problems.push(format!("{} does not fire {}", path.display(), meta.code));
        }
        if file.starts_with("valid_") && fired {
            problems.push(format!("{} fires {} but is a near miss", path.display(), meta.code));
        }
        snapshot.push_str(&format!("== {file}\n{}\n", describe(&report, meta.code)));
    }
    assert!(problems.is_empty(), "{}: {}", meta.code, problems.join("\n"));
    insta::with_settings!({ snapshot_path => "../../tests/snapshots/rules", prepend_module_to_snapshot => false }, {
        insta::assert_snapshot!(meta.name, snapshot);
    });
}

/// The `*.json` files of a fixture folder, sorted.
fn fixtures(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "json")).collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn lint_file(path: &Path) -> FileReport {
    let bytes = fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    // A fixture folder may hold an `acklint.toml` (network context, say) that applies to its fixtures.
    let config = path.parent().map(|d| d.join(CONFIG_FILE)).filter(|c| c.is_file());
    let options = config.map_or_else(LintOptions::default, |c| {
        LintOptions::from_config(&config::load(&c).unwrap_or_else(|e| panic!("{}: {e}", c.display())))
    });
    lint(&path.display().to_string(), &bytes, &options)
}

/// One line per finding of the rule `code`: position, severity, pointer, message, labels and help.
fn describe(report: &FileReport, code: &str) -> String {
    let index = LineIndex::new(&report.document.text);
    let mut out = String::new();
    for d in report.diagnostics.iter().filter(|d| d.code == code) {
        let at = d.span.map_or("-".into(), |s| {
            let p = index.position(&report.document.text, s.start);
            format!("{}:{}", p.line, p.column)
        });
        let pointer = d.pointer.as_deref().unwrap_or("(no pointer)");
        out.push_str(&format!("{at} {}[{}] {pointer}: {}\n", d.severity, d.code, d.message));
        for l in &d.labels {
            out.push_str(&format!("    label {}: {}\n", l.pointer.as_deref().unwrap_or("-"), l.message));
        }
        if let Some(h) = &d.help {
            out.push_str(&format!("    help: {h}\n"));
        }
        if let Some(f) = &d.fix {
            out.push_str(&format!("    fix ({}): {}\n", f.applicability.as_str(), f.message));
        }
    }
    if out.is_empty() {
        out.push_str("(no findings of this rule)\n");
    }
    out.push_str(&fixed(report, code));
    out
}

/// The text with every fix of the rule `code` applied, as a diff (empty when the rule fixed nothing).
fn fixed(report: &FileReport, code: &str) -> String {
    let text = &report.document.text;
    let fixes = report.fixes().filter(|(d, _)| d.code == code).map(|(_, f)| f);
    let applied = crate::fix::apply(text, fixes);
    crate::render::unified_diff("fixture", text, &applied.text)
}
