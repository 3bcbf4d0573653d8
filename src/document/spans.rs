//! The span tree of a body the fast path already accepted: strict JSON, no duplicate keys, nesting within
//! the limit. A single pass that records where every key and value is, far cheaper than the tolerant parser
//! with its tokens and error recovery; it is built only when a finding needs a position.
//!
//! Anything unexpected makes it give up (`None`) rather than guess, and the caller then uses the tolerant
//! parser.

use super::tree::{Member, Node, NodeValue};
use crate::diagnostic::Span;
use smol_str::SmolStr;

/// The tree of `text`, or `None` if `text` is not the strict JSON this parser expects.
pub fn parse(text: &str) -> Option<Node> {
    let mut p = Parser { text, bytes: text.as_bytes(), at: 0, depth: 0, items: Vec::new(), members: Vec::new() };
    p.skip_whitespace();
    let root = p.value()?;
    p.skip_whitespace();
    (p.at == p.bytes.len()).then_some(root)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    depth: usize,
    /// The items and members of the arrays and objects being read, innermost last: each container takes its
    /// own off the top when it closes ([`take_top`]), in one allocation of the right size instead of a growing
    /// vector.
    items: Vec<Node>,
    members: Vec<Member>,
}

impl Parser<'_> {
    fn skip_whitespace(&mut self) {
        let rest = &self.bytes[self.at..];
        self.at += rest.iter().position(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r')).unwrap_or(rest.len());
    }

    fn value(&mut self) -> Option<Node> {
        let start = self.at;
        let value = match *self.bytes.get(self.at)? {
            b'{' => self.object()?,
            b'[' => self.array()?,
            b'"' => NodeValue::String(self.string()?),
            b't' => self.literal("true", NodeValue::Bool(true))?,
            b'f' => self.literal("false", NodeValue::Bool(false))?,
            b'n' => self.literal("null", NodeValue::Null)?,
            b'-' | b'0'..=b'9' => self.number()?,
            _ => return None,
        };
        Some(Node { span: Span::new(start, self.at), value })
    }

    fn literal(&mut self, word: &str, value: NodeValue) -> Option<NodeValue> {
        self.bytes[self.at..].starts_with(word.as_bytes()).then(|| {
            self.at += word.len();
            value
        })
    }

    fn number(&mut self) -> Option<NodeValue> {
        let start = self.at;
        while let Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') = self.bytes.get(self.at) {
            self.at += 1;
        }
        let raw = &self.text[start..self.at];
        // Most numbers are small counts and sizes: read them without serde_json's parser, to the same value.
        // (No leading zero, which strict JSON forbids; 19 digits always fit.)
        let plain = raw.len() <= 19 && raw.bytes().all(|b| b.is_ascii_digit()) && (raw == "0" || !raw.starts_with('0'));
        let number = if plain { raw.parse::<u64>().ok()?.into() } else { serde_json::from_str(raw).ok()? };
        Some(NodeValue::Number(Some(number)))
    }

    /// A string starting at the opening quote, unescaped.
    fn string(&mut self) -> Option<SmolStr> {
        let start = self.at + 1;
        // Most strings have no escape: copy them in one go (no allocation when short).
        let mut i = start + memchr::memchr2(b'"', b'\\', self.bytes.get(start..)?)?;
        if self.bytes[i] == b'"' {
            self.at = i + 1;
            return Some(SmolStr::new(&self.text[start..i]));
        }
        let mut out = String::from(&self.text[start..i]);
        loop {
            match *self.bytes.get(i)? {
                b'"' => {
                    self.at = i + 1;
                    return Some(out.into());
                }
                b'\\' => {
                    let escaped = *self.bytes.get(i + 1)?;
                    i += 2;
                    match escaped {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let (c, used) = self.unicode_escape(i)?;
                            out.push(c);
                            i += used;
                        }
                        _ => return None,
                    }
                }
                _ => {
                    // Copy up to the next quote or backslash (never splits a UTF-8 sequence: both are ASCII).
                    let run = memchr::memchr2(b'"', b'\\', &self.bytes[i..])?;
                    out.push_str(&self.text[i..i + run]);
                    i += run;
                }
            }
        }
    }

    /// The character of the `\u` escape whose hex digits start at `i` (a surrogate pair takes two escapes),
    /// and how many bytes after `i` it used.
    fn unicode_escape(&self, i: usize) -> Option<(char, usize)> {
        let hex = |at: usize| u32::from_str_radix(self.text.get(at..at + 4)?, 16).ok();
        let first = hex(i)?;
        if (0xD800..0xDC00).contains(&first) && self.bytes.get(i + 4..i + 6) == Some(b"\\u") {
            let second = hex(i + 6)?;
            if (0xDC00..0xE000).contains(&second) {
                let c = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                return Some((char::from_u32(c)?, 10));
            }
        }
        // A lone surrogate is not a character; serde_json rejects it, so the fast path never gets here.
        Some((char::from_u32(first)?, 4))
    }

    fn array(&mut self) -> Option<NodeValue> {
        let base = self.items.len();
        let mut done = self.open(b']')?;
        while !done {
            let item = self.value()?;
            self.items.push(item);
            done = self.next_or_close(b']')?;
        }
        Some(NodeValue::Array(take_top(&mut self.items, base)))
    }

    fn object(&mut self) -> Option<NodeValue> {
        let base = self.members.len();
        let mut done = self.open(b'}')?;
        while !done {
            if self.bytes.get(self.at) != Some(&b'"') {
                return None;
            }
            let key_start = self.at;
            let key = self.string()?;
            let key_span = Span::new(key_start, self.at);
            self.skip_whitespace();
            if self.bytes.get(self.at) != Some(&b':') {
                return None;
            }
            self.at += 1;
            self.skip_whitespace();
            let value = self.value()?;
            self.members.push(Member { key, key_span, value });
            done = self.next_or_close(b'}')?;
        }
        Some(NodeValue::Object(take_top(&mut self.members, base)))
    }

    /// Steps over the opening bracket (one more level of nesting, bounded); `true` if `close` follows at once.
    fn open(&mut self, close: u8) -> Option<bool> {
        self.depth += 1;
        if self.depth > super::MAX_DEPTH {
            return None;
        }
        self.at += 1;
        self.skip_whitespace();
        Some(self.close_if(close))
    }

    /// After an item: steps over `,` (`false`: another item follows) or the closing bracket (`true`).
    fn next_or_close(&mut self, close: u8) -> Option<bool> {
        self.skip_whitespace();
        match self.bytes.get(self.at) {
            Some(b',') => {
                self.at += 1;
                self.skip_whitespace();
                Some(false)
            }
            _ => self.close_if(close).then_some(true),
        }
    }

    /// Steps over `close` if it is next, leaving the level it closes.
    fn close_if(&mut self, close: u8) -> bool {
        let found = self.bytes.get(self.at) == Some(&close);
        if found {
            self.at += 1;
            self.depth -= 1;
        }
        found
    }
}

