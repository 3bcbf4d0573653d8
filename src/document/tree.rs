//! The parsed document: every key and value with its byte span.

use crate::diagnostic::Span;
use serde_json::{Map, Number, Value};
use smol_str::SmolStr;
use std::fmt::Write as _;

/// A JSON value with its span in the input.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Where the value is, quotes and brackets included.
    pub span: Span,
    /// The value.
    pub value: NodeValue,
}

/// The kinds of JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum NodeValue {
    /// `null`
    Null,
    /// `true` or `false`
    Bool(bool),
    /// A number (`None` when it cannot be represented, such as `NaN`).
    Number(Option<Number>),
    /// A string, unescaped (held inline when short, as most are: building the tree allocates little).
    String(SmolStr),
    /// An array.
    Array(Vec<Node>),
    /// An object's members in document order, duplicates included.
    Object(Vec<Member>),
}

/// One `"key": value` of an object.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    /// The key, unescaped (inline when short, as for [`NodeValue::String`]).
    pub key: SmolStr,
    /// Where the key is, quotes included.
    pub key_span: Span,
    /// The value.
    pub value: Node,
}

impl Node {
    /// The member that counts for `key`: the last one, as in serde and the API's JSON decoder.
    pub fn member(&self, key: &str) -> Option<&Member> {
        match &self.value {
            NodeValue::Object(members) => members.iter().rev().find(|m| m.key == key),
            _ => None,
        }
    }

    /// The node at an RFC 6901 JSON pointer (`""` is this node), with the member it is the value of.
    pub fn find(&self, pointer: &str) -> Option<(Option<&Member>, &Node)> {
        if pointer.is_empty() {
            return Some((None, self));
        }
        let mut node = self;
        let mut member = None;
        // Split by bytes: `str::split` with a char pattern costs more than these short segments.
        let mut rest = Some(pointer.strip_prefix('/')?);
        while let Some(raw) = next_segment(&mut rest) {
            let segment = unescape_segment(raw);
            match &node.value {
                NodeValue::Object(_) => {
                    let m = node.member(&segment)?;
                    member = Some(m);
                    node = &m.value;
                }
                NodeValue::Array(items) => {
                    member = None;
                    node = items.get(segment.parse::<usize>().ok()?)?;
                }
                _ => return None,
            }
        }
        Some((member, node))
    }

    /// The pointer of the innermost node whose text holds byte `offset`, both ends included (for a member, its
    /// key through the end of its value; on a boundary between two, the later one). Children stand in text
    /// order, so each level is a binary search: a finding costs the depth of the tree, not its size.
    pub fn pointer_at(&self, offset: usize) -> Option<String> {
        if !(self.span.start <= offset && offset <= self.span.end) {
            return None;
        }
        let mut pointer = String::new();
        let mut node = self;
        loop {
            match &node.value {
                NodeValue::Array(items) => {
                    let i = items.partition_point(|n| n.span.start <= offset);
                    let Some(i) = i.checked_sub(1).filter(|&i| offset <= items[i].span.end) else { break };
                    let _ = write!(pointer, "/{i}");
                    node = &items[i];
                }
                NodeValue::Object(members) => {
                    let i = members.partition_point(|m| m.key_span.start <= offset);
                    let Some(i) = i.checked_sub(1).filter(|&i| offset <= members[i].value.span.end) else { break };
                    pointer.push('/');
                    push_escaped(&mut pointer, &members[i].key);
                    node = &members[i].value;
                }
                _ => break,
            }
        }
        Some(pointer)
    }

    /// The outermost object or array whose text starts at byte `start`, found by descending through the children
    /// that hold it (a binary search per level, like [`Node::pointer_at`]).
    pub fn container_at(&self, start: usize) -> Option<&Node> {
        let mut node = self;
        loop {
            if node.span.start == start {
                return matches!(node.value, NodeValue::Object(_) | NodeValue::Array(_)).then_some(node);
            }
            let child = match &node.value {
                NodeValue::Array(items) => {
                    items.partition_point(|n| n.span.start <= start).checked_sub(1).map(|i| &items[i])
                }
                NodeValue::Object(members) => {
                    members.partition_point(|m| m.value.span.start <= start).checked_sub(1).map(|i| &members[i].value)
                }
                _ => None,
            };
            match child {
                Some(c) if start < c.span.end => node = c,
                _ => return None,
            }
        }
    }

