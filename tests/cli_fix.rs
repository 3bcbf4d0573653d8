//! `acklint check --fix`, `--diff` and `--unsafe-fixes`, run as a user would: files fixed in place and nothing
//! else touched, diffs that write nothing, standard input, exit codes, secrets, and the fix in JSON and SARIF.

mod cli_support;

use cli_support::{acklint, acklint_stdin, stderr, stdout};
use std::path::Path;
use std::process::Output;

/// A fresh folder for one test.
fn workdir(name: &str) -> cli_support::WorkDir {
    cli_support::workdir("cli-fix", name)
}

fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap()
}

/// A body without findings.
fn clean() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/managed-terway.json")).unwrap()
}

/// `body` with a trailing comma after the last member of the top-level object (a safe fix, JSON003).
fn with_trailing_comma(body: &str) -> String {
    let end = body.trim_end().strip_suffix('}').unwrap().trim_end();
    format!("{end},\n}}\n")
}

/// A body with an error no fix can answer: pod and service ranges that overlap (which range to move is the
/// user's choice).
fn overlapping() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/dedicated-flannel.json"))
        .unwrap()
        .replace("\"service_cidr\": \"172.21.0.0/20\"", "\"service_cidr\": \"172.20.16.0/20\"")
}

fn json_of(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(o)))
}

/// How many findings a plain check of `name` reports.
fn remaining(dir: &Path, name: &str) -> usize {
    let v = json_of(&acklint(&["check", "--format", "json", name], dir));
    v["files"][0]["diagnostics"].as_array().unwrap().len()
}

#[test]
fn fix_writes_the_file_in_place_and_reports_what_remains() {
    let dir = workdir("in-place");
    let fixed = overlapping();
    let broken = with_trailing_comma(&fixed);
    assert_ne!(broken, fixed);
    std::fs::write(dir.join("c.json"), &broken).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir.join("c.json"), std::fs::Permissions::from_mode(0o640)).unwrap();
    }

    let out = acklint(&["check", "--fix", "c.json"], &dir);
    let text = stdout(&out);
    assert_eq!(read(&dir, "c.json"), fixed, "only the comma is gone, every other byte is kept");
    assert_eq!(out.status.code(), Some(1), "the overlap remains:\n{text}");
    assert!(text.contains("NET001") && !text.contains("JSON003"), "only what remains is reported:\n{text}");
    let left = remaining(&dir, "c.json");
    assert!(left > 0);
    assert!(text.contains(&format!("fixed 1 finding in 1 file; {left} findings left")), "{text}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.join("c.json")).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640, "permissions are kept");
    }
    let leftovers: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(leftovers, ["c.json"], "no temporary file is left behind");

    // At the fixed point a second run changes nothing and still fails on what remains.
    let again = acklint(&["check", "--fix", "c.json"], &dir);
    assert_eq!(read(&dir, "c.json"), fixed);
    assert_eq!(again.status.code(), Some(1));
    assert!(stdout(&again).contains(&format!("nothing to fix; {left} findings left")), "{}", stdout(&again));

    // A body whose only finding is fixed passes.
    std::fs::write(dir.join("ok.json"), with_trailing_comma(&clean())).unwrap();
    let ok = acklint(&["check", "--fix", "ok.json"], &dir);
    assert_eq!(ok.status.code(), Some(0), "{}", stdout(&ok));
    assert_eq!(read(&dir, "ok.json"), clean());
}

