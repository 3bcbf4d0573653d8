//! The parsed document: every key and value with its byte span.

use crate::diagnostic::Span;
use serde_json::{Map, Number, Value};
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
    /// A string, unescaped.
    String(String),
    /// An array.
    Array(Vec<Node>),
    /// An object's members in document order, duplicates included.
    Object(Vec<Member>),
}

/// One `"key": value` of an object.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    /// The key, unescaped.
    pub key: String,
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
        for raw in pointer.strip_prefix('/')?.split('/') {
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

    /// The plain JSON value; for duplicate keys the last one wins.
    pub fn to_value(&self) -> Value {
        match &self.value {
            NodeValue::Null => Value::Null,
            NodeValue::Bool(b) => Value::Bool(*b),
            NodeValue::Number(n) => n.clone().map(Value::Number).unwrap_or(Value::Null),
            NodeValue::String(s) => Value::String(s.clone()),
            NodeValue::Array(items) => Value::Array(items.iter().map(Node::to_value).collect()),
            NodeValue::Object(members) => {
                let mut map = Map::new();
                for m in members {
                    map.insert(m.key.clone(), m.value.to_value());
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

fn unescape_segment(raw: &str) -> std::borrow::Cow<'_, str> {
    if raw.contains('~') { raw.replace("~1", "/").replace("~0", "~").into() } else { raw.into() }
}
