//! `scripts/install.sh` (the one-line install, the GitHub Action and the `acklint-prebuilt` pre-commit hook)
//! against fake releases served over HTTP from a temporary folder: the archive built for this machine is the
//! one installed, a checksum that does not match refuses the install, a missing release says so with its own
//! exit status, and the pre-commit hook downloads once per version.
#![cfg(any(target_os = "linux", target_os = "macos"))]

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};

/// Every target the release workflow builds, as install.sh names their archives.
const RELEASED_TARGETS: [&str; 5] = [
    "x86_64-unknown-linux-musl",
    "aarch64-unknown-linux-musl",
    "x86_64-apple-darwin",
    "aarch64-apple-darwin",
    "x86_64-pc-windows-msvc",
];

/// The release target for the machine running the tests, worked out from Rust's own view of it.
fn this_target() -> String {
    let os = match std::env::consts::OS {
        "linux" => "unknown-linux-musl",
        "macos" => "apple-darwin",
        other => panic!("no release for {other}"),
    };
    format!("{}-{os}", std::env::consts::ARCH)
}

/// A fresh folder for one test, removed when the test ends.
fn scratch(name: &str) -> tempfile::TempDir {
    tempfile::Builder::new().prefix(&format!("acklint-install-{name}-")).tempdir().unwrap()
}

/// A release folder laid out as GitHub serves one: `download/<tag>/acklint-<target>.<ext>` and its `.sha256`.
/// Each archive holds a shell script that names the target it was packed for, so a test can tell which one
/// was installed.
fn fake_release(root: &Path, tag: &str) {
    let folder = root.join("download").join(tag);
    std::fs::create_dir_all(&folder).unwrap();
    for target in RELEASED_TARGETS {
        let staging = root.join("staging").join(target);
        let inner = staging.join(format!("acklint-{target}"));
        std::fs::create_dir_all(&inner).unwrap();
        let binary = inner.join(if target.contains("windows") { "acklint.exe" } else { "acklint" });
        std::fs::write(&binary, format!("#!/bin/sh\necho \"acklint {tag} built for {target}\"\necho \"args: $*\"\n"))
            .unwrap();
        run(Command::new("chmod").arg("755").arg(&binary));
        // Windows archives are zip files in a real release; the tests only ever install this machine's, so a
        // tar.gz under the zip name is enough to be listed.
        let archive =
            folder.join(format!("acklint-{target}.{}", if target.contains("windows") { "zip" } else { "tar.gz" }));
        run(Command::new("tar").arg("-czf").arg(&archive).arg("-C").arg(&staging).arg(format!("acklint-{target}")));
        let digest = run(Command::new("sh").arg("-c").arg(
            "if command -v sha256sum >/dev/null; then sha256sum \"$1\"; else shasum -a 256 \"$1\"; fi | cut -d ' ' -f 1",
        )
        .arg("sh")
        .arg(&archive));
        let name = archive.file_name().unwrap().to_str().unwrap();
        std::fs::write(folder.join(format!("{name}.sha256")), format!("{}  {name}\n", digest.trim())).unwrap();
    }
}

fn run(command: &mut Command) -> String {
    let output = command.output().unwrap();
    assert!(output.status.success(), "{command:?} failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

/// A small HTTP server for one folder: GET of a file answers 200 with its bytes, anything else 404. It
/// records the paths asked for, and lives as long as the test process.
struct Server {
    url: String,
    requests: Arc<Mutex<Vec<String>>>,
}

fn serve(root: &Path) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let requests = Arc::new(Mutex::new(Vec::new()));
    let (root, log) = (root.to_path_buf(), requests.clone());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut request_line = String::new();
            if reader.read_line(&mut request_line).is_err() {
                continue;
            }
            // The headers: read up to the blank line, then answer.
            let mut header = String::new();
            while reader.read_line(&mut header).is_ok_and(|n| n > 0) && header.trim() != "" {
                header.clear();
            }
            let path = request_line.split_whitespace().nth(1).unwrap_or("/").to_string();
            log.lock().unwrap().push(path.clone());
            let file = root.join(path.trim_start_matches('/'));
            let response = match (path.contains(".."), std::fs::read(&file)) {
                (false, Ok(body)) => {
                    let mut head =
                        format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len())
                            .into_bytes();
                    head.extend(body);
                    head
                }
                _ => b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec(),
            };
            let _ = stream.write_all(&response);
        }
    });
    Server { url, requests }
}

