//! Fixing to a fixed point: lint, apply the fixes that fit together, lint the new text, and again, until
//! nothing more is fixed. One fix can make another possible (a comment deleted next to a member that moves),
//! and fixes whose edits overlap wait for the next round.

use super::{Applicability, Fix, apply};
use crate::checks;
use crate::lint::{FileReport, LintOptions, lint};

/// The most rounds of lint-and-apply: every round fixes something, and a body has a few dozen fixable
/// findings at most, most of them fixed together in the first round.
pub const MAX_ROUNDS: usize = 8;

/// Which fixes to apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixMode {
    /// Safe fixes only (`--fix`).
    Safe,
    /// Safe and unsafe fixes (`--fix --unsafe-fixes`).
    Unsafe,
}

impl FixMode {
    /// Whether a fix of this applicability is applied.
    pub fn takes(self, applicability: Applicability) -> bool {
        applicability == Applicability::Safe || self == FixMode::Unsafe
    }
}

/// A finding that a fix removed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FixedFinding {
    /// The finding's code.
    pub code: &'static str,
    /// The finding's check name.
    pub rule: &'static str,
    /// What the fix did.
    pub message: String,
    /// Safe or unsafe.
    pub applicability: Applicability,
}

/// The result of [`fix_to_fixed_point`].
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct FixOutcome {
    /// The fixed text (the input itself when nothing was fixed).
    pub text: String,
    /// Whether `text` differs from the input.
    pub changed: bool,
    /// The fixes applied, in the order they were.
    pub fixed: Vec<FixedFinding>,
    /// The findings of the fixed text.
    pub report: FileReport,
    /// Rounds of lint-and-apply that changed the text.
    pub rounds: usize,
}

/// Lints `bytes` and applies the fixes `mode` takes, again and again until no fix applies (at most
/// [`MAX_ROUNDS`] rounds). Input that is not UTF-8 is left alone. A round whose result no longer parses or is no
/// longer an object is thrown away, and fixing stops there.
pub fn fix_to_fixed_point(path: &str, bytes: &[u8], options: &LintOptions, mode: FixMode) -> FixOutcome {
    let mut report = lint(path, bytes, options);
    let Ok(original) = std::str::from_utf8(bytes) else {
        return FixOutcome { text: report.document.text.clone(), changed: false, fixed: Vec::new(), report, rounds: 0 };
    };
    let mut text = original.to_string();
    let mut fixed = Vec::new();
    let mut rounds = 0;
    while rounds < MAX_ROUNDS {
        let chosen: Vec<(&crate::Diagnostic, &Fix)> = report
            .diagnostics
            .iter()
            .filter_map(|d| d.fix.as_ref().map(|f| (d, f)))
            .filter(|(_, f)| mode.takes(f.applicability) && !f.edits.is_empty())
            .collect();
        if chosen.is_empty() {
            break;
        }
        let applied = apply(&text, chosen.iter().map(|(_, f)| *f));
        if applied.applied.is_empty() || applied.text == text {
            break;
        }
        let next = lint(path, applied.text.as_bytes(), options);
        if broke(&next) && !broke(&report) {
            break;
        }
        fixed.extend(applied.applied.iter().map(|&i| {
            let (d, f) = chosen[i];
            FixedFinding { code: d.code, rule: d.rule, message: f.message.clone(), applicability: f.applicability }
        }));
        text = applied.text;
        report = next;
        rounds += 1;
    }
    FixOutcome { changed: text != original, text, fixed, report, rounds }
}

/// Whether the text no longer parses, or is no longer an object (or is empty): what a round of fixes must never
/// bring, even on text that was hardly JSON to begin with.
fn broke(report: &FileReport) -> bool {
    report.diagnostics.iter().any(|d| d.code == checks::INVALID_JSON.code || d.code == checks::NOT_AN_OBJECT.code)
}
