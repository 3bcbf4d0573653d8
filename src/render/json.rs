//! The JSON format: the public contract described in the design notes (`version: 1`).

use super::fixes::{secrets_for_fixes, shows_secret};
use crate::diagnostic::{Diagnostic, Severity, Span};
use crate::document::Position;
use crate::fix::{Applicability, Fix};
use crate::lint::FileReport;
use serde::Serialize;

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    files: Vec<FileOut<'a>>,
    summary: Summary,
}

#[derive(Serialize)]
pub(super) struct FileOut<'a> {
    path: &'a str,
    diagnostics: Vec<DiagnosticOut<'a>>,
}

#[derive(Serialize)]
struct DiagnosticOut<'a> {
    code: &'a str,
    rule: &'a str,
    severity: Severity,
    message: &'a str,
    pointer: Option<&'a str>,
    span: Option<SpanOut>,
    labels: Vec<LabelOut<'a>>,
    help: Option<&'a str>,
    url: String,
    fix: Option<FixOut<'a>>,
}

/// A fix: `edits` is empty only when printing them would show a secret value (`acklint check --fix` still
/// applies it).
#[derive(Serialize)]
struct FixOut<'a> {
    applicability: Applicability,
    message: &'a str,
    edits: Vec<EditOut<'a>>,
}

#[derive(Serialize)]
struct EditOut<'a> {
    span: SpanOut,
    replacement: &'a str,
}

#[derive(Serialize)]
struct LabelOut<'a> {
    pointer: Option<&'a str>,
    message: &'a str,
    span: Option<SpanOut>,
}

#[derive(Serialize)]
struct SpanOut {
    start: Position,
    end: Position,
}

/// Totals over all files.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Files checked.
    pub files: usize,
    /// Findings of severity error.
    pub errors: usize,
    /// Findings of severity warning.
    pub warnings: usize,
    /// Findings of severity info.
    pub infos: usize,
}

/// Counts findings by severity over `reports`.
pub fn summary_counts(reports: &[FileReport]) -> Summary {
    let mut s = Summary { files: reports.len(), ..Summary::default() };
    for d in reports.iter().flat_map(|r| &r.diagnostics) {
        match d.severity {
            Severity::Error => s.errors += 1,
            Severity::Warning => s.warnings += 1,
            Severity::Info => s.infos += 1,
        }
    }
    s
}

/// One JSON document for all files.
pub fn json(reports: &[FileReport]) -> String {
    super::stream::render_all(super::stream::OutputFormat::Json, reports)
}

/// The document with no files and the given totals: the opening and closing that files are written between.
pub(super) fn document(summary: &Summary) -> String {
    let output = Output { version: 1, files: Vec::new(), summary: *summary };
    let mut text = serde_json::to_string_pretty(&output).expect("plain data serializes");
    text.push('\n');
    text
}

/// One file's element of `files`.
pub(super) fn file<'a>(r: &'a FileReport) -> FileOut<'a> {
    let at = |s: Span| SpanOut { start: r.document.position(s.start), end: r.document.position(s.end) };
    let span = |s: Option<Span>| s.map(at);
    let secrets = secrets_for_fixes(r);
    let fix = |f: &'a Fix| FixOut {
        applicability: f.applicability,
        message: &f.message,
        edits: if shows_secret(&secrets, f) {
            Vec::new()
        } else {
            f.edits.iter().map(|e| EditOut { span: at(e.span), replacement: &e.replacement }).collect()
        },
    };
    let diagnostics = r.diagnostics.iter().map(|d: &Diagnostic| DiagnosticOut {
        code: d.code,
        rule: d.rule,
        severity: d.severity,
        message: &d.message,
        pointer: d.pointer.as_deref(),
        span: span(d.span),
        labels: d
            .labels
            .iter()
            .map(|l| LabelOut { pointer: l.pointer.as_deref(), message: &l.message, span: span(l.span) })
            .collect(),
        help: d.help.as_deref(),
        url: d.url(),
        fix: d.fix.as_ref().map(fix),
    });
    FileOut { path: &r.path, diagnostics: diagnostics.collect() }
}
