//! The GitLab Code Quality format: a JSON array of issues (a subset of the Code Climate format) that GitLab
//! shows in merge requests.
//!
//! Each issue's `fingerprint` is stable across runs and unique within the report, as GitLab requires: it hashes
//! the code, the path and the pointer (plus an occurrence number when those repeat), never the message, so it is
//! the same in every language and survives a rewording; `positions` columns count Unicode code points, `end` is one past the last
//! character. `location.path` is relative to the project root ([`ProjectRoot`]) when the file is below it, as
//! GitLab expects, and as given otherwise.

use super::fingerprint::Fingerprints;
use super::paths::ProjectRoot;
use super::positions;
use crate::diagnostic::Severity;
use crate::document::Position;
use crate::lint::FileReport;
use serde::Serialize;
use std::borrow::Cow;

#[derive(Serialize)]
pub(super) struct Issue<'a> {
    description: &'a str,
    check_name: &'a str,
    fingerprint: String,
    severity: &'static str,
    location: Location<'a>,
}

#[derive(Serialize)]
struct Location<'a> {
    path: Cow<'a, str>,
    lines: Lines,
    #[serde(skip_serializing_if = "Option::is_none")]
    positions: Option<Positions>,
}

#[derive(Serialize)]
struct Lines {
    begin: usize,
}

#[derive(Serialize)]
struct Positions {
    begin: LineColumn,
    end: LineColumn,
}

#[derive(Serialize)]
struct LineColumn {
    line: usize,
    column: usize,
}

impl From<Position> for LineColumn {
    fn from(p: Position) -> LineColumn {
        LineColumn { line: p.line, column: p.column }
    }
}

/// One Code Quality report for all files, their paths relative to `root`.
pub fn gitlab(reports: &[FileReport], root: &ProjectRoot) -> String {
    super::stream::render_all(super::stream::OutputFormat::Gitlab(root.clone()), reports)
}

/// Hands each issue of one file to `emit`, in order.
pub(super) fn issues(
    r: &FileReport,
    root: &ProjectRoot,
    fingerprints: &mut Fingerprints,
    mut emit: impl FnMut(&Issue),
) {
    let path = root.display(&r.path);
    for d in &r.diagnostics {
        let at = d.span.map(|s| positions(&r.document, s));
        emit(&Issue {
            description: &d.message,
            check_name: d.code,
            fingerprint: fingerprints.next(&[Some(d.code), Some(&path), d.pointer.as_deref()]),
            severity: match d.severity {
                Severity::Error => "major",
                Severity::Warning => "minor",
                Severity::Info => "info",
            },
            location: Location {
                path: path.clone(),
                lines: Lines { begin: at.map_or(1, |(start, _)| start.line) },
                positions: at.map(|(start, end)| Positions { begin: start.into(), end: end.into() }),
            },
        });
    }
}
