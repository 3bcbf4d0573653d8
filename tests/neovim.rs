//! `acklint lsp` in a real Neovim: runs `editors/neovim/smoke.sh` (headless Neovim 0.7 or later starts the
//! server with `vim.lsp.start_client`, waits for the diagnostics of a broken body, checks their codes against
//! `acklint check`, and applies fix-all with Neovim's own `apply_workspace_edit`, which must give what
//! `acklint check --fix -` prints). Skipped, saying why, when no `nvim` 0.7 or later is on the `PATH`
//! (`.ci/run` installs Debian's `neovim` when it can).

use std::process::Command;

/// `(major, minor)` of the `nvim` on the PATH, if there is one.
fn nvim_version() -> Option<(u32, u32)> {
    let out = Command::new("nvim").arg("--version").output().ok()?;
    let first = String::from_utf8_lossy(&out.stdout).lines().next()?.to_string();
    let version = first.strip_prefix("NVIM v")?;
    let mut parts = version.split(['.', '-']).map(|p| p.parse::<u32>().ok());
    Some((parts.next()??, parts.next()??))
}

#[test]
fn neovim_shows_the_findings_and_applies_fix_all() {
    let Some(version) = nvim_version() else {
        eprintln!("SKIPPED neovim_shows_the_findings_and_applies_fix_all: no `nvim` on the PATH");
        return;
    };
    if version < (0, 7) {
        eprintln!("SKIPPED neovim_shows_the_findings_and_applies_fix_all: nvim {version:?} is older than 0.7");
        return;
    }
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/editors/neovim/smoke.sh");
    let out = Command::new("bash").arg(script).arg(env!("CARGO_BIN_EXE_acklint")).output().expect("bash runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "smoke.sh failed ({}):\n{stdout}\n{stderr}", out.status);
    assert!(stderr.contains("smoke.lua: PASS"), "{stdout}\n{stderr}");
}
