//! What slip a parse error is, and the smallest edit that reads the text the way its author evidently meant.
//!
//! Only slips whose intent the tokens around the error (or the indentation) make plain are repaired: a key
//! written twice, a missing or misspelt `:`, a doubled or misplaced `,` or `:`, a key without a value, an
//! unquoted word, a string without its closing or opening quote, a wrong, extra or missing closing bracket, text
//! after the body. Anything else returns `None`, and the error stays fatal. A value under a secret key is never
//! quoted in a message. All offsets here are in the text being repaired; the caller maps them to the input.

use super::lexer::{self, Kind, Tok};
use super::secrets::is_secret_key;
use crate::checks::{self, Check};
use crate::fix::Applicability;
use crate::i18n::Lang;
use crate::t;
use jsonc_parser::errors::{ParseError, ParseErrorKind};

/// A slip found at a parse error, with its finding and its repair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slip {
    /// The check that reports it.
    pub check: Check,
    /// What happened.
    pub message: String,
    /// Where: the text to delete or replace, or the empty range where text is missing.
    pub at: (usize, usize),
    /// The text under `at`.
    pub label: String,
    /// Another place involved (such as the bracket left open), with its label.
    pub related: Option<((usize, usize), String)>,
    /// What to do.
    pub help: String,
    /// The repair: replace each range with the text, ranges in order and apart.
    pub edits: Vec<(usize, usize, String)>,
    /// Whether the repair is offered as a fix, and of which kind: safe when it keeps the evident meaning (a
    /// repeated key, a doubled `,`, a missing `:` or quote), unsafe when it deletes content or places a bracket
    /// by a guess, none when it would change a secret value.
    pub fix: Option<Applicability>,
    /// What the fix does, when it is not what `help` says.
    pub fix_message: Option<String>,
}

impl Slip {
    /// The slip, offered as an unsafe fix.
    fn unsafe_fix(self) -> Slip {
        Slip { fix: self.fix.map(|_| Applicability::Unsafe), ..self }
    }

    /// The slip, offered as no fix at all.
    fn no_fix(self) -> Slip {
        Slip { fix: None, ..self }
    }

    /// The slip, with its fix described by `message`.
    fn fix_says(self, message: impl Into<String>) -> Slip {
        Slip { fix_message: Some(message.into()), ..self }
    }

    /// What the fix does.
    pub fn fix_message(&self) -> &str {
        self.fix_message.as_deref().unwrap_or(&self.help)
    }
}

/// The slip at `error` in `text`, if it is one that can be repaired with confidence.
pub fn find(text: &str, error: &ParseError, lang: Lang) -> Option<Slip> {
    let toks = lexer::tokens(text);
    if !matches!(error.kind(), ParseErrorKind::NestingDepthExceeded | ParseErrorKind::UnterminatedCommentBlock)
        && let Some(slip) = unclosed_string(text, &toks, error.range().end, lang)
    {
        return Some(slip);
    }
    match error.kind() {
        ParseErrorKind::UnterminatedObject | ParseErrorKind::UnterminatedArray => {
            return unclosed_at_end(text, &toks, lang);
        }
        ParseErrorKind::String(_) | ParseErrorKind::UnterminatedCommentBlock | ParseErrorKind::NestingDepthExceeded => {
            return None;
        }
        _ => {}
    }
    let start = error.range().start;
    let i = toks.iter().position(|t| t.end > start).unwrap_or(toks.len());
    let cx = Cx::new(text, toks, i, lang);
    if matches!(error.kind(), ParseErrorKind::MultipleRootJsonValues) {
        return cx.after_the_body();
    }
    cx.repeated_key()
        .or_else(|| match cx.at().map(|t| t.kind) {
            Some(Kind::Colon) => cx.stray_colon(),
            Some(Kind::Comma) if !cx.after_key() => cx.stray_comma(),
            Some(Kind::CloseBrace | Kind::CloseBracket) if cx.prev(1).map(|t| t.kind) == Some(Kind::Colon) => {
                cx.no_value(cx.i.checked_sub(2)?, cx.i - 1)
            }
            Some(Kind::CloseBrace | Kind::CloseBracket) if !cx.after_key() => cx.wrong_closer(),
            Some(Kind::Separator) => cx.wrong_separator(),
            Some(Kind::Bare) if cx.in_value_position() => cx.bare_value(),
            Some(Kind::Bare) if cx.in_key_position() && !cx.after_key() => cx.bare_key(),
            _ if cx.after_key() => cx.missing_colon(),
            None if cx.prev(1).map(|t| t.kind) == Some(Kind::Colon) => cx.no_value(cx.i.checked_sub(2)?, cx.i - 1),
            _ => None,
        })
        .or_else(|| cx.closer_left_out_by_indent())
}

