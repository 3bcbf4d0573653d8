//! Recovery from single slips, so that one does not hide the rest of the body.
//!
//! jsonc-parser stops at the first error it cannot tolerate and returns no tree. When [`slips::find`] knows the
//! slip, the repair is applied to a working copy of the text and the parser runs again, until the text parses,
//! an error is not a known slip, or the budget of repairs is spent. Each repair is reported, and kept as
//! [`Repair`] edits on the input (what a `--fix` would apply). Deleted text becomes spaces, so that offsets stay
//! put; inserted text is recorded, so that every offset of the working copy maps back to the input.

use super::slips;
use crate::diagnostic::{Diagnostic, Label, Span};
use crate::fix::{Applicability, Fix, TextEdit};
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
    /// Whether the edits are offered as the finding's fix, and of which kind (`None`: no fix, such as a repair
    /// that would change a secret value).
    pub fix: Option<Applicability>,
    /// What the fix does, in the imperative.
    pub fix_message: String,
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

/// The body's last closer, added at the end of a body that spans lines, on a line of its own, indented like the
/// line the body starts on. (In the working copy it stays where it was added: a line break there would change
/// what the indentation tells later repairs.)
fn own_line_at_end(input: &str, edit: &mut TextEdit) {
    let at = edit.span.start;
    let Some(before) = edit.replacement.strip_suffix(['}', ']']) else { return };
    let body = input.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    let start = input.len() - body.len();
    let line_start = input[..start].rfind('\n').map_or(0, |i| i + 1);
    let indent = input[line_start..start].trim_start_matches('\u{feff}');
    let plain = indent.bytes().all(|b| b == b' ' || b == b'\t') && !indent.contains('\u{feff}');
    if edit.span.end != at || !input[at..].trim().is_empty() || !input[start..at].contains('\n') || !plain {
        return;
    }
    let closer = &edit.replacement[before.len()..];
    let line_break = if input.contains("\r\n") { "\r\n" } else { "\n" };
    edit.replacement = format!("{before}{line_break}{indent}{closer}");
}

/// `span` with the rest of its lines when only spaces and tabs stand beside it on them, and the line break
/// that ends the last; `span` itself otherwise.
pub fn whole_lines(input: &str, span: Span) -> Span {
    let bytes = input.as_bytes();
    let mut start = span.start.min(bytes.len());
    while start > 0 && matches!(bytes[start - 1], b' ' | b'\t') {
        start -= 1;
    }
    let mut end = span.end.min(bytes.len());
    while matches!(bytes.get(end), Some(b' ' | b'\t')) {
        end += 1;
    }
    let leads = start == 0 || matches!(bytes[start - 1], b'\n' | b'\r');
    let ends = matches!(bytes.get(end), None | Some(b'\n' | b'\r'));
    if !(leads && ends) || span.start == span.end {
        return span;
    }
    let rest = &input[end..];
    let line_break = if rest.starts_with("\r\n") { 2 } else { usize::from(rest.starts_with(['\n', '\r'])) };
    Span::new(start, end + line_break)
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
    /// For each repair: the index of its finding in the findings given to [`Recovery::repair`], and the repair
    /// that undid one of its edits, if one did.
    found: Vec<(usize, Option<usize>)>,
    /// The language of the findings.
    lang: crate::i18n::Lang,
}

impl Recovery {
    /// Starts from `body`, which is the input after `base` bytes.
    pub fn new(body: &str, base: usize, lang: crate::i18n::Lang) -> Recovery {
        let left =
            if body.len() > MAX_REPAIRED_BYTES { 0 } else { MAX_REPAIRS.min(REPARSE_BUDGET / body.len().max(1)) };
        Recovery {
            text: body.to_owned(),
            offsets: Offsets::shifted(base),
            repairs: Vec::new(),
            left,
            written: Vec::new(),
            found: Vec::new(),
            lang,
        }
    }

