//! Fixes: the mechanical answer a finding may carry, as minimal edits of the original text.
//!
//! A check declares its fix next to its finding. Checks that see the text (the parser) give byte edits
//! directly; rules, which see only the typed model, describe the change with JSON pointers (`Fix::replace`,
//! `Fix::rename_key`, `Fix::remove`, `Fix::set`, `Fix::copy_to`, …), and the pipeline lowers those to
//! byte edits once the document is known (`lower.rs`), keeping indentation, key order and every other byte of
//! the file. A fix whose change cannot be lowered (its field is gone, its target already set) is dropped rather
//! than guessed at.
//!
//! [`apply`] applies a chosen set of fixes to a text; [`fix_to_fixed_point`] lints, applies and lints again
//! until nothing more is fixed (what `acklint check --fix` does).
//!
//! ```
//! use acklint::fix::{FixMode, fix_to_fixed_point};
//! use acklint::LintOptions;
//!
//! let body = "{\n  \"name\": \"demo\",\n}\n";
//! let outcome = fix_to_fixed_point("cluster.json", body.as_bytes(), &LintOptions::default(), FixMode::Safe);
//! assert_eq!(outcome.text, "{\n  \"name\": \"demo\"\n}\n");
//! assert_eq!(outcome.fixed[0].code, "JSON003");
//! assert!(outcome.report.diagnostics.iter().all(|d| d.code != "JSON003"));
//! ```

mod layout;
mod lower;
mod run;

pub use run::{FixMode, FixOutcome, FixedFinding, MAX_ROUNDS, fix_to_fixed_point};

pub(crate) use lower::{lower, remove_members};

use crate::span::Span;
use serde::{Deserialize, Serialize};

/// Whether a fix may be applied without the user asking for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// Keeps the meaning the author evidently intended; `--fix` applies it.
    Safe,
    /// Changes what the body asks for, or guesses between readings; only `--unsafe-fixes` applies it.
    Unsafe,
}

impl Applicability {
    /// `safe` or `unsafe`.
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::Safe => "safe",
            Applicability::Unsafe => "unsafe",
        }
    }
}

/// Which fixes a check offers, for its documentation and `acklint rules`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FixAvailability {
    /// No fix: the answer needs a choice only the user can make.
    None,
    /// Every fix it offers is safe.
    Safe,
    /// Every fix it offers is unsafe.
    Unsafe,
    /// Safe for some findings, unsafe for others (the rule's page says which).
    Mixed,
}

impl FixAvailability {
    /// `none`, `safe`, `unsafe` or `mixed`.
    pub fn as_str(self) -> &'static str {
        match self {
            FixAvailability::None => "none",
            FixAvailability::Safe => "safe",
            FixAvailability::Unsafe => "unsafe",
            FixAvailability::Mixed => "mixed",
        }
    }
}

/// Replace the bytes of `span` in the original text with `replacement` (an empty span inserts, an empty
/// replacement deletes).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TextEdit {
    /// The bytes replaced.
    pub span: Span,
    /// The text put in their place.
    pub replacement: String,
}

impl TextEdit {
    /// Replaces `span` with `replacement`.
    pub fn new(span: Span, replacement: impl Into<String>) -> TextEdit {
        TextEdit { span, replacement: replacement.into() }
    }

    /// Deletes `span`.
    pub fn delete(span: Span) -> TextEdit {
        TextEdit { span, replacement: String::new() }
    }

    /// Inserts `text` at byte `at`.
    pub fn insert(at: usize, text: impl Into<String>) -> TextEdit {
        TextEdit { span: Span::new(at, at), replacement: text.into() }
    }
}

/// A change named by JSON pointers (RFC 6901), lowered to [`TextEdit`]s once the document is known.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Change {
    /// Replace the value at `pointer` with the JSON text `json`.
    Replace { pointer: String, json: String },
    /// Give the member at `pointer` the key `key`.
    RenameKey { pointer: String, key: String },
    /// Remove the member or array item at `pointer`.
    Remove { pointer: String },
    /// Set the value at `pointer`, which must not be set yet, to the JSON text `json`, creating the objects
    /// on the way.
    Set { pointer: String, json: String },
    /// Set the value at `to` (not set yet) to the text of the value at `from`.
    Copy { from: String, to: String },
    /// Append the JSON text `json` to the array at `pointer`.
    Append { pointer: String, json: String },
}

/// A fix: what it does, whether it is safe, and its edits. Serialised as its `applicability`, `message` and
/// `edits`: a fix in a linted report is always lowered to edits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Fix {
    /// Safe or unsafe.
    pub applicability: Applicability,
    /// What applying it does, in the imperative (`quote the number: "26"`); never quotes a secret.
    pub message: String,
    /// Edits of the original text, in order and apart. Empty until the pipeline has lowered the changes.
    pub edits: Vec<TextEdit>,
    /// Pointer-level changes still to lower (rules give these).
    #[serde(skip)]
    pub(crate) changes: Vec<Change>,
}

impl Fix {
    /// A safe fix with no edits yet.
    pub fn safe(message: impl Into<String>) -> Fix {
        Fix::new(Applicability::Safe, message)
    }

    /// An unsafe fix with no edits yet.
    pub fn unsafe_(message: impl Into<String>) -> Fix {
        Fix::new(Applicability::Unsafe, message)
    }

    /// A fix with no edits yet.
    pub fn new(applicability: Applicability, message: impl Into<String>) -> Fix {
        Fix { applicability, message: message.into(), edits: Vec::new(), changes: Vec::new() }
    }

    /// Adds a byte edit of the original text.
    pub fn edit(mut self, edit: TextEdit) -> Fix {
        self.edits.push(edit);
        self
    }