#[test]
fn fix_reaches_every_file_of_a_folder_and_a_file_named_twice_once() {
    let dir = workdir("folder");
    std::fs::create_dir_all(dir.join("clusters")).unwrap();
    std::fs::write(dir.join("clusters/a.json"), with_trailing_comma(&clean())).unwrap();
    std::fs::write(dir.join("clusters/b.json"), with_trailing_comma(&clean())).unwrap();
    std::fs::write(dir.join("clusters/clean.json"), clean()).unwrap();
    let out = acklint(&["check", "--fix", "clusters", "clusters/a.json", "./clusters/a.json"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
    for name in ["a", "b", "clean"] {
        assert_eq!(read(&dir, &format!("clusters/{name}.json")), clean(), "{name}");
    }
    assert!(stdout(&out).contains("fixed 2 findings in 2 files; 0 findings left"), "{}", stdout(&out));
}

#[test]
fn diff_shows_the_changes_and_writes_nothing() {
    let dir = workdir("diff");
    let broken = with_trailing_comma(&clean());
    std::fs::write(dir.join("c.json"), &broken).unwrap();
    std::fs::write(dir.join("clean.json"), clean()).unwrap();

    let out = acklint(&["check", "--diff", "c.json"], &dir);
    let diff = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "something to fix");
    assert_eq!(read(&dir, "c.json"), broken, "--diff writes nothing");
    assert!(diff.starts_with("--- c.json\n+++ c.json (fixed)\n@@ "), "{diff}");
    assert!(diff.contains("\n-  ],\n+  ]\n"), "{diff}");
    assert!(!diff.contains("error"), "only the diff, no findings:\n{diff}");
    assert!(stderr(&out).contains("would fix 1 finding in 1 file"), "{}", stderr(&out));

    let none = acklint(&["check", "--diff", "clean.json"], &dir);
    assert_eq!(none.status.code(), Some(0), "nothing to fix");
    assert_eq!(stdout(&none), "");
    assert!(stderr(&none).contains("nothing to fix"));

    // A finding without a fix does not fail a diff: only a change to make does.
    std::fs::write(dir.join("overlap.json"), overlapping()).unwrap();
    assert_eq!(acklint(&["check", "--diff", "overlap.json"], &dir).status.code(), Some(0));

    // The diff is the output: formats and statistics do not apply.
    assert_eq!(acklint(&["check", "--diff", "--format", "json", "c.json"], &dir).status.code(), Some(2));
    assert_eq!(read(&dir, "c.json"), broken);

    // --fix --diff shows and does not write.
    let both = acklint(&["check", "--fix", "--diff", "c.json"], &dir);
    assert_eq!((both.status.code(), stdout(&both)), (Some(1), diff));
    assert_eq!(read(&dir, "c.json"), broken);
}

#[test]
fn standard_input_is_fixed_to_standard_output() {
    let dir = workdir("stdin");
    let broken = with_trailing_comma(&overlapping());
    let out = acklint_stdin(&["check", "--fix", "-"], &dir, broken.as_bytes());
    assert_eq!(stdout(&out), overlapping(), "the fixed body, and only it, on standard output");
    assert_eq!(out.status.code(), Some(1), "the overlap remains");
    let err = stderr(&out);
    assert!(err.contains("NET001") && err.contains("fixed 1 finding in 1 file"), "{err}");

    // Nothing to fix: the body comes back byte for byte, even when it is not UTF-8.
    let odd = b"{\"name\": \"\xff\",}\n";
    let out = acklint_stdin(&["check", "--fix", "-"], &dir, odd);
    assert_eq!(out.stdout, odd, "a body that is not UTF-8 is left alone");
    assert_eq!(out.status.code(), Some(1));
    let out = acklint_stdin(&["check", "--fix", "-"], &dir, clean().as_bytes());
    assert_eq!((out.stdout, out.status.code()), (clean().into_bytes(), Some(0)));

    // Machine formats on standard error too, so standard output stays the body.
    let out = acklint_stdin(&["check", "--fix", "--format", "json", "-"], &dir, broken.as_bytes());
    assert_eq!(stdout(&out), overlapping());
    let err = stderr(&out);
    let report: serde_json::Value = serde_json::from_str(&err[..err.rfind("}\n").unwrap() + 2]).unwrap();
    assert_eq!(
        report["files"][0]["diagnostics"].as_array().unwrap().iter().filter(|d| d["code"] == "NET001").count(),
        1
    );
    assert!(err.ends_with("findings left\n"), "the summary follows the document:\n{err}");

    let out = acklint_stdin(&["check", "--diff", "-"], &dir, broken.as_bytes());
    assert!(stdout(&out).starts_with("--- -\n+++ - (fixed)\n"), "{}", stdout(&out));
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn files_that_are_not_utf8_are_left_alone() {
    let dir = workdir("utf8");
    let bytes = b"{\n  \"name\": \"\xff\",\n}\n";
    std::fs::write(dir.join("c.json"), bytes).unwrap();
    let out = acklint(&["check", "--fix", "c.json"], &dir);
    assert_eq!(std::fs::read(dir.join("c.json")).unwrap(), bytes);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn fixes_of_checks_turned_off_or_ignored_are_not_applied() {
    let dir = workdir("config");
    let broken = with_trailing_comma(&clean());
    std::fs::write(dir.join("c.json"), &broken).unwrap();
    std::fs::write(dir.join("acklint.toml"), "[rules]\nignore = [\"JSON003\"]\n").unwrap();
    let out = acklint(&["check", "--fix", "c.json"], &dir);
    assert_eq!(read(&dir, "c.json"), broken, "{}", stdout(&out));
    assert_eq!(out.status.code(), Some(0));
    let diff = acklint(&["check", "--diff", "c.json"], &dir);
    assert_eq!((stdout(&diff).as_str(), diff.status.code()), ("", Some(0)));
}

#[test]
fn unsafe_fixes_need_fix_or_diff() {
    let dir = workdir("unsafe-flag");
    std::fs::write(dir.join("c.json"), with_trailing_comma(&clean())).unwrap();
    let out = acklint(&["check", "--unsafe-fixes", "c.json"], &dir);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--fix"), "{}", stderr(&out));
    // With --fix it also applies the safe ones.
    let out = acklint(&["check", "--fix", "--unsafe-fixes", "c.json"], &dir);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(read(&dir, "c.json"), clean());
}

/// Unsafe fixes are applied only on request. The body is full of typical mistakes, some with unsafe fixes (a
/// subscription period chosen for a PrePaid pool).
#[test]
fn unsafe_fixes_are_opt_in() {
    let dir = workdir("unsafe");
    let body = with_trailing_comma(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/broken/typical-mistakes.json"))
            .unwrap(),
    );
    std::fs::write(dir.join("safe.json"), &body).unwrap();
    std::fs::write(dir.join("all.json"), &body).unwrap();
    let before = json_of(&acklint(&["check", "--format", "json", "safe.json"], &dir));
    let unsafe_before = before["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["fix"]["applicability"] == "unsafe")
        .count();
    assert!(unsafe_before > 0, "no unsafe fix on the body any more");

    let safe = acklint(&["check", "--fix", "--format", "json", "safe.json"], &dir);
    let all = acklint(&["check", "--fix", "--unsafe-fixes", "--format", "json", "all.json"], &dir);
    let (safe_text, all_text) = (read(&dir, "safe.json"), read(&dir, "all.json"));
    assert_ne!(safe_text, body, "the safe fixes were applied");
    let left = |o: &Output, kind: &str| {
        json_of(o)["files"][0]["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["fix"]["applicability"] == kind)
            .count()
    };
    assert_eq!(left(&safe, "safe"), 0, "every safe fix applied: {}", stdout(&safe));
    assert_eq!(left(&all, "unsafe"), 0, "every unsafe fix applied: {}", stdout(&all));
    assert_ne!(safe_text, all_text, "--unsafe-fixes applies more");
    assert!(left(&safe, "unsafe") > 0, "the unsafe fixes are still offered");
    assert!(stderr(&safe).contains("fixable with --unsafe-fixes"), "{}", stderr(&safe));
    let diff = stdout(&acklint(&["check", "--diff", "--unsafe-fixes", "safe.json"], &dir));
    assert!(!diff.is_empty(), "--diff --unsafe-fixes shows the unsafe ones still to apply");
}

#[test]
fn a_diff_never_shows_a_password() {
    let dir = workdir("secret");
    // The password is the last member, and the comma after it goes: its line is in the diff, twice.
    let end = clean().trim_end().strip_suffix('}').unwrap().trim_end().to_string();
    let body = format!("{end},\n  \"login_password\": \"Hunter2!xyz\",\n}}\n");
    std::fs::write(dir.join("c.json"), &body).unwrap();
    let out = acklint(&["check", "--diff", "c.json"], &dir);
    let diff = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{diff}");
    assert!(!diff.contains("Hunter2"), "{diff}");
    assert!(diff.contains("\n-  \"login_password\": \"****\",\n+  \"login_password\": \"****\"\n"), "{diff}");

    let fixed = acklint(&["check", "--fix", "c.json"], &dir);
    for o in [&fixed, &acklint(&["check", "--fix", "--format", "json", "c.json"], &dir)] {
        assert!(!stdout(o).contains("Hunter2") && !stderr(o).contains("Hunter2"), "{}", stdout(o));
    }
    assert_eq!(read(&dir, "c.json"), body.replace("\"Hunter2!xyz\",", "\"Hunter2!xyz\""), "the secret itself is kept");
}

#[test]
fn json_gives_each_finding_its_fix_and_hides_edits_that_would_show_a_secret() {
    let dir = workdir("json");
    // A password of the wrong type (a list holding a number) with a trailing comma inside it: deleting that
    // comma is a fix whose place would tell where the secret ends.
    let body = clean().replacen("{\n", "{\n  \"login_password\": [12345678,],\n", 1);
    let body = with_trailing_comma(&body);
    std::fs::write(dir.join("c.json"), &body).unwrap();
    // Several files, so the run keeps only positions, not texts.
    std::fs::write(dir.join("d.json"), with_trailing_comma(&clean())).unwrap();
    let out = acklint(&["check", "--format", "json", "c.json", "d.json"], &dir);
    assert!(!stdout(&out).contains("12345678"), "{}", stdout(&out));
    let v = json_of(&out);
    let diagnostics = v["files"][0]["diagnostics"].as_array().unwrap();
    assert!(diagnostics.iter().all(|d| d.get("fix").is_some()), "`fix` is always there, `null` without one");
    assert!(diagnostics.iter().any(|d| d["fix"].is_null()));
    let commas: Vec<&serde_json::Value> = diagnostics.iter().filter(|d| d["code"] == "JSON003").collect();
    assert_eq!(commas.len(), 2, "{diagnostics:#?}");
    let [inside, last] = [&commas[0]["fix"], &commas[1]["fix"]];
    assert_eq!(inside["applicability"], "safe");
    assert_eq!(inside["message"], "delete the `,`");
    assert_eq!(inside["edits"], serde_json::json!([]), "the comma next to the secret is not shown");
    let edit = &last["edits"][0];
    assert_eq!(edit["replacement"], "");
    let (start, end) =
        (edit["span"]["start"]["offset"].as_u64().unwrap(), edit["span"]["end"]["offset"].as_u64().unwrap());
    assert_eq!(&body[start as usize..end as usize], ",");
    let line = body[..start as usize].matches('\n').count() + 1;
    assert_eq!(edit["span"]["start"]["line"], line);
    assert_eq!(edit["span"]["start"]["column"], 4, "`  ],` — the comma is the fourth character");
    assert_eq!(edit["span"]["end"]["column"], 5);

    // Both are applied all the same.
    let fixed = acklint(&["check", "--fix", "--quiet", "c.json"], &dir);
    let text = read(&dir, "c.json");
    assert!(text.contains("\"login_password\": [12345678],") && text.ends_with("  ]\n}\n"), "{text}");
    assert!(!stdout(&fixed).contains("12345678"));
}

#[test]
fn sarif_gives_fixes_and_machine_formats_keep_the_fix_summary_off_standard_output() {
    let dir = workdir("sarif");
    std::fs::write(dir.join("c.json"), with_trailing_comma(&overlapping())).unwrap();
    let out = acklint(&["check", "--format", "sarif", "c.json"], &dir);
    let v = json_of(&out);
    let result = v["runs"][0]["results"].as_array().unwrap().iter().find(|r| r["ruleId"] == "JSON003").unwrap();
    let fix = &result["fixes"][0];
    assert_eq!(fix["description"]["text"], "delete the `,`");
    let change = &fix["artifactChanges"][0];
    assert_eq!(change["artifactLocation"]["uri"], "c.json");
    let region = &change["replacements"][0]["deletedRegion"];
    assert_eq!(region, &result["locations"][0]["physicalLocation"]["region"]);
    assert!(change["replacements"][0].get("insertedContent").is_none(), "a deletion inserts nothing");
    let no_fix = v["runs"][0]["results"].as_array().unwrap().iter().find(|r| r["ruleId"] == "NET001").unwrap();
    assert!(no_fix.get("fixes").is_none());

    let fixed = acklint(&["check", "--fix", "--format", "sarif", "c.json"], &dir);
    assert_eq!(fixed.status.code(), Some(1));
    let v = json_of(&fixed);
    assert!(v["runs"][0]["results"].as_array().unwrap().iter().all(|r| r["ruleId"] != "JSON003"));
    let left = remaining(&dir, "c.json");
    assert!(stderr(&fixed).contains(&format!("fixed 1 finding in 1 file; {left} findings left")), "{}", stderr(&fixed));
}

#[test]
fn a_plain_check_says_what_fix_would_do() {
    let dir = workdir("hint");
    std::fs::write(dir.join("c.json"), with_trailing_comma(&clean())).unwrap();
    let out = acklint(&["check", "c.json"], &dir);
    let text = stdout(&out);
    assert!(text.contains("fix (safe): delete the `,`"), "{text}");
    assert!(text.ends_with("1 finding fixable with --fix\n"), "{text}");
    assert!(!stdout(&acklint(&["check", "--quiet", "c.json"], &dir)).contains("fixable"));
    let help = stdout(&acklint(&["check", "--help"], &dir));
    for needle in ["--fix", "--unsafe-fixes", "--diff", "acklint check --fix - < cluster.json"] {
        assert!(help.contains(needle), "{needle}");
    }
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_stays_a_link_and_its_target_is_fixed() {
    let dir = workdir("symlink");
    std::fs::create_dir_all(dir.join("real")).unwrap();
    std::fs::write(dir.join("real/c.json"), with_trailing_comma(&clean())).unwrap();
    std::os::unix::fs::symlink("real/c.json", dir.join("link.json")).unwrap();
    let out = acklint(&["check", "--fix", "link.json"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
    assert!(std::fs::symlink_metadata(dir.join("link.json")).unwrap().file_type().is_symlink());
    assert_eq!(read(&dir, "real/c.json"), clean());
    let leftovers: Vec<_> = std::fs::read_dir(dir.join("real")).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(leftovers, ["c.json"]);
}

#[test]
fn rules_say_which_fix_each_offers() {
    let dir = workdir("rules");
    let v = json_of(&acklint(&["rules", "--format", "json"], &dir));
    let fix_of = |code: &str| v.as_array().unwrap().iter().find(|r| r["code"] == code).unwrap()["fix"].clone();
    assert_eq!(fix_of("JSON003"), "safe");
    assert_eq!(fix_of("JSON001"), "none");
    let text = stdout(&acklint(&["rules"], &dir));
    assert!(text.lines().any(|l| l.starts_with("JSON003") && l.contains(" safe ")), "{text}");
}

#[test]
fn rules_as_json_are_the_library_catalogue() {
    let dir = workdir("rules-catalogue");
    let listed = json_of(&acklint(&["rules", "--format", "json"], &dir));
    let catalogue: Vec<serde_json::Value> =
        acklint::catalogue::all().map(|e| serde_json::to_value(e).unwrap()).collect();
    assert_eq!(listed, serde_json::Value::Array(catalogue));
}