    /// Repairs the slip at `error` and reports it to `out`; `false` when the error is not a slip acklint
    /// repairs (or too many were repaired already), and it stays fatal.
    pub fn repair(&mut self, error: &ParseError, out: &mut Vec<Diagnostic>) -> bool {
        if self.left == 0 {
            return false;
        }
        let Some(slip) = slips::find(&self.text, error, self.lang) else { return false };
        self.left -= 1;
        let span = |(start, end): (usize, usize)| self.offsets.span(Range::new(start, end));
        let fix_message = slip.fix_message().to_string();
        let mut diagnostic = slip.check.diagnostic(slip.message).span(span(slip.at)).label(slip.label);
        if let Some((at, message)) = slip.related {
            diagnostic = diagnostic.with(Label { pointer: None, span: Some(span(at)), message });
        }
        self.found.push((out.len(), None));
        out.push(diagnostic.help(slip.help));
        let edits: Vec<Edit> = slip
            .edits
            .iter()
            .map(|(start, end, insert)| Edit { span: span((*start, *end)), insert: insert.clone() })
            .collect();
        let repair = self.repairs.len();
        self.repairs.push(Repair {
            code: slip.check.code,
            span: span(slip.at),
            edits: edits.clone(),
            fix: slip.fix,
            fix_message,
        });
        // Last edit first, so that the offsets of the earlier ones still hold.
        for ((start, end, insert), edit) in slip.edits.into_iter().zip(edits).rev() {
            self.apply(start, end, &insert);
            if !insert.is_empty() {
                self.written.push((repair, edit, start, start + insert.len()));
            }
        }
        true
    }

    /// The repairs with the text inserted at one place of the input made one edit, in the order it stands in the
    /// working copy, and the pairs of repairs so joined (earlier, later). A later repair may insert before text
    /// an earlier one inserted at the same input offset (a `]` missing before the `}` just supplied): the order
    /// of the two edits is known only from where their text ended up. The combined edit goes to the latest of
    /// those repairs.
    pub fn settled(&self) -> (Vec<Repair>, Vec<(usize, usize)>) {
        let mut repairs = self.repairs.clone();
        let mut merged = Vec::new();
        let mut at: Vec<(usize, usize, usize, &Edit)> = self
            .written
            .iter()
            .filter(|(_, edit, _, _)| edit.span.start == edit.span.end)
            .map(|(repair, edit, from, _)| (edit.span.start, *from, *repair, edit))
            .collect();
        at.sort_unstable_by_key(|&(offset, from, repair, _)| (offset, from, repair));
        for place in at.chunk_by(|a, b| a.0 == b.0).filter(|p| p.len() > 1) {
            let last = place.iter().map(|&(_, _, r, _)| r).max().unwrap_or_default();
            let offset = place[0].0;
            let mut insert = String::new();
            for &(_, _, repair, edit) in place {
                insert.push_str(&edit.insert);
                if let Some(i) = repairs[repair].edits.iter().position(|e| e == edit) {
                    repairs[repair].edits.remove(i);
                }
                if repair != last {
                    merged.push((repair, last));
                }
            }
            let edits = &mut repairs[last].edits;
            let i = edits.partition_point(|e| (e.span.start, e.span.end) < (offset, offset));
            edits.insert(i, Edit { span: Span::new(offset, offset), insert });
        }
        (repairs, merged)
    }

