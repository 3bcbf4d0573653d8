//! Recovery from single slips, so that one does not hide the rest of the body.
//!
//! jsonc-parser stops at the first error it cannot tolerate and returns no tree. When [`slips::find`] knows the
//! slip, the repair is applied to a working copy of the text and the parser runs again, until the text parses,
//! an error is not a known slip, or the budget of repairs is spent. Each repair is reported, and kept as
//! [`Repair`] edits on the input (what a `--fix` would apply). Deleted text becomes spaces, so that offsets stay
//! put; inserted text is recorded, so that every offset of the working copy maps back to the input.

use super::slips;
use crate::diagnostic::{Diagnostic, Label, Span};
use jsonc_parser::common::Range;
use jsonc_parser::errors::ParseError;

/// The most repairs in one input: past that it is not a body with slips but something else.
const MAX_REPAIRS: usize = 64;

/// Bytes the parser may read again in all, so that a large input gets few repairs.
const REPARSE_BUDGET: usize = 32 * 1024 * 1024;

/// The largest body repaired at all (a real body is a few kilobytes): each repair lists the tokens of the whole
/// text, and that list must stay small for any input.
const MAX_REPAIRED_BYTES: usize = 1024 * 1024;

/// One edit of the input: replace `span` with `insert` (an empty span inserts, an empty `insert` deletes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    /// The bytes replaced, in the input.
    pub span: Span,
    /// The text put in their place.
    pub insert: String,
}

/// A slip acklint repaired to go on checking: the finding's code and span, and the edits that made the text
/// parse. Applying the edits of every repair to the input gives the text that was checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repair {
    /// Code of the finding that reports the slip.
    pub code: &'static str,
    /// The finding's span.
    pub span: Span,
    /// The edits, in order and apart.
    pub edits: Vec<Edit>,
}

/// The text with the edits of every repair applied (what a `--fix` writes), or `None` when two edits overlap.
pub fn apply_repairs(text: &str, repairs: &[Repair]) -> Option<String> {
    let mut edits: Vec<&Edit> = repairs.iter().flat_map(|r| r.edits.iter()).collect();
    edits.sort_by_key(|e| (e.span.start, e.span.end));
    if edits.windows(2).any(|w| w[0].span.end > w[1].span.start) {
        return None;
    }
    let mut out = text.to_string();
    for e in edits.iter().rev() {
        out.replace_range(e.span.start..e.span.end, &e.insert);
    }
    Some(out)
}

/// Where offsets of the working copy are in the input.
#[derive(Debug, Clone, Default)]
pub struct Offsets {
    /// Bytes before the text given to the parser (a byte order mark).
    base: usize,
    /// Text inserted by repairs: (offset in the working copy, length), in order.
    inserted: Vec<(usize, usize)>,
}

impl Offsets {
    /// The offsets of a text given to the parser unchanged, after `base` bytes of the input.
    pub fn shifted(base: usize) -> Offsets {
        Offsets { base, inserted: Vec::new() }
    }

    /// The input offset of working offset `at`; inserted text maps to the place it was inserted at.
    pub fn input(&self, at: usize) -> usize {
        let mut shift = 0;
        for &(start, len) in &self.inserted {
            if at < start {
                break;
            }
            if at < start + len {
                return start - shift + self.base;
            }
            shift += len;
        }
        at - shift + self.base
    }

    /// The input span of a working range.
    pub fn span(&self, range: Range) -> Span {
        Span::new(self.input(range.start), self.input(range.end.max(range.start)))
    }

    /// Records `len` bytes inserted at working offset `at`.
    fn insert(&mut self, at: usize, len: usize) {
        for entry in self.inserted.iter_mut().filter(|(start, _)| *start >= at) {
            entry.0 += len;
        }
        let i = self.inserted.partition_point(|(start, _)| *start < at);
        self.inserted.insert(i, (at, len));
    }
}

/// The working copy of a body and the repairs made to it.
#[derive(Debug)]
pub struct Recovery {
    /// The text to give the parser.
    pub text: String,
    /// Where its offsets are in the input.
    pub offsets: Offsets,
    /// The repairs so far.
    pub repairs: Vec<Repair>,
    /// Repairs still allowed.
    left: usize,
    /// The text each edit put in the working copy: (repair, its edit in the input, working range).
    written: Vec<(usize, Edit, usize, usize)>,
}

impl Recovery {
    /// Starts from `body`, which is the input after `base` bytes.
    pub fn new(body: &str, base: usize) -> Recovery {
        let left =
            if body.len() > MAX_REPAIRED_BYTES { 0 } else { MAX_REPAIRS.min(REPARSE_BUDGET / body.len().max(1)) };
        Recovery {
            text: body.to_owned(),
            offsets: Offsets::shifted(base),
            repairs: Vec::new(),
            left,
            written: Vec::new(),
        }
    }

    /// Repairs the slip at `error` and reports it to `out`; `false` when the error is not a slip acklint
    /// repairs (or too many were repaired already), and it stays fatal.
    pub fn repair(&mut self, error: &ParseError, out: &mut Vec<Diagnostic>) -> bool {
        if self.left == 0 {
            return false;
        }
        let Some(slip) = slips::find(&self.text, error) else { return false };
        self.left -= 1;
        let span = |(start, end): (usize, usize)| self.offsets.span(Range::new(start, end));
        let mut diagnostic = slip.check.diagnostic(slip.message).span(span(slip.at)).label(slip.label);
        if let Some((at, message)) = slip.related {
            diagnostic = diagnostic.with(Label { pointer: None, span: Some(span(at)), message });
        }
        out.push(diagnostic.help(slip.help));
        let edits: Vec<Edit> = slip
            .edits
            .iter()
            .map(|(start, end, insert)| Edit { span: span((*start, *end)), insert: insert.clone() })
            .collect();
        let repair = self.repairs.len();
        self.repairs.push(Repair { code: slip.check.code, span: span(slip.at), edits: edits.clone() });
        // Last edit first, so that the offsets of the earlier ones still hold.
        for ((start, end, insert), edit) in slip.edits.into_iter().zip(edits).rev() {
            self.apply(start, end, &insert);
            if !insert.is_empty() {
                self.written.push((repair, edit, start, start + insert.len()));
            }
        }
        true
    }

    /// Replaces working bytes `start..end` with `insert`: padded with spaces when shorter, so that nothing moves.
    /// Text an earlier repair wrote there is undone with it, so its edit leaves that repair: applying every
    /// repair's edits to the input then gives what was parsed.
    fn apply(&mut self, start: usize, end: usize, insert: &str) {
        let old = end - start;
        let grown = insert.len().saturating_sub(old);
        let repairs = &mut self.repairs;
        self.written.retain_mut(|(repair, edit, from, to)| {
            if *from < end && *to > start {
                repairs[*repair].edits.retain(|e| e != edit);
                return false;
            }
            if *from >= end {
                *from += grown;
                *to += grown;
            }
            true
        });
        if grown == 0 {
            let padded = format!("{insert}{}", " ".repeat(old - insert.len()));
            self.text.replace_range(start..end, &padded);
        } else {
            self.text.replace_range(start..end, insert);
            self.offsets.insert(end, grown);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inserted_text_maps_to_where_it_was_inserted() {
        let mut offsets = Offsets::shifted(3);
        // "ab" → "a\"b" → "\"a\"b"
        offsets.insert(1, 1);
        offsets.insert(0, 1);
        assert_eq!(offsets.inserted, vec![(0, 1), (2, 1)]);
        assert_eq!((0..5).map(|at| offsets.input(at)).collect::<Vec<_>>(), vec![3, 3, 4, 4, 5]);
    }
}
