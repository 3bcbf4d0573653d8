//! Syntax findings: the parse error that stops everything, and the tolerated departures from strict JSON.

use super::recovery::{Offsets, whole_lines};
use super::secrets::SecretSpans;
use crate::checks;
use crate::diagnostic::{Diagnostic, Span};
use crate::fix::{Fix, TextEdit};
use crate::i18n::Lang;
use crate::t;
use jsonc_parser::errors::{ParseError, ParseErrorKind};
use jsonc_parser::tokens::{Token, TokenAndRange};
use serde_json::Number;
use std::cell::OnceCell;

/// The finding for a parse error the tolerant parser could not get past (nor repair).
pub fn parse_error(text: &str, e: &ParseError, offsets: &Offsets, lang: Lang) -> Diagnostic {
    let range = e.range();
    let found = text.get(range.start..range.end).unwrap_or("").trim();
    let shown = short(found);
    // A message never quotes the text of a secret value, however broken the text around it.
    let secret = SecretSpans::in_text(text).widen(range.start, range.end);
    // …nor marks a place inside one: the finding covers the whole secret value.
    let (start, end) = secret.unwrap_or((range.start, range.end.max(range.start)));
    let secret = secret.is_some();
    let text = |id: &str| -> (String, String) {
        // Each case is a message with its help beside it: `syntax-parse.<case>` and `.<case>-help`.
        match id {
            "secret-text" => (t!(lang, "syntax-parse.secret-text"), t!(lang, "syntax-parse.secret-text-help")),
            "unterminated-object" => {
                (t!(lang, "syntax-parse.unterminated-object"), t!(lang, "syntax-parse.unterminated-object-help"))
            }
            "unterminated-array" => {
                (t!(lang, "syntax-parse.unterminated-array"), t!(lang, "syntax-parse.unterminated-array-help"))
            }
            "close-brace" => (t!(lang, "syntax-parse.close-brace"), t!(lang, "syntax-parse.close-brace-help")),
            "close-bracket" => (t!(lang, "syntax-parse.close-bracket"), t!(lang, "syntax-parse.close-bracket-help")),
            "expected-colon" => (t!(lang, "syntax-parse.expected-colon"), t!(lang, "syntax-parse.expected-colon-help")),
            "expected-value" => (t!(lang, "syntax-parse.expected-value"), t!(lang, "syntax-parse.expected-value-help")),
            "colon" => (t!(lang, "syntax-parse.colon"), t!(lang, "syntax-parse.colon-help")),
            "comma" => (t!(lang, "syntax-parse.comma"), t!(lang, "syntax-parse.comma-help")),
            "after-root" => (t!(lang, "syntax-parse.after-root"), t!(lang, "syntax-parse.after-root-help")),
            "comment" => (t!(lang, "syntax-parse.comment"), t!(lang, "syntax-parse.comment-help")),
            _ => (t!(lang, "syntax-parse.too-deep"), t!(lang, "syntax-parse.too-deep-help")),
        }
    };
    let string_help = || t!(lang, "syntax-parse.string-help");
    let (message, help) = match e.kind() {
        // The parser's own text may quote an escape sequence: keep only its first sentence.
        ParseErrorKind::String(kind) if secret => {
            (t!(lang, "syntax-parse.string", problem = string_problem(lang, kind, true)), string_help())
        }
        ParseErrorKind::UnexpectedWord | ParseErrorKind::UnexpectedToken | ParseErrorKind::UnexpectedTokenInObject
            if secret =>
        {
            text("secret-text")
        }
        ParseErrorKind::UnterminatedObject => text("unterminated-object"),
        ParseErrorKind::UnterminatedArray => text("unterminated-array"),
        ParseErrorKind::UnexpectedCloseBrace => text("close-brace"),
        ParseErrorKind::UnexpectedCloseBracket => text("close-bracket"),
        ParseErrorKind::ExpectedColonAfterObjectKey => text("expected-colon"),
        ParseErrorKind::ExpectedObjectValue => text("expected-value"),
        ParseErrorKind::UnexpectedColon => text("colon"),
        ParseErrorKind::UnexpectedComma => text("comma"),
        ParseErrorKind::MultipleRootJsonValues => text("after-root"),
        ParseErrorKind::UnterminatedCommentBlock => text("comment"),
        ParseErrorKind::String(kind) => {
            (t!(lang, "syntax-parse.string", problem = string_problem(lang, kind, false)), string_help())
        }
        ParseErrorKind::NestingDepthExceeded => text("too-deep"),
        ParseErrorKind::UnexpectedWord | ParseErrorKind::UnexpectedToken | ParseErrorKind::UnexpectedTokenInObject
            if !found.is_empty() =>
        {
            (t!(lang, "syntax-parse.unexpected", found = shown), t!(lang, "syntax-parse.unexpected-help"))
        }
        // The parser's own words, which only English has.
        other if lang == Lang::En => (lower_first(&other.to_string()), t!(lang, "syntax-parse.other-help")),
        _ => (t!(lang, "syntax-parse.other"), t!(lang, "syntax-parse.other-help")),
    };
    let span = Span::new(offsets.input(start), offsets.input(end));
    checks::INVALID_JSON.diagnostic(message).span(span).help(help)
}