/// The tokens around the error: `toks[i]` is the first one that is not entirely before it.
struct Cx<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    i: usize,
    /// Token indexes of the brackets open at `i`, innermost last.
    open: Vec<usize>,
    /// The language of the messages.
    lang: Lang,
}

impl<'a> Cx<'a> {
    fn new(text: &'a str, toks: Vec<Tok>, i: usize, lang: Lang) -> Cx<'a> {
        let mut open = Vec::new();
        for (j, t) in toks[..i].iter().enumerate() {
            match t.kind {
                Kind::OpenBrace | Kind::OpenBracket => open.push(j),
                Kind::CloseBrace | Kind::CloseBracket => {
                    open.pop();
                }
                _ => {}
            }
        }
        Cx { text, toks, i, open, lang }
    }

    fn at(&self) -> Option<Tok> {
        self.toks.get(self.i).copied()
    }

    /// The token `n` places before the error token.
    fn prev(&self, n: usize) -> Option<Tok> {
        self.i.checked_sub(n).map(|j| self.toks[j])
    }

    /// The token `n` places after the error token.
    fn next(&self, n: usize) -> Option<Tok> {
        self.toks.get(self.i + n).copied()
    }

    fn kind_at(&self, j: usize) -> Option<Kind> {
        self.toks.get(j).map(|t| t.kind)
    }

    fn raw(&self, t: Tok) -> &'a str {
        t.text(self.text)
    }

