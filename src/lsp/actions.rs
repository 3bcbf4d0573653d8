//! Code actions: a `quickfix` for each finding in the range that carries a fix, and one
//! `source.fixAll.acklint` that applies every safe fix.
//!
//! - A quick fix's edits are the fix's own byte edits, converted to ranges. An unsafe fix is offered too, with
//!   a title that says it changes what the body asks for; it is never preferred and never part of fix-all.
//! - Fix-all runs [`fix_to_fixed_point`] with safe fixes only (what `acklint check --fix` does: fixes that make
//!   other fixes possible are followed through) and sends the difference as minimal edits (one per changed
//!   run of lines, trimmed to the characters that differ), not the whole document.
//! - An action whose new text would contain a secret value (a fix that copies a password) is not offered:
//!   nothing the server sends shows a secret, not even back to the editor that holds it.

use super::positions::LineMap;
use crate::diagnostic::{Diagnostic, Span};
use crate::document::SecretSpans;
use crate::fix::{Applicability, FixMode, TextEdit, fix_to_fixed_point};
use crate::i18n::Lang;
use crate::lint::LintOptions;
use crate::t;
use lsp_types::{CodeAction, CodeActionKind, CodeActionOrCommand, Uri, WorkspaceEdit};
use std::collections::HashMap;

/// The kind of the fix-all action.
pub const FIX_ALL: &str = "source.fixAll.acklint";

/// Whether an action of `kind` is wanted when the client asks `only` for these kinds (a kind covers its
/// sub-kinds: `source.fixAll` covers `source.fixAll.acklint`).
pub fn wanted(kind: &str, only: Option<&[CodeActionKind]>) -> bool {
    only.is_none_or(|only| {
        only.iter().any(|o| {
            let o = o.as_str();
            kind == o || (kind.starts_with(o) && kind.as_bytes().get(o.len()) == Some(&b'.'))
        })
    })
}

/// One finding of the document, with its LSP form.
pub struct Finding<'a> {
    /// The library's finding.
    pub diagnostic: &'a Diagnostic,
    /// As published.
    pub lsp: &'a lsp_types::Diagnostic,
}