/// What is wrong inside a string: jsonc-parser's words in English (only their first sentence with
/// `first_sentence`, which may otherwise quote a secret's escape sequence), the catalogue's in other languages.
/// jsonc-parser does not export the type of `kind`, so its English words tell the cases apart.
fn string_problem(lang: Lang, kind: &impl std::fmt::Display, first_sentence: bool) -> String {
    let text = kind.to_string();
    if lang == Lang::En {
        let text = if first_sentence { text.split('.').next().unwrap_or_default() } else { &text };
        return lower_first(text);
    }
    match text.to_ascii_lowercase() {
        t if t.contains("single quote") => t!(lang, "syntax-string-problem.single-quote-escape"),
        t if t.contains("double quote") => t!(lang, "syntax-string-problem.double-quote-escape"),
        t if t.contains("four hex") => t!(lang, "syntax-string-problem.four-hex"),
        t if t.contains("two hex") => t!(lang, "syntax-string-problem.two-hex"),
        t if t.contains("unicode") => t!(lang, "syntax-string-problem.unicode"),
        t if t.contains("unterminated") => t!(lang, "syntax-string-problem.unterminated"),
        _ => t!(lang, "syntax-string-problem.escape"),
    }
}

/// Walks the tokens of a successful tolerant parse and reports everything strict JSON does not allow, each with
/// the fix that writes it as strict JSON when there is one. `text` is the text parsed (the input after its byte
/// order mark, with the repairs made); `input` is the whole input, which the fixes edit.
pub fn check_tokens(
    text: &str,
    tokens: &[TokenAndRange<'_>],
    offsets: &Offsets,
    input: &str,
    lang: Lang,
    out: &mut Vec<Diagnostic>,
) {
    // Findings that quote a token never quote one inside a secret value; found only when something is quoted.
    let secrets = OnceCell::new();
    let secret = |range: &jsonc_parser::common::Range| {
        secrets.get_or_init(|| SecretSpans::in_text(text)).overlaps(range.start, range.end)
    };
    // The input span of a token that no repair changed: only such a token is fixed here (a repair's own fix
    // covers the others, and the next round fixes what is left).
    let untouched = |t: &TokenAndRange<'_>| {
        let span = offsets.span(t.range);
        (input.get(span.start..span.end) == text.get(t.range.start..t.range.end)).then_some(span)
    };
    let mut previous: Option<&TokenAndRange<'_>> = None;
    // The brackets open before the token, by their end offset in `text`.
    let mut open: Vec<usize> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        match t.token {
            Token::OpenBrace | Token::OpenBracket => open.push(t.range.end),
            Token::CloseBrace | Token::CloseBracket => {
                open.pop();
            }
            _ => {}
        }
        let span = offsets.span(t.range);
        let raw = text.get(t.range.start..t.range.end).unwrap_or("");
        let next = tokens[i + 1..].iter().find(|n| !is_comment(&n.token));
        let is_key = next.is_some_and(|n| n.token == Token::Colon);
        match &t.token {
            Token::CommentLine(_) | Token::CommentBlock(_) => {
                let mut d = checks::JSON_COMMENT
                    .diagnostic(t!(lang, "syntax-comment"))
                    .span(span)
                    .label(t!(lang, "syntax-comment.label"))
                    .help(t!(lang, "syntax-comment.help"));
                if let Some(span) = untouched(t) {
                    let deletion = TextEdit::delete(comment_deletion(input, span));
                    d = d.fix(Fix::safe(t!(lang, "syntax-comment.fix")).edit(deletion));
                }
                out.push(d);
                continue;
            }
            Token::Comma if next.is_none_or(|n| matches!(n.token, Token::CloseBrace | Token::CloseBracket)) => {
                let mut d = checks::TRAILING_COMMA
                    .diagnostic(t!(lang, "syntax-trailing-comma"))
                    .span(span)
                    .help(t!(lang, "syntax-trailing-comma.help"));
                if let Some(span) = untouched(t) {
                    // `[1, 2, ]` becomes `[1, 2]`, but `{ "a": 1, }` keeps the space its `{` has after it.
                    let after = &input[span.end..];
                    let spaces = after.len() - after.trim_start_matches([' ', '\t']).len();
                    let closer_follows = after[spaces..].starts_with(['}', ']']);
                    let opener_spaced = open
                        .last()
                        .and_then(|&end| text.get(end..end + 1))
                        .is_some_and(|c| c.starts_with(char::is_whitespace));
                    let end = if closer_follows && !opener_spaced { span.end + spaces } else { span.end };
                    let deletion = TextEdit::delete(Span::new(span.start, end));
                    d = d.fix(Fix::safe(t!(lang, "syntax-trailing-comma.fix")).edit(deletion));
                }
                out.push(d);
            }
            Token::String(_) if raw.starts_with('\'') => {
                let mut d = checks::NON_STANDARD_JSON
                    .diagnostic(t!(lang, "syntax-single-quotes"))
                    .span(span)
                    .help(t!(lang, "syntax-single-quotes.help"));
                // Inside a secret too: the value read stays the same, and the message quotes nothing.
                if let (Some(span), Some(quoted)) = (untouched(t), double_quoted(raw)) {
                    d = d.fix(Fix::safe(t!(lang, "syntax-single-quotes.fix")).edit(TextEdit::new(span, quoted)));
                }
                out.push(d);
            }
            // Inside a secret, a finding marks the whole string: where a bad escape stands is part of the secret.
            Token::String(_) => {
                let secret = secret(&t.range);
                check_string(raw, span, secret, untouched(t).is_some() && !secret, lang, out);
            }
            Token::Word(_) if secret(&t.range) => out.push(
                checks::NON_STANDARD_JSON
                    .diagnostic(t!(lang, "syntax-secret-unquoted"))
                    .span(span)
                    .help(t!(lang, "syntax-secret-unquoted.help")),
            ),
            Token::Number(_) if secret(&t.range) && !is_strict_number(raw) => out.push(
                checks::NON_STANDARD_JSON
                    .diagnostic(t!(lang, "syntax-secret-number"))
                    .span(span)
                    .help(t!(lang, "syntax-secret-unquoted.help")),
            ),
            // A key without quotes: jsonc-parser reads the word (or number, or literal) as the key's name.
            Token::Word(word) => {
                let mut d = checks::NON_STANDARD_JSON
                    .diagnostic(t!(lang, "syntax-word", word = short(word)))
                    .span(span)
                    .help(t!(lang, "syntax-word.help", word = short(word)));
                if let Some(span) = untouched(t).filter(|_| is_key) {
                    d = d.fix(quote_key(lang, span, raw));
                }
                out.push(d);
            }
            Token::Number(_) | Token::Boolean(_) | Token::Null if is_key => {
                let mut d = checks::NON_STANDARD_JSON
                    .diagnostic(t!(lang, "syntax-key-unquoted", key = short(raw)))
                    .span(span)
                    .help(t!(lang, "syntax-key-unquoted.help", key = short(raw)));
                if let Some(span) = untouched(t) {
                    d = d.fix(quote_key(lang, span, raw));
                }
                out.push(d);
            }
            Token::Number(n) if !is_strict_number(n) => {
                let mut d = checks::NON_STANDARD_JSON
                    .diagnostic(t!(lang, "syntax-number", number = short(n)))
                    .span(span)
                    .help(t!(lang, "syntax-number.help"));
                if let (Some(span), Some(plain)) = (untouched(t), plain_number(n)) {
                    let message = t!(lang, "syntax-number.fix", number = short(&plain));
                    d = d.fix(Fix::safe(message).edit(TextEdit::new(span, plain)));
                }
                out.push(d);
            }
            _ => {}
        }
        if let Some(p) = previous
            && ends_value(&p.token)
            && starts_value(&t.token)
        {
            let after = text.get(p.range.start..p.range.end).unwrap_or("");
            let at = offsets.input(p.range.end);
            let help = if secret(&p.range) {
                t!(lang, "syntax-missing-comma.help-secret")
            } else {
                t!(lang, "syntax-missing-comma.help", after = short(after))
            };
            let fix = Fix::safe(help.clone()).edit(TextEdit::insert(at, ","));
            out.push(
                checks::MISSING_COMMA
                    .diagnostic(t!(lang, "syntax-missing-comma"))
                    .span(Span::new(at, at))
                    .label(t!(lang, "syntax-missing-comma.label"))
                    .help(help)
                    .fix(fix),
            );
        }
        previous = Some(t);
    }
}

