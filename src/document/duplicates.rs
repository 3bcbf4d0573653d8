//! Keys written twice in one object: one finding per repeat, on the repeat, with a label on the first
//! occurrence. Its fix (unsafe: which value is meant is the user's choice) deletes every occurrence but the last,
//! the one that counts.
//!
//! A hostile body can repeat a key thousands of times, so the work stays linear: keys are grouped in one pass
//! per object, a key's fix is worked out once for all its repeats, and only repeats the per-file cap on findings
//! can keep get one (the others are cut from the report before anyone sees their fix).

use super::limits::MAX_FINDINGS_PER_FILE;
use super::touches;
use super::tree::{Member, Node, NodeValue, push_escaped};
use crate::checks;
use crate::diagnostic::{Diagnostic, Label, Span};
use crate::fix::Fix;
use crate::i18n::Lang;
use crate::t;
use std::collections::{BTreeSet, HashMap};

/// Reports every repeated key of the tree `root` of `text`; `repaired` are the spans the parser's repairs
/// changed, where no fix can be worked out yet.
pub(super) fn report(text: &str, root: &Node, repaired: &[Span], lang: Lang, out: &mut Vec<Diagnostic>) {
    let mut found: Vec<Found<'_>> = Vec::new();
    root.walk(&mut |pointer, _, node| {
        let NodeValue::Object(members) = &node.value else { return };
        for (at, places) in repeats(members) {
            found.push(Found { object: pointer.to_string(), node, at, places });
        }
    });
    // The repeats the cap can keep: the first ones in the text (others come after at least as many findings).
    let mut by_position: Vec<usize> = (0..found.len()).collect();
    by_position.sort_by_key(|&i| found[i].member().key_span.start);
    let mut fixable = vec![false; found.len()];
    for &i in by_position.iter().take(MAX_FINDINGS_PER_FILE + 1) {
        fixable[i] = true;
    }
    // One fix per repeated key of an object, shared by its repeats.
    let mut fixes: HashMap<(usize, usize), Option<Fix>> = HashMap::new();
    for (i, f) in found.iter().enumerate() {
        let m = f.member();
        let first = f.members()[f.places[0]].key_span;
        let mut key_pointer = f.object.clone();
        key_pointer.push('/');
        push_escaped(&mut key_pointer, &m.key);
        let key = m.key.as_str();
        let mut diagnostic = checks::DUPLICATE_KEY
            .diagnostic(t!(lang, "syntax-duplicate-key", key))
            .at(key_pointer.clone())
            .span(m.key_span)
            .label(t!(lang, "syntax-duplicate-key.label"))
            .with(Label {
                pointer: Some(key_pointer),
                span: Some(first),
                message: t!(lang, "syntax-duplicate-key.label-first"),
            })
            .help(t!(lang, "syntax-duplicate-key.help", key));
        if fixable[i] {
            let key = (std::ptr::from_ref(f.node) as usize, f.places[0]);
            if let Some(fix) = fixes.entry(key).or_insert_with(|| removal(text, f, repaired, lang)) {
                diagnostic = diagnostic.fix(fix.clone());
            }
        }
        out.push(diagnostic);
    }
}

/// A repeated member.
struct Found<'a> {
    /// The pointer of its object.
    object: String,
    /// Its object.
    node: &'a Node,
    /// Its index among the object's members.
    at: usize,
    /// The indices of every member with its key, in order (shared by the repeats of that key).
    places: std::rc::Rc<[usize]>,
}

impl Found<'_> {
    fn members(&self) -> &[Member] {
        match &self.node.value {
            NodeValue::Object(members) => members,
            _ => &[],
        }
    }

    fn member(&self) -> &Member {
        &self.members()[self.at]
    }
}

