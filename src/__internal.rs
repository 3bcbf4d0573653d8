//! acklint's internals that its own integration tests and benchmarks reach: **not** a public API.
//!
//! Integration tests (`tests/`) and benchmarks (`benches/`) link the library as an outside crate, so they can
//! only see what is `pub`. Rather than make the internals public one by one, everything they need beyond the
//! public API is re-exported here, under the paths the crate uses inside (`__internal::document::parse` is
//! `crate::document::parse`). The module is hidden from the documentation, may change in any release, and is the
//! only such door: a tool that names it opts out of semver.

/// The parsed document: spans, repairs of slips, limits, secrets.
pub mod document {
    use crate::document::Document;
    pub use crate::document::{
        LineIndex, MAX_INPUT_BYTES, Node, NodeValue, Repair, apply_repairs, is_secret_key, parse,
    };

    /// The document's tree (`Document::root`, which the crate keeps to itself).
    pub fn root(doc: &Document) -> Option<&Node> {
        doc.root()
    }

    /// The slips repaired to read the document (`Document::repairs`).
    pub fn repairs(doc: &Document) -> &[Repair] {
        doc.repairs()
    }
}

/// What the field spec says about each field.
pub mod spec {
    pub use crate::spec::{FIELD_META, FieldMeta, JsonType, VALIDATION_SCHEMA_JSON};
}

/// The cross-field rules, their registry and documentation.
pub mod rules {
    pub use crate::rules::{Group, all, docs, run};
}

/// The built-in checks (syntax, structure, configuration).
pub mod checks {
    pub use crate::checks::{BUILTIN, INVALID_JSON};
}

/// The structure check on its own.
pub mod structure {
    pub use crate::structure::check;
}

/// The spec's string patterns.
pub mod patterns {
    pub use crate::patterns::{check, pattern_of};
}

/// Facts about the document that rules read.
pub mod presence {
    pub use crate::presence::DocumentFacts;
}

/// The catalogues of messages.
pub mod i18n {
    pub use crate::i18n::catalog::{AREAS, Arg, format, sources};
    pub use crate::i18n::site::Site;
}

/// The pipeline's limits.
pub mod lint {
    pub use crate::document::MAX_FINDINGS_PER_FILE;
}

/// What `--fix` and `--diff` use besides the public [`crate::fix`].
pub mod fix {
    pub use crate::fix::MAX_ROUNDS;
    #[cfg(feature = "cli")]
    pub use crate::render::diff::unified_diff;
    pub use crate::render::fixes::hide_secret_edits;
}

/// The language server.
#[cfg(feature = "cli")]
pub mod lsp {
    pub use crate::lsp::{Ended, Server, serve};
}

/// `acklint init`'s templates.
#[cfg(feature = "cli")]
pub mod init {
    pub use crate::init::{Billing, Network, template};
}