/// The span to delete with a comment at `span` of `input`: its whole line when nothing else is on it, the
/// spaces before it when it ends a line, the spaces after it when it stands between spaces and more text, so
/// that the rest of the line keeps its layout.
fn comment_deletion(input: &str, span: Span) -> Span {
    let bytes = input.as_bytes();
    // A line comment ends before the line break; `\r` of a `\r\n` stays with the break.
    let end = if input[span.start..span.end].ends_with('\r') { span.end - 1 } else { span.end };
    let mut before = span.start;
    while before > 0 && matches!(bytes[before - 1], b' ' | b'\t') {
        before -= 1;
    }
    let mut after = end;
    while matches!(bytes.get(after), Some(b' ' | b'\t')) {
        after += 1;
    }
    let leads = before == 0 || matches!(bytes[before - 1], b'\n' | b'\r');
    let ends = matches!(bytes.get(after), None | Some(b'\n' | b'\r'));
    match (leads, ends) {
        (true, true) => whole_lines(input, Span::new(span.start, end)),
        (false, true) => Span::new(before, end),
        (true, false) => Span::new(span.start, after),
        (false, false) if before < span.start => Span::new(span.start, after),
        (false, false) => Span::new(span.start, end),
    }
}

/// The fix that puts a bare key in double quotes (its characters never need escaping: jsonc-parser's bare keys
/// are letters, digits, `_`, `-`, `$`, `+` and `.`).
fn quote_key(lang: Lang, span: Span, raw: &str) -> Fix {
    let quoted = serde_json::to_string(raw).unwrap_or_default();
    Fix::safe(t!(lang, "syntax-key-unquoted.fix", quoted = short(&quoted))).edit(TextEdit::new(span, quoted))
}

