//! How the machine formats name files when acklint runs as CI runs it: relative, absolute, nested-folder and
//! standard-input inputs, `--project-root`, and the workspace variables of GitHub Actions and GitLab CI.
//!
//! The SARIF of each kind of run is also checked by Microsoft's SARIF multitool (`validate --rule-kind Sarif`,
//! the reference validator) when `ACKLINT_SARIF_MULTITOOL` names its executable; `.ci/run` installs it from the
//! npm registry and sets the variable. Without it that test says it skipped.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BODY: &str = include_str!("../examples/broken/typical-mistakes.json");

/// The folder and name of the file below the repository with the awkward name: a space, `#`, `%` and
/// non-ASCII characters, in a nested folder.
const ODD_DIR: &str = "clusters/prod env/集群";
const ODD_NAME: &str = "a #1%.json";
const ODD_URI: &str = "clusters/prod%20env/%E9%9B%86%E7%BE%A4/a%20%231%25.json";

/// A fresh folder for one test: `repo/` with `clusters/prod.json` and the odd file, and `outside.json` beside
/// the repository.
fn project(name: &str) -> PathBuf {
    let base = std::env::temp_dir().join(format!("acklint-paths-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    let repo = base.join("repo");
    std::fs::create_dir_all(repo.join(ODD_DIR)).unwrap();
    std::fs::write(repo.join("clusters/prod.json"), BODY).unwrap();
    std::fs::write(repo.join(ODD_DIR).join(ODD_NAME), BODY).unwrap();
    std::fs::write(base.join("outside.json"), BODY).unwrap();
    // The working directory resolves symbolic links: so must the expected paths.
    std::fs::canonicalize(&base).unwrap()
}

/// Runs acklint in `dir` with only the given CI workspace variables, `stdin` on standard input.
fn acklint(args: &[&str], dir: &Path, env: &[(&str, &Path)], stdin: &str) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_acklint"));
    command
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("GITHUB_WORKSPACE")
        .env_remove("CI_PROJECT_DIR");
    for (name, value) in env {
        command.env(name, value);
    }
    let mut child =
        command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("acklint runs");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.code().is_some_and(|c| c <= 1), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    out
}

/// One kind of run: its name and its SARIF log.
struct SarifRun {
    name: &'static str,
    log: String,
}

/// The SARIF of every kind of run CI makes, from the project made by [`project`].
fn sarif_runs(base: &Path) -> Vec<SarifRun> {
    let repo = base.join("repo");
    let abs = |p: &str| repo.join(p).to_str().unwrap().to_string();
    let outside = base.join("outside.json").to_str().unwrap().to_string();
    let sarif = |args: &[&str], dir: &Path, env: &[(&str, &Path)], stdin: &str| {
        let mut all = vec!["check", "--format", "sarif"];
        all.extend_from_slice(args);
        String::from_utf8(acklint(&all, dir, env, stdin).stdout).unwrap()
    };
    let clusters = repo.join("clusters");
    vec![
        SarifRun { name: "relative", log: sarif(&["clusters/prod.json"], &repo, &[], "") },
        SarifRun { name: "absolute", log: sarif(&[&abs("clusters/prod.json")], &repo, &[], "") },
        SarifRun { name: "nested-folder", log: sarif(&["clusters"], &repo, &[], "") },
        SarifRun { name: "absolute-nested-folder", log: sarif(&[&abs("clusters")], &repo, &[], "") },
        SarifRun { name: "standard-input", log: sarif(&["-"], &repo, &[], BODY) },
        SarifRun { name: "outside-the-root", log: sarif(&[&outside, "-"], &repo, &[], BODY) },
        SarifRun {
            name: "github-workspace",
            log: sarif(&["prod.json", &abs(ODD_DIR)], &clusters, &[("GITHUB_WORKSPACE", &repo)], ""),
        },
        SarifRun {
            name: "gitlab-project-dir",
            log: sarif(&[&abs("clusters/prod.json")], base, &[("CI_PROJECT_DIR", &repo)], ""),
        },
        SarifRun {
            name: "project-root-option",
            log: sarif(&["--project-root", "..", "prod.json"], &clusters, &[("GITHUB_WORKSPACE", base)], ""),
        },
    ]
}

/// The distinct `(uri, uriBaseId)` of a log's result locations, in order, and its `%SRCROOT%`.
fn artifacts(log: &str) -> (Vec<(String, Option<String>)>, Option<String>) {
    let log: Value = serde_json::from_str(log).expect("SARIF is JSON");
    let run = &log["runs"][0];
    let mut out: Vec<(String, Option<String>)> = Vec::new();
    for res in run["results"].as_array().unwrap() {
        let a = &res["locations"][0]["physicalLocation"]["artifactLocation"];
        let pair = (a["uri"].as_str().unwrap().to_string(), a["uriBaseId"].as_str().map(str::to_string));
        if !out.contains(&pair) {
            out.push(pair);
        }
    }
    (out, run["originalUriBaseIds"]["%SRCROOT%"]["uri"].as_str().map(str::to_string))
}

fn file_uri(path: &Path) -> String {
    format!("file://{}", path.to_str().unwrap())
}

#[test]
fn sarif_names_files_below_the_root_relative_to_it_however_they_were_given() {
    let base = project("sarif");
    let repo_uri = file_uri(&base.join("repo")) + "/";
    let src = |uri: &str| (uri.to_string(), Some("%SRCROOT%".to_string()));
    let plain = |uri: &str| (uri.to_string(), None);
    let expected = [
        ("relative", vec![src("clusters/prod.json")], &repo_uri),
        ("absolute", vec![src("clusters/prod.json")], &repo_uri),
        // A folder's files are sorted by path: `prod env/` comes before `prod.json`.
        ("nested-folder", vec![src(ODD_URI), src("clusters/prod.json")], &repo_uri),
        ("absolute-nested-folder", vec![src(ODD_URI), src("clusters/prod.json")], &repo_uri),
        ("standard-input", vec![plain("-")], &repo_uri),
        ("outside-the-root", vec![plain(&file_uri(&base.join("outside.json"))), plain("-")], &repo_uri),
        ("github-workspace", vec![src("clusters/prod.json"), src(ODD_URI)], &repo_uri),
        ("gitlab-project-dir", vec![src("clusters/prod.json")], &repo_uri),
        ("project-root-option", vec![src("clusters/prod.json")], &repo_uri),
    ];
    let runs = sarif_runs(&base);
    assert_eq!(runs.len(), expected.len());
    for (run, (name, uris, root)) in runs.iter().zip(expected) {
        assert_eq!(run.name, name);
        let (found, srcroot) = artifacts(&run.log);
        assert_eq!(found, uris, "{name}");
        assert_eq!(srcroot.as_ref(), Some(root), "{name}");
        assert!(!run.log.contains("\"uri\": \"/"), "{name}: no relative reference starts with a slash");
    }
    let _ = std::fs::remove_dir_all(&base);
}

#[test]
fn github_gitlab_and_junit_name_files_relative_to_the_root() {
    let base = project("others");
    let repo = base.join("repo");
    let absolute = repo.join("clusters/prod.json");
    let outside = base.join("outside.json");
    let args = |format| ["check", "--format", format, absolute.to_str().unwrap(), outside.to_str().unwrap()];
    let run = |format| String::from_utf8(acklint(&args(format), &repo, &[], "").stdout).unwrap();

    let github = run("github");
    assert!(github.contains("::error file=clusters/prod.json,line="), "{github}");
    assert!(github.contains(&format!("file={},line=", outside.to_str().unwrap())), "outside: as given\n{github}");
    assert!(!github.contains(&format!("file={}", absolute.to_str().unwrap())), "{github}");

    let gitlab: Value = serde_json::from_str(&run("gitlab")).unwrap();
    let mut paths: Vec<&str> =
        gitlab.as_array().unwrap().iter().map(|i| i["location"]["path"].as_str().unwrap()).collect();
    paths.dedup();
    assert_eq!(paths, ["clusters/prod.json", outside.to_str().unwrap()]);

    let junit = run("junit");
    let doc = roxmltree::Document::parse(&junit).unwrap();
    let mut files: Vec<&str> = doc.descendants().filter_map(|n| n.attribute("file")).collect();
    files.dedup();
    assert_eq!(files, ["clusters/prod.json", outside.to_str().unwrap()]);

    // From a subfolder of a GitHub Actions workspace, a relative path is rebased onto the workspace.
    let clusters = repo.join("clusters");
    let out = acklint(&["check", "--format", "github", "prod.json"], &clusters, &[("GITHUB_WORKSPACE", &repo)], "");
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("::error file=clusters/prod.json,"));
    // The human, concise and JSON formats keep the path as given.
    let out = acklint(&["check", "--format", "concise", "prod.json"], &clusters, &[("GITHUB_WORKSPACE", &repo)], "");
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("prod.json:"));
    let _ = std::fs::remove_dir_all(&base);
}

