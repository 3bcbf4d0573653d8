//! Builds and tests `tests/consumer/`, a crate that depends on acklint as another tool would (library only,
//! `default-features = false`, public API only), and fails when it does not compile or its tests fail. It has
//! its own target folder under `target/`, so it compiles from scratch once and incrementally after that.

use std::path::Path;
use std::process::Command;

#[test]
fn a_dependent_crate_builds_and_passes_its_tests() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let target = root.join("target").join("consumer");
    let output = Command::new(env!("CARGO"))
        .args(["test", "--offline", "--locked", "--manifest-path"])
        .arg(root.join("tests/consumer/Cargo.toml"))
        .env("CARGO_TARGET_DIR", &target)
        // The outer `cargo test`'s settings are not the consumer's.
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .output()
        .expect("cargo runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "the consumer crate failed (a stale tests/consumer/Cargo.lock after a dependency change: \
         `cargo update --offline --manifest-path tests/consumer/Cargo.toml -p acklint`):\n{stdout}\n{stderr}"
    );
    assert!(stdout.contains("findings_round_trip_through_json ... ok"), "its tests did not run:\n{stdout}");
}
