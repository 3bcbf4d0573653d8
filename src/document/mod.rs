//! Parsing once: bytes → a tree with the byte span of every key and value, plus the syntax findings.
//!
//! The parser accepts the usual JSON mistakes (comments, trailing and missing commas, single quotes, bare
//! keys, …) and repairs single-token slips (a key written twice, a missing `:`, a stray `,`, …; see
//! `recovery.rs`) so that one slip does not hide the rest of the file; each is reported as an error, because the
//! API takes strict JSON only.

mod duplicates;
mod fast;
mod lexer;
mod limits;
mod lines;
mod lookup;
mod recovery;
mod secrets;
mod seek;
mod slips;
mod spans;
mod syntax;
mod tree;

pub use limits::{MAX_DEPTH, MAX_FINDINGS_PER_FILE, MAX_INPUT_BYTES};
pub use lines::{LineIndex, Position};
pub use recovery::{Repair, apply_repairs};
pub use secrets::MaskedText;
#[cfg(feature = "cli")]
pub use secrets::mask_secrets;
pub use secrets::{SecretSpans, is_secret_key, stop_at_secret};
pub(crate) use tree::unescape_segment;
pub use tree::{Member, Node, NodeValue, Step, pointer_of, push_escaped};

use crate::checks;
use crate::diagnostic::{Diagnostic, Span};
use crate::fix::{Fix, TextEdit};
use crate::i18n::Lang;
use crate::t;
use jsonc_parser::{CollectOptions, CommentCollectionStrategy, ParseOptions, ast};
use recovery::{Offsets, Recovery};
use std::sync::OnceLock;

/// A parsed input.
#[derive(Debug, Clone)]
pub struct Document {
    /// The input as text (invalid UTF-8 replaced), offsets as in the original bytes.
    pub text: String,
    /// The tree with spans: built by the tolerant parser, or on first use after the fast path.
    root: OnceLock<Option<Node>>,
    /// Line starts of `text`, built on the first position asked for.
    lines: OnceLock<LineIndex>,
    /// Pointer lookups, indexed once there are many.
    lookups: lookup::Lookups,
    /// The slips repaired to read the text, in the order they were found.
    repairs: Vec<Repair>,
}

pub use fast::parse as parse_fast;

/// Parses `bytes`; syntax findings go to `out`, in English.
pub fn parse(bytes: &[u8], out: &mut Vec<Diagnostic>) -> Document {
    parse_in(bytes, Lang::En, out)
}

/// [`parse`], writing the findings in `lang`.
pub fn parse_in(bytes: &[u8], lang: Lang, out: &mut Vec<Diagnostic>) -> Document {
    let text = match readable_text(bytes, lang, out) {
        Ok(text) => text,
        Err(unreadable) => return *unreadable,
    };
    let document = |root| Document::parsed(text.to_owned(), root);
    let base = skip_byte_order_mark(text, lang, out);
    if !worth_parsing(text, base, lang, out) {
        return document(None);
    }
    let (root, recovery) = match tree(text, base, lang, out) {
        Ok(parsed) => parsed,
        Err(repairs) => return Document { repairs, ..document(None) },
    };
    if let Some(root) = &root {
        let repaired: Vec<Span> =
            recovery.iter().flat_map(|r| r.repairs.iter().flat_map(|r| r.edits.iter().map(|e| e.span))).collect();
        check_root(text, root, &repaired, lang, out);
    }
    let repairs = recovery.map(|r| r.settled().0).unwrap_or_default();
    Document { repairs, ..document(root) }
}