    /// A key or string token without its quotes.
    fn inner(&self, t: Tok) -> &'a str {
        let raw = self.raw(t);
        if t.kind == Kind::String && raw.len() >= 2 { &raw[1..raw.len() - 1] } else { raw }
    }

    fn in_object(&self) -> bool {
        self.open.last().is_some_and(|&j| self.toks[j].kind == Kind::OpenBrace)
    }

    /// Whether the token at `j` is an object key: key-like, in an object, and not after a `:`.
    fn is_key(&self, j: usize) -> bool {
        self.in_object()
            && self.toks.get(j).is_some_and(|t| t.is_key_like(self.text))
            && j.checked_sub(1).is_none_or(|k| self.toks[k].kind != Kind::Colon)
    }

    /// Whether the error token comes right after a key.
    fn after_key(&self) -> bool {
        self.i.checked_sub(1).is_some_and(|j| self.is_key(j))
    }

    fn in_value_position(&self) -> bool {
        match self.open.last() {
            None => self.i == 0,
            Some(&j) if self.toks[j].kind == Kind::OpenBracket => true,
            Some(_) => self.prev(1).is_some_and(|t| t.kind == Kind::Colon),
        }
    }

    fn in_key_position(&self) -> bool {
        self.in_object()
            && self.prev(1).is_some_and(|t| matches!(t.kind, Kind::OpenBrace | Kind::Comma) || t.ends_value())
    }

    /// Whether the value at the error sits under a secret key, so that it must not be quoted in a message.
    fn under_secret(&self) -> bool {
        let key_before = |j: usize| {
            j.checked_sub(2)
                .filter(|&k| self.toks[k + 1].kind == Kind::Colon)
                .is_some_and(|k| is_secret_key(self.inner(self.toks[k])))
        };
        key_before(self.i) || self.open.iter().any(|&j| key_before(j))
    }

    /// End of `t` plus the spaces and tabs after it, when `t` follows white space (so that deleting it leaves one
    /// space, not two).
    fn end_with_spaces(&self, start: usize, end: usize) -> usize {
        let bytes = self.text.as_bytes();
        let after_space = start.checked_sub(1).is_some_and(|s| bytes[s].is_ascii_whitespace());
        let mut end = end;
        while after_space && matches!(bytes.get(end), Some(b' ' | b'\t')) {
            end += 1;
        }
        end
    }

    fn slip(&self, check: Check, message: String, at: (usize, usize), label: String, help: String) -> Slip {
        Slip {
            check,
            message,
            at,
            label,
            related: None,
            help,
            edits: Vec::new(),
            fix: Some(Applicability::Safe),
            fix_message: None,
        }
    }

    /// A slip whose repair deletes `start..end`, shown as the text deleted.
    fn delete(&self, check: Check, message: String, start: usize, end: usize, label: String) -> Slip {
        let help = t!(self.lang, "slip-delete", text = one_line(&self.text[start..end]));
        Slip { edits: vec![(start, end, String::new())], ..self.slip(check, message, (start, end), label, help) }
    }

    /// `"k": "k": v` and `"k": "k" v`: the key written a second time after its own `:`.
    fn repeated_key(&self) -> Option<Slip> {
        let at = self.at();
        // With the second `:`, the error is at it. Without, the parser stops at the value after the repeat when
        // that is a bracket, or reads a string value as a key and stops after it.
        let (key, again, end) = match at.map(|t| t.kind) {
            Some(Kind::Colon) => (self.i.checked_sub(3)?, self.i - 1, at?.end),
            Some(Kind::OpenBrace | Kind::OpenBracket) => {
                (self.i.checked_sub(3)?, self.i - 1, self.toks[self.i - 1].end)
            }
            // `"k": k: v`: the parser stops at the bare word.
            Some(Kind::Bare) if self.next(1).is_some_and(|t| t.kind == Kind::Colon) => {
                (self.i.checked_sub(2)?, self.i, self.next(1)?.end)
            }
            _ if self.prev(1).is_some_and(|t| matches!(t.kind, Kind::String | Kind::Bare)) => {
                (self.i.checked_sub(4)?, self.i - 2, self.toks[self.i - 2].end)
            }
            _ => return None,
        };
        let (k, colon, v) = (self.toks[key], self.toks[key + 1], self.toks[again]);
        let repeated =
            self.is_key(key) && colon.kind == Kind::Colon && v.is_key_like(self.text) && self.inner(k) == self.inner(v);
        if !repeated {
            return None;
        }
        let end = self.end_with_spaces(v.start, end);
        let (key, lang) = (short(self.inner(k)), self.lang);
        Some(self.delete(
            checks::STRAY_TEXT,
            t!(lang, "slip-repeated-key", key),
            v.start,
            end,
            t!(lang, "slip-repeated-key.label"),
        ))
    }

    /// A `:` that is not between a key and its value.
    fn stray_colon(&self) -> Option<Slip> {
        let at = self.at()?;
        let p1 = self.prev(1)?;
        if p1.kind == Kind::Colon {
            let (message, label) = (t!(self.lang, "slip-colon-twice"), t!(self.lang, "slip-colon-twice.label"));
            return Some(self.delete(checks::STRAY_TEXT, message, at.start, at.end, label));
        }
        // `"a": "b": 1`: `a` has no value, and `b` is the next key; for a secret `a`, `b` is more likely a
        // mistyped value than a key, and must not become a key (keys are shown in messages).
        let key = self.i.checked_sub(3)?;
        if !(self.is_key(key) && self.toks[key + 1].kind == Kind::Colon && p1.is_key_like(self.text)) {
            return None;
        }
        if is_secret_key(self.inner(self.toks[key])) {
            let end = self.end_with_spaces(p1.start, at.end);
            return Some(
                Slip {
                    help: t!(self.lang, "slip-colon-after-secret.help"),
                    edits: vec![(p1.start, end, String::new())],
                    ..self.slip(
                        checks::STRAY_TEXT,
                        t!(self.lang, "slip-colon-after-secret", key = short(self.inner(self.toks[key]))),
                        (at.start, at.end),
                        t!(self.lang, "slip-colon-twice.label"),
                        String::new(),
                    )
                }
                .no_fix(),
            );
        }
        self.no_value(key, key + 1)
    }

    /// A `,` with nothing before it, written twice, or between a key's `:` and its value.
    fn stray_comma(&self) -> Option<Slip> {
        let at = self.at()?;
        let p1 = self.prev(1)?;
        let lang = self.lang;
        match p1.kind {
            Kind::Comma => {
                let (message, label) = (t!(lang, "slip-comma-twice"), t!(lang, "slip-comma-twice.label"));
                Some(self.delete(checks::STRAY_TEXT, message, at.start, at.end, label))
            }
            Kind::OpenBrace | Kind::OpenBracket => {
                let message = if p1.kind == Kind::OpenBrace {
                    t!(lang, "slip-comma-first")
                } else {
                    t!(lang, "slip-comma-first-item")
                };
                let end = self.end_with_spaces(at.start, at.end);
                Some(self.delete(checks::STRAY_TEXT, message, at.start, end, t!(lang, "slip-comma-first.label")))
            }
            Kind::Colon if self.i >= 2 && self.is_key(self.i - 2) => {
                let next_is_key = self.next(1).is_some_and(|t| t.is_key_like(self.text))
                    && self.next(2).is_some_and(|t| t.kind == Kind::Colon);
                if next_is_key || self.next(1).is_none_or(|t| !t.starts_value()) {
                    return self.no_value(self.i - 2, self.i);
                }
                let key = short(self.inner(self.toks[self.i - 2]));
                let end = self.end_with_spaces(at.start, at.end);
                Some(self.delete(
                    checks::STRAY_TEXT,
                    t!(lang, "slip-comma-in-member", key),
                    at.start,
                    end,
                    t!(lang, "slip-comma-in-member.label"),
                ))
            }
            _ => None,
        }
    }

    /// The key at token `key` has no value: the member (tokens `key..=last`) is left out of the checks.
    fn no_value(&self, key: usize, last: usize) -> Option<Slip> {
        if !self.is_key(key) {
            return None;
        }
        let (name, lang) = (short(self.inner(self.toks[key])), self.lang);
        let (mut start, mut end) = (self.toks[key].start, self.toks[last].end);
        match (self.kind_at(last + 1), key.checked_sub(1).map(|j| self.toks[j].kind)) {
            // A `,` after it goes too, or else the one before it when the member is the last.
            (Some(Kind::Comma), _) if self.toks[last].kind != Kind::Comma => end = self.toks[last + 1].end,
            (Some(Kind::CloseBrace) | None, Some(Kind::Comma)) => start = self.toks[key - 1].start,
            _ => {}
        }
        let end = self.end_with_spaces(start, end);
        let deleted = one_line(&self.text[start..end]);
        Some(
            Slip {
                help: t!(lang, "slip-no-value.help", key = &name, deleted),
                edits: vec![(start, end, String::new())],
                ..self.slip(
                    checks::MISSING_VALUE,
                    t!(lang, "slip-no-value", key = &name),
                    (self.toks[key].start, self.toks[key].end),
                    t!(lang, "slip-no-value.label"),
                    String::new(),
                )
            }
            .unsafe_fix()
            .fix_says(t!(lang, "slip-no-value.fix", key = &name)),
        )
    }

    /// A key followed by something other than `:`.
    fn missing_colon(&self) -> Option<Slip> {
        let key = self.i - 1;
        let k = self.toks[key];
        let (name, lang) = (short(self.inner(k)), self.lang);
        let next_is_member = |n: usize| {
            self.next(n).is_some_and(|t| t.is_key_like(self.text))
                && self.next(n + 1).is_some_and(|t| t.kind == Kind::Colon)
        };
        match self.at() {
            // `"a", 1`: a `,` typed for the `:`.
            Some(at) if at.kind == Kind::Comma => {
                if next_is_member(1) || self.next(1).is_none_or(|t| !t.starts_value()) {
                    return self.no_value(key, key);
                }
                Some(Slip {
                    edits: vec![(at.start, at.end, ":".into())],
                    ..self.slip(
                        checks::MISSING_COLON,
                        t!(lang, "slip-comma-for-colon", key = &name),
                        (at.start, at.end),
                        t!(lang, "slip-colon-expected.label"),
                        t!(lang, "slip-comma-for-colon.help"),
                    )
                })
            }
            Some(at) if at.starts_value() && !(at.is_key_like(self.text) && next_is_member(0)) => Some(Slip {
                edits: vec![(k.end, k.end, ":".into())],
                ..self.slip(
                    checks::MISSING_COLON,
                    t!(lang, "slip-missing-colon", key = &name),
                    (k.end, k.end),
                    t!(lang, "slip-colon-expected.label"),
                    t!(lang, "slip-missing-colon.help", raw = short(self.raw(k))),
                )
            }),
            _ => self.no_value(key, key),
        }
    }

    /// A closing bracket that does not match the innermost open one.
    fn wrong_closer(&self) -> Option<Slip> {
        let at = self.at()?;
        let &inner = self.open.last()?;
        let (opener, want) = (self.toks[inner], closer_for(self.toks[inner].kind));
        let got = self.raw(at);
        if got == want {
            return None;
        }
        let lang = self.lang;
        // Three readings: the inner closer was left out before this one (when the bracket around takes this
        // closer), this closer was typed for the right one, or it is one too many. Keep the reading that leaves
        // the rest of the text balanced best (ties in that order).
        let open: Vec<Kind> = self.open.iter().map(|&j| self.toks[j].kind).collect();
        let rest = &self.toks[self.i + 1..];
        let n = open.len();
        let left_out = (n >= 2 && closer_for(open[n - 2]) == got).then(|| bracket_errors(&open[..n - 2], rest));
        let typo = bracket_errors(&open[..n - 1], rest);
        let extra = bracket_errors(&open, rest);
        // Which reading is right is a guess from the brackets that follow, unless the closer was plainly typed for
        // the right one: the rest of the text is then balanced. Deleting or inserting a closer moves members in or
        // out of a bracket, which a second slip further on can make look right: never safe.
        if left_out.is_some_and(|e| e <= typo && e <= extra) {
            let after = self.prev(1)?;
            return Some(
                Slip {
                    related: Some(((opener.start, opener.end), not_closed(lang, want))),
                    edits: vec![(after.end, after.end, want.into())],
                    ..self.slip(
                        checks::UNBALANCED_BRACKETS,
                        t!(lang, "slip-missing-closer", closer = want, got),
                        (after.end, after.end),
                        t!(lang, "slip-closer-expected.label", closer = want),
                        t!(lang, "slip-missing-closer.help", closer = want, got),
                    )
                }
                .unsafe_fix(),
            );
        }
        if extra < typo {
            return Some(
                self.delete(
                    checks::UNBALANCED_BRACKETS,
                    t!(lang, "slip-closes-nothing", got),
                    at.start,
                    at.end,
                    t!(lang, "slip-closes-nothing.label"),
                )
                .unsafe_fix(),
            );
        }
        let (message, opens) = if want == "}" {
            (t!(lang, "slip-wrong-closer-object", got), t!(lang, "slip-wrong-closer-object.label"))
        } else {
            (t!(lang, "slip-wrong-closer-array", got), t!(lang, "slip-wrong-closer-array.label"))
        };
        let slip = Slip {
            related: Some(((opener.start, opener.end), opens)),
            edits: vec![(at.start, at.end, want.into())],
            ..self.slip(
                checks::UNBALANCED_BRACKETS,
                message,
                (at.start, at.end),
                t!(lang, "slip-closer-expected.label", closer = want),
                t!(lang, "slip-wrong-closer.help", got, closer = want),
            )
        };
        Some(if typo == 0 { slip } else { slip.unsafe_fix() })
    }

    /// The innermost open bracket, when a line at or before the error comes back to the indentation of the
    /// bracket's line: its closer was left out at the end of the line before (before a `,` that ends it).
    fn closer_left_out_by_indent(&self) -> Option<Slip> {
        let &o = self.open.last()?;
        let opener_indent = indent_at(self.text, self.toks[o].start).0;
        let back = (o + 1..=self.i.min(self.toks.len() - 1)).find(|&k| {
            let (indent, first) = indent_at(self.text, self.toks[k].start);
            first && indent <= opener_indent
        })?;
        closer_before(self.text, &self.toks, o, back, self.lang)
    }

    /// `=` or `;` where `:` or `,` belongs.
    fn wrong_separator(&self) -> Option<Slip> {
        let at = self.at()?;
        let (got, lang) = (self.raw(at), self.lang);
        if self.after_key() {
            let key = self.toks[self.i - 1];
            let name = short(self.inner(key));
            // `"a" = 1` becomes `"a": 1`: the spaces before the separator go with it.
            let start =
                if self.text[key.end..at.start].bytes().all(|b| b == b' ' || b == b'\t') { key.end } else { at.start };
            return Some(Slip {
                edits: vec![(start, at.end, ":".into())],
                ..self.slip(
                    checks::MISSING_COLON,
                    t!(lang, "slip-separator-for-colon", got, key = name),
                    (at.start, at.end),
                    t!(lang, "slip-colon-expected.label"),
                    t!(lang, "slip-separator-for-colon.help", got),
                )
            });
        }
        if got != ";" || !self.prev(1).is_some_and(|t| t.ends_value()) || self.open.is_empty() {
            return None;
        }
        if self.next(1).is_none_or(|t| t.closes()) {
            let (message, label) = (t!(lang, "slip-semicolon"), t!(lang, "slip-not-json.label"));
            return Some(self.delete(checks::STRAY_TEXT, message, at.start, at.end, label));
        }
        Some(Slip {
            edits: vec![(at.start, at.end, ",".into())],
            ..self.slip(
                checks::MISSING_COMMA,
                t!(lang, "slip-semicolon-for-comma"),
                (at.start, at.end),
                t!(lang, "slip-semicolon-for-comma.label"),
                t!(lang, "slip-semicolon-for-comma.help"),
            )
        })
    }

    /// An unquoted value: a literal in the wrong case, or a word that is evidently a string.
    fn bare_value(&self) -> Option<Slip> {
        let at = self.at()?;
        let (raw, lang) = (self.raw(at), self.lang);
        // `"a": b: …` is a key where a value belongs, not a value: which one is missing is not plain.
        if self.next(1).is_some_and(|t| t.kind == Kind::Colon) {
            return None;
        }
        let literal = match raw {
            "True" | "TRUE" => Some("true"),
            "False" | "FALSE" => Some("false"),
            "None" | "NULL" | "Null" | "nil" | "undefined" => Some("null"),
            _ => None,
        };
        if let Some(literal) = literal {
            let slip = Slip {
                edits: vec![(at.start, at.end, literal.into())],
                ..self.slip(
                    checks::NON_STANDARD_JSON,
                    t!(lang, "slip-literal", raw),
                    (at.start, at.end),
                    t!(lang, "slip-not-json.label"),
                    t!(lang, "slip-literal.help", literal),
                )
            }
            .fix_says(t!(lang, "slip-literal.fix", literal));
            return Some(if self.under_secret() { slip.no_fix() } else { slip });
        }
        // The string runs to the end of the line or to the punctuation that ends a value.
        let bytes = self.text.as_bytes();
        let mut end = at.start;
        while end < bytes.len() {
            match bytes[end] {
                b',' | b'}' | b']' | b'{' | b'[' | b'"' | b'\'' | b'\n' | b'\r' => break,
                b'/' if matches!(bytes.get(end + 1), Some(b'/' | b'*')) => break,
                _ => end += 1,
            }
        }
        let words = self.text[at.start..end].trim_end();
        // A word, not stray punctuation: it starts with a letter or a digit.
        if !words.starts_with(char::is_alphanumeric) || words.contains('\\') || words.chars().any(char::is_control) {
            return None;
        }
        let end = at.start + words.len();
        // `demo",`: only the opening quote is missing.
        if bytes.get(end) == Some(&b'"') {
            let (message, help) = if self.under_secret() {
                (t!(lang, "slip-opening-quote-secret"), t!(lang, "slip-opening-quote-secret.help"))
            } else {
                (
                    t!(lang, "slip-opening-quote", words = short(words)),
                    t!(lang, "slip-opening-quote.help", words = short(words)),
                )
            };
            let label = t!(lang, "slip-opening-quote.label");
            let slip = Slip {
                edits: vec![(at.start, at.start, "\"".into())],
                ..self.slip(checks::MISSING_QUOTE, message, (at.start, at.start), label, help)
            };
            return Some(if self.under_secret() { slip.no_fix() } else { slip });
        }
        let slip = self.quote(at.start, end, false);
        // One word is evidently a string; where several words end is read from the punctuation, a guess, and a
        // word that starts with a digit (`007`, `26px`) may have been meant as a number.
        Some(match () {
            () if self.under_secret() => slip.no_fix(),
            () if words.contains(char::is_whitespace) || words.starts_with(|c: char| c.is_ascii_digit()) => {
                slip.unsafe_fix()
            }
            () => slip,
        })
    }

    /// A key that is not quoted and has characters jsonc-parser's loose keys do not take (such as `.`).
    fn bare_key(&self) -> Option<Slip> {
        let at = self.at()?;
        if !self.next(1).is_some_and(|t| t.kind == Kind::Colon) || self.raw(at).contains(['\\']) {
            return None;
        }
        Some(self.quote(at.start, at.end, true))
    }

    /// An unquoted value, or with `key` an unquoted key, at `start..end`.
    fn quote(&self, start: usize, end: usize, key: bool) -> Slip {
        let (words, lang) = (short(&self.text[start..end]), self.lang);
        let (message, help) = match (self.under_secret(), key) {
            (true, false) => (t!(lang, "slip-unquoted-secret.value"), t!(lang, "slip-unquoted-secret.help")),
            (true, true) => (t!(lang, "slip-unquoted-secret.key"), t!(lang, "slip-unquoted-secret.help")),
            (false, false) => {
                (t!(lang, "slip-unquoted-value", words = &words), t!(lang, "slip-unquoted-value.help", words = &words))
            }
            (false, true) => {
                (t!(lang, "slip-unquoted-key", words = &words), t!(lang, "slip-unquoted-value.help", words = &words))
            }
        };
        Slip {
            edits: vec![(start, start, "\"".into()), (end, end, "\"".into())],
            ..self.slip(checks::NON_STANDARD_JSON, message, (start, end), t!(lang, "slip-not-json.label"), help)
        }
    }

    /// Text after the top-level value: closers one too many, a `}` that ended the body early, or anything else.
    fn after_the_body(&self) -> Option<Slip> {
        let at = self.at()?;
        let last = *self.toks.last()?;
        let rest = &self.toks[self.i..];
        let lang = self.lang;
        if rest.iter().all(Tok::closes) {
            let closers = short(&self.text[at.start..last.end].split_whitespace().collect::<String>());
            let message = t!(lang, "slip-after-body-closers", count = rest.len(), closers);
            let label = t!(lang, "slip-after-body-closers.label");
            return Some(self.delete(checks::UNBALANCED_BRACKETS, message, at.start, last.end, label));
        }
        let early = self.prev(1).filter(|p| p.kind == Kind::CloseBrace);
        if let Some(early) = early
            && at.kind == Kind::Comma
            && last.kind == Kind::CloseBrace
        {
            let mut slip = self.delete(
                checks::UNBALANCED_BRACKETS,
                t!(lang, "slip-early-close"),
                early.start,
                early.end,
                t!(lang, "slip-early-close.label"),
            );
            slip.help = t!(lang, "slip-early-close.help");
            // Which `}` is one too many is a reading: the members after it might belong deeper.
            return Some(slip.unsafe_fix().fix_says(t!(lang, "slip-early-close.fix")));
        }
        let mut slip = self.delete(
            checks::STRAY_TEXT,
            t!(lang, "slip-after-body"),
            at.start,
            last.end,
            t!(lang, "slip-after-body.label"),
        );
        slip.help = t!(lang, "slip-after-body.help");
        Some(slip.unsafe_fix().fix_says(t!(lang, "slip-after-body.fix")))
    }
}