    /// Gives each finding in `out` that reports a repair the repair's edits as its fix. Repairs that depend on
    /// each other make one fix, on the finding of the last of them: a repair one of whose edits a later repair
    /// undid, and repairs that insert at the same place (a closing quote, then the `}` after it), whose order
    /// only the combined edit keeps. That fix is only as safe as the least safe of them, and none if one of them
    /// offers none. So every fix, applied alone, is whole repairs, and applying them all gives the text checked.
    /// `input` is the whole input: a deletion that leaves its lines empty takes them along.
    pub fn attach_fixes(&self, input: &str, out: &mut [Diagnostic]) {
        let (repairs, merged) = self.settled();
        let n = repairs.len();
        // Each repair's group, by its last member.
        let mut group: Vec<usize> = (0..n).collect();
        fn find(group: &mut [usize], mut i: usize) -> usize {
            while group[i] != i {
                group[i] = group[group[i]];
                i = group[i];
            }
            i
        }
        let join = |group: &mut Vec<usize>, a: usize, b: usize| {
            let (a, b) = (find(group, a), find(group, b));
            let (low, high) = (a.min(b), a.max(b));
            group[low] = high;
        };
        for (i, (_, undone_by)) in self.found.iter().enumerate() {
            if let Some(j) = undone_by {
                join(&mut group, i, *j);
            }
        }
        for &(i, j) in &merged {
            join(&mut group, i, j);
        }
        let inserts_at = |r: &Repair, at: usize| r.edits.iter().any(|e| e.span.start == at && e.span.end == at);
        for j in 0..n {
            for e in repairs[j].edits.iter().filter(|e| e.span.start == e.span.end) {
                for i in (0..j).filter(|&i| inserts_at(&repairs[i], e.span.start)) {
                    join(&mut group, i, j);
                }
            }
        }
        for last in 0..n {
            let members: Vec<usize> = (0..n).filter(|&i| find(&mut group, i) == last).collect();
            let (Some(&(index, _)), Some(repair)) = (self.found.get(last), repairs.get(last)) else { continue };
            let Some(d) = out.get_mut(index) else { continue };
            let Some(applicability) =
                members.iter().map(|&i| repairs[i].fix).try_fold(Applicability::Safe, |a, f| Some(a.max(f?)))
            else {
                continue;
            };
            // In repair order, then by place: insertions at one place keep the order they were made in.
            let mut edits: Vec<(usize, &Edit)> =
                members.iter().flat_map(|&i| repairs[i].edits.iter().map(move |e| (i, e))).collect();
            edits.sort_by_key(|(i, e)| (e.span.start, e.span.end, *i));
            let mut merged: Vec<TextEdit> = Vec::new();
            for (_, e) in edits {
                match merged.last_mut() {
                    Some(m) if m.span == e.span && e.span.start == e.span.end => m.replacement.push_str(&e.insert),
                    _ => merged.push(TextEdit::new(e.span, e.insert.clone())),
                }
            }
            if merged.is_empty() {
                continue;
            }
            let widened: Vec<TextEdit> = merged
                .iter()
                .map(|e| match e.replacement.is_empty() {
                    true => TextEdit::delete(whole_lines(input, e.span)),
                    false => e.clone(),
                })
                .collect();
            if widened.windows(2).all(|w| w[0].span.end <= w[1].span.start && w[0].span != w[1].span) {
                merged = widened;
            }
            if let Some(last) = merged.last_mut() {
                own_line_at_end(input, last);
            }
            let mut messages: Vec<&str> = Vec::new();
            for &i in &members {
                let m = repairs[i].fix_message.as_str();
                if !messages.contains(&m) {
                    messages.push(m);
                }
            }
            let lang = self.lang;
            let message = match messages.split_first() {
                None => repair.fix_message.clone(),
                Some((first, rest)) => rest
                    .iter()
                    .fold(first.to_string(), |first, then| crate::t!(lang, "slip-fix-then", first, then = *then)),
            };
            d.fix = Some(merged.into_iter().fold(Fix::new(applicability, message), Fix::edit));
        }
    }