/// A single-quoted string literal written with double quotes: the same value, with `"` escaped and `\'`
/// unescaped. Every other escape is kept as written (a non-standard one is then reported on its own).
fn double_quoted(raw: &str) -> Option<String> {
    let inner = raw.strip_prefix('\'')?.strip_suffix('\'')?;
    let mut out = String::with_capacity(raw.len() + 2);
    out.push('"');
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next()? {
                '\'' => out.push('\''),
                e => {
                    out.push('\\');
                    out.push(e);
                }
            },
            '"' => out.push_str("\\\""),
            c => out.push(c),
        }
    }
    out.push('"');
    Some(out)
}

/// A number jsonc-parser tolerates, written as a strict JSON number of exactly the value acklint read (`0x1F`
/// → `31`, `+1` → `1`, `.5` → `0.5`, `5.` → `5.0`); `None` when there is none (NaN, infinities, a leading zero
/// that JavaScript would read as octal).
fn plain_number(raw: &str) -> Option<String> {
    let value = number(raw)?;
    let (sign, digits) = match raw.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", raw.strip_prefix('+').unwrap_or(raw)),
    };
    let candidate = if digits.starts_with("0x") || digits.starts_with("0X") {
        value.to_string()
    } else {
        let (mantissa, exponent) = match digits.find(['e', 'E']) {
            Some(i) => digits.split_at(i),
            None => (digits, ""),
        };
        let mantissa = match mantissa.split_once('.') {
            Some((whole, fraction)) => {
                let whole = if whole.is_empty() { "0" } else { whole };
                let fraction = if fraction.is_empty() { "0" } else { fraction };
                format!("{whole}.{fraction}")
            }
            None => mantissa.to_string(),
        };
        format!("{sign}{mantissa}{exponent}")
    };
    let same = is_strict_number(&candidate) && serde_json::from_str::<Number>(&candidate).ok()? == value;
    same.then_some(candidate)
}