    /// Replaces the value at `pointer` with the JSON text `json`.
    pub(crate) fn replace(mut self, pointer: impl Into<String>, json: impl Into<String>) -> Fix {
        self.changes.push(Change::Replace { pointer: pointer.into(), json: json.into() });
        self
    }

    /// Renames the member at `pointer` to `key` (its value and position stay).
    pub(crate) fn rename_key(mut self, pointer: impl Into<String>, key: impl Into<String>) -> Fix {
        self.changes.push(Change::RenameKey { pointer: pointer.into(), key: key.into() });
        self
    }

    /// Removes the member or array item at `pointer`, with its comma.
    pub(crate) fn remove(mut self, pointer: impl Into<String>) -> Fix {
        self.changes.push(Change::Remove { pointer: pointer.into() });
        self
    }

    /// Sets the value at `pointer` (which must not be set yet) to the JSON text `json`, creating missing
    /// objects on the way; the new member goes after the last member of its object, indented like it.
    pub(crate) fn set(mut self, pointer: impl Into<String>, json: impl Into<String>) -> Fix {
        self.changes.push(Change::Set { pointer: pointer.into(), json: json.into() });
        self
    }

    /// Sets `to` (not set yet) to the value at `from`, copied as written (formatting re-indented).
    pub(crate) fn copy_to(mut self, from: impl Into<String>, to: impl Into<String>) -> Fix {
        self.changes.push(Change::Copy { from: from.into(), to: to.into() });
        self
    }

    /// Appends the JSON text `json` to the array at `pointer`.
    pub(crate) fn append(mut self, pointer: impl Into<String>, json: impl Into<String>) -> Fix {
        self.changes.push(Change::Append { pointer: pointer.into(), json: json.into() });
        self
    }

    /// Whether its pointer-level changes still need lowering.
    pub(crate) fn is_pending(&self) -> bool {
        !self.changes.is_empty()
    }
}

/// What [`apply`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Applied {
    /// The text with the applied fixes' edits.
    pub text: String,
    /// Indices (into the fixes given) of the fixes applied.
    pub applied: Vec<usize>,
    /// Indices of the fixes left out because their edits overlap an applied fix's (apply again after a new
    /// lint to get them).
    pub skipped: Vec<usize>,
}

/// Applies `fixes` to `text`, all edits of a fix or none: in the order given, a fix whose edits overlap those
/// of a fix already taken (or each other, or fall outside the text) is skipped. Bytes outside the edits are
/// kept as they are.
pub fn apply<'a>(text: &str, fixes: impl IntoIterator<Item = &'a Fix>) -> Applied {
    let mut taken: Vec<&TextEdit> = Vec::new();
    let (mut applied, mut skipped) = (Vec::new(), Vec::new());
    for (i, fix) in fixes.into_iter().enumerate() {
        let mut edits: Vec<&TextEdit> = fix.edits.iter().collect();
        edits.sort_by_key(|e| (e.span.start, e.span.end));
        let fits = |e: &TextEdit| {
            e.span.start <= e.span.end
                && e.span.end <= text.len()
                && text.is_char_boundary(e.span.start)
                && text.is_char_boundary(e.span.end)
        };
        let apart = edits.windows(2).all(|w| !overlaps(w[0], w[1]));
        let free = edits.iter().all(|e| taken.iter().all(|t| !overlaps(e, t)));
        if fix.edits.is_empty() || !apart || !free || !edits.iter().all(|e| fits(e)) {
            skipped.push(i);
            continue;
        }
        taken.extend(edits);
        applied.push(i);
    }
    taken.sort_by_key(|e| (e.span.start, e.span.end));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for e in taken {
        out.push_str(&text[at..e.span.start]);
        out.push_str(&e.replacement);
        at = e.span.end;
    }
    out.push_str(&text[at..]);
    Applied { text: out, applied, skipped }
}

/// Whether two edits touch the same bytes. Two insertions at one offset overlap (their order would be a
/// guess); an insertion at either end of a replaced range does not.
fn overlaps(a: &TextEdit, b: &TextEdit) -> bool {
    let (a, b) = (a.span, b.span);
    if a.start == a.end && b.start == b.end {
        return a.start == b.start;
    }
    a.start < b.end && b.start < a.end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fix(edits: &[(usize, usize, &str)]) -> Fix {
        edits.iter().fold(Fix::safe("test"), |f, (s, e, r)| f.edit(TextEdit::new(Span::new(*s, *e), *r)))
    }

    #[test]
    fn overlapping_fixes_are_skipped_and_the_rest_applied() {
        let text = "{ 'a': 1, }";
        let quote = fix(&[(2, 3, "\""), (4, 5, "\"")]);
        let comma = fix(&[(8, 9, "")]);
        let clash = fix(&[(4, 6, "")]);
        let applied = apply(text, [&quote, &clash, &comma]);
        assert_eq!(applied.text, "{ \"a\": 1 }");
        assert_eq!((applied.applied, applied.skipped), (vec![0, 2], vec![1]));
    }

    #[test]
    fn an_insertion_next_to_a_deletion_is_not_an_overlap() {
        let text = "ab";
        let applied = apply(text, [&fix(&[(0, 1, "")]), &fix(&[(1, 1, "X")])]);
        assert_eq!(applied.text, "Xb");
        let twice = apply(text, [&fix(&[(1, 1, "X")]), &fix(&[(1, 1, "Y")])]);
        assert_eq!((twice.text.as_str(), twice.skipped), ("aXb", vec![1]));
    }

    #[test]
    fn edits_outside_the_text_or_inside_a_character_are_refused() {
        let text = "é";
        let applied = apply(text, [&fix(&[(1, 2, "e")]), &fix(&[(0, 9, "")])]);
        assert_eq!((applied.text.as_str(), applied.skipped), ("é", vec![0, 1]));
    }
}