/// A bracket left open at the end of the text. When the indentation shows which one (a closer at the start of a
/// line, less indented than the line of the bracket it was matched with), its closer goes where the indentation
/// comes back to that bracket's line; otherwise only the root's is added, after the last token (where a deeper
/// closer belongs is not evident).
fn unclosed_at_end(text: &str, toks: &[Tok], lang: Lang) -> Option<Slip> {
    if let Some(slip) = closer_left_out_by_indent(text, toks, lang) {
        return Some(slip);
    }
    let mut open = Vec::new();
    for t in toks {
        match t.kind {
            Kind::OpenBrace | Kind::OpenBracket => open.push(*t),
            Kind::CloseBrace | Kind::CloseBracket => {
                open.pop();
            }
            _ => {}
        }
    }
    let ([opener], Some(last)) = (open.as_slice(), toks.last()) else { return None };
    let want = closer_for(opener.kind);
    Some(Slip {
        check: checks::UNBALANCED_BRACKETS,
        message: t!(lang, "slip-body-unclosed", closer = want),
        at: (last.end, last.end),
        label: t!(lang, "slip-closer-expected.label", closer = want),
        related: Some(((opener.start, opener.end), t!(lang, "slip-opened-here.label"))),
        help: t!(lang, "slip-body-unclosed.help", closer = want),
        edits: vec![(last.end, last.end, want.into())],
        fix: Some(Applicability::Safe),
        fix_message: None,
    })
}

