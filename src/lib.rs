//! acklint checks Alibaba Cloud ACK `CreateCluster` request bodies before they are sent.
//!
//! The pipeline: bytes → [`document`] (parse once, with spans) → [`structure`] check (the generated JSON
//! Schema) → typed [`model`] (lenient) → [`rules`] → findings sorted by position → renderers.
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

pub mod catalogue;
pub mod checks;
pub mod config;
pub mod detect;
pub mod diagnostic;
pub mod document;
mod findings_serde;
pub mod fix;
pub mod i18n;
pub mod init;
pub mod known;
mod lenient;
pub mod lint;
pub mod lsp;
pub mod miette_report;
pub mod model;
pub mod network_context;
pub mod patterns;
pub mod placeholder;
pub mod presence;
pub mod render;
pub mod report;
pub mod rules;
mod schema_check;
pub mod span;
pub mod spec;
pub mod structure;
mod suggest;
mod walk;

/// The rule fixtures as the tests lint them (patches merged into their bases); shared with `tests/`.
#[cfg(test)]
#[path = "../tests/rule_fixtures/mod.rs"]
mod rule_fixtures;

pub use diagnostic::{Diagnostic, Label, Severity, Span};
pub use fix::{Applicability, Fix, FixMode, TextEdit};
pub use lint::{FileReport, LintOptions, lint, lint_value};
pub use miette_report::{MietteFinding, MietteOptions};
pub use model::CreateClusterRequest;
pub use spec::{Field, FieldMeta, SCHEMA_JSON};
