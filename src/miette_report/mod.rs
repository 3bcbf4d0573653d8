//! Findings as [`miette`] diagnostics, for a tool that shows them with its own miette report handler.
//!
//! [`FileReport::to_miette`] gives one [`MietteFinding`] per finding, each with its code, severity, message,
//! labels, help and code frame. Frames are cut from the report's text with every secret value masked where it
//! stands (`"login_password": "****"`), exactly as `acklint check` shows them; a frame with the text as it was
//! read needs [`MietteOptions::with_unmasked_source`]. Only miette's base crate is used here: any handler the
//! caller enables (miette's `fancy` graphical one, a JSON one, its own) can render the findings.
//!
//! ```
//! use acklint::{LintOptions, lint};
//! use miette::Diagnostic as _;
//!
//! let body = "{\n  \"name\": \"demo\",\n  \"login_password\": \"Zq7-hunter2\",\n  \"service_cidr\": \"172.20.16.0/20\",\n  \"container_cidr\": \"172.20.0.0/16\"\n}";
//! let report = lint("cluster.json", body.as_bytes(), &LintOptions::default().with_select(["NET001"]));
//! let findings = report.to_miette();
//! let overlap = &findings[0];
//! assert_eq!(overlap.code().unwrap().to_string(), "NET001(pod-service-cidr-overlap)");
//! assert_eq!(overlap.severity(), Some(miette::Severity::Error));
//! // The first label marks `service_cidr`'s value; the frames' text has the password masked.
//! let label = overlap.labels().unwrap().next().unwrap();
//! let source = overlap.source_code().unwrap();
//! let marked = source.read_span(label.inner(), 0, 0).unwrap();
//! assert_eq!(marked.data(), b"\"172.20.16.0/20\"");
//! // The frame from the line above to the label's end: the password is masked.
//! let frame = source.read_span(label.inner(), 1, 0).unwrap();
//! let shown = String::from_utf8_lossy(frame.data());
//! assert_eq!(shown, "  \"login_password\": \"****\",\n  \"service_cidr\": \"172.20.16.0/20\"");
//! ```

mod finding;
mod lines;
mod options;
mod source;

pub use finding::MietteFinding;
pub use options::MietteOptions;

use crate::report::FileReport;
use source::FrameSource;
use std::sync::Arc;

impl FileReport {
    /// Every finding as a `miette::Diagnostic`, in the report's order, with code frames of the report's text
    /// with its secret values masked. The lines acklint adds to the help are in English (see
    /// [`Self::to_miette_with`]).
    ///
    /// ```
    /// use acklint::{LintOptions, lint};
    ///
    /// let report = lint("body.json", br#"{"name": "demo", "login_password": "hunter2",}"#, &LintOptions::default());
    /// let findings = report.to_miette();
    /// assert_eq!(findings.len(), report.diagnostics.len());
    /// assert!(findings.iter().all(|f| f.masks_secrets() && f.source_name() == "body.json"));
    /// ```
    pub fn to_miette(&self) -> Vec<MietteFinding> {
        self.to_miette_with(MietteOptions::default())
    }

    /// [`Self::to_miette`] with other choices: the language of the lines acklint adds, or frames that show the
    /// text as it was read ([`MietteOptions::with_unmasked_source`], secrets included).
    ///
    /// ```
    /// use acklint::miette_report::MietteOptions;
    /// use acklint::{LintOptions, lint};
    ///
    /// let report = lint("body.json", br#"{"name": "demo", "login_password": "hunter2",}"#, &LintOptions::default());
    /// let raw = report.to_miette_with(MietteOptions::default().with_unmasked_source());
    /// assert!(raw.iter().all(|f| !f.masks_secrets()));
    /// ```
    pub fn to_miette_with(&self, options: MietteOptions) -> Vec<MietteFinding> {
        let source =
            Arc::new(if options.masks_secrets() { FrameSource::masked(self) } else { FrameSource::unmasked(self) });
        self.diagnostics.iter().map(|d| MietteFinding::new(d.clone(), Arc::clone(&source), options)).collect()
    }
}