/// The input as text, or the document to give back when it cannot be read: not UTF-8 (the text kept has the
/// bad bytes replaced), or larger than [`MAX_INPUT_BYTES`].
fn readable_text<'b>(bytes: &'b [u8], lang: Lang, out: &mut Vec<Diagnostic>) -> Result<&'b str, Box<Document>> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let at = e.valid_up_to();
            out.push(
                checks::INVALID_ENCODING
                    .diagnostic(t!(lang, "syntax-not-utf8", offset = at))
                    // Zero-width: in the text shown, the bad byte became a wider replacement character.
                    .span(Span::new(at, at))
                    .help(t!(lang, "syntax-not-utf8.help")),
            );
            return Err(Box::new(Document::parsed(String::from_utf8_lossy(bytes).into_owned(), None)));
        }
    };
    if bytes.len() > MAX_INPUT_BYTES {
        out.push(
            checks::INPUT_LIMIT
                .diagnostic(t!(lang, "syntax-too-large", size = bytes.len(), limit = MAX_INPUT_BYTES))
                .span(Span::new(0, 0))
                .help(t!(lang, "syntax-too-large.help")),
        );
        return Err(Box::new(Document::parsed(String::new(), None)));
    }
    Ok(text)
}

/// Reports a UTF-8 byte order mark; returns where the body starts (after the mark, if any).
fn skip_byte_order_mark(text: &str, lang: Lang, out: &mut Vec<Diagnostic>) -> usize {
    let Some(rest) = text.strip_prefix('\u{feff}') else { return 0 };
    out.push(
        checks::BYTE_ORDER_MARK
            .diagnostic(t!(lang, "syntax-byte-order-mark"))
            .span(Span::new(0, 3))
            .help(t!(lang, "syntax-byte-order-mark.help"))
            .fix(Fix::safe(t!(lang, "syntax-byte-order-mark.fix")).edit(TextEdit::delete(Span::new(0, 3)))),
    );
    text.len() - rest.len()
}

/// Whether the body (after `base` bytes) is worth giving to the parser: not empty, and not nested deeper than
/// [`MAX_DEPTH`]. Otherwise it reports why not.
fn worth_parsing(text: &str, base: usize, lang: Lang, out: &mut Vec<Diagnostic>) -> bool {
    let body = &text[base..];
    if body.trim().is_empty() {
        out.push(
            checks::NOT_AN_OBJECT
                .diagnostic(t!(lang, "syntax-empty"))
                .span(Span::new(base, text.len()))
                .at("")
                .help(t!(lang, "syntax-empty.help")),
        );
        return false;
    }
    if let Some(at) = limits::too_deep(body) {
        out.push(
            checks::INPUT_LIMIT
                .diagnostic(t!(lang, "syntax-too-deep", depth = MAX_DEPTH))
                .span(Span::new(at + base, at + base + 1))
                .help(t!(lang, "syntax-too-deep.help")),
        );
        return false;
    }
    true
}

/// What the tolerant parser accepts, so that it can report each slip instead of stopping at the first.
const TOLERANT: ParseOptions = ParseOptions {
    allow_comments: true,
    allow_loose_object_property_names: true,
    allow_trailing_commas: true,
    allow_missing_commas: true,
    allow_single_quoted_strings: true,
    allow_hexadecimal_numbers: true,
    allow_unary_plus_numbers: true,
    allow_bare_decimal_point_numbers: true,
    allow_non_finite_numbers: true,
    allow_extended_string_escapes: true,
};

/// Strict JSON: what the API takes.
const STRICT: ParseOptions = ParseOptions {
    allow_comments: false,
    allow_loose_object_property_names: false,
    allow_trailing_commas: false,
    allow_missing_commas: false,
    allow_single_quoted_strings: false,
    allow_hexadecimal_numbers: false,
    allow_unary_plus_numbers: false,
    allow_bare_decimal_point_numbers: false,
    allow_non_finite_numbers: false,
    allow_extended_string_escapes: false,
};

