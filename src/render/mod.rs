//! Renderers: the same findings for people, for machines and for CI.
//!
//! The machine formats take the reports of a whole run: [`json()`] (acklint's own document, `version: 1`),
//! [`sarif()`] (SARIF 2.1.0, for code-scanning services), [`junit()`], [`gitlab()`] (GitLab Code Quality),
//! [`github()`] (GitHub Actions workflow commands) and [`concise()`] (one line per finding). Paths are written
//! relative to a [`ProjectRoot`]. With the `cli` feature, [`human()`] draws code frames for a terminal. Secret
//! values never appear in any of them.
//!
//! ```
//! use acklint::render::{ProjectRoot, json, sarif};
//! use acklint::{LintOptions, lint};
//!
//! let options = LintOptions::default().with_select(["syntax"]);
//! let report = lint("cluster.json", br#"{"name": "demo",}"#, &options);
//! let document: serde_json::Value = serde_json::from_str(&json(std::slice::from_ref(&report))).unwrap();
//! assert_eq!(document["files"][0]["diagnostics"][0]["code"], "JSON003");
//! let root = ProjectRoot::new(".", std::env::current_dir().unwrap());
//! assert!(sarif(&[report], &root).contains("\"ruleId\": \"JSON003\""));
//! ```

mod concise;
#[cfg(feature = "cli")]
pub(crate) mod diff;
mod fingerprint;
pub(crate) mod fixes;
#[cfg(feature = "cli")]
mod frames;
mod github;
mod gitlab;
mod held;
#[cfg(feature = "cli")]
mod human;
mod json;
mod junit;
mod paths;
mod pretty;
mod sarif;
mod stream;
#[cfg(feature = "cli")]
mod wrap;

pub use concise::concise;
pub use github::github;
pub use gitlab::gitlab;
#[cfg(feature = "cli")]
pub use human::{HumanStyle, human, human_in};
pub use json::json;
pub use junit::junit;
pub use paths::ProjectRoot;
pub use sarif::{sarif, sarif_in};

#[cfg(feature = "cli")]
pub(crate) use diff::unified_diff;
#[cfg(feature = "cli")]
pub(crate) use fingerprint::Fingerprints;
pub(crate) use json::summary_counts;
#[cfg(feature = "cli")]
pub(crate) use stream::{OutputFormat, StreamWriter};

use crate::diagnostic::Span;
use crate::document::{Document, Position};

/// Start and end (one past the last character) of a span.
type Positions = (Position, Position);

/// The 1-based positions of `span` in `doc`.
fn positions(doc: &Document, span: Span) -> Positions {
    (doc.position(span.start), doc.position(span.end))
}