/// Reports the raw control characters and non-standard escapes of a double-quoted string; with `fixable`, each
/// carries the fix that writes it the standard way with the same value.
fn check_string(raw: &str, span: Span, whole: bool, fixable: bool, lang: Lang, out: &mut Vec<Diagnostic>) {
    let mut chars = raw.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let at = if whole { span } else { Span::new(span.start + i, span.start + i + c.len_utf8()) };
        if c == '\\' {
            match chars.next() {
                Some((_, '"' | '\\' | '/' | 'b' | 'f' | 'n' | 'r' | 't')) => {}
                Some((_, 'u')) => {
                    let hex: String = chars.clone().take(4).map(|(_, c)| c).collect();
                    if hex.len() != 4 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
                        out.push(bad_escape(lang, at, t!(lang, "syntax-escape.help-unicode")));
                    }
                }
                Some((j, e)) => {
                    // `\` before `\r\n` continues the line: the `\n` is part of it, not a character of its own.
                    if e == '\r' && chars.peek().is_some_and(|(_, c)| *c == '\n') {
                        chars.next();
                    }
                    let mut d = bad_escape(lang, at, t!(lang, "syntax-escape.help"));
                    if let Some((len, text)) = standard_escape(&raw[j..], e).filter(|_| fixable) {
                        let edit = TextEdit::new(Span::new(span.start + i, span.start + j + len), text.clone());
                        let written = &raw[i..j + len];
                        let message = if text.is_empty() {
                            t!(lang, "syntax-escape.fix-continuation")
                        } else {
                            t!(lang, "syntax-escape.fix", written, text = text.as_str())
                        };
                        d = d.fix(Fix::safe(message).edit(edit));
                    }
                    out.push(d);
                }
                None => out.push(bad_escape(lang, at, t!(lang, "syntax-escape.help"))),
            }
        } else if (c as u32) < 0x20 {
            let mut d = checks::NON_STANDARD_JSON
                .diagnostic(t!(lang, "syntax-control"))
                .span(at)
                .help(t!(lang, "syntax-control.help"));
            if fixable {
                let escaped = escape_char(c);
                d = d.fix(
                    Fix::safe(t!(lang, "syntax-control.fix", escaped = &escaped)).edit(TextEdit::new(at, escaped)),
                );
            }
            out.push(d);
        }
    }
}

