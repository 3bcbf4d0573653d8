//! Syntax findings: the parse error that stops everything, and the tolerated departures from strict JSON.

use super::recovery::Offsets;
use super::secrets::SecretSpans;
use crate::checks;
use crate::diagnostic::{Diagnostic, Span};
use crate::fix::{Fix, TextEdit};
use jsonc_parser::errors::{ParseError, ParseErrorKind};
use jsonc_parser::tokens::{Token, TokenAndRange};
use serde_json::Number;
use std::cell::OnceCell;

/// The finding for a parse error the tolerant parser could not get past (nor repair).
pub fn parse_error(text: &str, e: &ParseError, offsets: &Offsets) -> Diagnostic {
    let range = e.range();
    let found = text.get(range.start..range.end).unwrap_or("").trim();
    let shown = short(found);
    // A message never quotes the text of a secret value, however broken the text around it.
    let secret = SecretSpans::in_text(text).widen(range.start, range.end);
    // …nor marks a place inside one: the finding covers the whole secret value.
    let (start, end) = secret.unwrap_or((range.start, range.end.max(range.start)));
    let secret = secret.is_some();
    let (message, help) = match e.kind() {
        // The parser's own text may quote an escape sequence: keep only its first sentence.
        ParseErrorKind::String(kind) if secret => (
            format!("invalid string: {}", lower_first(kind.to_string().split('.').next().unwrap_or_default())),
            "close the string with `\"` and escape `\"` and `\\` inside it".into(),
        ),
        ParseErrorKind::UnexpectedWord | ParseErrorKind::UnexpectedToken | ParseErrorKind::UnexpectedTokenInObject
            if secret =>
        {
            (
                "unexpected text in a secret value".to_string(),
                "write the value as a string in double quotes".to_string(),
            )
        }
        ParseErrorKind::UnterminatedObject => {
            ("this object is never closed".to_string(), "add the missing `}`".to_string())
        }
        ParseErrorKind::UnterminatedArray => ("this array is never closed".into(), "add the missing `]`".into()),
        ParseErrorKind::UnexpectedCloseBrace => {
            ("unexpected `}`".into(), "remove it, or open the object it closes".into())
        }
        ParseErrorKind::UnexpectedCloseBracket => {
            ("unexpected `]`".into(), "remove it, or open the array it closes".into())
        }
        ParseErrorKind::ExpectedColonAfterObjectKey => {
            ("expected `:` after this key".into(), "write the member as `\"key\": value`".into())
        }
        ParseErrorKind::ExpectedObjectValue => ("expected a value".into(), "put a value after the `:`".into()),
        ParseErrorKind::UnexpectedColon => {
            ("unexpected `:`".into(), "a `:` only goes between a key and its value".into())
        }
        ParseErrorKind::UnexpectedComma => ("unexpected `,`".into(), "remove the extra comma".into()),
        ParseErrorKind::MultipleRootJsonValues => (
            "more text after the end of the top-level value".into(),
            "a body is a single JSON object: remove what follows its closing `}`".into(),
        ),
        ParseErrorKind::UnterminatedCommentBlock => {
            ("this comment is never closed".into(), "remove the comment (the API takes no comments)".into())
        }
        ParseErrorKind::String(kind) => (
            format!("invalid string: {}", lower_first(&kind.to_string())),
            "close the string with `\"` and escape `\"` and `\\` inside it".into(),
        ),
        ParseErrorKind::NestingDepthExceeded => (
            "objects and arrays nest too deeply".into(),
            "a CreateCluster body nests a handful of levels: check for runaway brackets".into(),
        ),
        ParseErrorKind::UnexpectedWord | ParseErrorKind::UnexpectedToken | ParseErrorKind::UnexpectedTokenInObject
            if !found.is_empty() =>
        {
            (
                format!("unexpected `{shown}`"),
                "JSON values are strings in double quotes, numbers, true, false, null, objects or arrays".into(),
            )
        }
        other => (lower_first(&other.to_string()), "fix the JSON syntax here".into()),
    };
    let span = Span::new(offsets.input(start), offsets.input(end));
    checks::INVALID_JSON.diagnostic(message).span(span).help(help)
}

