//! Lowering pointer-level changes to byte edits: where a member's text starts and ends with its comma, where a
//! new member goes and how it is indented.

use super::layout::{break_before, comma_after, indent_at, leads_line, line_break, line_start, reindent};
use super::{Change, TextEdit};
use crate::document::{Document, Node, NodeValue, unescape_segment};
use crate::span::Span;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

/// The byte edits of `changes` on `doc`, or `None` when one of them cannot be made (a pointer that is not
/// there, a target already set, edits that would overlap). Takes the changes by value: their JSON texts and
/// keys move into the edits rather than being copied.
pub(crate) fn lower(doc: &Document, changes: Vec<Change>) -> Option<Vec<TextEdit>> {
    let root = doc.root()?;
    let cx = Cx { text: &doc.text, root };
    let mut edits = Vec::with_capacity(changes.len());
    // Removed children per container (by the container's start offset, which identifies it).
    let mut removed: BTreeMap<usize, (&Node, BTreeSet<usize>)> = BTreeMap::new();
    let mut added = Additions::default();
    for change in changes {
        match change {
            Change::Replace { pointer, json } => edits.push(TextEdit::new(cx.node(&pointer)?.span, json)),
            Change::RenameKey { pointer, key } => {
                let (member, _) = root.find(&pointer)?;
                edits.push(TextEdit::new(member?.key_span, quoted(&key)));
            }
            Change::Remove { pointer } => {
                let (parent, index) = cx.child(&pointer)?;
                removed.entry(parent.span.start).or_insert((parent, BTreeSet::new())).1.insert(index);
            }
            Change::Set { pointer, json } => added.add(&cx, &pointer, NewValue::Text(json))?,
            Change::Copy { from, to } => {
                let node = cx.node(&from)?;
                let raw = &cx.text[node.span.start..node.span.end];
                let value = NewValue::Copied(raw, indent_at(cx.text, node.span.start), node.span.start);
                added.add(&cx, &to, value)?;
            }
            Change::Append { pointer, json } => {
                let node = cx.node(&pointer)?;
                let NodeValue::Array(items) = &node.value else { return None };
                let children: Vec<Span> = items.iter().map(|i| i.span).collect();
                cx.insert_into(node, &children, &BTreeSet::new(), vec![Item::Bare(json)], &mut edits);
            }
        }
    }
    for members in added.objects.values_mut() {
        in_source_order(members);
    }
    for (start, members) in added.objects {
        let (object, gone) = match removed.remove(&start) {
            Some((object, gone)) => (object, gone),
            None => (cx.node_at(start)?, BTreeSet::new()),
        };
        let NodeValue::Object(_) = &object.value else { return None };
        let children = cx.children(object);
        let items: Vec<Item> = members.into_iter().map(|(k, v)| Item::Member(k, v)).collect();
        cx.removals(object, &children, &gone, !items.is_empty(), &mut edits);
        cx.insert_into(object, &children, &gone, items, &mut edits);
    }
    for (container, gone) in removed.values() {
        cx.removals(container, &cx.children(container), gone, false, &mut edits);
    }
    edits.sort_by_key(|e| (e.span.start, e.span.end));
    let apart = edits.windows(2).all(|w| w[0].span.end <= w[1].span.start && w[0].span != w[1].span);
    apart.then_some(edits)
}

/// The edits that delete the members `gone` (indexes) of `object`, with their commas and, where they stand on
/// lines of their own, their lines (`None` when that would empty the object, or `object` is not one).
pub(crate) fn remove_members(text: &str, object: &Node, gone: &BTreeSet<usize>) -> Option<Vec<TextEdit>> {
    let NodeValue::Object(members) = &object.value else { return None };
    if gone.is_empty() || gone.len() >= members.len() || gone.iter().any(|&i| i >= members.len()) {
        return None;
    }
    let cx = Cx { text, root: object };
    let children: Vec<Span> = cx.children(object);
    let mut edits = Vec::new();
    cx.removals(object, &children, gone, false, &mut edits);
    let apart = edits.windows(2).all(|w| w[0].span.end <= w[1].span.start);
    (apart && !edits.is_empty()).then_some(edits)
}

fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// Writes `key` as a JSON string to `out`, as [`quoted`] does; a key with nothing to escape (every key the
/// rules write) is copied as it is.
fn push_quoted(out: &mut String, key: &str) {
    if key.bytes().all(|b| b >= 0x20 && b != b'"' && b != b'\\') {
        out.push('"');
        out.push_str(key);
        out.push('"');
    } else {
        out.push_str(&quoted(key));
    }
}