/// The standard JSON text for a non-standard escape whose reading is plain, as (bytes after the `\` it
/// replaces, text): `\'` is `'`, `\xHH` the character HH, `\v` and `\0` their control characters, and a `\`
/// before a line break continues the line (JavaScript's readings, which acklint checked). `None` for a `\`
/// before any other character: JavaScript drops the `\`, but a `\d` or `\.` was more likely meant as a `\`.
fn standard_escape(after: &str, e: char) -> Option<(usize, String)> {
    let text = match e {
        '\'' => "'".to_string(),
        'v' => escape_char('\u{0b}'),
        '0' if !after[1..].starts_with(|c: char| c.is_ascii_digit()) => escape_char('\0'),
        'x' => {
            let hex = after.get(1..3).filter(|h| h.chars().all(|c| c.is_ascii_hexdigit()))?;
            let c = char::from_u32(u32::from_str_radix(hex, 16).ok()?)?;
            return Some((3, escape_char(c)));
        }
        '\r' if after[1..].starts_with('\n') => return Some((2, String::new())),
        '\n' | '\r' | '\u{2028}' | '\u{2029}' => String::new(),
        _ => return None,
    };
    Some((e.len_utf8(), text))
}

/// `c` as it is written inside a JSON string.
fn escape_char(c: char) -> String {
    match c {
        '"' => "\\\"".into(),
        '\\' => "\\\\".into(),
        '\n' => "\\n".into(),
        '\r' => "\\r".into(),
        '\t' => "\\t".into(),
        '\u{08}' => "\\b".into(),
        '\u{0c}' => "\\f".into(),
        c if (c as u32) < 0x20 => format!("\\u{:04x}", c as u32),
        c => c.to_string(),
    }
}

fn bad_escape(lang: Lang, at: Span, help: String) -> Diagnostic {
    checks::NON_STANDARD_JSON.diagnostic(t!(lang, "syntax-escape")).span(at).help(help)
}

fn is_comment(token: &Token<'_>) -> bool {
    matches!(token, Token::CommentLine(_) | Token::CommentBlock(_))
}

fn ends_value(token: &Token<'_>) -> bool {
    matches!(
        token,
        Token::String(_)
            | Token::Word(_)
            | Token::Number(_)
            | Token::Boolean(_)
            | Token::Null
            | Token::CloseBrace
            | Token::CloseBracket
    )
}

fn starts_value(token: &Token<'_>) -> bool {
    matches!(
        token,
        Token::String(_)
            | Token::Word(_)
            | Token::Number(_)
            | Token::Boolean(_)
            | Token::Null
            | Token::OpenBrace
            | Token::OpenBracket
    )
}

/// RFC 8259 number grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
fn is_strict_number(n: &str) -> bool {
    let b = n.as_bytes();
    let mut i = usize::from(b.first() == Some(&b'-'));
    let digits = |i: &mut usize| {
        let start = *i;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i > start
    };
    match b.get(i) {
        Some(b'0') => i += 1,
        Some(b'1'..=b'9') => {
            digits(&mut i);
        }
        _ => return false,
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        if !digits(&mut i) {
            return false;
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if !digits(&mut i) {
            return false;
        }
    }
    i == b.len()
}

/// The value of a number literal, strict or tolerated (`None` for NaN and infinities).
pub fn number(raw: &str) -> Option<Number> {
    if let Ok(n) = serde_json::from_str::<Number>(raw) {
        return Some(n);
    }
    // `+1` is the integer 1, as its fix writes it.
    if let Some(n) = raw.strip_prefix('+').and_then(|rest| serde_json::from_str::<Number>(rest).ok()) {
        return Some(n);
    }
    let (negative, digits) = match raw.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, raw.strip_prefix('+').unwrap_or(raw)),
    };
    if let Some(hex) = digits.strip_prefix("0x").or_else(|| digits.strip_prefix("0X")) {
        let n = i64::from_str_radix(hex, 16).ok()?;
        return Some(Number::from(if negative { -n } else { n }));
    }
    let f: f64 = digits.parse().ok()?;
    let f = if negative { -f } else { f };
    // A literal too large for a double (`1e400`) reads as the largest one, so range checks still speak to it.
    let f = if f.is_infinite() && !digits.eq_ignore_ascii_case("infinity") { f64::MAX.copysign(f) } else { f };
    Number::from_f64(f)
}