#[test]
fn a_project_root_that_is_not_a_folder_is_a_usage_error() {
    let base = project("usage");
    let out = Command::new(env!("CARGO_BIN_EXE_acklint"))
        .args(["check", "--format", "sarif", "--project-root", "no-such-dir", "repo/clusters/prod.json"])
        .current_dir(&base)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--project-root no-such-dir: no such folder"));
    assert!(out.stdout.is_empty());
    let _ = std::fs::remove_dir_all(&base);
}

/// One finding of the multitool: its rule, level and message.
#[derive(Debug)]
struct Finding {
    rule: String,
    level: String,
    message: String,
}

/// Validates `files` with the multitool at `tool` and returns its findings per file name.
fn multitool(tool: &Path, dir: &Path, files: &[String]) -> Vec<(String, Finding)> {
    let out_file = dir.join("multitool-result.sarif");
    let mut command = Command::new(tool);
    // The files first: `--rule-kind` takes a list and would swallow them.
    command.current_dir(dir).arg("validate").args(files);
    command.args(["--rule-kind", "Sarif", "--output"]).arg(&out_file).args(["--log", "ForceOverwrite"]);
    // The bundled .NET runtime then needs no ICU library on the machine.
    command.env("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1");
    let out = command.output().unwrap_or_else(|e| panic!("cannot run {}: {e}", tool.display()));
    let printed = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "the multitool failed to run:\n{printed}");
    assert!(printed.contains(&format!("Done. {} files scanned.", files.len())), "not every file was read:\n{printed}");
    let log: Value = serde_json::from_str(&std::fs::read_to_string(&out_file).unwrap()).unwrap();
    let mut findings = Vec::new();
    for res in log["runs"][0]["results"].as_array().unwrap() {
        let uri = res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].as_str().unwrap_or("?");
        let file = uri.rsplit('/').next().unwrap().to_string();
        findings.push((
            file,
            Finding {
                rule: res["ruleId"].as_str().unwrap_or("?").to_string(),
                // SARIF's default level is `warning`.
                level: res["level"].as_str().unwrap_or("warning").to_string(),
                // The message is an id with arguments (the JSON path and the value at fault), at a line of the file.
                message: format!(
                    "line {}: {} {}",
                    res["locations"][0]["physicalLocation"]["region"]["startLine"],
                    res["message"]["id"].as_str().unwrap_or("?"),
                    res["message"]["arguments"]
                ),
            },
        ));
    }
    findings
}