/// Walks the tokens of a successful tolerant parse and reports everything strict JSON does not allow.
pub fn check_tokens(text: &str, tokens: &[TokenAndRange<'_>], offsets: &Offsets, out: &mut Vec<Diagnostic>) {
    // Findings that quote a token never quote one inside a secret value; found only when something is quoted.
    let secrets = OnceCell::new();
    let secret = |range: &jsonc_parser::common::Range| {
        secrets.get_or_init(|| SecretSpans::in_text(text)).overlaps(range.start, range.end)
    };
    let mut previous: Option<&TokenAndRange<'_>> = None;
    for (i, t) in tokens.iter().enumerate() {
        let span = offsets.span(t.range);
        let raw = text.get(t.range.start..t.range.end).unwrap_or("");
        match &t.token {
            Token::CommentLine(_) | Token::CommentBlock(_) => {
                out.push(
                    checks::JSON_COMMENT
                        .diagnostic("comments are not allowed in JSON")
                        .span(span)
                        .label("comment")
                        .help("delete the comment; the API takes strict JSON"),
                );
                continue;
            }
            Token::Comma => {
                let next = tokens[i + 1..].iter().find(|n| !is_comment(&n.token));
                if next.is_none_or(|n| matches!(n.token, Token::CloseBrace | Token::CloseBracket)) {
                    out.push(
                        checks::TRAILING_COMMA
                            .diagnostic("trailing comma before the closing bracket")
                            .span(span)
                            .help("delete this `,`")
                            .fix(Fix::safe("delete the trailing comma").edit(TextEdit::delete(span))),
                    );
                }
            }
            Token::String(_) if raw.starts_with('\'') => out.push(
                checks::NON_STANDARD_JSON
                    .diagnostic("strings must use double quotes")
                    .span(span)
                    .help("replace the single quotes with `\"`"),
            ),
            // Inside a secret, a finding marks the whole string: where a bad escape stands is part of the secret.
            Token::String(_) => check_string(raw, span, secret(&t.range), out),
            Token::Word(_) if secret(&t.range) => out.push(
                checks::NON_STANDARD_JSON
                    .diagnostic("a secret value is written without quotes")
                    .span(span)
                    .help("write it as a string in double quotes"),
            ),
            Token::Number(_) if secret(&t.range) && !is_strict_number(raw) => out.push(
                checks::NON_STANDARD_JSON
                    .diagnostic("a secret value is not a valid JSON number")
                    .span(span)
                    .help("write it as a string in double quotes"),
            ),
            Token::Word(word) => out.push(
                checks::NON_STANDARD_JSON
                    .diagnostic(format!("`{}` is not valid JSON", short(word)))
                    .span(span)
                    .help(format!("write strings and keys in double quotes: `\"{}\"`", short(word))),
            ),
            Token::Number(n) if !is_strict_number(n) => out.push(
                checks::NON_STANDARD_JSON
                    .diagnostic(format!("`{}` is not a JSON number", short(n)))
                    .span(span)
                    .help("write the number in plain decimal, such as `42` or `0.5`"),
            ),
            _ => {}
        }
        if let Some(p) = previous
            && ends_value(&p.token)
            && starts_value(&t.token)
        {
            let after = text.get(p.range.start..p.range.end).unwrap_or("");
            let at = offsets.input(p.range.end);
            let help = if secret(&p.range) {
                "insert `,` after the secret value".to_string()
            } else {
                format!("insert `,` after `{}`", short(after))
            };
            out.push(
                checks::MISSING_COMMA
                    .diagnostic("missing `,` between two members")
                    .span(Span::new(at, at))
                    .label("`,` expected here")
                    .help(help),
            );
        }
        previous = Some(t);
    }
}

fn check_string(raw: &str, span: Span, whole: bool, out: &mut Vec<Diagnostic>) {
    let mut chars = raw.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let at = if whole { span } else { Span::new(span.start + i, span.start + i + c.len_utf8()) };
        if c == '\\' {
            match chars.next() {
                Some((_, '"' | '\\' | '/' | 'b' | 'f' | 'n' | 'r' | 't')) => {}
                Some((_, 'u')) => {
                    let hex: String = chars.clone().take(4).map(|(_, c)| c).collect();
                    if hex.len() != 4 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
                        out.push(bad_escape(at, "`\\u` needs four hex digits"));
                    }
                }
                _ => out.push(bad_escape(at, "JSON escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX")),
            }
        } else if (c as u32) < 0x20 {
            out.push(
                checks::NON_STANDARD_JSON
                    .diagnostic("a string contains a raw control character")
                    .span(at)
                    .help("escape it, for example a line break as `\\n`"),
            );
        }
    }
}

fn bad_escape(at: Span, help: &str) -> Diagnostic {
    checks::NON_STANDARD_JSON.diagnostic("invalid escape sequence in a string").span(at).help(help)
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