/// A value to put in the text (`'t`: the text of the document).
#[derive(Debug, Clone)]
enum NewValue<'t> {
    /// JSON text, one line.
    Text(String),
    /// The text of another value, with the indentation of the line it started on, and where it starts.
    Copied(&'t str, &'t str, usize),
    /// An object that does not exist yet: its members in order.
    Object(Vec<(String, NewValue<'t>)>),
}

/// Puts the copied members of a new object (and of the new objects inside it) in the order of the values
/// they copy, so members moved together keep the order their author gave them; other members keep their
/// places.
fn in_source_order(members: &mut [(String, NewValue<'_>)]) {
    let copied_at = |v: &NewValue<'_>| match v {
        NewValue::Copied(_, _, at) => Some(*at),
        _ => None,
    };
    let slots: Vec<usize> = (0..members.len()).filter(|&i| copied_at(&members[i].1).is_some()).collect();
    // Most new objects hold a single copy, or copies already in order: nothing to move then.
    if slots.windows(2).any(|w| copied_at(&members[w[0]].1) > copied_at(&members[w[1]].1)) {
        let placeholder = || (String::new(), NewValue::Text(String::new()));
        let mut copies: Vec<(String, NewValue<'_>)> =
            slots.iter().map(|&i| std::mem::replace(&mut members[i], placeholder())).collect();
        copies.sort_by_key(|(_, v)| copied_at(v));
        for (slot, copy) in slots.into_iter().zip(copies) {
            members[slot] = copy;
        }
    }
    for (_, value) in members.iter_mut() {
        if let NewValue::Object(inner) = value {
            in_source_order(inner);
        }
    }
}

/// What goes into a container: a member of an object or an item of an array.
enum Item<'t> {
    Member(String, NewValue<'t>),
    Bare(String),
}

/// New members per existing object (by its start offset), in the order first set.
#[derive(Default)]
struct Additions<'t> {
    objects: BTreeMap<usize, Vec<(String, NewValue<'t>)>>,
}

impl<'t> Additions<'t> {
    /// Records `value` at `pointer`: under the deepest object on the way that exists, nested in new objects
    /// for the rest of the path. Fails when the value is already set or the way passes through a non-object.
    fn add(&mut self, cx: &Cx<'_>, pointer: &str, value: NewValue<'t>) -> Option<()> {
        let segments = segments(pointer)?;
        let mut node = cx.root;
        let mut depth = 0;
        for segment in &segments {
            let next = match &node.value {
                NodeValue::Object(_) => node.member(segment).map(|m| &m.value),
                NodeValue::Array(items) => Some(items.get(segment.parse::<usize>().ok()?)?),
                _ => return None,
            };
            match next {
                Some(n) => {
                    node = n;
                    depth += 1;
                }
                None => break,
            }
        }
        if depth == segments.len() || !matches!(node.value, NodeValue::Object(_)) {
            return None;
        }
        let mut members = self.objects.entry(node.span.start).or_default();
        let (last, way) = segments[depth..].split_last()?;
        for key in way {
            let i = match members.iter().position(|(k, _)| k == key) {
                Some(i) => i,
                None => {
                    members.push((key.to_string(), NewValue::Object(Vec::new())));
                    members.len() - 1
                }
            };
            let NewValue::Object(inner) = &mut members[i].1 else { return None };
            members = inner;
        }
        if members.iter().any(|(k, _)| k == last) {
            return None;
        }
        members.push((last.to_string(), value));
        Some(())
    }
}

/// The unescaped segments of a pointer (`None` for the root or a malformed pointer), copied only when they
/// hold an escape.
fn segments(pointer: &str) -> Option<Vec<Cow<'_, str>>> {
    let rest = pointer.strip_prefix('/')?;
    Some(rest.split('/').map(unescape_segment).collect())
}

struct Cx<'a> {
    text: &'a str,
    root: &'a Node,
}

impl<'a> Cx<'a> {
    fn node(&self, pointer: &str) -> Option<&'a Node> {
        Some(self.root.find(pointer)?.1)
    }

    /// The container whose value starts at `start`.
    fn node_at(&self, start: usize) -> Option<&'a Node> {
        self.root.container_at(start)
    }

    /// The container of the member or item at `pointer`, and its index there (the member that counts when a
    /// key is repeated).
    fn child(&self, pointer: &str) -> Option<(&'a Node, usize)> {
        let (parent, last) = pointer.rsplit_once('/')?;
        let container = self.node(parent)?;
        let last = unescape_segment(last);
        let index = match &container.value {
            NodeValue::Object(members) => members.iter().rposition(|m| m.key == last.as_ref())?,
            NodeValue::Array(items) => last.parse::<usize>().ok().filter(|i| *i < items.len())?,
            _ => return None,
        };
        Some((container, index))
    }

    /// Each child's text: from its key (or its start) to the end of its value.
    fn children(&self, container: &Node) -> Vec<Span> {
        match &container.value {
            NodeValue::Object(members) => {
                members.iter().map(|m| Span::new(m.key_span.start, m.value.span.end)).collect()
            }
            NodeValue::Array(items) => items.iter().map(|i| i.span).collect(),
            _ => Vec::new(),
        }
    }

    /// Adds to `edits` the edits that remove the children `gone` of `container` with their commas and, where
    /// they stand on lines of their own, their lines. With `refill`, a container left empty is not emptied
    /// here: the insertion replaces its inside.
    fn removals(
        &self,
        container: &Node,
        children: &[Span],
        gone: &BTreeSet<usize>,
        refill: bool,
        edits: &mut Vec<TextEdit>,
    ) {
        let text = self.text;
        let n = children.len();
        if gone.is_empty() {
            return;
        }
        if gone.len() == n {
            if !refill {
                edits.push(TextEdit::delete(inside(container)));
            }
            return;
        }
        // Each run of neighbours `a..=b` goes as one stretch of text.
        let mut indices = gone.iter().copied().peekable();
        while let Some(a) = indices.next() {
            let mut b = a;
            while indices.next_if(|&i| i == b + 1).is_some() {
                b += 1;
            }
            let (start, end) = (children[a].start, children[b].end);
            if b + 1 < n {
                let next = children[b + 1].start;
                match line_tail(text, end) {
                    Some(tail) if leads_line(text, start) && leads_line(text, next) && tail <= next => {
                        edits.push(TextEdit::delete(Span::new(line_start(text, start), tail)));
                    }
                    _ => edits.push(TextEdit::delete(Span::new(start, next))),
                }
                continue;
            }
            // A run at the end: the comma before it goes, and the run from the end of the line above.
            let before = children[a - 1].end;
            let comma = comma_after(text, before).filter(|c| *c < start);
            let own_line = leads_line(text, start).then(|| break_before(text, start)).flatten();
            match (comma, own_line) {
                (Some(c), Some(br)) if c < br => {
                    let stop = line_tail(text, end).map_or(end, |t| t - line_break_len(text, t));
                    edits.push(TextEdit::delete(Span::new(c, c + 1)));
                    edits.push(TextEdit::delete(Span::new(br, stop.max(end))));
                }
                (Some(c), _) => edits.push(TextEdit::delete(Span::new(c, end))),
                (None, _) => edits.push(TextEdit::delete(Span::new(before, end))),
            }
        }
    }

    /// Adds to `edits` the edit that puts `items` at the end of `container`, after its last child not in
    /// `gone`, laid out like its children (or, for an empty container, one level deeper than its line).
    fn insert_into(
        &self,
        container: &Node,
        children: &[Span],
        gone: &BTreeSet<usize>,
        items: Vec<Item<'_>>,
        edits: &mut Vec<TextEdit>,
    ) {
        if items.is_empty() {
            return;
        }
        let text = self.text;
        let br = line_break(text);
        let multiline =
            text[container.span.start..container.span.end].contains('\n') || children.is_empty() && text.contains('\n');
        let mut kept = children.iter().enumerate().filter(|(i, _)| !gone.contains(i)).map(|(_, s)| s);
        let outer = indent_at(text, container.span.start);
        let inner: Cow<'_, str> = kept
            .clone()
            .chain(children)
            .find(|s| leads_line(text, s.start))
            .map_or_else(|| format!("{outer}{}", self.unit()).into(), |s| indent_at(text, s.start).into());
        let colon = self.colon();
        // Written straight into the edit's text: a fix often adds one short member, and building each piece
        // as a string of its own would cost more than laying it out.
        let mut body = String::new();
        match kept.next_back() {
            Some(last) => {
                let multiline_sep;
                let sep = if multiline && leads_line(text, last.start) {
                    multiline_sep = format!(",{br}{inner}");
                    multiline_sep.as_str()
                } else {
                    // One line: separated as its children are (`,` or `, `).
                    children
                        .windows(2)
                        .map(|w| &text[w[0].end..w[1].start])
                        .find(|between| between.trim() == "," && !between.contains('\n'))
                        .map_or(", ", |between| between.trim_start())
                };
                for item in &items {
                    body.push_str(sep);
                    self.push_item(&mut body, item, &inner, multiline, colon);
                }
                edits.push(TextEdit::insert(last.end, body));
            }
            None if multiline => {
                body.push_str(br);
                body.push_str(&inner);
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        body.push(',');
                        body.push_str(br);
                        body.push_str(&inner);
                    }
                    self.push_item(&mut body, item, &inner, multiline, colon);
                }
                body.push_str(br);
                body.push_str(outer);
                edits.push(TextEdit::new(inside(container), body));
            }
            None => {
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        body.push_str(", ");
                    }
                    self.push_item(&mut body, item, &inner, multiline, colon);
                }
                edits.push(TextEdit::new(inside(container), body));
            }
        }
    }

    /// Writes a new member (`"key": value`, its line indented `indent`) or array item to `out`.
    fn push_item(&self, out: &mut String, item: &Item<'_>, indent: &str, multiline: bool, colon: &str) {
        match item {
            Item::Member(key, value) => {
                push_quoted(out, key);
                out.push_str(colon);
                self.push_value(out, value, indent, multiline, colon);
            }
            Item::Bare(json) => out.push_str(json),
        }
    }

    /// Writes the text of a new value whose member line is indented `indent` to `out`.
    fn push_value(&self, out: &mut String, value: &NewValue<'_>, indent: &str, multiline: bool, colon: &str) {
        match value {
            NewValue::Text(json) => out.push_str(json),
            NewValue::Copied(raw, from, _) => out.push_str(&reindent(raw, from, indent)),
            NewValue::Object(members) if multiline => {
                let br = line_break(self.text);
                let deeper = format!("{indent}{}", self.unit());
                out.push('{');
                out.push_str(br);
                for (i, (k, v)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                        out.push_str(br);
                    }
                    out.push_str(&deeper);
                    push_quoted(out, k);
                    out.push_str(colon);
                    self.push_value(out, v, &deeper, true, colon);
                }
                out.push_str(br);
                out.push_str(indent);
                out.push('}');
            }
            NewValue::Object(members) => {
                out.push('{');
                for (i, (k, v)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    push_quoted(out, k);
                    out.push_str(colon);
                    self.push_value(out, v, indent, false, colon);
                }
                out.push('}');
            }
        }
    }

    /// One level of indentation as the document writes it: that of the top-level members (two spaces when
    /// they share a line with the brace).
    fn unit(&self) -> &'a str {
        let NodeValue::Object(members) = &self.root.value else { return "  " };
        members
            .first()
            .filter(|m| leads_line(self.text, m.key_span.start))
            .map(|m| indent_at(self.text, m.key_span.start))
            .filter(|s| !s.is_empty())
            .unwrap_or("  ")
    }

    /// What the document writes between a key and its value (`": "` unless its first member says otherwise).
    fn colon(&self) -> &'a str {
        let NodeValue::Object(members) = &self.root.value else { return ": " };
        members
            .first()
            .map(|m| &self.text[m.key_span.end..m.value.span.start])
            .filter(|s| s.trim() == ":" && !s.contains('\n'))
            .map_or(": ", |s| s.trim_start())
    }
}