/// The tree of the body after `base` bytes, and the recovery that read it when it is not strict JSON. `Err`
/// holds the repairs made before a slip that could not be repaired (reported, with the parse error).
fn tree(
    text: &str,
    base: usize,
    lang: Lang,
    out: &mut Vec<Diagnostic>,
) -> Result<(Option<Node>, Option<Recovery>), Vec<Repair>> {
    let body = &text[base..];
    // Fast path: most bodies are strict JSON, and then no token needs a second look.
    // Control characters (other than tab and line breaks between tokens), which jsonc-parser's strict mode
    // lets through: only the tolerant path reports them.
    let plain = !body.bytes().any(|b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) && !control_in_string(body);
    let fast = plain.then(|| jsonc_parser::parse_to_ast(body, &CollectOptions::default(), &STRICT).ok()).flatten();
    if let Some(parsed) = fast {
        return Ok((parsed.value.as_ref().map(|v| convert(v, &Offsets::shifted(base))), None));
    }
    // Parse, and while the error is a slip acklint knows, repair it and parse the repaired text again.
    let collect = CollectOptions { comments: CommentCollectionStrategy::AsTokens, tokens: true };
    let mut work = Recovery::new(body, base, lang);
    let root = {
        let parsed = loop {
            let error = match jsonc_parser::parse_to_ast(&work.text, &collect, &TOLERANT) {
                Ok(parsed) => break parsed,
                Err(e) => e,
            };
            if !work.repair(&error, out) {
                work.attach_fixes(text, out);
                out.push(syntax::parse_error(&work.text, &error, &work.offsets, lang));
                return Err(work.settled().0);
            }
        };
        work.attach_fixes(text, out);
        let tokens = parsed.tokens.as_deref().unwrap_or_default();
        syntax::check_tokens(&work.text, tokens, &work.offsets, text, lang, out);
        parsed.value.as_ref().map(|v| convert(v, &work.offsets))
    };
    Ok((root, Some(work)))
}

/// The findings on the tree as a whole: keys written twice (`repaired`: spans the recovery edited), and a top
/// level that is not an object.
fn check_root(text: &str, root: &Node, repaired: &[Span], lang: Lang, out: &mut Vec<Diagnostic>) {
    duplicates::report(text, root, repaired, lang, out);
    if !matches!(root.value, NodeValue::Object(_)) {
        let found = match &root.value {
            NodeValue::Null => t!(lang, "structure-type.null"),
            NodeValue::Bool(_) => t!(lang, "structure-type.boolean"),
            NodeValue::Number(Some(n)) if n.is_i64() || n.is_u64() => t!(lang, "structure-type.integer"),
            NodeValue::Number(_) => t!(lang, "structure-type.number"),
            NodeValue::String(_) => t!(lang, "structure-type.string"),
            NodeValue::Array(_) => t!(lang, "structure-type.array"),
            NodeValue::Object(_) => t!(lang, "structure-type.object"),
        };
        out.push(
            checks::NOT_AN_OBJECT
                .diagnostic(t!(lang, "syntax-not-an-object", found))
                .at("")
                .span(root.span)
                .help(t!(lang, "syntax-not-an-object.help")),
        );
    }
}

/// Whether a double-quoted string of `text` holds a raw control character (a tab or a line break: the others are
/// found anywhere). Read as strict JSON: in a text that is not, the answer may be wrong, which only costs the
/// fast path.
fn control_in_string(text: &str) -> bool {
    let mut bytes = text.bytes();
    let mut inside = false;
    while let Some(b) = bytes.next() {
        match b {
            b'"' => inside = !inside,
            b'\\' if inside => {
                bytes.next();
            }
            b if inside && b < 0x20 => return true,
            _ => {}
        }
    }
    false
}

fn convert(value: &ast::Value<'_>, base: &Offsets) -> Node {
    let (range, value) = match value {
        ast::Value::NullKeyword(n) => (n.range, NodeValue::Null),
        ast::Value::BooleanLit(b) => (b.range, NodeValue::Bool(b.value)),
        ast::Value::NumberLit(n) => (n.range, NodeValue::Number(syntax::number(n.value))),
        ast::Value::StringLit(s) => (s.range, NodeValue::String(s.value.as_ref().into())),
        ast::Value::Array(a) => (a.range, NodeValue::Array(a.elements.iter().map(|v| convert(v, base)).collect())),
        ast::Value::Object(o) => (
            o.range,
            NodeValue::Object(
                o.properties
                    .iter()
                    .map(|p| {
                        let (key, key_range) = match &p.name {
                            ast::ObjectPropName::String(s) => (s.value.as_ref().into(), s.range),
                            ast::ObjectPropName::Word(w) => (w.value.into(), w.range),
                        };
                        Member { key, key_span: base.span(key_range), value: convert(&p.value, base) }
                    })
                    .collect(),
            ),
        ),
    };
    Node { span: base.span(range), value }
}

