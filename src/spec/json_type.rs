//! The JSON shape of a spec field: one definition for the generator (`build/spec.rs` mounts this file with
//! `#[path]`, as `Kind`) and for the library (`acklint::spec::JsonType`), so the two cannot drift apart.
//!
//! Keep this file free of `use`s and of code that needs the library or the build script: it compiles in both.
//! Behaviour for one side goes into an `impl` there (`describe` in `src/spec.rs`, `parse` in `build/spec.rs`).

/// The JSON shape a field takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonType {
    /// A JSON string.
    String,
    /// A JSON integer.
    Integer,
    /// Any JSON number, fractions included (the SDK's `float32` fields).
    Number,
    /// `true` or `false`.
    Boolean,
    /// An object with the spec's child fields, and no others.
    Object,
    /// A free-form object: any keys.
    Map,
    /// An array of strings.
    StringArray,
    /// An array of integers.
    IntegerArray,
    /// An array of objects with the spec's child fields.
    ObjectArray,
}