/// The multitool's warnings acklint accepts, and why.
const ACCEPTED_WARNINGS: &[(&str, &str)] =
    &[("SARIF2005", "no `informationUri` until the project has a public address (`acklint::catalogue::DOCS_URL`)")];

#[test]
fn the_sarif_multitool_finds_no_error_in_any_kind_of_run() {
    let Some(tool) = std::env::var_os("ACKLINT_SARIF_MULTITOOL").filter(|v| !v.is_empty()).map(PathBuf::from) else {
        eprintln!(
            "skipped: ACKLINT_SARIF_MULTITOOL is not set (`.ci/run` installs Microsoft's SARIF multitool and sets it)"
        );
        return;
    };
    let base = project("multitool");
    let runs = sarif_runs(&base);
    let mut files = Vec::new();
    for run in &runs {
        let name = format!("{}.sarif", run.name);
        std::fs::write(base.join(&name), &run.log).unwrap();
        files.push(name);
    }
    // A control: what acklint used to write for an absolute path (a relative reference starting with a
    // slash), which the multitool must reject.
    let abs = base.join("repo/clusters/prod.json");
    let control = serde_json::json!({ "version": "2.1.0", "runs": [{
        "tool": { "driver": { "name": "acklint" } },
        "results": [{ "ruleId": "NET001", "message": { "text": "m" },
                      "locations": [{ "physicalLocation": { "artifactLocation": { "uri": abs } } }] }] }] });
    std::fs::write(base.join("control.sarif"), control.to_string()).unwrap();
    files.push("control.sarif".into());

    let findings = multitool(&tool, &base, &files);
    let control: Vec<&Finding> = findings.iter().filter(|(f, _)| f == "control.sarif").map(|(_, x)| x).collect();
    assert!(
        control.iter().any(|f| f.rule == "SARIF1004" && f.level == "error"),
        "the multitool must reject a relative reference that starts with a slash: {control:#?}"
    );
    let mut problems = Vec::new();
    for (file, f) in findings.iter().filter(|(f, _)| f != "control.sarif") {
        let accepted = f.level != "error" && ACCEPTED_WARNINGS.iter().any(|(rule, _)| *rule == f.rule);
        eprintln!("{file}: {} {}{}", f.level, f.rule, if accepted { " (accepted)" } else { "" });
        if !accepted {
            problems.push(format!("{file}: {} {}: {}", f.level, f.rule, f.message));
        }
    }
    assert!(problems.is_empty(), "the SARIF multitool reports:\n{}", problems.join("\n"));
    eprintln!("the SARIF multitool validated {} logs: no error", files.len() - 1);
    let _ = std::fs::remove_dir_all(&base);
}