/// The indentation of the line `at` is on, and whether only white space comes before `at` on it.
fn indent_at(text: &str, at: usize) -> (usize, bool) {
    let line_start = text[..at].rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let line = &text[line_start..];
    let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
    (indent, line_start + indent == at)
}

/// The first bracket whose matched closer starts a line less indented than the bracket's own line: that closer
/// belongs further out, and the bracket's own closer was left out where the indentation first comes back to its
/// line's (before a `,` that ends the line above). Needs consistent indentation: a closer indented deeper than its
/// bracket's line gives up.
fn closer_left_out_by_indent(text: &str, toks: &[Tok], lang: Lang) -> Option<Slip> {
    let mut open: Vec<usize> = Vec::new();
    for (j, t) in toks.iter().enumerate() {
        match t.kind {
            Kind::OpenBrace | Kind::OpenBracket => open.push(j),
            Kind::CloseBrace | Kind::CloseBracket => {
                let o = open.pop()?;
                let (closer_indent, first) = indent_at(text, t.start);
                let opener_indent = indent_at(text, toks[o].start).0;
                if !first || closer_indent == opener_indent {
                    continue;
                }
                if closer_indent > opener_indent {
                    return None;
                }
                // The first token after the bracket that starts a line no deeper than the bracket's line.
                let back = (o + 1..j).find(|&k| {
                    let (indent, first) = indent_at(text, toks[k].start);
                    first && indent <= opener_indent
                })?;
                return closer_before(text, toks, o, back, lang);
            }
            _ => {}
        }
    }
    None
}