/// Whether two spans share a byte, or one is an insertion inside or at an end of the other.
pub(super) fn touches(a: Span, b: Span) -> bool {
    a.start <= b.end && b.start <= a.end
}

impl Document {
    /// A document whose tree is already known (`None`: the text did not parse).
    pub(crate) fn parsed(text: String, root: Option<Node>) -> Document {
        Document { root: OnceLock::from(root), ..Document::lazy(text) }
    }

    /// A strict-JSON document whose tree is built on first use.
    fn lazy(text: String) -> Document {
        Document {
            text,
            root: OnceLock::new(),
            lines: OnceLock::new(),
            lookups: lookup::Lookups::default(),
            repairs: Vec::new(),
        }
    }

    /// The tree with the span of every key and value, when the text parsed (possibly with tolerated mistakes).
    pub(crate) fn root(&self) -> Option<&Node> {
        self.root
            .get_or_init(|| {
                // Only the fast path leaves the tree unbuilt, and its text is strict JSON: the span parser reads
                // it (the tolerant parser stays as a fallback, should the two ever disagree on strictness).
                spans::parse(&self.text).or_else(|| {
                    let mut ignored = Vec::new();
                    parse(self.text.as_bytes(), &mut ignored).root.into_inner().flatten()
                })
            })
            .as_ref()
    }

    /// The slips the parser repaired to read the text (a key written twice, a missing `:`, …), each with the
    /// edits that make the text what acklint checked: what a `--fix` would apply.
    pub(crate) fn repairs(&self) -> &[Repair] {
        &self.repairs
    }

    /// The 1-based line and column of byte `offset`.
    pub fn position(&self, offset: usize) -> Position {
        self.lines.get_or_init(|| LineIndex::new(&self.text)).position(&self.text, offset)
    }

    /// The span of the value at `pointer`, if the document has it.
    pub fn span_of(&self, pointer: &str) -> Option<Span> {
        Some(self.lookups.spans(self.root()?, pointer)?.1)
    }

    /// The span of the key whose value is at `pointer` (the value's span for array items and the root).
    pub(crate) fn key_span_of(&self, pointer: &str) -> Option<Span> {
        Some(self.lookups.spans(self.root()?, pointer)?.0)
    }

    /// The key and value spans of each of `pointers` (as [`Document::key_span_of`] and [`Document::span_of`] give
    /// them) read straight from the text, when the tree is not built yet and the text allows it (`None`
    /// otherwise): for a caller that needs a few positions and nothing else of the tree.
    pub(crate) fn seek_spans(&self, pointers: &[&str]) -> Option<Vec<Option<(Span, Span)>>> {
        if self.root.get().is_some() {
            return None;
        }
        seek::spans(&self.text, pointers)
    }

    /// The pointer of the innermost value whose text (its key included) holds byte `offset`.
    pub fn pointer_at(&self, offset: usize) -> Option<String> {
        self.root()?.pointer_at(offset)
    }
}

/// Applying the syntax fixes of a lint, for the tests of the parser's fixes.
#[cfg(test)]
pub(crate) mod fixing {
    use crate::fix::{Applicability, apply};
    use crate::lint::{LintOptions, lint};

    /// The syntax findings (`JSON0xx`) of `text`, as `code: fix message` (`-` for none).
    pub fn fixes(text: &str) -> Vec<String> {
        let report = lint("body.json", text.as_bytes(), &LintOptions::default());
        report
            .diagnostics
            .iter()
            .filter(|d| d.code.starts_with("JSON"))
            .map(|d| match &d.fix {
                Some(f) => format!("{} {}: {}", d.code, f.applicability.as_str(), f.message),
                None => format!("{} -", d.code),
            })
            .collect()
    }

