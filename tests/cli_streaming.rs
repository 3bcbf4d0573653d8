//! The command line writes each file's output as soon as the files before it are written, from any number of
//! threads: the bytes must be those of the library's whole-document renderers, in input order, for every format.

mod cli_support;

use acklint::render::{HumanStyle, ProjectRoot, concise, github, gitlab, human, json, junit, sarif};
use acklint::{FileReport, LintOptions, lint};
use cli_support::{acklint_env, stdout};
use std::path::Path;

/// Bodies of every kind: clean, with findings, with syntax slips, secrets, a byte order mark, bad UTF-8, an empty
/// file, and many files, so that workers finish out of order.
fn write_inputs(dir: &Path) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut names = Vec::new();
    let mut add = |name: String, bytes: Vec<u8>| {
        std::fs::write(dir.join(&name), bytes).unwrap();
        names.push(name);
    };
    for folder in ["tests/corpus/created", "tests/corpus/mistakes", "examples", "examples/broken"] {
        let mut files: Vec<_> = std::fs::read_dir(root.join(folder))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        for path in files {
            let name = format!("{}-{}", folder.replace('/', "-"), path.file_name().unwrap().to_string_lossy());
            add(name, std::fs::read(path).unwrap());
        }
    }
    add("reference.jsonc".into(), std::fs::read(root.join("tests/fixtures/reference-example.jsonc")).unwrap());
    add("legacy.json".into(), std::fs::read(root.join("benches/bodies/legacy.json")).unwrap());
    let secret = r#"{"cluster_type": "Kubernetes", "login_password": 12345678, "master_count": "3",}"#;
    add("secret.json".into(), secret.as_bytes().to_vec());
    add("bom.json".into(), b"\xef\xbb\xbf{\"name\": \"\xe9\x9b\x86\xe7\xbe\xa4\", \"x\": 1}".to_vec());
    add("latin1.json".into(), b"{\"name\": \"caf\xe9\"}".to_vec());
    add("empty.json".into(), Vec::new());
    add("broken.json".into(), b"{\"name\": ".to_vec());
    names
}

/// The library's rendering of the same inputs, read from `dir` under the names given on the command line.
fn expected(format: &str, names: &[&str], dir: &Path) -> String {
    let reports: Vec<FileReport> =
        names.iter().map(|n| lint(n, &std::fs::read(dir.join(n)).unwrap(), &LintOptions::default())).collect();
    let root = ProjectRoot::new(dir, dir);
    match format {
        "human" => reports.iter().map(|r| human(r, HumanStyle { color: false, width: 100 })).collect(),
        "concise" => reports.iter().map(concise).collect(),
        "json" => json(&reports),
        "sarif" => sarif(&reports, &root),
        "github" => github(&reports, &root),
        "junit" => junit(&reports, &root),
        "gitlab" => gitlab(&reports, &root),
        other => panic!("no format {other}"),
    }
}

#[test]
fn every_format_streams_the_bytes_of_the_whole_document_in_input_order() {
    let dir = cli_support::workdir("streaming", "formats");
    let written = write_inputs(&dir);
    // A file named twice, also under another spelling: its findings need fingerprints unlike the first time's.
    let mut names: Vec<&str> = written.iter().map(String::as_str).collect();
    names.extend(["legacy.json", "./legacy.json", "secret.json"]);
    assert!(names.len() > 40, "enough files for the workers to overtake each other");
    for format in ["human", "concise", "json", "sarif", "github", "junit", "gitlab"] {
        let want = expected(format, &names, &dir);
        for threads in ["1", "2", "5"] {
            let mut args = vec!["check", "--quiet", "--format", format];
            args.extend(&names);
            let out = acklint_env(&args, &dir, &[("ACKLINT_THREADS", threads), ("COLUMNS", "100")]);
            assert_eq!(out.status.code(), Some(1), "{format}, {threads} threads");
            let got = stdout(&out);
            assert!(got == want, "{format} with {threads} threads differs:\n{}", first_difference(&got, &want));
        }
    }
}

/// A run that cannot read a file stops there with status 2, after the files before it.
#[cfg(target_os = "linux")]
#[test]
fn an_unreadable_file_stops_the_run_in_input_order() {
    let dir = cli_support::workdir("streaming", "unreadable");
    let body = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/bodies/legacy.json")).unwrap();
    for name in ["a.json", "b.json", "d.json"] {
        std::fs::write(dir.join(name), &body).unwrap();
    }
    // A file that exists but fails to read, even for root: its first page is not mapped.
    let unreadable = "/proc/self/mem";
    let out = acklint_env(&["check", "--format", "concise", "a.json", "b.json", unreadable, "d.json"], &dir, &[]);
    assert_eq!(out.status.code(), Some(2));
    let text = stdout(&out);
    assert!(text.starts_with("a.json:") && text.contains("\nb.json:") && !text.contains("d.json"), "{text}");
    let error = cli_support::stderr(&out);
    assert!(error.contains("cannot read /proc/self/mem"), "{error}");
}

/// Where two texts first differ, with some context.
fn first_difference(got: &str, want: &str) -> String {
    let at = got.bytes().zip(want.bytes()).position(|(a, b)| a != b).unwrap_or(got.len().min(want.len()));
    let from = at.saturating_sub(200);
    let near = |s: &str| s.get(from..(at + 200).min(s.len())).unwrap_or("<not on a character boundary>").to_string();
    format!(
        "at byte {at} (lengths {} and {}):\n--- got\n{}\n--- want\n{}",
        got.len(),
        want.len(),
        near(got),
        near(want)
    )
}