/// The quick fixes of the findings whose range meets the bytes `range`.
pub fn quick_fixes(
    uri: &Uri,
    text: &str,
    map: &LineMap,
    findings: &[Finding<'_>],
    range: Span,
    lang: Lang,
) -> Vec<CodeActionOrCommand> {
    let mut actions = Vec::new();
    for f in findings {
        let Some(fix) = f.diagnostic.fix.as_ref().filter(|f| !f.edits.is_empty()) else { continue };
        let span = f.diagnostic.span.unwrap_or(Span::new(0, 0));
        let meets = span.start <= range.end && range.start <= span.end;
        if !meets || leaks_secret(text, &fix.edits) {
            continue;
        }
        let safe = fix.applicability == Applicability::Safe;
        let (message, code) = (&fix.message, f.diagnostic.code);
        let title = if safe {
            t!(lang, "lsp-quick-fix", fix = message, code)
        } else {
            t!(lang, "lsp-quick-fix-unsafe", fix = message, code)
        };
        actions.push(CodeActionOrCommand::CodeAction(CodeAction {
            title,
            kind: Some(CodeActionKind::QUICKFIX),
            diagnostics: Some(vec![f.lsp.clone()]),
            edit: Some(workspace_edit(uri, text, map, &fix.edits)),
            is_preferred: Some(safe),
            ..CodeAction::default()
        }));
    }
    actions
}

/// The fix-all action, when a safe fix changes the text.
pub fn fix_all(uri: &Uri, path: &str, text: &str, map: &LineMap, options: &LintOptions) -> Option<CodeActionOrCommand> {
    let outcome = fix_to_fixed_point(path, text.as_bytes(), options, FixMode::Safe);
    if !outcome.changed {
        return None;
    }
    let edits = minimal_edits(text, &outcome.text);
    if edits.is_empty() || leaks_secret(text, &edits) {
        return None;
    }
    Some(CodeActionOrCommand::CodeAction(CodeAction {
        title: t!(options.lang, "lsp-fix-all", count = outcome.fixed.len()),
        kind: Some(CodeActionKind::new(FIX_ALL)),
        edit: Some(workspace_edit(uri, text, map, &edits)),
        ..CodeAction::default()
    }))
}

fn workspace_edit(uri: &Uri, text: &str, map: &LineMap, edits: &[TextEdit]) -> WorkspaceEdit {
    let edits = edits
        .iter()
        .map(|e| lsp_types::TextEdit {
            range: map.range(text, e.span.start, e.span.end),
            new_text: e.replacement.clone(),
        })
        .collect();
    WorkspaceEdit { changes: Some(HashMap::from([(uri.clone(), edits)])), ..WorkspaceEdit::default() }
}

/// Whether the text `edits` put in would hold (part of) a secret value of the edited text.
pub fn leaks_secret(text: &str, edits: &[TextEdit]) -> bool {
    let mut sorted: Vec<&TextEdit> = edits.iter().collect();
    sorted.sort_by_key(|e| (e.span.start, e.span.end));
    let mut new = String::with_capacity(text.len());
    let mut inserted = Vec::new();
    let mut at = 0;
    for e in sorted {
        if e.span.start < at || e.span.end > text.len() || !text.is_char_boundary(e.span.start) {
            return true;
        }
        new.push_str(&text[at..e.span.start]);
        inserted.push((new.len(), new.len() + e.replacement.len()));
        new.push_str(&e.replacement);
        at = e.span.end.max(e.span.start);
    }
    new.push_str(text.get(at..).unwrap_or_default());
    let secrets = SecretSpans::in_text(&new);
    inserted.iter().any(|&(s, e)| s < e && secrets.overlaps(s, e))
}

/// The edits that turn `old` into `new`: one per changed run of lines, trimmed to the bytes that differ.
pub fn minimal_edits(old: &str, new: &str) -> Vec<TextEdit> {
    let diff = similar::TextDiff::from_lines(old, new);
    let old_starts = line_starts(old);
    let new_starts = line_starts(new);
    let mut edits = Vec::new();
    for group in diff.grouped_ops(0) {
        let (Some(first), Some(last)) = (group.first(), group.last()) else { continue };
        let old_span = (old_starts[first.old_range().start], old_starts[last.old_range().end]);
        let new_span = (new_starts[first.new_range().start], new_starts[last.new_range().end]);
        let (a, b) = (&old[old_span.0..old_span.1], &new[new_span.0..new_span.1]);
        let mut prefix = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
        while !a.is_char_boundary(prefix) || !b.is_char_boundary(prefix) {
            prefix -= 1;
        }
        let (a_rest, b_rest) = (&a[prefix..], &b[prefix..]);
        let mut suffix = a_rest.bytes().rev().zip(b_rest.bytes().rev()).take_while(|(x, y)| x == y).count();
        while !a_rest.is_char_boundary(a_rest.len() - suffix) || !b_rest.is_char_boundary(b_rest.len() - suffix) {
            suffix -= 1;
        }
        let span = Span::new(old_span.0 + prefix, old_span.1 - suffix);
        edits.push(TextEdit::new(span, &b_rest[..b_rest.len() - suffix]));
    }
    edits
}

/// The byte offset of each line start, and the text's length last (lines as `similar` splits them).
fn line_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        at += line.len();
        starts.push(at);
    }
    if text.is_empty() {
        starts.push(0);
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::super::positions::Encoding;
    use super::*;
    use crate::fix::{Fix, apply};

    #[test]
    fn minimal_edits_turn_the_old_text_into_the_new() {
        let cases = [
            ("{\n  \"a\": 1,\n  \"b\": \"集群\"\n}\n", "{\n  \"a\": \"1\",\n  \"b\": \"集群😀\"\n}\n"),
            ("abc", "abd"),
            ("", "{}"),
            ("x\ny\nz", "x\nz"),
        ];
        for (old, new) in cases {
            let edits = minimal_edits(old, new);
            let fixes: Vec<Fix> = edits.iter().map(|e| Fix::safe("t").edit(e.clone())).collect();
            assert_eq!(apply(old, &fixes).text, new, "{old:?} → {new:?}");
        }
        let edits = minimal_edits("{\"a\": 1}\n", "{\"a\": \"1\"}\n");
        assert_eq!(edits, vec![TextEdit::new(Span::new(6, 7), "\"1\"")]);
    }

    #[test]
    fn quick_fixes_for_findings_in_range_and_unsafe_ones_say_so() {
        let text = "{\"node_cidr_mask\": 26, \"login_password\": \"Hunter2-secret\"}";
        let uri: Uri = "file:///x.json".parse().unwrap();
        let map = LineMap::new(text, Encoding::Utf16);
        let quote = crate::Diagnostic::new("SCH001", "wrong-type", crate::Severity::Error, "m")
            .span(Span::new(19, 21))
            .fix(Fix::safe("quote the number").edit(TextEdit::new(Span::new(19, 21), "\"26\"")));
        let risky = crate::Diagnostic::new("X001", "x", crate::Severity::Warning, "m")
            .span(Span::new(19, 21))
            .fix(Fix::unsafe_("drop it").edit(TextEdit::delete(Span::new(1, 23))));
        // A fix that would send the password back is not offered.
        let leak = crate::Diagnostic::new("X002", "y", crate::Severity::Warning, "m")
            .span(Span::new(19, 21))
            .fix(Fix::safe("copy").edit(TextEdit::insert(1, "\"login_password\": \"Hunter2-secret\", ")));
        let lsp = lsp_types::Diagnostic::default();
        let findings: Vec<Finding<'_>> =
            [&quote, &risky, &leak].iter().map(|d| Finding { diagnostic: d, lsp: &lsp }).collect();
        let actions = quick_fixes(&uri, text, &map, &findings, Span::new(20, 20), Lang::En);
        let titles: Vec<String> = actions
            .iter()
            .map(|a| match a {
                CodeActionOrCommand::CodeAction(a) => a.title.clone(),
                CodeActionOrCommand::Command(c) => c.title.clone(),
            })
            .collect();
        assert_eq!(titles, ["quote the number (SCH001)", "drop it (X001, unsafe: changes what the body asks for)"]);
        assert!(!serde_json::to_string(&actions).unwrap().contains("Hunter2"));
        assert!(quick_fixes(&uri, text, &map, &findings, Span::new(40, 50), Lang::En).is_empty());
    }

    #[test]
    fn kinds_cover_their_sub_kinds() {
        let only = [CodeActionKind::SOURCE_FIX_ALL];
        assert!(wanted(FIX_ALL, Some(&only)) && !wanted("quickfix", Some(&only)) && wanted("quickfix", None));
        assert!(!wanted(FIX_ALL, Some(&[CodeActionKind::new("source.fix")])));
    }
}
