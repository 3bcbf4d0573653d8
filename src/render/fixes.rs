//! Which fix edits an output may show: none that would print a secret value.
//!
//! A fix's message never quotes a secret (checks promise that), but its edits are text: a fix that quotes a
//! password written as a number, or moves a `login_password` member into another object, carries the secret
//! in its replacement or marks its bytes with its span. Outputs that print edits (JSON, SARIF) print such a
//! fix with its applicability and message but without its edits; `acklint check --fix` still applies it.

use crate::document::SecretSpans;
use crate::fix::Fix;
use crate::lint::FileReport;

/// The secret values of a report's text, read only when some finding has a fix (reading them may build the
/// tree). Empty when the text was dropped: then [`hide_secret_edits`] has already run.
pub(super) fn secrets_for_fixes(report: &FileReport) -> SecretSpans {
    let doc = &report.document;
    if doc.text.is_empty() || report.fixes().next().is_none() {
        SecretSpans::default()
    } else {
        SecretSpans::in_document(&doc.text, doc.root())
    }
}

/// Whether printing the edits of `fix` could show a secret value: an edit touches one (or the quote around
/// it), or its replacement holds a secret member (a fix that moves a `login_password`). Fixes take secret text
/// only from secret places, so that is all there is to check; comparing replacements with the secret's text
/// would itself tell, by which fixes lose their edits, what the secret is not.
pub(super) fn shows_secret(secrets: &SecretSpans, fix: &Fix) -> bool {
    fix.edits.iter().any(|e| {
        secrets.overlaps(e.span.start.saturating_sub(1), e.span.end + 1)
            || !SecretSpans::in_text(&e.replacement).is_empty()
    })
}

/// Empties the edits of every fix in `report` that would show a secret value, keeping its applicability and
/// message. For callers that drop the text before rendering (the renderers check by themselves while the text
/// is there); a fix so emptied is for display only and no longer applies.
pub fn hide_secret_edits(report: &mut FileReport) {
    if report.fixes().next().is_none() {
        return;
    }
    let secrets = secrets_for_fixes(report);
    for d in &mut report.diagnostics {
        if let Some(fix) = d.fix.as_mut().filter(|f| shows_secret(&secrets, f)) {
            fix.edits.clear();
        }
    }
}
