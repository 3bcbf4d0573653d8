//! The container runtimes the body chooses. The version rules build the list (`runtimes` in
//! `rules/versions/mod.rs`).

use crate::model::ContainerRuntime;

/// A container runtime chosen somewhere in the body.
pub struct RuntimeChoice<'a> {
    /// Pointer of the runtime name.
    pub pointer: String,
    /// Where it is, for messages: `runtime.name`, `nodepools[0].kubernetes_config.runtime`, ….
    pub place: String,
    /// The runtime name.
    pub name: &'a ContainerRuntime,
}