/// The elements of `stack` from `base` on, in a vector of their own of the right size: `split_off` copies them
/// in one go, but at 0 some versions of it hand over the stack's whole buffer instead (as would `mem::take`).
fn take_top<T>(stack: &mut Vec<T>, base: usize) -> Vec<T> {
    if base == 0 { stack.drain(base..).collect() } else { stack.split_off(base) }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// The tree the tolerant parser builds for the same text.
    fn tolerant(text: &str) -> Option<Node> {
        super::super::parse(text.as_bytes(), &mut Vec::new()).root().cloned()
    }

    #[test]
    fn matches_the_tolerant_parser_on_the_examples_and_fixtures() {
        let mut files: Vec<(String, String)> = [
            "examples/managed-terway.json",
            "examples/dedicated-flannel.json",
            "examples/broken/typical-mistakes.json",
        ]
        .map(|f| (f.to_string(), std::fs::read_to_string(f).unwrap()))
        .into();
        files.extend(crate::rule_fixtures::all().into_iter().map(|f| (f.path.display().to_string(), f.text)));
        let mut strict = 0;
        for (f, text) in &files {
            // Only texts the fast path accepts come here.
            if super::super::fast::parse(text.as_bytes()).is_none() {
                continue;
            }
            strict += 1;
            assert_eq!(parse(text), tolerant(text), "{f}");
        }
        assert!(strict > 200, "only {strict} strict files");
    }

    #[test]
    fn escapes_numbers_and_nesting() {
        let text = r#" {"a\"b": "x\u00e9\ud83d\ude00\n/\\", "n": [-1.5e3, 0, 18446744073709551615, {}], "t": [true, false, null, []]} "#;
        assert_eq!(parse(text), tolerant(text));
        let NodeValue::Object(members) = parse(text).unwrap().value else { panic!() };
        assert_eq!(members[0].key, "a\"b");
        assert_eq!(members[0].value.value, NodeValue::String("xé😀\n/\\".into()));
    }

    #[test]
    fn gives_up_on_anything_but_strict_json() {
        for text in
            ["", "{", "{\"a\":1,}", "[01]", "[-01]", "{'a':1}", "[1 2]", "{\"a\":1} x", "{\"a\" 1}", "[\"\\x\"]", "nul"]
        {
            assert_eq!(parse(text), None, "{text}");
        }
        let deep = format!("{}{}", "[".repeat(super::super::MAX_DEPTH + 1), "]".repeat(super::super::MAX_DEPTH + 1));
        assert_eq!(parse(&deep), None);
    }

    /// Arbitrary JSON, including keys and strings that need escapes and numbers of every kind.
    pub(in crate::document) fn json() -> impl proptest::strategy::Strategy<Value = serde_json::Value> {
        use proptest::prelude::*;
        use serde_json::Value;
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
            any::<String>().prop_map(Value::String),
        ];
        leaf.prop_recursive(5, 64, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::btree_map(any::<String>(), inner, 0..6)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_the_tolerant_parser_on_any_strict_json(value in json(), pretty: bool) {
            let text = if pretty { serde_json::to_string_pretty(&value) } else { serde_json::to_string(&value) };
            let text = text.unwrap();
            proptest::prop_assert_eq!(parse(&text), tolerant(&text));
        }
    }
}
