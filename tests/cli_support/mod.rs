//! Running the `acklint` binary as a user would, for the command-line tests (`cli.rs`, `cli_fix.rs`). Each
//! test file uses part of it.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// `acklint ARGS` in `dir`, without colour. The workspace variables of CI systems are removed: they would move
/// the root that machine formats write paths relative to.
pub fn acklint(args: &[&str], dir: &Path) -> Output {
    command(args, dir).output().unwrap()
}

/// `acklint ARGS` in `dir` with the environment variables `vars` set.
pub fn acklint_with(args: &[&str], dir: &Path, vars: &[(&str, &str)]) -> Output {
    command(args, dir).envs(vars.iter().copied()).output().unwrap()
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
    command
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A fresh folder for one test, named after the test file (`prefix`) and the test.
pub fn workdir(prefix: &str, name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("acklint-{prefix}-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
