//! The concise format: one line per finding, `path:line:col: severity[CODE] message`.

use crate::lint::FileReport;

/// One line per finding of one file.
pub fn concise(report: &FileReport) -> String {
    let mut out = String::new();
    for d in &report.diagnostics {
        let (line, column) = d.span.map_or((1, 1), |s| {
            let p = report.document.position(s.start);
            (p.line, p.column)
        });
        out.push_str(&format!("{}:{line}:{column}: {}[{}] {}\n", report.path, d.severity, d.code, d.message));
    }
    out
}
