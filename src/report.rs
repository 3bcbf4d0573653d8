//! What linting one input gives: its findings and what they point into. Made by [`crate::lint()`], read by
//! the renderers and by the configuration's bookkeeping of ignores.

use crate::diagnostic::Diagnostic;
use crate::document::Document;
use crate::model::CreateClusterRequest;

/// The findings for one input.
#[derive(Debug, Clone)]
pub struct FileReport {
    /// Name shown in output (a path, or `-` for standard input).
    pub path: String,
    /// The parsed input.
    pub document: Document,
    /// The typed request, when the input was an object (boxed: the model is large, and reports are kept
    /// for every file of a run).
    pub request: Option<Box<CreateClusterRequest>>,
    /// Findings, sorted by position.
    pub diagnostics: Vec<Diagnostic>,
    /// Findings accepted by an ignore, with the index of that ignore in [`crate::LintOptions::ignores`].
    pub suppressed: Vec<(usize, Diagnostic)>,
}

impl FileReport {
    /// The findings that carry a fix, with it.
    pub fn fixes(&self) -> impl Iterator<Item = (&Diagnostic, &crate::fix::Fix)> {
        self.diagnostics.iter().filter_map(|d| d.fix.as_ref().map(|f| (d, f)))
    }
}
