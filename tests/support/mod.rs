//! Helpers shared by the tests of the tolerant parser's repairs.

use acklint::FileReport;

/// The findings that are not about syntax, as code, pointer and message, sorted: what a repaired body and the
/// body it means must agree on.
pub fn beyond_syntax(report: &FileReport) -> Vec<String> {
    let mut all: Vec<String> = report
        .diagnostics
        .iter()
        .filter(|d| !d.code.starts_with("JSON"))
        .map(|d| format!("{} {:?} {}", d.code, d.pointer, d.message))
        .collect();
    all.sort();
    all
}
