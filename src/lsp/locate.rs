//! What the cursor is on, read from the raw text: the document is often broken while it is typed (an open
//! quote, a missing value), so this is a forgiving scanner, not the parser. It knows the path of the object
//! or array around the cursor, whether the cursor stands where a key or a value goes, the token under it,
//! and every key of the object around it.

use crate::detect::skip_blank;
use crate::diagnostic::Span;
use crate::document::push_escaped;

/// A step of the path to the container around the cursor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    /// A member of an object.
    Key(String),
    /// An item of an array.
    Index(usize),
}

/// Where the cursor stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// On a key, or where a key goes (then `key` is empty or the word typed so far).
    Key {
        /// The key as written so far (unescaped, without quotes).
        key: String,
    },
    /// On a member's value, or where it goes.
    Value {
        /// The member's key.
        key: String,
    },
    /// Anywhere else (an array item, punctuation, outside the document).
    Other,
}

/// The cursor's context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    /// The path of the object or array that directly holds the cursor (empty: the top level).
    pub path: Vec<Segment>,
    /// Whether that container is an object.
    pub in_object: bool,
    /// What the cursor is on.
    pub role: Role,
    /// The token under the cursor (a string with its quotes, or a bare word), or an empty span at the cursor.
    pub token: Span,
    /// Whether the token is a string that has its closing quote.
    pub closed: bool,
    /// Every key of the object around the cursor, in order (empty outside an object).
    pub keys: Vec<String>,
}

impl Cursor {
    /// The JSON pointer of the container around the cursor.
    pub fn pointer(&self) -> String {
        pointer_of(&self.path)
    }

    /// The JSON pointer of the member whose key or value the cursor is on.
    pub fn member_pointer(&self) -> Option<String> {
        let key = match &self.role {
            Role::Key { key } | Role::Value { key } => key,
            Role::Other => return None,
        };
        let mut p = self.pointer();
        p.push('/');
        push_escaped(&mut p, key);
        Some(p)
    }
}

fn pointer_of(path: &[Segment]) -> String {
    let mut p = String::new();
    for s in path {
        p.push('/');
        match s {
            Segment::Key(k) => push_escaped(&mut p, k),
            Segment::Index(i) => p.push_str(&i.to_string()),
        }
    }
    p
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Str { closed: bool },
    Word,
    Open(bool),
    Close,
    Colon,
    Comma,
}

struct Frame {
    object: bool,
    keys: Vec<String>,
    key: Option<String>,
    index: usize,
    expect_key: bool,
    after_colon: bool,
}

/// Which tokens count as under the cursor: for completion the cursor may stand just after the token (it is
/// typing it), for hover it points at one of the token's characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The token that ends at or contains the cursor.
    Completion,
    /// The token that contains the character at the cursor.
    Hover,
}

/// The context of byte `offset` of `text`.
pub fn locate(text: &str, offset: usize, mode: Mode) -> Cursor {
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut path: Vec<Segment> = Vec::new();
    let mut found: Option<(Cursor, usize)> = None;
    let mut i = 0;
    loop {
        i = skip_blank(bytes, i);
        let token = next_token(bytes, i);
        let under = token.is_some_and(|(kind, end)| {
            let word = matches!(kind, Kind::Str { .. } | Kind::Word);
            word && match mode {
                Mode::Completion => i < offset && offset <= end,
                Mode::Hover => i <= offset && offset < end,
            }
        });
        if found.is_none() && (under || i >= offset || token.is_none()) {
            let frame = stack.last();
            let (span, closed) = match token {
                Some((Kind::Str { closed }, end)) if under => (Span::new(i, end), closed),
                Some((_, end)) if under => (Span::new(i, end), false),
                _ => (Span::new(offset, offset), false),
            };
            let word = under.then(|| token_text(text, span));
            let role = match frame {
                Some(f) if f.object && f.expect_key => Role::Key { key: word.unwrap_or_default() },
                Some(f) if f.object && f.after_colon => match &f.key {
                    Some(key) => Role::Value { key: key.clone() },
                    None => Role::Other,
                },
                _ => Role::Other,
            };
            let cursor = Cursor {
                path: path.clone(),
                in_object: frame.is_some_and(|f| f.object),
                role,
                token: span,
                closed,
                keys: Vec::new(),
            };
            found = Some((cursor, stack.len()));
        }
        let Some((kind, end)) = token else { break };
        if let Some((cursor, depth)) = &mut found {
            // Past the cursor: only the keys of its object are still wanted.
            if *depth == 0 || stack.len() < *depth {
                break;
            }
            if stack.len() == *depth && *depth > 0 && matches!(kind, Kind::Close) {
                cursor.keys = std::mem::take(&mut stack.last_mut().expect("depth > 0").keys);
                return found.map(|(c, _)| c).expect("found");
            }
        }
        step(text, &mut stack, &mut path, kind, Span::new(i, end));
        i = end;
    }
    let (mut cursor, depth) = found.unwrap_or_else(|| {
        let c = Cursor {
            path: Vec::new(),
            in_object: false,
            role: Role::Other,
            token: Span::new(offset, offset),
            closed: false,
            keys: Vec::new(),
        };
        (c, 0)
    });
    if depth > 0 && stack.len() >= depth {
        cursor.keys = std::mem::take(&mut stack[depth - 1].keys);
    }
    cursor
}

