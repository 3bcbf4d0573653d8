//! acklint checks Alibaba Cloud ACK `CreateCluster` request bodies before they are sent.
//!
//! The pipeline: bytes → document (parse once, with spans) → structure check (the generated JSON Schema) →
//! typed [`model`] (lenient) → rules → findings sorted by position → [`render`]ers.
//!
//! The public surface is what a tool needs to lint bodies and use the findings: [`lint`], [`lint_value`] and
//! their [`LintOptions`]; the [`FileReport`] with its [`Diagnostic`]s (serde data both ways); [`fix`]es; the
//! [`catalogue`] of checks; the typed [`model`]; [`config`] to honour an `acklint.toml`; the machine formats
//! in [`render`]; and [`SCHEMA_JSON`]. The `cli` feature (on by default) adds the command line, its terminal
//! rendering and the language server: `default-features = false` builds the library without them.
//!
//! ```
//! use acklint::{LintOptions, Severity, lint};
//!
//! let body = r#"{
//!   "name": "demo", "region_id": "cn-hangzhou", "cluster_type": "ManagedKubernetes",
//!   "vpcid": "vpc-bp1kd7yn4qnrvuzzjg0ph", "vswitch_ids": ["vsw-bp1m7d4x9k2q5w8e1r3t6"],
//!   "container_cidr": "172.20.0.0/16", "service_cidr": "172.20.16.0/20",
//!   "addons": [{ "name": "flannel" }, { "name": "logtail-ds" }]
//! }"#;
//! let report = lint("cluster.json", body.as_bytes(), &LintOptions::default());
//! let overlap = report.diagnostics.iter().find(|d| d.code == "NET001").unwrap();
//! assert_eq!(overlap.severity, Severity::Error);
//! assert_eq!(overlap.pointer.as_deref(), Some("/service_cidr"));
//! assert_eq!(overlap.labels[0].pointer.as_deref(), Some("/container_cidr"));
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

// What a tool author needs; everything else below is private to the crate, so that the compiler reports code
// nothing uses. Integration tests and benchmarks reach internals through `__internal` only.
pub mod catalogue;
pub mod config;
pub mod fix;
pub mod i18n;
pub mod miette_report;
pub mod model;
pub mod render;

mod checks;
mod detect;
mod diagnostic;
mod document;
mod findings_serde;
mod known;
mod lenient;
mod links;
mod lint;
mod network_context;
mod patterns;
mod placeholder;
mod presence;
mod report;
mod rules;
mod schema_check;
mod span;
mod spec;
mod structure;
mod suggest;
mod walk;

// The command line and what only it needs (`cli` feature, on by default).
#[cfg(feature = "cli")]
mod init;
#[cfg(feature = "cli")]
mod lsp;

#[cfg(feature = "cli")]
#[doc(hidden)]
pub mod cli;

#[doc(hidden)]
pub mod __internal;

/// The rule fixtures as the tests lint them (patches merged into their bases); shared with `tests/`.
#[cfg(test)]
#[path = "../tests/rule_fixtures/mod.rs"]
mod rule_fixtures;

pub(crate) use i18n::t;
pub(crate) use rules::declare_rule;

pub use diagnostic::{Diagnostic, Label, Severity, Span};
pub use document::{Document, Position};
pub use fix::{Applicability, Fix, FixMode, TextEdit};
pub use lint::{FileReport, LintOptions, lint, lint_value};
pub use miette_report::{MietteFinding, MietteOptions};
pub use model::CreateClusterRequest;
pub use report::any_fails_at;
pub use spec::SCHEMA_JSON;