/// The fix of a repeated key: delete every member with that key but the last.
fn removal(text: &str, f: &Found<'_>, repaired: &[Span], lang: Lang) -> Option<Fix> {
    let earlier: BTreeSet<usize> = f.places[..f.places.len() - 1].iter().copied().collect();
    let key = &f.member().key;
    let edits = crate::fix::remove_members(text, f.node, &earlier)?;
    // Text a repair changed is not the text the removal was worked out on: leave it to a later round.
    if !edits.iter().all(|e| repaired.iter().all(|r| !touches(e.span, *r))) {
        return None;
    }
    let message = t!(lang, "syntax-duplicate-key.fix", key = key.as_str(), count = earlier.len());
    Some(edits.into_iter().fold(Fix::unsafe_(message), Fix::edit))
}

/// The repeats of an object's keys, in member order: each repeat's index, with the indices of every member
/// that has its key. A narrow object compares keys pairwise; a wide one groups them in a map, so that it costs
/// one pass.
fn repeats(members: &[Member]) -> Vec<(usize, std::rc::Rc<[usize]>)> {
    const NARROW: usize = 32;
    let mut out = Vec::new();
    if members.len() <= NARROW {
        for (i, m) in members.iter().enumerate() {
            if members[..i].iter().any(|e| e.key == m.key) {
                let places: Vec<usize> = (0..members.len()).filter(|&j| members[j].key == m.key).collect();
                out.push((i, places.into()));
            }
        }
        return out;
    }
    let mut places: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, m) in members.iter().enumerate() {
        places.entry(m.key.as_str()).or_default().push(i);
    }
    let shared: HashMap<&str, std::rc::Rc<[usize]>> =
        places.into_iter().filter(|(_, p)| p.len() > 1).map(|(k, p)| (k, p.into())).collect();
    for (i, m) in members.iter().enumerate() {
        if let Some(places) = shared.get(m.key.as_str()).filter(|p| p[0] != i) {
            out.push((i, places.clone()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(key: &str) -> Member {
        Member {
            key: key.into(),
            key_span: Span::new(0, 0),
            value: Node { span: Span::new(0, 0), value: NodeValue::Null },
        }
    }

    /// The definition, one repeat at a time: every member whose key an earlier member has.
    fn pairwise(members: &[Member]) -> Vec<(usize, Vec<usize>)> {
        (0..members.len())
            .filter(|&i| members[..i].iter().any(|e| e.key == members[i].key))
            .map(|i| (i, (0..members.len()).filter(|&j| members[j].key == members[i].key).collect()))
            .collect()
    }

    #[test]
    fn wide_and_narrow_objects_find_the_same_repeats() {
        let keys: Vec<String> =
            (0..40).map(|i| ["a", "b", "c"].get(i % 7).map_or(format!("k{i}"), |k| k.to_string())).collect();
        for len in [0, 1, 7, 21, 32, 33, 40] {
            let members: Vec<Member> = keys[..len].iter().map(|k| member(k)).collect();
            let found: Vec<(usize, Vec<usize>)> = repeats(&members).into_iter().map(|(i, p)| (i, p.to_vec())).collect();
            assert_eq!(found, pairwise(&members), "{len} members");
        }
        assert_eq!(repeats(&keys.iter().map(|k| member(k)).collect::<Vec<_>>()).len(), 15);
    }

    #[test]
    fn only_the_repeats_the_cap_keeps_carry_the_fix_and_they_share_it() {
        let n = MAX_FINDINGS_PER_FILE + 50;
        let members: Vec<String> = (0..n).map(|i| format!("\"name\": {i}")).collect();
        let text = format!("{{{}}}", members.join(", "));
        let mut out = Vec::new();
        let doc = super::super::parse(text.as_bytes(), &mut out);
        assert!(doc.root().is_some());
        let repeats: Vec<&Diagnostic> = out.iter().filter(|d| d.code == "JSON005").collect();
        assert_eq!(repeats.len(), n - 1);
        let with_fix = repeats.iter().filter(|d| d.fix.is_some()).count();
        assert_eq!(with_fix, MAX_FINDINGS_PER_FILE + 1);
        assert!(repeats[..with_fix].iter().all(|d| d.fix == repeats[0].fix), "the first ones, one fix");
        let message = &repeats[0].fix.as_ref().unwrap().message;
        assert_eq!(message, &format!("keep the last `name` and delete the {} earlier ones", n - 1));
    }
}
