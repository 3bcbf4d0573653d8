//! Renderers: the same findings for people, for machines and for CI.

mod concise;
mod diff;
mod fingerprint;
mod fixes;
mod github;
mod gitlab;
mod held;
mod human;
mod json;
mod junit;
pub mod paths;
mod pretty;
mod sarif;
mod stream;
mod wrap;

pub use concise::concise;
pub use diff::unified_diff;
pub use fingerprint::Fingerprints;
pub use fixes::hide_secret_edits;
pub use github::github;
pub use gitlab::gitlab;
pub use human::{HumanStyle, human, human_in};
pub use json::{json, summary_counts};
pub use junit::junit;
pub use paths::ProjectRoot;
pub use sarif::{sarif, sarif_in};
pub use stream::{OutputFormat, Piece, StreamWriter};

use crate::diagnostic::Span;
use crate::document::{Document, Position};

/// Start and end (one past the last character) of a span.
type Positions = (Position, Position);

/// The 1-based positions of `span` in `doc`.
fn positions(doc: &Document, span: Span) -> Positions {
    (doc.position(span.start), doc.position(span.end))
}
