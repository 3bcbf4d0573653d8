//! Renderers: the same findings for people, for machines and for CI.

mod human;
mod json;

pub use human::{HumanStyle, human};
pub use json::{json, summary_counts};

use crate::diagnostic::Span;
use crate::document::{LineIndex, Position};
use crate::lint::FileReport;

/// Start and end positions of a span in a file, for formats that show lines and columns.
pub fn positions(report: &FileReport, index: &LineIndex, span: Span) -> (Position, Position) {
    let text = &report.document.text;
    (index.position(text, span.start), index.position(text, span.end))
}