/// The bytes between a container's brackets.
fn inside(container: &Node) -> Span {
    Span::new(container.span.start + 1, container.span.end.saturating_sub(1).max(container.span.start + 1))
}

/// Where the line goes on after the end of a value, when the rest of its line is only a comma, spaces and a
/// comment: the offset after its line break.
fn line_tail(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let line_end = rest.find('\n').map(|i| at + i + 1)?;
    let line = text[at..line_end].trim_end_matches(['\n', '\r']).trim_start_matches([' ', '\t']);
    let line = line.strip_prefix(',').unwrap_or(line).trim_start_matches([' ', '\t']);
    let plain = line.is_empty()
        || line.starts_with("//")
        || line.starts_with("/*") && line.trim_end().ends_with("*/") && !line[2..].contains("*/ ");
    plain.then_some(line_end)
}

fn line_break_len(text: &str, after: usize) -> usize {
    if after >= 2 && &text[after - 2..after] == "\r\n" { 2 } else { 1 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fix::{Fix, apply};

    fn run(text: &str, fix: Fix) -> Option<String> {
        let doc = crate::document::parse(text.as_bytes(), &mut Vec::new());
        let edits = lower(&doc, fix.changes.clone())?;
        let lowered = Fix { edits, changes: Vec::new(), ..fix };
        Some(apply(text, [&lowered]).text)
    }

    #[test]
    fn a_member_on_its_own_line_goes_with_its_line_and_comment() {
        let text = "{\n  \"a\": 1,\n  \"b\": 2, // about b\n  \"c\": 3\n}\n";
        assert_eq!(run(text, Fix::safe("x").remove("/b")).unwrap(), "{\n  \"a\": 1,\n  \"c\": 3\n}\n");
    }

    #[test]
    fn the_last_member_takes_the_comma_before_it() {
        let text = "{\n  \"a\": 1, // about a\n  \"b\": 2 // about b\n}";
        assert_eq!(run(text, Fix::safe("x").remove("/b")).unwrap(), "{\n  \"a\": 1 // about a\n}");
        assert_eq!(run("{\"a\":1,\"b\":2}", Fix::safe("x").remove("/b")).unwrap(), "{\"a\":1}");
        assert_eq!(run("[1, 2, 3]", Fix::safe("x").remove("/1").remove("/2")).unwrap(), "[1]");
        assert_eq!(run("{\"a\": {\"b\": 1}}", Fix::safe("x").remove("/a/b")).unwrap(), "{\"a\": {}}");
    }

    #[test]
    fn a_move_creates_the_object_indented_like_its_neighbours() {
        let text = "{\n    \"name\":\"x\",\n    \"master_count\":3,\n    \"size\":[\n        1\n    ]\n}";
        let fix = Fix::unsafe_("x")
            .copy_to("/master_count", "/control_plane_config/size")
            .remove("/master_count")
            .copy_to("/size", "/control_plane_config/list")
            .remove("/size");
        let fixed = run(text, fix).unwrap();
        assert_eq!(
            fixed,
            "{\n    \"name\":\"x\",\n    \"control_plane_config\":{\n        \"size\":3,\n        \"list\":[\n            1\n        ]\n    }\n}"
        );
        assert!(serde_json::from_str::<serde_json::Value>(&fixed).is_ok());
    }

    #[test]
    fn members_copied_together_keep_their_order() {
        let text = "{\"b\": 1, \"a\": 2, \"c\": 3}";
        let fix = Fix::unsafe_("x")
            .copy_to("/a", "/new/a")
            .remove("/a")
            .set("/new/z", "0")
            .copy_to("/c", "/new/c")
            .remove("/c")
            .copy_to("/b", "/new/b")
            .remove("/b");
        assert_eq!(run(text, fix).unwrap(), "{\"new\": {\"b\": 1, \"z\": 0, \"a\": 2, \"c\": 3}}");
    }

    #[test]
    fn a_set_into_an_empty_or_inline_object() {
        assert_eq!(run("{\"a\": {}}", Fix::safe("x").set("/a/b", "1")).unwrap(), "{\"a\": {\"b\": 1}}");
        assert_eq!(run("{\"a\":1,\"b\":2}", Fix::safe("x").set("/c", "3")).unwrap(), "{\"a\":1,\"b\":2,\"c\":3}");
        let text = "{\n  \"a\": {}\n}";
        assert_eq!(run(text, Fix::safe("x").set("/a/b", "1")).unwrap(), "{\n  \"a\": {\n    \"b\": 1\n  }\n}");
        assert_eq!(run(text, Fix::safe("x").set("/a", "1")), None, "already set");
    }

    #[test]
    fn renames_replacements_and_appends() {
        let text = "{ \"vpc_id\": \"v\", \"n\": 26, \"l\": [] }";
        let fix = Fix::safe("x").rename_key("/vpc_id", "vpcid").replace("/n", "\"26\"").append("/l", "{\"a\": 1}");
        assert_eq!(run(text, fix).unwrap(), "{ \"vpcid\": \"v\", \"n\": \"26\", \"l\": [{\"a\": 1}] }");
    }
}