    /// The plain JSON value; for duplicate keys the last one wins.
    pub fn to_value(&self) -> Value {
        match &self.value {
            NodeValue::Null => Value::Null,
            NodeValue::Bool(b) => Value::Bool(*b),
            NodeValue::Number(n) => n.clone().map(Value::Number).unwrap_or(Value::Null),
            NodeValue::String(s) => Value::String(s.to_string()),
            NodeValue::Array(items) => Value::Array(items.iter().map(Node::to_value).collect()),
            NodeValue::Object(members) => {
                let mut map = Map::new();
                for m in members {
                    map.insert(m.key.to_string(), m.value.to_value());
                }
                Value::Object(map)
            }
        }
    }

    /// Calls `visit` with the JSON pointer of every node in the tree, this one (`""`) first.
    pub fn walk<'a>(&'a self, visit: &mut impl FnMut(&str, Option<&'a Member>, &'a Node)) {
        let mut pointer = String::new();
        self.walk_inner(&mut pointer, None, visit);
    }

    fn walk_inner<'a>(
        &'a self,
        pointer: &mut String,
        member: Option<&'a Member>,
        visit: &mut impl FnMut(&str, Option<&'a Member>, &'a Node),
    ) {
        visit(pointer, member, self);
        let len = pointer.len();
        match &self.value {
            NodeValue::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    pointer.push('/');
                    let _ = write!(pointer, "{i}");
                    item.walk_inner(pointer, None, visit);
                    pointer.truncate(len);
                }
            }
            NodeValue::Object(members) => {
                for m in members {
                    pointer.push('/');
                    push_escaped(pointer, &m.key);
                    m.value.walk_inner(pointer, Some(m), visit);
                    pointer.truncate(len);
                }
            }
            _ => {}
        }
    }

    /// Calls `visit` with every object member in the tree, parents before children (no pointers built).
    pub fn for_each_member<'a>(&'a self, visit: &mut impl FnMut(&'a Member)) {
        match &self.value {
            NodeValue::Array(items) => items.iter().for_each(|item| item.for_each_member(visit)),
            NodeValue::Object(members) => {
                for m in members {
                    visit(m);
                    m.value.for_each_member(visit);
                }
            }
            _ => {}
        }
    }

    /// `object`, `array`, `string`, … for messages.
    pub fn type_name(&self) -> &'static str {
        match &self.value {
            NodeValue::Null => "null",
            NodeValue::Bool(_) => "a boolean",
            NodeValue::Number(Some(n)) if n.is_i64() || n.is_u64() => "an integer",
            NodeValue::Number(_) => "a number",
            NodeValue::String(_) => "a string",
            NodeValue::Array(_) => "an array",
            NodeValue::Object(_) => "an object",
        }
    }
}

/// One step of a path into a JSON value, kept as a borrowed key or an index so that a walk builds the pointer
/// string only when it reports something.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step<'a> {
    /// A member of an object.
    Key(&'a str),
    /// An item of an array.
    Index(usize),
}

/// The JSON pointer of `path` (`""` for the root).
pub fn pointer_of(path: &[Step<'_>]) -> String {
    let mut out = String::new();
    for step in path {
        out.push('/');
        match step {
            Step::Key(k) => push_escaped(&mut out, k),
            Step::Index(i) => {
                let _ = write!(out, "{i}");
            }
        }
    }
    out
}

/// Appends a key to a JSON pointer, escaping `~` and `/` (RFC 6901).
pub fn push_escaped(pointer: &mut String, key: &str) {
    if !key.contains(['~', '/']) {
        pointer.push_str(key);
        return;
    }
    for c in key.chars() {
        match c {
            '~' => pointer.push_str("~0"),
            '/' => pointer.push_str("~1"),
            c => pointer.push(c),
        }
    }
}

/// The segment at the start of `rest` (after the first `/` of a pointer), leaving in `rest` what follows it;
/// `None` once the last segment was taken.
fn next_segment<'a>(rest: &mut Option<&'a str>) -> Option<&'a str> {
    let text = rest.take()?;
    match text.bytes().position(|b| b == b'/') {
        Some(i) => {
            *rest = Some(&text[i + 1..]);
            Some(&text[..i])
        }
        None => Some(text),
    }
}