fn step(text: &str, stack: &mut Vec<Frame>, path: &mut Vec<Segment>, kind: Kind, span: Span) {
    match kind {
        Kind::Open(object) => {
            if let Some(parent) = stack.last_mut() {
                let segment = if parent.object {
                    Segment::Key(parent.key.clone().unwrap_or_default())
                } else {
                    Segment::Index(parent.index)
                };
                path.push(segment);
                parent.after_colon = false;
            }
            stack.push(Frame { object, keys: Vec::new(), key: None, index: 0, expect_key: object, after_colon: false });
        }
        Kind::Close => {
            if stack.pop().is_some() && !stack.is_empty() {
                path.pop();
            }
        }
        Kind::Colon => {
            if let Some(f) = stack.last_mut().filter(|f| f.object) {
                f.expect_key = false;
                f.after_colon = true;
            }
        }
        Kind::Comma => {
            if let Some(f) = stack.last_mut() {
                if f.object {
                    f.expect_key = true;
                    f.after_colon = false;
                    f.key = None;
                } else {
                    f.index += 1;
                }
            }
        }
        Kind::Str { .. } | Kind::Word => {
            if let Some(f) = stack.last_mut().filter(|f| f.object) {
                if f.expect_key {
                    let key = token_text(text, span);
                    f.keys.push(key.clone());
                    f.key = Some(key);
                    f.expect_key = false;
                } else {
                    f.after_colon = false;
                }
            }
        }
    }
}

/// A string token's contents (unescaped when it is a complete JSON string), or a bare word.
fn token_text(text: &str, span: Span) -> String {
    let raw = &text[span.start..span.end];
    if let Ok(s) = serde_json::from_str::<String>(raw) {
        return s;
    }
    let inner = raw.strip_prefix(['"', '\'']).unwrap_or(raw);
    let inner = if inner.len() < raw.len() { inner.strip_suffix(&raw[..1]).unwrap_or(inner) } else { inner };
    inner.to_string()
}

fn next_token(bytes: &[u8], i: usize) -> Option<(Kind, usize)> {
    let b = *bytes.get(i)?;
    Some(match b {
        b'{' | b'[' => (Kind::Open(b == b'{'), i + 1),
        b'}' | b']' => (Kind::Close, i + 1),
        b':' | b'=' => (Kind::Colon, i + 1),
        b',' | b';' => (Kind::Comma, i + 1),
        b'"' | b'\'' => {
            let mut j = i + 1;
            loop {
                match bytes.get(j) {
                    None | Some(b'\n' | b'\r') => break (Kind::Str { closed: false }, j),
                    Some(b'\\') => j += 2,
                    Some(&c) if c == b => break (Kind::Str { closed: true }, j + 1),
                    Some(_) => j += 1,
                }
            }
        }
        _ => {
            let len = bytes[i..]
                .iter()
                .position(|c| c.is_ascii_whitespace() || b"{}[]:,;=\"'/".contains(c))
                .unwrap_or(bytes.len() - i);
            (Kind::Word, i + len.max(1))
        }
    })
    .map(|(k, end)| (k, end.min(bytes.len())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, mode: Mode) -> Cursor {
        let offset = text.find('|').unwrap();
        let text = text.replace('|', "");
        locate(&text, offset, mode)
    }

    #[test]
    fn a_key_being_typed_in_a_nested_object() {
        let c = at(
            r#"{"name": "a", "nodepools": [{"nodepool_info": {"name": "x"}}, {"scaling_group": {"vs|"#,
            Mode::Completion,
        );
        assert_eq!(c.pointer(), "/nodepools/1/scaling_group");
        assert_eq!(c.role, Role::Key { key: "vs".into() });
        assert!(c.in_object && !c.closed);
        let c = at(r#"{"a": 1, | "b": {"c": 2}, "d": 3}"#, Mode::Completion);
        assert_eq!(c.pointer(), "");
        assert_eq!((c.role, c.keys), (Role::Key { key: String::new() }, vec!["a".into(), "b".into(), "d".into()]));
    }

    #[test]
    fn values_and_hovered_keys() {
        let c = at(r#"{"cluster_type": "Man|", "x": 1}"#, Mode::Completion);
        assert_eq!(c.role, Role::Value { key: "cluster_type".into() });
        assert_eq!(c.member_pointer().as_deref(), Some("/cluster_type"));
        let c = at(r#"{"cluster_type": |}"#, Mode::Completion);
        assert_eq!(c.role, Role::Value { key: "cluster_type".into() });
        let c = at(r#"{"addons": [{"na|me": "flannel"}]}"#, Mode::Hover);
        assert_eq!(c.member_pointer().as_deref(), Some("/addons/0/name"));
        assert!(c.closed);
        let c = at(r#"{"zone_ids": ["a", |"b"]}"#, Mode::Hover);
        assert_eq!((c.role, c.in_object), (Role::Other, false));
    }

    #[test]
    fn broken_or_hostile_text_does_not_panic() {
        for text in ["", "{", "}", "]]]", "{\"a\": \"\\", "'", "{/* x", "\u{feff}{\"集\": \"😀\"}", &"[".repeat(10_000)]
        {
            for offset in 0..=text.len().min(40) {
                if text.is_char_boundary(offset) {
                    locate(text, offset, Mode::Completion);
                    locate(text, offset, Mode::Hover);
                }
            }
        }
    }
}