fn short(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixing::{fixed, fixed_clean, fixes};
    use super::*;

    #[test]
    fn comments_go_with_their_line_or_the_spaces_before_them() {
        let text = "// header\n{\n  // alone\n  \"a\": 1, // trailing\n  /* before */ \"b\": /* inside */ 2,\n  /*\n   * lines\n   */\n  \"c\": 3\n}\n// end";
        assert_eq!(fixes(text), ["JSON002 safe: delete the comment"; 7]);
        assert_eq!(fixed_clean(text, false), "{\n  \"a\": 1,\n  \"b\": 2,\n  \"c\": 3\n}\n");
    }

    #[test]
    fn comments_in_crlf_and_tab_indented_text_keep_the_line_breaks() {
        let text = "{\r\n\t// alone\r\n\t\"a\": \"é\",\t// trailing\r\n\t\"b\": 2 // last\r\n}";
        assert_eq!(fixed_clean(text, false), "{\r\n\t\"a\": \"é\",\r\n\t\"b\": 2\r\n}");
        assert_eq!(fixed_clean("{\"a\": 1} // end", false), "{\"a\": 1}");
    }

    #[test]
    fn trailing_commas_are_deleted() {
        let text = "{\n  \"a\": [1, 2, ],\n  \"b\": { \"c\": 1, },\n  \"d\": [3,],\n}\n";
        assert_eq!(fixes(text), ["JSON003 safe: delete the `,`"; 4]);
        assert_eq!(fixed_clean(text, false), "{\n  \"a\": [1, 2],\n  \"b\": { \"c\": 1 },\n  \"d\": [3]\n}\n");
        // The comment after the comma is its own finding.
        assert_eq!(fixed_clean("{\"a\": 1, // x\n}", false), "{\"a\": 1\n}");
    }

    #[test]
    fn a_missing_comma_is_inserted_after_the_value() {
        let text = "{\n  \"a\": true \n  \"b\": [{\"c\": 1} {\"d\": \"x\" \"e\": 2}]\n}";
        assert_eq!(
            fixes(text),
            [
                "JSON004 safe: insert `,` after `true`",
                "JSON004 safe: insert `,` after `}`",
                "JSON004 safe: insert `,` after `\"x\"`"
            ]
        );
        assert_eq!(fixed_clean(text, false), "{\n  \"a\": true, \n  \"b\": [{\"c\": 1}, {\"d\": \"x\", \"e\": 2}]\n}");
    }

    #[test]
    fn single_quotes_become_double_quotes_with_the_same_value() {
        let text = r#"{'a': 'say "hi"', "b": 'it\'s', "c": '\"x\"', "d": '\u00e9\\'}"#;
        let fixed = fixed_clean(text, false);
        assert_eq!(fixed, r#"{"a": "say \"hi\"", "b": "it's", "c": "\"x\"", "d": "\u00e9\\"}"#);
        let value: serde_json::Value = serde_json::from_str(&fixed).unwrap();
        assert_eq!(value["a"], "say \"hi\"");
        assert_eq!(value["d"], "é\\");
    }

    #[test]
    fn bare_keys_get_quotes() {
        let text = "{a: 1, $b-c: 2, 集群: 3, 4: 5, true: 6}";
        assert_eq!(fixed_clean(text, false), "{\"a\": 1, \"$b-c\": 2, \"集群\": 3, \"4\": 5, \"true\": 6}");
    }

    #[test]
    fn numbers_are_written_in_plain_decimal_of_the_same_value() {
        let text = "{\"a\": 0x1F, \"b\": -0x10, \"c\": +3, \"d\": .5, \"e\": -.5e3, \"f\": 5., \"g\": +1.5}";
        assert_eq!(
            fixed_clean(text, false),
            "{\"a\": 31, \"b\": -16, \"c\": 3, \"d\": 0.5, \"e\": -0.5e3, \"f\": 5.0, \"g\": 1.5}"
        );
        for raw in ["0x1F", "-0x10", "+3", ".5", "-.5e3", "5.", "+1.5"] {
            assert_eq!(number(raw), serde_json::from_str(&plain_number(raw).unwrap()).ok(), "{raw}");
        }
        assert_eq!(fixes("{\"a\": NaN, \"b\": -Infinity}"), ["JSON006 -", "JSON006 -"]);
    }

    #[test]
    fn escapes_with_a_plain_reading_are_written_the_standard_way() {
        let text = "{\"a\": \"it\\'s \\x41\\x22\\x0a\\v\\0.\", \"b\": \"one \\\ntwo\", \"c\": \"crlf \\\r\nend\"}";
        let fixed = fixed_clean(text, false);
        assert_eq!(fixed, "{\"a\": \"it's A\\\"\\n\\u000b\\u0000.\", \"b\": \"one two\", \"c\": \"crlf end\"}");
        // `\d`: a `\` or a `d`? No fix.
        assert_eq!(fixes("{\"a\": \"C:\\dir\"}"), ["JSON006 -"]);
    }

    #[test]
    fn raw_control_characters_are_escaped() {
        let text = "{\"a\": \"x\ty\", \"b\": \"line\r\nbreak\u{1}\"}";
        assert_eq!(fixes(text).len(), 4);
        assert_eq!(fixed_clean(text, false), "{\"a\": \"x\\ty\", \"b\": \"line\\r\\nbreak\\u0001\"}");
    }

    #[test]
    fn a_secret_only_ever_has_its_quotes_changed() {
        let text = "{\"login_password\": 'Pa\"ss', \"key_pair\": \"k\", \"x\": {\"login_password\": \"a\tb\\x41\"}}";
        let messages = fixes(text);
        assert_eq!(messages, ["JSON006 safe: use double quotes", "JSON006 -", "JSON006 -"]);
        assert!(messages.iter().all(|m| !m.contains("Pa") && !m.contains("a\tb")));
        let fixed = fixed(text, true);
        assert!(fixed.starts_with("{\"login_password\": \"Pa\\\"ss\","), "{fixed}");
        assert!(fixed.contains("\"a\tb\\x41\""));
    }

    #[test]
    fn the_several_fixes_of_one_body_apply_together() {
        let text = "{\n  name: 'demo', // the name\n  \"count\": 0x03\n  \"on\": true,\n}\n";
        assert_eq!(fixed_clean(text, false), "{\n  \"name\": \"demo\",\n  \"count\": 3,\n  \"on\": true\n}\n");
    }

    #[test]
    fn a_fix_that_meets_a_repair_at_one_place_waits_for_the_next_round() {
        // The missing comma goes where the repair puts the closing quote: either comes first, the other follows.
        let text = "{\"a\": \"x\n\"b\": 1}";
        let mut codes = fixes(text);
        codes.sort();
        assert_eq!(codes, ["JSON004 safe: insert `,` after `\"x\"`", "JSON016 safe: insert `\"` after `x`"]);
        let options = crate::lint::LintOptions::default();
        let out = crate::fix::fix_to_fixed_point("b.json", text.as_bytes(), &options, crate::fix::FixMode::Safe);
        assert_eq!((out.text.as_str(), out.rounds), ("{\"a\": \"x\",\n\"b\": 1}", 2));
    }
}
