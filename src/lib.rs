//! acklint checks Alibaba Cloud ACK `CreateCluster` request bodies before they are sent.
//!
//! The pipeline: bytes → [`document`] (parse once, with spans) → [`structure`] check (the generated JSON
//! Schema) → typed [`model`] (lenient) → [`rules`] → findings sorted by position → renderers.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod checks;
pub mod config;
pub mod diagnostic;
pub mod document;
pub mod init;
mod lenient;
pub mod lint;
pub mod model;
pub mod presence;
pub mod render;
pub mod rules;
pub mod spec;
pub mod structure;
mod suggest;

pub use diagnostic::{Diagnostic, Label, Severity, Span};
pub use lint::{FileReport, LintOptions, lint};
pub use model::CreateClusterRequest;
pub use spec::{Field, FieldMeta, SCHEMA_JSON};
