//! The concise format: one line per finding, `path:line:col: severity[CODE] message`.

use crate::lint::FileReport;
use std::fmt::Write as _;

/// One line per finding of one file.
pub fn concise(report: &FileReport) -> String {
    let mut out = String::new();
    for d in &report.diagnostics {
        let (line, column) = d.span.map_or((1, 1), |s| {
            let p = report.document.position(s.start);
            (p.line, p.column)
        });
        // Pieces pushed as they are: only the numbers need formatting.
        out.push_str(&report.path);
        let _ = write!(out, ":{line}:{column}: ");
        for piece in [d.severity.as_str(), "[", d.code, "] ", &d.message, "\n"] {
            out.push_str(piece);
        }
    }
    out
}
