//! Fix fixtures of the built-in checks: every file in `tests/fixes/<check-name>/` is linted and fixed, and a
//! snapshot per check (`tests/snapshots/fixes__<check-name>.snap`) shows its findings with their fixes and the
//! diffs after `--fix` and after `--fix --unsafe-fixes`. (Rules show their fixes in their own fixture
//! snapshots.)

use acklint::__internal::fix::unified_diff;
use acklint::fix::{FixMode, fix_to_fixed_point};
use acklint::{LintOptions, lint};
use std::fs;
use std::path::{Path, PathBuf};

mod rule_fixtures;

fn folders() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = fs::read_dir("tests/fixes")
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.is_dir()).collect())
        .unwrap_or_default();
    dirs.sort();
    dirs
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json" || x == "jsonc"))
        .collect();
    files.sort();
    files
}

/// The findings of `code` in one file with their fixes, then the diffs of both fix modes.
fn describe(path: &Path, code: &str) -> String {
    let bytes = fs::read(path).unwrap();
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    let options = LintOptions::default();
    let report = lint(&name, &bytes, &options);
    let mut out = format!("== {name}\n");
    for d in report.diagnostics.iter().filter(|d| d.code == code) {
        let p = d.span.map(|s| report.document.position(s.start));
        let at = p.map_or("-".into(), |p| format!("{}:{}", p.line, p.column));
        out.push_str(&format!("{at} {}[{}]: {}\n", d.severity, d.code, d.message));
        match &d.fix {
            Some(f) => out.push_str(&format!("    fix ({}): {}\n", f.applicability.as_str(), f.message)),
            None => out.push_str("    no fix\n"),
        }
    }
    let text = &report.document.text;
    let mut previous = None;
    for (mode, title) in [(FixMode::Safe, "--fix"), (FixMode::Unsafe, "--fix --unsafe-fixes")] {
        let outcome = fix_to_fixed_point(&name, &bytes, &options, mode);
        let left = outcome.report.diagnostics.iter().filter(|d| d.code == code).count();
        let diff = unified_diff(&name, text, &outcome.text);
        let shown = if previous.as_ref() == Some(&diff) { "(the same diff)\n".to_string() } else { diff.clone() };
        out.push_str(&format!(
            "-- {title}: {} fixed in {} round(s), {left} {code} left\n{shown}",
            outcome.fixed.len(),
            outcome.rounds,
        ));
        previous = Some(diff);
    }
    out
}

#[test]
fn every_fix_fixture_folder_is_a_check_with_fixes() {
    for dir in folders() {
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        let check = acklint::__internal::checks::BUILTIN
            .iter()
            .find(|c| c.name == name)
            .unwrap_or_else(|| panic!("tests/fixes/{name} is not named after a built-in check"));
        let mut fixes = 0;
        let mut snapshot = String::new();
        for file in files(&dir) {
            let bytes = fs::read(&file).unwrap();
            let report = lint("f", &bytes, &LintOptions::default());
            fixes += report.fixes().filter(|(d, _)| d.code == check.code).count();
            snapshot.push_str(&describe(&file, check.code));
        }
        // A check without fixes may have a folder too: its snapshot shows the findings that stay unfixed.
        if check.fix == acklint::fix::FixAvailability::None {
            assert_eq!(fixes, 0, "{}: its findings carry fixes but it declares none", check.code);
        } else {
            assert!(fixes > 0, "tests/fixes/{name}: no {} finding there carries a fix", check.code);
        }
        insta::assert_snapshot!(name, snapshot);
    }
}

#[test]
fn checks_that_declare_a_fix_have_fix_fixtures() {
    for check in acklint::__internal::checks::BUILTIN.iter().filter(|c| c.fix != acklint::fix::FixAvailability::None) {
        assert!(
            Path::new("tests/fixes").join(check.name).is_dir(),
            "{} declares fixes but has no tests/fixes/{} folder",
            check.code,
            check.name
        );
    }
}

/// What a check or rule declares about its fixes matches the fixes its findings carry over every body of the
/// repository: `none` carries none, `safe` only safe ones, `unsafe` only unsafe ones, and a declared fix shows
/// up at least once.
#[test]
fn declared_fix_availability_matches_the_findings() {
    use acklint::fix::{Applicability, FixAvailability};
    use std::collections::BTreeMap;
    let mut seen: BTreeMap<&str, (bool, bool)> = BTreeMap::new();
    let mut dirs: Vec<PathBuf> = ["tests/fixes", "tests/corpus", "examples"].map(PathBuf::from).into();
    let mut bodies = vec![PathBuf::from("tests/fixtures/reference-example.jsonc")];
    while let Some(dir) = dirs.pop() {
        for path in fs::read_dir(&dir).into_iter().flatten().filter_map(Result::ok).map(|e| e.path()) {
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|x| x == "json" || x == "jsonc") {
                bodies.push(path);
            }
        }
    }
    let mut texts: Vec<(PathBuf, Vec<u8>)> = bodies.into_iter().map(|p| (p.clone(), fs::read(&p).unwrap())).collect();
    // Rule fixtures as they are linted: patches merged into their bases.
    texts.extend(rule_fixtures::all().into_iter().map(|f| (f.path, f.text.into_bytes())));
    for (path, text) in texts {
        let config = path.parent().map(|d| d.join(acklint::config::CONFIG_FILE)).filter(|c| c.is_file());
        let options =
            config.map_or_else(LintOptions::default, |c| LintOptions::from_config(&acklint::config::load(&c).unwrap()));
        let report = lint("f", &text, &options);
        for (d, f) in report.fixes() {
            let entry = seen.entry(d.code).or_default();
            match f.applicability {
                Applicability::Safe => entry.0 = true,
                Applicability::Unsafe => entry.1 = true,
            }
        }
    }
    let declared = acklint::__internal::checks::BUILTIN
        .iter()
        .map(|c| (c.code, c.fix))
        .chain(acklint::__internal::rules::all().iter().map(|r| (r.meta().code, r.meta().fix)));
    let mut problems = Vec::new();
    for (code, fix) in declared {
        let (safe, unsafe_) = seen.get(code).copied().unwrap_or_default();
        let ok = match fix {
            FixAvailability::None => !safe && !unsafe_,
            FixAvailability::Safe => safe && !unsafe_,
            FixAvailability::Unsafe => unsafe_ && !safe,
            FixAvailability::Mixed => safe || unsafe_,
        };
        if !ok {
            problems.push(format!(
                "{code} declares `{}` but its findings carry safe: {safe}, unsafe: {unsafe_}",
                fix.as_str()
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
