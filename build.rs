//! Turns the field spec under `schema/spec/` into Rust code and the JSON Schema, all written to `OUT_DIR`.
//!
//! The generator lives in `build/` and is mounted here with `#[path]`; `tests/codegen/main.rs` mounts the same
//! files to test it (see its header for why it is not a crate of its own).

#[path = "build/gen_check.rs"]
mod gen_check;
#[path = "build/gen_enums.rs"]
mod gen_enums;
#[path = "build/gen_fields.rs"]
mod gen_fields;
#[path = "build/gen_model.rs"]
mod gen_model;
#[path = "build/gen_schema.rs"]
mod gen_schema;
#[path = "build/generate.rs"]
mod generate;
#[path = "build/names.rs"]
mod names;
#[path = "build/spec.rs"]
mod spec;
#[path = "build/translated_docs.rs"]
mod translated_docs;

use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let spec_dir = root.join("schema/spec");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=build");
    // The JSON shape enum the generator shares with the library (mounted by build/spec.rs).
    println!("cargo::rerun-if-changed=src/spec/json_type.rs");
    println!("cargo::rerun-if-changed={}", spec_dir.display());

    let files = spec::files_in(&spec_dir).unwrap_or_else(|errors| fail(&errors));
    for file in &files {
        println!("cargo::rerun-if-changed={}", file.display());
    }
    for generated in generate::generate(&files).unwrap_or_else(|errors| fail(&errors)) {
        write_if_changed(&out.join(generated.name), &generated.text);
    }

    // A new page is a new file: cargo reruns this step when anything in the folder changes.
    let zh_docs = root.join("locales/zh-CN/docs");
    println!("cargo::rerun-if-changed={}", zh_docs.display());
    let table = translated_docs::table(&zh_docs).unwrap_or_else(|e| panic!("cannot read {}: {e}", zh_docs.display()));
    write_if_changed(&out.join("translated_docs.rs"), &table);
}

fn fail(errors: &[String]) -> ! {
    for e in errors {
        println!("cargo::error=schema spec: {e}");
    }
    eprintln!("the field spec under schema/spec/ has {} defect(s):", errors.len());
    for e in errors {
        eprintln!("  {e}");
    }
    std::process::exit(1);
}

/// Rewriting an unchanged file would make cargo rebuild everything that includes it.
fn write_if_changed(path: &Path, text: &str) {
    if std::fs::read_to_string(path).is_ok_and(|old| old == text) {
        return;
    }
    std::fs::write(path, text).unwrap_or_else(|e| fail(&[format!("cannot write {}: {e}", path.display())]));
}
