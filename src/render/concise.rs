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
        let _ = writeln!(out, "{}:{line}:{column}: {}[{}] {}", report.path, d.severity, d.code, d.message);
    }
    out
}
