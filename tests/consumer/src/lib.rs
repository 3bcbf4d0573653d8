//! Nothing here: the crate exists for its tests (`tests/embedding.rs`), which use acklint as a dependency.