/// A pointer segment as the key it names (`~1` is `/`, `~0` is `~`), copied only when it holds an escape.
pub(crate) fn unescape_segment(raw: &str) -> std::borrow::Cow<'_, str> {
    if raw.bytes().any(|b| b == b'~') { raw.replace("~1", "/").replace("~0", "~").into() } else { raw.into() }
}

#[cfg(test)]
mod tests {
    use crate::document::parse;

    /// Bodies with slips the parser repairs, nested arrays, empty containers and a key written twice.
    const TEXTS: [&str; 7] = [
        include_str!("../../tests/fixtures/reference-example.jsonc"),
        include_str!("../../tests/fixtures/cascaded-slips.json"),
        include_str!("../../examples/broken/typical-mistakes.json"),
        include_str!("../../examples/managed-terway.json"),
        "{\"a\": 1 \"b\": [1 2, {\"c\": 3,}], \"a\": {\"d\": 4}}",
        "[1, [2, [[3]]], {}, [], {\"e\": {}}]",
        "{\"a\":1\"b\":2}",
    ];

    /// The definition: the last node, in a walk of the whole tree, whose text holds `offset`.
    fn by_walking(root: &super::Node, offset: usize) -> Option<String> {
        let mut best = None;
        root.walk(&mut |pointer, member, node| {
            let start = member.map_or(node.span.start, |m| m.key_span.start);
            if start <= offset && offset <= node.span.end {
                best = Some(pointer.to_string());
            }
        });
        best
    }

    /// The definition: the first container, in a walk of the whole tree, that starts at `start`.
    fn container_by_walking(root: &super::Node, start: usize) -> Option<&super::Node> {
        let mut found = None;
        root.walk(&mut |_, _, n| {
            if n.span.start == start && matches!(n.value, super::NodeValue::Object(_) | super::NodeValue::Array(_)) {
                found = found.or(Some(n));
            }
        });
        found
    }

    #[test]
    fn container_at_every_offset_is_the_outermost_container_starting_there() {
        for text in TEXTS {
            let doc = parse(text.as_bytes(), &mut Vec::new());
            let Some(root) = doc.root() else { panic!("{text}") };
            for offset in 0..=text.len() + 1 {
                let (found, walked) = (root.container_at(offset), container_by_walking(root, offset));
                assert_eq!(found.map(|n| n.span), walked.map(|n| n.span), "offset {offset} of {text}");
            }
        }
    }

    #[test]
    fn find_reads_escaped_empty_and_index_segments() {
        let text = r#"{"a/b": {"~": [0, {"": 7}]}, "a": 1, "a": 2}"#;
        let doc = parse(text.as_bytes(), &mut Vec::new());
        let root = doc.root().unwrap();
        let found = |p| root.find(p).map(|(_, n)| &text[n.span.start..n.span.end]);
        assert_eq!(found("/a~1b/~0/1/"), Some("7"));
        assert_eq!(found("/a~1b/~0/0"), Some("0"));
        assert_eq!(found("/a"), Some("2"));
        assert_eq!(found(""), Some(text));
        for missing in ["a", "/a~1b/~0/2", "/a~1b/~0/x", "/a/b", "/b", "/a~1b/~0/1//"] {
            assert_eq!(found(missing), None, "{missing}");
        }
    }

    #[test]
    fn pointer_at_every_offset_is_the_innermost_node() {
        for text in TEXTS {
            let doc = parse(text.as_bytes(), &mut Vec::new());
            let Some(root) = doc.root() else { panic!("{text}") };
            for offset in 0..=text.len() + 1 {
                assert_eq!(root.pointer_at(offset), by_walking(root, offset), "offset {offset} of {text}");
            }
        }
    }
}
