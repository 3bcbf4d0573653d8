//! Tests of the code generator (`build.rs` and `build/`): golden output for a tiny spec, one clear message per
//! kind of spec defect, and the real spec generating what the build script wrote.
//!
//! The generator's files are mounted here with `#[path]`, exactly as `build.rs` mounts them, rather than moved
//! into a crate of their own: plain `cargo test` runs these tests (no `--workspace`), and acklint stays one
//! package, so `cargo package`/`cargo publish` need no second crate published first (a path build-dependency
//! without a published version is refused by `cargo publish`). The cost is that `syn`, `quote`, `proc-macro2`
//! and `prettyplease` are dev-dependencies too.

#[path = "../../build/gen_check.rs"]
mod gen_check;
#[path = "../../build/gen_enums.rs"]
mod gen_enums;
#[path = "../../build/gen_fields.rs"]
mod gen_fields;
#[path = "../../build/gen_model.rs"]
mod gen_model;
#[path = "../../build/gen_schema.rs"]
mod gen_schema;
#[path = "../../build/generate.rs"]
mod generate;
#[path = "../../build/names.rs"]
mod names;
#[path = "../../build/spec.rs"]
mod spec;

use std::path::{Path, PathBuf};

/// Snapshots go with the others, under `tests/snapshots/codegen/`.
fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path("../snapshots/codegen");
    s.set_prepend_module_to_snapshot(false);
    s
}

/// The `*.toml` files of a fixture folder, relative to the package root (cargo runs tests there), so the
/// messages that name them are the same on every machine.
fn files(dir: &str) -> Vec<PathBuf> {
    spec::files_in(Path::new(dir)).unwrap_or_else(|e| panic!("{dir}: {e:?}"))
}

#[test]
fn golden_output_of_a_tiny_spec() {
    let generated = generate::generate(&files("tests/codegen/golden")).unwrap_or_else(|e| panic!("{e:#?}"));
    let names: Vec<&str> = generated.iter().map(|g| g.name).collect();
    assert_eq!(
        names,
        [
            "fields.rs",
            "model.rs",
            "surface.txt",
            "createcluster.schema.json",
            "schema_check.rs",
            "validation.schema.json"
        ]
    );
    settings().bind(|| {
        for g in &generated {
            insta::assert_snapshot!(format!("golden__{}", g.name), g.text);
        }
    });
}

#[test]
fn every_spec_defect_is_a_message_naming_file_and_field() {
    let fixtures = files("tests/codegen/defects");
    assert!(fixtures.len() >= 10, "the defect fixtures are missing");
    settings().bind(|| {
        for file in &fixtures {
            // A panic fails this test too: every defect must come back as a message.
            let errors = match generate::generate(std::slice::from_ref(file)) {
                Ok(_) => panic!("{}: a spec with a defect generated code", file.display()),
                Err(errors) => errors,
            };
            assert!(!errors.is_empty(), "{}", file.display());
            let stem = file.file_stem().unwrap().to_string_lossy();
            insta::assert_snapshot!(format!("defect__{stem}"), errors.join("\n"));
        }
    });
}

#[test]
fn a_folder_without_spec_files_is_a_defect() {
    let errors = spec::files_in(Path::new("tests/codegen")).unwrap_err();
    assert_eq!(errors, ["tests/codegen: no `*.toml` spec files"]);
    let errors = spec::files_in(Path::new("tests/codegen/no-such-folder")).unwrap_err();
    assert!(errors[0].starts_with("tests/codegen/no-such-folder: cannot read spec folder: "), "{errors:?}");
}

/// The generator compiled into this test (dev profile, the library's dependency features) must write exactly what
/// the build script wrote into `OUT_DIR`, or the golden tests would test another program.
#[test]
fn the_real_spec_generates_what_the_build_script_wrote() {
    let generated = generate::generate(&files("schema/spec")).unwrap_or_else(|e| panic!("{e:#?}"));
    for g in generated {
        let built = Path::new(env!("OUT_DIR")).join(g.name);
        let built = std::fs::read_to_string(&built).unwrap_or_else(|e| panic!("{}: {e}", built.display()));
        assert!(built == g.text, "{} differs from the build script's", g.name);
    }
}