    /// `text` with the syntax fixes of one lint applied: the safe ones, or all with `unsafe_too`. Checks that
    /// every fix applied.
    pub fn fixed(text: &str, unsafe_too: bool) -> String {
        let report = lint("body.json", text.as_bytes(), &LintOptions::default());
        let taken: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.code.starts_with("JSON"))
            .filter_map(|d| d.fix.as_ref())
            .filter(|f| unsafe_too || f.applicability == Applicability::Safe)
            .collect();
        let applied = apply(text, taken);
        assert!(applied.skipped.is_empty(), "fixes left out: {:?}", applied.skipped);
        applied.text
    }

    /// The syntax findings of `text` (codes).
    pub fn syntax_codes(text: &str) -> Vec<&'static str> {
        let report = lint("body.json", text.as_bytes(), &LintOptions::default());
        report.diagnostics.iter().filter(|d| d.code.starts_with("JSON")).map(|d| d.code).collect()
    }

    /// Fixes `text` and checks it is then strict JSON with no syntax finding: the fixed text.
    pub fn fixed_clean(text: &str, unsafe_too: bool) -> String {
        let fixed = fixed(text, unsafe_too);
        assert_eq!(syntax_codes(&fixed), Vec::<&str>::new(), "{fixed}");
        assert!(serde_json::from_str::<serde_json::Value>(&fixed).is_ok(), "not strict JSON: {fixed}");
        fixed
    }
}

#[cfg(test)]
mod tests {
    use super::fixing::{fixed, fixed_clean, fixes};

    #[test]
    fn the_byte_order_mark_is_deleted() {
        let text = "\u{feff}{\r\n  \"name\": \"a\"\r\n}\r\n";
        assert_eq!(fixes(text), ["JSON010 safe: delete the byte order mark"]);
        assert_eq!(fixed_clean(text, false), "{\r\n  \"name\": \"a\"\r\n}\r\n");
    }

    #[test]
    fn a_duplicate_key_keeps_the_last_member_and_only_when_asked() {
        let text = "{\n  \"a\": 1,\n  \"b\": 2,\n  \"a\": 3\n}\n";
        assert_eq!(fixes(text), ["JSON005 unsafe: keep the last `a` and delete the earlier one"]);
        assert_eq!(fixed(text, false), text);
        assert_eq!(fixed_clean(text, true), "{\n  \"b\": 2,\n  \"a\": 3\n}\n");
    }

    #[test]
    fn a_key_set_three_times_keeps_its_last_member() {
        let text = "{\"x\": 0, \"a\": 1, \"a\": 2, \"b\": 3, \"a\": 4}";
        let messages = fixes(text);
        assert_eq!(messages, ["JSON005 unsafe: keep the last `a` and delete the 2 earlier ones"; 2]);
        let report = crate::lint::lint("b.json", text.as_bytes(), &Default::default());
        let fixes: Vec<_> = report.diagnostics.iter().filter_map(|d| d.fix.as_ref()).collect();
        let applied = crate::fix::apply(text, fixes);
        assert_eq!(applied.text, "{\"x\": 0, \"b\": 3, \"a\": 4}");
    }

    #[test]
    fn a_duplicate_in_crlf_lines_goes_with_its_line() {
        let text = "{\r\n\t\"a\": \"集群\",\r\n\t\"a\": \"二\"\r\n}";
        assert_eq!(fixed_clean(text, true), "{\r\n\t\"a\": \"二\"\r\n}");
    }

    #[test]
    fn the_api_reference_example_becomes_strict_json_with_every_other_byte_kept() {
        let text = include_str!("../../tests/fixtures/reference-example.jsonc");
        let fixed = fixed_clean(text, false);
        // Only comments, the spaces before them and one missing comma changed.
        let removed = text.len() - fixed.len();
        assert!(removed > 0);
        let strip = |s: &str| -> String {
            s.lines()
                .map(|l| l.split("//").next().unwrap_or_default().trim_end().trim_end_matches(',').to_string())
                .collect()
        };
        assert_eq!(strip(text), strip(&fixed));
        assert!(fixed.contains("\"keep_instance_name\": true, \n"));
    }
}
