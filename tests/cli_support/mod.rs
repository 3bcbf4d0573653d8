//! Running the `acklint` binary as a user would, for the command-line tests (`cli.rs`, `cli_fix.rs`). Each
//! test file uses part of it.
#![allow(dead_code)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// `acklint ARGS` in `dir`, without colour. The workspace variables of CI systems are removed: they would move
/// the root that machine formats write paths relative to; so are the language and locale variables, so that
/// every run speaks English unless a test says otherwise.
pub fn acklint(args: &[&str], dir: &Path) -> Output {
    command(args, dir).output().unwrap()
}

/// `acklint ARGS` in `dir` with these environment variables set (`LANG`, `ACKLINT_LANG`, …).
pub fn acklint_env(args: &[&str], dir: &Path, env: &[(&str, &str)]) -> Output {
    command(args, dir).envs(env.iter().copied()).output().unwrap()
}

/// `acklint ARGS` in `dir` with `input` on standard input.
pub fn acklint_stdin(args: &[&str], dir: &Path, input: &[u8]) -> Output {
    let mut child =
        command(args, dir).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn command(args: &[&str], dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_acklint"));
    command
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("GITHUB_WORKSPACE")
        .env_remove("CI_PROJECT_DIR");
    for var in ["ACKLINT_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(var);
    }
    command
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A fresh folder for one test, named after the test file (`prefix`) and the test, and removed with everything
/// in it when the test ends (some tests write 100 MB bodies). It reads as a `Path`.
pub fn workdir(prefix: &str, name: &str) -> WorkDir {
    let dir = tempfile::Builder::new().prefix(&format!("acklint-{prefix}-{name}-")).tempdir().unwrap();
    WorkDir(dir)
}

/// A test's folder, see [`workdir`].
pub struct WorkDir(tempfile::TempDir);

impl std::ops::Deref for WorkDir {
    type Target = Path;

    fn deref(&self) -> &Path {
        self.0.path()
    }
}

impl AsRef<Path> for WorkDir {
    fn as_ref(&self) -> &Path {
        self.0.path()
    }
}