    /// Replaces working bytes `start..end` with `insert`: padded with spaces when shorter, so that nothing moves.
    /// Text an earlier repair wrote there is undone with it, so its edit leaves that repair: applying every
    /// repair's edits to the input then gives what was parsed.
    fn apply(&mut self, start: usize, end: usize, insert: &str) {
        let old = end - start;
        let grown = insert.len().saturating_sub(old);
        let repairs = &mut self.repairs;
        let current = repairs.len() - 1;
        let found = &mut self.found;
        self.written.retain_mut(|(repair, edit, from, to)| {
            if *from < end && *to > start {
                repairs[*repair].edits.retain(|e| e != edit);
                if *repair != current {
                    found[*repair].1 = Some(current);
                }
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
    use super::super::fixing::{fixed, fixed_clean, fixes};
    use super::*;

    #[test]
    fn slips_whose_intent_is_plain_have_safe_fixes() {
        let text = "{\n  \"key_pair\": \"key_pair\": \"k\",\n  \"a\" = 1,,\n  \"b\" [1, 2},\n  \"c\": True,\n  \"d\": ipvs,\n  \"e\": x\",\n  \"f\": \"open\n}";
        assert_eq!(
            fixes(text),
            [
                "JSON012 safe: delete `\"key_pair\":`",
                "JSON013 safe: replace `=` with `:`",
                "JSON012 safe: delete `,`",
                "JSON013 safe: insert `:` after `\"b\"`",
                "JSON015 safe: replace `}` with `]`",
                "JSON006 safe: write `true`",
                "JSON006 safe: write `\"ipvs\"`",
                "JSON016 safe: insert `\"` before `x`",
                "JSON016 safe: insert `\"` after `open`",
            ]
        );
        assert_eq!(
            fixed_clean(text, false),
            "{\n  \"key_pair\": \"k\",\n  \"a\": 1,\n  \"b\": [1, 2],\n  \"c\": true,\n  \"d\": \"ipvs\",\n  \"e\": \"x\",\n  \"f\": \"open\"\n}"
        );
    }

    #[test]
    fn slips_read_by_a_guess_have_unsafe_fixes() {
        let text = "{\n  \"c\": ,\n  \"d\": my words,\n  \"e\": 007\n}\n{\"second\": 1}\n";
        assert_eq!(
            fixes(text),
            [
                "JSON014 unsafe: delete `c`, which has no value",
                "JSON006 unsafe: write `\"my words\"`",
                "JSON006 unsafe: write `\"007\"`",
                "JSON012 unsafe: delete the text after the body",
            ]
        );
        assert_eq!(fixed(text, false), text);
        // The member without a value and the second object go with their lines.
        assert_eq!(fixed_clean(text, true), "{\n  \"d\": \"my words\",\n  \"e\": \"007\"\n}\n");
        let text = "{\n  \"a\": {\n    \"b\": 1,\n  \"c\": 2\n}";
        assert_eq!(fixes(text), ["JSON015 unsafe: insert `}` where the indentation shows the object ends"]);
        assert_eq!(fixed_clean(text, true), "{\n  \"a\": {\n    \"b\": 1},\n  \"c\": 2\n}");
        let text = "{\"a\": {\"b\": 1}}, \"c\": 2}";
        assert_eq!(fixes(text), ["JSON015 unsafe: delete this `}` so that the members after it belong to the body"]);
        assert_eq!(fixed_clean(text, true), "{\"a\": {\"b\": 1}, \"c\": 2}");
    }

    #[test]
    fn a_slip_in_a_secret_value_has_no_fix() {
        let text = "{\"login_password\": \"Se cret ,\n\"a\": 1, \"key_pair\": None}";
        let found = fixes(text);
        assert_eq!(found, ["JSON016 -", "JSON006 safe: write `null`"]);
        let text = "{\"login_password\": Secret1, \"a\": 1}";
        assert_eq!(fixes(text), ["JSON006 -"]);
    }

    #[test]
    fn repairs_at_one_place_make_one_fix_in_the_order_they_were_made() {
        // The closing quote, then the `}` after it: two fixes would insert at one offset in either order.
        let text = "{\n  \"name\": \"demo";
        let mut found = fixes(text);
        found.sort();
        assert_eq!(found, ["JSON015 safe: insert `\"` after `demo`, then add `}` at the end of the body", "JSON016 -"]);
        assert_eq!(fixed_clean(text, false), "{\n  \"name\": \"demo\"\n}");
    }

    #[test]
    fn applying_every_fix_of_the_repairs_gives_the_text_checked() {
        let text = "{\"a\": [1, 2}, \"b\" 1 \"c\": \"x\" \"c\": 2, \"d\": 3}}";
        let doc = crate::document::parse(text.as_bytes(), &mut Vec::new());
        let checked = apply_repairs(text, doc.repairs()).unwrap();
        let report = crate::lint::lint("b.json", text.as_bytes(), &Default::default());
        let repaired: Vec<_> = report.diagnostics.iter().filter(|d| d.code >= "JSON012").collect();
        let fixes = repaired.iter().filter_map(|d| d.fix.as_ref());
        assert_eq!(crate::fix::apply(text, fixes).text, checked);
    }

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
