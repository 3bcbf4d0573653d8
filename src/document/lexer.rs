//! A forgiving tokenizer for the recovery from slips: it never fails, so that the tokens around a parse error can
//! always be read, whatever the text is.
//!
//! It splits the text much as jsonc-parser's scanner does (strings in either quote, comments, punctuation), but
//! anything else is one "bare" run up to whitespace or punctuation, where the scanner would stop with an error.

/// The kinds of token the recovery tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `{`
    OpenBrace,
    /// `}`
    CloseBrace,
    /// `[`
    OpenBracket,
    /// `]`
    CloseBracket,
    /// `,`
    Comma,
    /// `:`
    Colon,
    /// `=` or `;`, written where `:` or `,` belongs.
    Separator,
    /// A string in double or single quotes (possibly unterminated).
    String,
    /// Anything else: numbers, `true`, words, garbage.
    Bare,
}

/// One token: its kind and byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    /// What it is.
    pub kind: Kind,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Tok {
    /// The token's text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Whether it can be an object key: a string or a word.
    pub fn is_key_like(&self, text: &str) -> bool {
        match self.kind {
            Kind::String => true,
            Kind::Bare => self.text(text).starts_with(|c: char| c.is_alphabetic() || c == '_' || c == '$'),
            _ => false,
        }
    }

    /// Whether a value ends with it.
    pub fn ends_value(&self) -> bool {
        matches!(self.kind, Kind::String | Kind::Bare | Kind::CloseBrace | Kind::CloseBracket)
    }

    /// Whether a value starts with it.
    pub fn starts_value(&self) -> bool {
        matches!(self.kind, Kind::String | Kind::Bare | Kind::OpenBrace | Kind::OpenBracket)
    }

    /// Whether it is `}` or `]`.
    pub fn closes(&self) -> bool {
        matches!(self.kind, Kind::CloseBrace | Kind::CloseBracket)
    }
}

/// Every token of `text` but comments, in order.
pub fn tokens(text: &str) -> Vec<Tok> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        let kind = match bytes[i] {
            b'{' => Kind::OpenBrace,
            b'}' => Kind::CloseBrace,
            b'[' => Kind::OpenBracket,
            b']' => Kind::CloseBracket,
            b',' => Kind::Comma,
            b':' => Kind::Colon,
            b'=' | b';' => Kind::Separator,
            b'"' | b'\'' => {
                i = string_end(bytes, i);
                out.push(Tok { kind: Kind::String, start, end: i });
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && !matches!(bytes[i], b'\n' | b'\r') {
                    i += 1;
                }
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i = text[i + 2..].find("*/").map_or(bytes.len(), |at| i + 2 + at + 2);
                continue;
            }
            _ => {
                let width = whitespace_at(text, i);
                if width > 0 {
                    i += width;
                    continue;
                }
                i = bare_end(text, i);
                out.push(Tok { kind: Kind::Bare, start, end: i });
                continue;
            }
        };
        i += 1;
        out.push(Tok { kind, start, end: i });
    }
    out
}

/// Bytes of whitespace at `i` (as the scanner counts it: ASCII and Unicode white space), 0 if none.
pub fn whitespace_at(text: &str, i: usize) -> usize {
    match text.get(i..).and_then(|rest| rest.chars().next()) {
        Some(c) if c.is_whitespace() => c.len_utf8(),
        _ => 0,
    }
}

/// One past the closing quote of the string opened at `start` (or the end of the text).
fn string_end(bytes: &[u8], start: usize) -> usize {
    let quote = bytes[start];
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b if b == quote => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// The end of a bare run starting at `start`: the next whitespace, punctuation, quote or comment.
fn bare_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    while i < bytes.len() {
        match bytes[i] {
            b'{' | b'}' | b'[' | b']' | b',' | b':' | b'=' | b';' | b'"' | b'\'' => break,
            b'/' if matches!(bytes.get(i + 1), Some(b'/' | b'*')) => break,
            _ if i > start && whitespace_at(text, i) > 0 => break,
            b if b < 0x80 => i += 1,
            _ => i += text[i..].chars().next().map_or(1, char::len_utf8),
        }
    }
    // A lone character that is none of the above (such as a stray byte) still makes a token.
    if i == start { start + text[start..].chars().next().map_or(1, char::len_utf8) } else { i }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(Kind, &str)> {
        tokens(text).iter().map(|t| (t.kind, t.text(text))).collect()
    }

    #[test]
    fn splits_like_the_scanner_and_never_fails() {
        assert_eq!(
            kinds("{\"a\" = 1; /* c */ 'b': nginx:latest // x\n, 172.16.0.0/16]"),
            vec![
                (Kind::OpenBrace, "{"),
                (Kind::String, "\"a\""),
                (Kind::Separator, "="),
                (Kind::Bare, "1"),
                (Kind::Separator, ";"),
                (Kind::String, "'b'"),
                (Kind::Colon, ":"),
                (Kind::Bare, "nginx"),
                (Kind::Colon, ":"),
                (Kind::Bare, "latest"),
                (Kind::Comma, ","),
                (Kind::Bare, "172.16.0.0/16"),
                (Kind::CloseBracket, "]"),
            ]
        );
        assert_eq!(kinds("\"ab\\\"c"), vec![(Kind::String, "\"ab\\\"c")]);
        assert_eq!(kinds("/* open"), vec![]);
        assert_eq!(kinds("é\u{a0}x"), vec![(Kind::Bare, "é"), (Kind::Bare, "x")]);
    }
}