fn install(server: &Server, home: &Path, args: &[&str]) -> Output {
    Command::new("sh")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/install.sh"))
        .args(args)
        .env("ACKLINT_RELEASES_URL", &server.url)
        .env("HOME", home)
        .env_remove("ACKLINT_VERSION")
        .env_remove("ACKLINT_TARGET")
        .env_remove("ACKLINT_INSTALL_DIR")
        .output()
        .unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn installs_the_archive_built_for_this_machine() {
    let scratch = scratch("right-archive");
    let dir = scratch.path();
    fake_release(&dir.join("releases"), "v9.9.9");
    let server = serve(&dir.join("releases"));
    let bin = dir.join("bin");

    // A bare number is the tag with its `v`.
    let output = install(&server, dir, &["--version", "9.9.9", "--to", bin.to_str().unwrap()]);
    assert!(output.status.success(), "install failed: {}", stderr(&output));

    let target = this_target();
    let installed = run(&mut Command::new(bin.join("acklint")));
    assert_eq!(installed.lines().next().unwrap(), format!("acklint v9.9.9 built for {target}"));
    let said = format!("installed acklint v9.9.9 built for {target} ({target}) as {}", bin.join("acklint").display());
    assert!(stderr(&output).contains(&said), "{}", stderr(&output));
    assert_eq!(
        *server.requests.lock().unwrap(),
        [
            format!("/download/v9.9.9/acklint-{target}.tar.gz"),
            format!("/download/v9.9.9/acklint-{target}.tar.gz.sha256")
        ]
    );
}

#[test]
fn latest_is_fetched_from_the_latest_release_address() {
    let scratch = scratch("latest");
    let dir = scratch.path();
    let releases = dir.join("releases");
    fake_release(&releases, "v9.9.9");
    // GitHub serves the newest release's files under `latest/download/` as well.
    std::fs::create_dir_all(releases.join("latest")).unwrap();
    std::fs::rename(releases.join("download/v9.9.9"), releases.join("latest/download")).unwrap();
    let server = serve(&releases);

    let output = install(&server, dir, &[]);
    assert!(output.status.success(), "install failed: {}", stderr(&output));
    assert!(dir.join(".local/bin/acklint").exists(), "not installed to the default ~/.local/bin");
    assert_eq!(server.requests.lock().unwrap()[0], format!("/latest/download/acklint-{}.tar.gz", this_target()));
}

#[test]
fn a_checksum_mismatch_refuses_the_install() {
    let scratch = scratch("mismatch");
    let dir = scratch.path();
    let releases = dir.join("releases");
    fake_release(&releases, "v9.9.9");
    let asset = format!("acklint-{}.tar.gz", this_target());
    let digest = releases.join("download/v9.9.9").join(format!("{asset}.sha256"));
    std::fs::write(&digest, format!("{}  {asset}\n", "0".repeat(64))).unwrap();
    let server = serve(&releases);
    let bin = dir.join("bin");

    let output = install(&server, dir, &["--version", "v9.9.9", "--to", bin.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains(&format!("checksum mismatch for {asset}: the release says {}", "0".repeat(64))),
        "{}",
        stderr(&output)
    );
    assert!(!bin.join("acklint").exists(), "a binary that failed its checksum was installed");
}

#[test]
fn a_release_without_a_checksum_file_is_not_installed() {
    let scratch = scratch("no-checksum");
    let dir = scratch.path();
    let releases = dir.join("releases");
    fake_release(&releases, "v9.9.9");
    let asset = format!("acklint-{}.tar.gz", this_target());
    std::fs::remove_file(releases.join("download/v9.9.9").join(format!("{asset}.sha256"))).unwrap();
    let server = serve(&releases);
    let bin = dir.join("bin");

    let output = install(&server, dir, &["--version", "v9.9.9", "--to", bin.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stderr(&output).contains("not installing an unverified binary"), "{}", stderr(&output));
    assert!(!bin.join("acklint").exists());
}

#[test]
fn a_missing_release_is_reported_with_its_own_exit_status() {
    let scratch = scratch("missing");
    let dir = scratch.path();
    fake_release(&dir.join("releases"), "v9.9.9");
    let server = serve(&dir.join("releases"));
    let bin = dir.join("bin");

    let output = install(&server, dir, &["--version", "v0.0.1", "--to", bin.to_str().unwrap()]);
    // 3 tells the Action to build from source instead of failing.
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    let asset = format!("acklint-{}.tar.gz", this_target());
    assert!(
        stderr(&output).contains(&format!("no release archive `{asset}` for version v0.0.1")),
        "{}",
        stderr(&output)
    );
    assert!(!bin.exists());

    // A platform the release does not cover is the same case: nothing to download.
    let output = install(&server, dir, &["--version", "v9.9.9", "--target", "riscv64gc-unknown-linux-musl"]);
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
}

#[test]
fn bad_arguments_are_usage_errors() {
    let scratch = scratch("usage");
    let dir = scratch.path();
    let server = serve(dir);
    for args in [&["--version", "nightly"][..], &["--frobnicate"], &["--to"]] {
        let output = install(&server, dir, args);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {}", stderr(&output));
    }
    assert!(server.requests.lock().unwrap().is_empty());
}

#[test]
fn the_prebuilt_pre_commit_hook_downloads_its_version_once() {
    let scratch = scratch("pre-commit");
    let dir = scratch.path();
    let tag = format!("v{}", env!("CARGO_PKG_VERSION"));
    fake_release(&dir.join("releases"), &tag);
    let server = serve(&dir.join("releases"));
    let hook = |args: &[&str]| {
        Command::new(Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/pre-commit-prebuilt.sh"))
            .args(args)
            .env("ACKLINT_RELEASES_URL", &server.url)
            .env("ACKLINT_CACHE_DIR", dir.join("cache"))
            .env("HOME", dir)
            .output()
            .unwrap()
    };

    for _ in 0..2 {
        let output = hook(&["check", "--format", "concise", "a.json"]);
        assert!(output.status.success(), "{}", stderr(&output));
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        assert_eq!(stdout, format!("acklint {tag} built for {}\nargs: check --format concise a.json\n", this_target()));
    }
    assert!(dir.join("cache").join(&tag).join("acklint").exists());
    assert_eq!(server.requests.lock().unwrap().len(), 2, "the second run downloaded again");
}

/// The releases address is written in three places that cannot share a constant: the install script, the
/// binstall metadata and the README. They must agree.
#[test]
fn the_releases_address_is_the_same_everywhere() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let script = std::fs::read_to_string(root.join("scripts/install.sh")).unwrap();
    let releases = script
        .lines()
        .find_map(|line| line.strip_prefix("default_releases_url="))
        .expect("install.sh sets default_releases_url");
    let repository = releases.strip_suffix("/releases").unwrap();

    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    assert!(
        manifest.contains(&format!("pkg-url = \"{releases}/download/v{{ version }}/")),
        "Cargo.toml's binstall pkg-url does not start with {releases}"
    );
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let one_line_install = format!("{releases}/latest/download/install.sh");
    assert!(readme.contains(&one_line_install), "the README does not name {one_line_install}");
    let owner_and_name = repository.strip_prefix("https://github.com/").unwrap();
    let action = format!("uses: {owner_and_name}@v");
    assert!(readme.contains(&action), "the README's Action example does not say `{action}…`");
}
