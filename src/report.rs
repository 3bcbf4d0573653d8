//! What linting one input gives: its findings and what they point into. Made by [`crate::lint()`], read by
//! the renderers and by the configuration's bookkeeping of ignores.

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::model::CreateClusterRequest;

/// The findings for one input.
#[derive(Debug, Clone)]
#[non_exhaustive]
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
    /// The most serious finding's severity, `None` when there is no finding (ignored ones do not count).
    ///
    /// ```
    /// use acklint::{LintOptions, Severity, lint};
    ///
    /// let report = lint("body.json", br#"{"name": "demo",}"#, &LintOptions::default());
    /// assert_eq!(report.max_severity(), Some(Severity::Error));
    /// assert!(report.fails_at(Severity::Warning));
    /// let clean = lint("body.json", b"{}", &LintOptions::default().with_select(["JSON"]));
    /// assert_eq!(clean.max_severity(), None);
    /// assert!(!clean.fails_at(Severity::Info));
    /// ```
    pub fn max_severity(&self) -> Option<Severity> {
        self.diagnostics.iter().map(|d| d.severity).max()
    }

    /// Whether a finding is at least as serious as `threshold`: what `acklint check --fail-on` turns into exit
    /// status 1.
    pub fn fails_at(&self, threshold: Severity) -> bool {
        self.max_severity().is_some_and(|s| s >= threshold)
    }

    /// The indices (in [`crate::LintOptions::ignores`]) of the ignores that accepted a finding here, once each.
    pub fn ignores_used(&self) -> Vec<usize> {
        let mut used: Vec<usize> = self.suppressed.iter().map(|(i, _)| *i).collect();
        used.sort_unstable();
        used.dedup();
        used
    }

    /// The findings that carry a fix, with it.
    pub fn fixes(&self) -> impl Iterator<Item = (&Diagnostic, &crate::fix::Fix)> {
        self.diagnostics.iter().filter_map(|d| d.fix.as_ref().map(|f| (d, f)))
    }
}

/// Whether any of `reports` fails at `threshold` (see [`FileReport::fails_at`]).
pub fn any_fails_at<'a>(reports: impl IntoIterator<Item = &'a FileReport>, threshold: Severity) -> bool {
    reports.into_iter().any(|r| r.fails_at(threshold))
}
