//! Pointer → span lookups that stay linear in the number of findings.
//!
//! [`Node::find`] descends one level per segment and scans an object's members for the key, which is cheap for a
//! handful of findings but quadratic for a body with thousands of findings in one wide object. After
//! [`INDEX_AFTER`] lookups a document indexes every pointer in one walk and answers from the index.

use super::tree::{Member, Node, NodeValue, push_escaped};
use crate::diagnostic::Span;
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

/// Lookups a document answers by descending before it builds the index.
const INDEX_AFTER: u32 = 64;

/// The key span and value span of a node (the value's span twice for array items and the root).
pub type Spans = (Span, Span);

/// Counts lookups and holds the index once built.
#[derive(Debug, Default)]
pub(super) struct Lookups {
    count: AtomicU32,
    index: OnceLock<HashMap<Box<str>, Spans>>,
}

impl Clone for Lookups {
    fn clone(&self) -> Lookups {
        Lookups { count: AtomicU32::new(self.count.load(Ordering::Relaxed)), index: self.index.clone() }
    }
}

impl Lookups {
    /// The spans of the node at `pointer` in the tree `root`, the one [`Node::find`] gives.
    pub(super) fn spans(&self, root: &Node, pointer: &str) -> Option<Spans> {
        let indexed = self.index.get().or_else(|| {
            (self.count.fetch_add(1, Ordering::Relaxed) >= INDEX_AFTER).then(|| self.index.get_or_init(|| index(root)))
        });
        if let Some(hit) = indexed.and_then(|index| index.get(pointer)) {
            return Some(*hit);
        }
        // Not indexed yet, or a pointer the index does not spell that way (`/a/01`): descend.
        let (member, node) = root.find(pointer)?;
        Some((member.map_or(node.span, |m| m.key_span), node.span))
    }
}

/// Every pointer [`Node::find`] can reach, with its spans. A key written twice reaches only its last member.
fn index(root: &Node) -> HashMap<Box<str>, Spans> {
    let mut out = HashMap::new();
    let mut pointer = String::new();
    visit(root, None, &mut pointer, &mut out);
    out
}

fn visit(node: &Node, member: Option<&Member>, pointer: &mut String, out: &mut HashMap<Box<str>, Spans>) {
    out.insert(pointer.as_str().into(), (member.map_or(node.span, |m| m.key_span), node.span));
    let len = pointer.len();
    match &node.value {
        NodeValue::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let _ = write!(pointer, "/{i}");
                visit(item, None, pointer, out);
                pointer.truncate(len);
            }
        }
        NodeValue::Object(members) => {
            // The members that count: the last of each key, found from the end.
            let mut seen = HashSet::with_capacity(members.len());
            for m in members.iter().rev() {
                if !seen.insert(m.key.as_str()) {
                    continue;
                }
                pointer.push('/');
                push_escaped(pointer, &m.key);
                visit(&m.value, Some(m), pointer, out);
                pointer.truncate(len);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::parse;

    /// Every pointer of the tree (duplicates and shadowed members included), and some it does not have.
    fn pointers(root: &Node) -> Vec<String> {
        let mut all = Vec::new();
        root.walk(&mut |p, _, _| all.push(p.to_string()));
        let extra: Vec<String> =
            all.iter().flat_map(|p| [format!("{p}/0"), format!("{p}/x"), format!("{p}/")]).collect();
        all.extend(extra);
        all
    }

    #[test]
    fn the_index_answers_as_descending_does() {
        let texts = [
            r#"{"a": {"b": 1, "b": 2}, "a": {"c": [3, {"d": 4}]}, "e~/f": {"": 5}, "g": []}"#,
            include_str!("../../tests/fixtures/reference-example.jsonc"),
            include_str!("../../examples/managed-terway.json"),
        ];
        for text in texts {
            let doc = parse(text.as_bytes(), &mut Vec::new());
            let root = doc.root().unwrap();
            let index = index(root);
            for p in pointers(root) {
                let found = root.find(&p).map(|(m, n)| (m.map_or(n.span, |m| m.key_span), n.span));
                assert_eq!(index.get(p.as_str()).copied(), found, "{p} in {text}");
                let lookups = Lookups::default();
                for _ in 0..=INDEX_AFTER {
                    assert_eq!(lookups.spans(root, &p), found, "{p}");
                }
            }
        }
    }

    #[test]
    fn a_pointer_spelled_another_way_is_still_found() {
        let doc = parse(br#"{"a": [1, 2]}"#, &mut Vec::new());
        let lookups = Lookups::default();
        let root = doc.root().unwrap();
        for _ in 0..=INDEX_AFTER {
            lookups.spans(root, "/a/1");
        }
        assert!(lookups.index.get().is_some());
        assert_eq!(lookups.spans(root, "/a/01"), lookups.spans(root, "/a/1"));
    }
}
