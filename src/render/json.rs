//! The JSON format: the public contract described in the design notes (`version: 1`).

use super::fixes::{secrets_for_fixes, shows_secret};
use super::pretty::Pretty;
use crate::diagnostic::{Diagnostic, Severity, Span};
use crate::document::{Position, SecretSpans};
use crate::fix::Fix;
use crate::links::{DOCS_PATH, DOCS_URL};
use crate::lint::FileReport;
use serde::Serialize;

/// The document around the files, which [`write_file`] writes one by one.
#[derive(Serialize)]
struct Output {
    version: u32,
    /// Always empty: serialises as `[]`, where the files go.
    files: [(); 0],
    summary: Summary,
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
    let output = Output { version: 1, files: [], summary: *summary };
    let mut text = serde_json::to_string_pretty(&output).expect("plain data serializes");
    text.push('\n');
    text
}

/// Writes one file's element of `files`: an object with its `path` and `diagnostics`, each finding with its
/// members in the order of the contract (`schema/`), absent values as `null`.
pub(super) fn write_file(r: &FileReport, w: &mut Pretty) {
    let secrets = secrets_for_fixes(r);
    w.begin_object();
    w.key("path");
    w.str(&r.path);
    w.key("diagnostics");
    w.begin_array();
    for d in &r.diagnostics {
        w.element();
        write_diagnostic(r, d, &secrets, w);
    }
    w.end_array();
    w.end_object();
}

fn write_diagnostic(r: &FileReport, d: &Diagnostic, secrets: &SecretSpans, w: &mut Pretty) {
    w.begin_object();
    w.key("code");
    w.str(d.code);
    w.key("rule");
    w.str(d.rule);
    w.key("severity");
    w.str(d.severity.as_str());
    w.key("message");
    w.str(&d.message);
    w.key("pointer");
    w.opt_str(d.pointer.as_deref());
    w.key("span");
    write_span(r, d.span, w);
    w.key("labels");
    w.begin_array();
    for l in &d.labels {
        w.element();
        w.begin_object();
        w.key("pointer");
        w.opt_str(l.pointer.as_deref());
        w.key("message");
        w.str(&l.message);
        w.key("span");
        write_span(r, l.span, w);
        w.end_object();
    }
    w.end_array();
    w.key("help");
    w.opt_str(d.help.as_deref());
    w.key("url");
    match DOCS_URL {
        // The address every finding has while the docs are not published: written without building it.
        None => w.str_of(&[DOCS_PATH, "/", d.rule, ".md"]),
        Some(_) => w.str(&d.url()),
    }
    w.key("fix");
    match &d.fix {
        Some(f) => write_fix(r, f, secrets, w),
        None => w.null(),
    }
    w.end_object();
}

/// A fix: `edits` is empty only when printing them would show a secret value (`acklint check --fix` still
/// applies it).
fn write_fix(r: &FileReport, f: &Fix, secrets: &SecretSpans, w: &mut Pretty) {
    w.begin_object();
    w.key("applicability");
    w.str(f.applicability.as_str());
    w.key("message");
    w.str(&f.message);
    w.key("edits");
    w.begin_array();
    if !shows_secret(secrets, f) {
        for e in &f.edits {
            w.element();
            w.begin_object();
            w.key("span");
            write_span(r, Some(e.span), w);
            w.key("replacement");
            w.str(&e.replacement);
            w.end_object();
        }
    }
    w.end_array();
    w.end_object();
}

fn write_span(r: &FileReport, span: Option<Span>, w: &mut Pretty) {
    let Some(span) = span else {
        w.null();
        return;
    };
    w.begin_object();
    for (key, offset) in [("start", span.start), ("end", span.end)] {
        let at: Position = r.document.position(offset);
        w.key(key);
        w.begin_object();
        w.key("offset");
        w.uint(at.offset);
        w.key("line");
        w.uint(at.line);
        w.key("column");
        w.uint(at.column);
        w.end_object();
    }
    w.end_object();
}
