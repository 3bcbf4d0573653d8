//! The fixture test every rule gets from `declare_rule!`: the files in `tests/rules/<name>/`, where each
//! `invalid_*.json` must fire the rule and each `valid_*.json` (a near miss) must not, and a snapshot of the
//! rule's own findings on them (`tests/snapshots/rules/<name>.snap`). Other rules' findings are left out, so
//! changing one rule changes one snapshot. A fixture is a whole body or a patch over a base body
//! (`tests/rule_fixtures/`); positions are in the text that is linted, the merged body for a patch.

use crate::config;
use crate::document::LineIndex;
use crate::rule_fixtures::{self, Fixture};
use crate::rules::RuleMeta;
use crate::{FileReport, LintOptions, lint};

/// Checks the fixtures of the rule `meta` (see the module documentation).
pub(crate) fn check(meta: &RuleMeta) {
    let fixtures = rule_fixtures::of_rule(meta.name);
    let has = |prefix: &str| fixtures.iter().any(|f| f.file_name().starts_with(prefix));
    assert!(
        has("invalid_") && has("valid_"),
        "{}: needs invalid_*.json and valid_*.json in {}/{}",
        meta.code,
        rule_fixtures::DIR,
        meta.name
    );
    let mut problems = Vec::new();
    let mut snapshot = String::new();
    for fixture in &fixtures {
        let report = lint_fixture(fixture);
        let fired = report.diagnostics.iter().any(|d| d.code == meta.code);
        let file = fixture.file_name();
        let path = fixture.path.display();
        if file.starts_with("invalid_") && !fired {
            problems.push(format!("{path} does not fire {}", meta.code));
        }
        if file.starts_with("valid_") && fired {
            problems.push(format!("{path} fires {} but is a near miss", meta.code));
        }
        snapshot.push_str(&format!("== {file}\n{}\n", describe(&report, meta.code)));
    }
    assert!(problems.is_empty(), "{}: {}", meta.code, problems.join("\n"));
    insta::with_settings!({ snapshot_path => "../../tests/snapshots/rules", prepend_module_to_snapshot => false }, {
        insta::assert_snapshot!(meta.name, snapshot);
    });
}

fn lint_fixture(fixture: &Fixture) -> FileReport {
    // A fixture folder may hold an `acklint.toml` (network context, say) that applies to its fixtures.
    let options = fixture.config().map_or_else(LintOptions::default, |c| {
        LintOptions::from_config(&config::load(&c).unwrap_or_else(|e| panic!("{}: {e}", c.display())))
    });
    lint(&fixture.path.display().to_string(), fixture.text.as_bytes(), &options)
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