/// The closer of the bracket at token `o`, left out before the line that starts with token `back`: it goes after
/// the last token of the line before, or before the `,` that ends that line.
fn closer_before(text: &str, toks: &[Tok], o: usize, back: usize, lang: Lang) -> Option<Slip> {
    // Only where the indentation means something: the bracket's content starts on its line or a deeper one.
    let (content_indent, content_first) = indent_at(text, toks.get(o + 1)?.start);
    if content_first && content_indent <= indent_at(text, toks[o].start).0 {
        return None;
    }
    let mut before = back.checked_sub(1)?;
    if toks[before].kind == Kind::Comma {
        before = before.checked_sub(1)?;
    }
    if before <= o {
        return None;
    }
    let at = toks[before].end;
    let want = closer_for(toks[o].kind);
    let (help, fix_message) = if want == "}" {
        (t!(lang, "slip-indent-object.help"), t!(lang, "slip-indent-object.fix"))
    } else {
        (t!(lang, "slip-indent-array.help"), t!(lang, "slip-indent-array.fix"))
    };
    Some(Slip {
        check: checks::UNBALANCED_BRACKETS,
        message: not_closed(lang, want),
        at: (at, at),
        label: t!(lang, "slip-closer-expected.label", closer = want),
        related: Some(((toks[o].start, toks[o].end), t!(lang, "slip-opened-here.label"))),
        help,
        edits: vec![(at, at, want.into())],
        // Where the closer goes is read from the indentation: a good guess, but a guess.
        fix: Some(Applicability::Unsafe),
        fix_message: Some(fix_message),
    })
}

/// "this object is not closed", for the bracket that `closer` closes.
fn not_closed(lang: Lang, closer: &str) -> String {
    if closer == "}" { t!(lang, "slip-not-closed.object") } else { t!(lang, "slip-not-closed.array") }
}

/// A string that runs past the end of its line (JSON strings never hold a raw line break) or to the end of the
/// text, before `limit`: its closing quote is missing, at the end of the line (before a `,` that ends it).
fn unclosed_string(text: &str, toks: &[Tok], limit: usize, lang: Lang) -> Option<Slip> {
    let (i, t, line) = toks.iter().enumerate().take_while(|(_, t)| t.start < limit).find_map(|(i, t)| {
        let raw = t.text(text);
        let line_end = raw.find(['\n', '\r']);
        let open = t.kind == Kind::String && (line_end.is_some() || !is_terminated(raw));
        // A `\` before the line break continues the string (JSON5): not this slip.
        let line = &raw[..line_end.unwrap_or(raw.len())];
        (open && !line.ends_with('\\')).then_some((i, *t, line))
    })?;
    let content = line.trim_end();
    let content = content.strip_suffix(',').map_or(content, str::trim_end);
    let at = t.start + content.len();
    let quote = &line[..1];
    let cx = Cx::new(text, toks.to_vec(), i, lang);
    let shown = short(&content[1..]);
    // In a secret, where the value ends (before trailing spaces or a `,`?) is part of the secret: no fix.
    let fix = (!cx.under_secret()).then_some(Applicability::Safe);
    let (message, help) = if cx.under_secret() || shown.is_empty() {
        (t!(lang, "slip-string-unclosed-secret"), t!(lang, "slip-string-unclosed-secret.help", quote))
    } else {
        (t!(lang, "slip-string-unclosed", shown = &shown), t!(lang, "slip-string-unclosed.help", quote, shown = &shown))
    };
    Some(Slip {
        check: checks::MISSING_QUOTE,
        message,
        at: (at, at),
        label: t!(lang, "slip-quote-expected.label", quote),
        related: Some(((t.start, t.start + 1), t!(lang, "slip-quote-expected.label-open"))),
        help,
        edits: vec![(at, at, quote.into())],
        fix,
        fix_message: None,
    })
}

/// Whether a string token ends with its closing quote.
fn is_terminated(raw: &str) -> bool {
    let bytes = raw.as_bytes();
    let mut i = 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b if b == bytes[0] => return i == bytes.len() - 1,
            _ => i += 1,
        }
    }
    false
}

/// How many brackets are left open, closed by the wrong closer or closed when nothing is open, when the tokens
/// `rest` follow the open brackets `open`.
fn bracket_errors(open: &[Kind], rest: &[Tok]) -> usize {
    let mut open = open.to_vec();
    let mut errors = 0;
    for t in rest {
        match t.kind {
            Kind::OpenBrace | Kind::OpenBracket => open.push(t.kind),
            Kind::CloseBrace | Kind::CloseBracket => {
                let opener = if t.kind == Kind::CloseBrace { Kind::OpenBrace } else { Kind::OpenBracket };
                match open.iter().rposition(|&k| k == opener) {
                    Some(j) => {
                        errors += open.len() - 1 - j;
                        open.truncate(j);
                    }
                    None => errors += 1,
                }
            }
            _ => {}
        }
    }
    errors + open.len()
}

fn closer_for(opener: Kind) -> &'static str {
    if opener == Kind::OpenBrace { "}" } else { "]" }
}

/// Text to quote in a help line: white space runs (line breaks included) as one space, shortened.
fn one_line(s: &str) -> String {
    short(&s.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn short(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}
