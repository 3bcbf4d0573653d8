//! The spans of a few pointers without the span tree: one pass over a strict-JSON text that reads only the
//! members and items the pointers name and steps over everything else.
//!
//! A body with a handful of findings and no fixes to lower needs a dozen positions; building the tree of the
//! whole body for them (every key and string copied, then dropped) costs several times more than this pass.
//! The answers are those [`super::Node::find`] gives on the tree, which the tests check.

use super::lookup::Spans;
use super::tree::unescape_segment;
use crate::diagnostic::Span;
use std::borrow::Cow;

/// The spans of each of `pointers` in `text` (in their order; `None` for a pointer the text does not have), or
/// `None` when the text is not what this reader expects: the strict JSON of the fast path, without duplicate keys
/// or escapes in keys. The caller then builds the tree.
pub(super) fn spans(text: &str, pointers: &[&str]) -> Option<Vec<Option<Spans>>> {
    let mut seeker = Seeker {
        bytes: text.as_bytes(),
        // Room for the pointers and their steps into a container or two, so that they seldom grow.
        wanted: Vec::with_capacity(pointers.len() * 2),
        links: Vec::with_capacity(pointers.len() * 2),
        found: Vec::new(),
    };
    seeker.found.resize(pointers.len(), None);
    seeker.wanted.extend(pointers.iter().enumerate().map(|(i, p)| Wanted::new(i, p)));
    let start = skip_whitespace(seeker.bytes, 0);
    let end = seeker.value(start, None, 0)?;
    (skip_whitespace(seeker.bytes, end) == seeker.bytes.len()).then_some(seeker.found)
}

/// A pointer being followed.
struct Wanted<'a> {
    /// Its place in the answer.
    answer: usize,
    /// The key or index it takes next (unescaped), `None` once it reached its node.
    next: Option<Cow<'a, str>>,
    /// The length and first byte of `next` (see [`tag`]): most keys of an object differ from `next` in these.
    next_tag: usize,
    /// What is left of it after `next`.
    rest: &'a str,
}

impl<'a> Wanted<'a> {
    fn new(answer: usize, rest: &'a str) -> Wanted<'a> {
        match rest.strip_prefix('/') {
            Some(tail) => {
                // Where the segment ends, and whether it needs unescaping (rare: then its end is looked for again).
                let bytes = tail.as_bytes();
                let stop = first_of(bytes, 0, b'/', b'~').unwrap_or(tail.len());
                let tilde = bytes.get(stop) == Some(&b'~');
                let end = if tilde { first_of(bytes, stop, b'/', b'/').unwrap_or(tail.len()) } else { stop };
                let (segment, rest) = tail.split_at(end);
                let next = if tilde { unescape_segment(segment) } else { Cow::Borrowed(segment) };
                Wanted { answer, next_tag: tag(next.as_bytes()), next: Some(next), rest }
            }
            // The pointer's node (`""`), or text that is not a pointer (`x`) and names no node: it can only be
            // reached at the root, and is not looked for below it.
            None => Wanted { answer, next: None, next_tag: usize::MAX, rest },
        }
    }
}

struct Seeker<'a> {
    bytes: &'a [u8],
    /// The pointers still being followed, the innermost node's last: each node reads its own from a base on and
    /// leaves the stack as it found it.
    wanted: Vec<Wanted<'a>>,
    /// The chains of [`Buckets`], the innermost container's last: each container adds its own and removes them
    /// when it ends.
    links: Vec<Link>,
    found: Vec<Option<Spans>>,
}

/// How many buckets the pointers a container reads are spread over.
const BUCKETS: usize = 64;

/// No more links in a chain.
const END: usize = usize::MAX;

/// The pointers that take a step into one container, chained by bucket (of the key's tag, or of the item's index):
/// each key or item is compared only with the pointers of its bucket, not with all of them (a body with many
/// findings asks dozens of pointers, most of them at the root).
struct Buckets {
    /// The first link of each bucket's chain in [`Seeker::links`], or [`END`].
    heads: [usize; BUCKETS],
}

/// A pointer in a chain of [`Buckets`].
#[derive(Clone, Copy)]
struct Link {
    /// The pointer, in [`Seeker::wanted`].
    wanted: usize,
    /// The item it takes next, in an array.
    item: usize,
    /// The next link of the chain, or [`END`].
    next: usize,
}

impl Buckets {
    /// Chains `(pointer, item, bucket)` into `links`, each chain in the order given.
    fn new(links: &mut Vec<Link>, pointers: impl DoubleEndedIterator<Item = (usize, usize, usize)>) -> Buckets {
        let mut heads = [END; BUCKETS];
        // Linked in reverse so that each chain reads in the order given.
        for (wanted, item, bucket) in pointers.rev() {
            links.push(Link { wanted, item, next: heads[bucket] });
            heads[bucket] = links.len() - 1;
        }
        Buckets { heads }
    }
}

impl<'a> Seeker<'a> {
    /// Reads the value at `at` (its key at `key`, for a member), answering the pointers `wanted[base..]` that
    /// lead to it or below it; returns where the value ends.
    fn value(&mut self, at: usize, key: Option<Span>, base: usize) -> Option<usize> {
        let descend = self.wanted[base..].iter().any(|w| w.next.is_some());
        let end = match self.bytes.get(at)? {
            b'{' if descend => self.object(at, base)?,
            b'[' if descend => self.array(at, base)?,
            _ => skip_value(self.bytes, at)?,
        };
        let span = Span::new(at, end);
        for w in &self.wanted[base..] {
            if w.next.is_none() && w.rest.is_empty() {
                self.found[w.answer] = Some((key.unwrap_or(span), span));
            }
        }
        Some(end)
    }

    fn object(&mut self, open: usize, base: usize) -> Option<usize> {
        let top = self.wanted.len();
        let mut at = skip_whitespace(self.bytes, open + 1);
        if self.bytes.get(at) == Some(&b'}') {
            return Some(at + 1);
        }
        let links = self.links.len();
        let wanted = &self.wanted;
        let pointers = (base..top).filter(|&w| wanted[w].next.is_some()).map(|w| (w, 0, bucket(wanted[w].next_tag)));
        let buckets = Buckets::new(&mut self.links, pointers);
        loop {
            let (key_end, escaped) = skip_string(self.bytes, at)?;
            // A key with an escape would need unescaping to compare: rare, left to the tree.
            if escaped {
                return None;
            }
            let key = &self.bytes[at + 1..key_end - 1];
            let key_tag = tag(key);
            let mut link = buckets.heads[bucket(key_tag)];
            while link != END {
                let Link { wanted: w, next, .. } = self.links[link];
                let wanted = &self.wanted[w];
                if wanted.next_tag == key_tag && wanted.next.as_deref().is_some_and(|next| next.as_bytes() == key) {
                    let Wanted { answer, rest, .. } = self.wanted[w];
                    self.wanted.push(Wanted::new(answer, rest));
                }
                link = next;
            }
            let colon = skip_whitespace(self.bytes, key_end);
            if self.bytes.get(colon) != Some(&b':') {
                return None;
            }
            let value = skip_whitespace(self.bytes, colon + 1);
            let end = if self.wanted.len() > top {
                let end = self.value(value, Some(Span::new(at, key_end)), top)?;
                self.wanted.truncate(top);
                end
            } else {
                skip_value(self.bytes, value)?
            };
            at = skip_whitespace(self.bytes, end);
            match self.bytes.get(at)? {
                b',' => at = skip_whitespace(self.bytes, at + 1),
                b'}' => {
                    self.links.truncate(links);
                    return Some(at + 1);
                }
                _ => return None,
            }
        }
    }

    fn array(&mut self, open: usize, base: usize) -> Option<usize> {
        let top = self.wanted.len();
        let mut at = skip_whitespace(self.bytes, open + 1);
        if self.bytes.get(at) == Some(&b']') {
            return Some(at + 1);
        }
        // The item each pointer takes next, read once.
        let links = self.links.len();
        let wanted = &self.wanted;
        let pointers = (base..top)
            .filter_map(|w| Some((w, wanted[w].next.as_deref()?.parse::<usize>().ok()?)))
            .map(|(w, item)| (w, item, item % BUCKETS));
        let buckets = Buckets::new(&mut self.links, pointers);
        let mut index = 0;
        loop {
            let mut link = buckets.heads[index % BUCKETS];
            while link != END {
                let Link { wanted: w, item, next } = self.links[link];
                if item == index {
                    let Wanted { answer, rest, .. } = self.wanted[w];
                    self.wanted.push(Wanted::new(answer, rest));
                }
                link = next;
            }
            let end = if self.wanted.len() > top {
                let end = self.value(at, None, top)?;
                self.wanted.truncate(top);
                end
            } else {
                skip_value(self.bytes, at)?
            };
            at = skip_whitespace(self.bytes, end);
            match self.bytes.get(at)? {
                b',' => at = skip_whitespace(self.bytes, at + 1),
                b']' => {
                    self.links.truncate(links);
                    return Some(at + 1);
                }
                _ => return None,
            }
            index += 1;
        }
    }
}

/// A key's length and first byte in one number, compared before the key itself.
fn tag(key: &[u8]) -> usize {
    key.len() << 8 | usize::from(key.first().copied().unwrap_or(0))
}

/// The bucket of a key's tag.
fn bucket(tag: usize) -> usize {
    ((tag >> 8).wrapping_mul(31) ^ tag) % BUCKETS
}

#[inline]
fn skip_whitespace(bytes: &[u8], mut at: usize) -> usize {
    loop {
        match bytes.get(at) {
            Some(b' ') => at = skip_spaces(bytes, at),
            Some(b'\t' | b'\n' | b'\r') => at += 1,
            _ => return at,
        }
    }
}

/// Past the run of spaces at `at` (a space): indentation, most of a pretty-printed body's whitespace, is read
/// eight bytes at a time.
#[inline]
fn skip_spaces(bytes: &[u8], mut at: usize) -> usize {
    while let Some(eight) = bytes.get(at..at + 8).and_then(|eight| <[u8; 8]>::try_from(eight).ok()) {
        let other = u64::from_le_bytes(eight) ^ u64::from_le_bytes([b' '; 8]);
        if other != 0 {
            // The lowest byte is the first: the trailing zero bytes are the spaces before another byte.
            return at + other.trailing_zeros() as usize / 8;
        }
        at += 8;
    }
    at + bytes[at..].iter().take_while(|&&b| b == b' ').count()
}

/// The end of the string whose opening quote is at `at` (after its closing quote), and whether it holds an escape.
fn skip_string(bytes: &[u8], at: usize) -> Option<(usize, bool)> {
    if bytes.get(at) != Some(&b'"') {
        return None;
    }
    let (mut i, mut escaped) = (at + 1, false);
    loop {
        i = first_of(bytes, i, b'"', b'\\')?;
        match bytes[i] {
            b'"' => return Some((i + 1, escaped)),
            _ => (i, escaped) = (i + 2, true),
        }
    }
}

/// The first byte `a` or `b` at or after `at`. Strings and pointer segments are short: eight bytes are looked at
/// a time without a call (a `memchr` call costs more than reading a short string).
#[inline]
fn first_of(bytes: &[u8], mut at: usize, a: u8, b: u8) -> Option<usize> {
    while let Some(eight) = bytes.get(at..at + 8).and_then(|eight| <[u8; 8]>::try_from(eight).ok()) {
        let word = u64::from_le_bytes(eight);
        let found = bytes_equal(word, a) | bytes_equal(word, b);
        if found != 0 {
            // The lowest byte is the first.
            return Some(at + found.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    Some(at + bytes.get(at..)?.iter().position(|&byte| byte == a || byte == b)?)
}

/// The high bit of each byte of `word` that equals `byte`, and no other bit. No carry crosses a byte: the sum
/// of a byte's low seven bits and 0x7f stays below 0x100.
fn bytes_equal(word: u64, byte: u8) -> u64 {
    const LOW: u64 = u64::from_le_bytes([0x7f; 8]);
    let differ = word ^ u64::from_le_bytes([byte; 8]);
    !(((differ & LOW) + LOW) | differ) & !LOW
}

/// The end of the value at `at`, read no further than needed to find it.
fn skip_value(bytes: &[u8], at: usize) -> Option<usize> {
    match *bytes.get(at)? {
        b'"' => skip_string(bytes, at).map(|(end, _)| end),
        b'{' | b'[' => skip_container(bytes, at),
        // A number or a literal: strict JSON ends it at a separator, a bracket or a space.
        _ => {
            let rest = &bytes[at..];
            let len = rest.iter().position(|b| matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r'));
            Some(at + len.unwrap_or(rest.len()))
        }
    }
}

/// The end of the object or array whose opening bracket is at `at`: one pass over its bytes that steps over
/// strings and indentation and counts brackets (strict JSON nests them evenly, so their kinds need no telling
/// apart).
fn skip_container(bytes: &[u8], at: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = at;
    loop {
        match *bytes.get(i)? {
            b' ' => i = skip_spaces(bytes, i),
            b'"' => i = skip_string(bytes, i)?.0,
            b'{' | b'[' => {
                depth += 1;
                i += 1;
            }
            b'}' | b']' => {
                depth -= 1;
                i += 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => i += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Node;

    /// Every pointer of the tree, and some it does not have.
    fn pointers(root: &Node) -> Vec<String> {
        let mut all = Vec::new();
        root.walk(&mut |p, _, _| all.push(p.to_string()));
        let extra: Vec<String> = all
            .iter()
            .flat_map(|p| [format!("{p}/0"), format!("{p}/x"), format!("{p}/"), format!("{p}/01"), format!("{p}/+1")])
            .chain(["x".to_string(), "/".to_string(), "//".to_string()])
            .collect();
        all.extend(extra);
        all
    }

    /// Checks every pointer of `text` against the tree, asked all at once and one at a time.
    fn agrees_with_the_tree(text: &str) {
        let root = super::super::spans::parse(text).expect("strict JSON");
        let all = pointers(&root);
        let find = |p: &str| root.find(p).map(|(m, n)| (m.map_or(n.span, |m| m.key_span), n.span));
        let refs: Vec<&str> = all.iter().map(String::as_str).collect();
        let mut escaped_key = false;
        root.for_each_member(&mut |m| escaped_key |= text[m.key_span.start..m.key_span.end].contains('\\'));
        // It gives up exactly when a key holds an escape.
        let Some(found) = spans(text, &refs) else {
            assert!(escaped_key, "gave up on {text}");
            return;
        };
        assert!(!escaped_key, "read a key with an escape in {text}");
        for (n, (p, f)) in all.iter().zip(&found).enumerate() {
            assert_eq!(*f, find(p), "{p} in {text}");
            // Asked alone (some of them: each question reads the text again).
            if n % 8 == 0 {
                assert_eq!(spans(text, &[p.as_str()]), Some(vec![find(p)]), "{p} alone in {text}");
            }
        }
    }

    #[test]
    fn answers_as_the_tree_does_on_the_examples_and_fixtures() {
        let mut texts: Vec<String> = ["examples/managed-terway.json", "examples/dedicated-flannel.json"]
            .map(|f| std::fs::read_to_string(f).unwrap())
            .into();
        texts.extend(crate::rule_fixtures::all().into_iter().map(|f| f.text));
        texts.push(
            r#" {"a": {"b": [1, {"c": "d,e"}], "e~/f": {"": 5}}, "g": [], "h": {}, "i": [[true], null]} "#.into(),
        );
        let mut strict = 0;
        for text in texts.iter().filter(|t| super::super::fast::parse(t.as_bytes()).is_some()) {
            strict += 1;
            agrees_with_the_tree(text);
        }
        assert!(strict > 200, "only {strict} strict files");
    }

    proptest::proptest! {
        /// The word-at-a-time search finds what a byte-at-a-time one finds, wherever it starts.
        #[test]
        fn finds_the_first_of_two_bytes(text in "[a\"\\\\/~ é]{0,40}", start in 0usize..42) {
            let bytes = text.as_bytes();
            for (a, b) in [(b'"', b'\\'), (b'/', b'~'), (b'/', b'/')] {
                let expected = bytes.get(start..).and_then(|rest| rest.iter().position(|&c| c == a || c == b));
                proptest::prop_assert_eq!(first_of(bytes, start, a, b), expected.map(|i| start + i));
            }
        }

        #[test]
        fn marks_exactly_the_equal_bytes(word: u64, byte: u8) {
            let expected = word.to_le_bytes().map(|b| if b == byte { 0x80 } else { 0 });
            proptest::prop_assert_eq!(bytes_equal(word, byte), u64::from_le_bytes(expected));
        }
    }

    #[test]
    fn gives_up_on_a_key_with_an_escape_or_a_text_that_is_not_json() {
        assert_eq!(spans(r#"{"a\"b": 1}"#, &["/a\"b"]), None);
        assert_eq!(spans(r#"{"a": 1"#, &["/a"]), None);
        assert_eq!(spans(r#"{"a": 1} x"#, &["/a"]), None);
        // An escape in a value is stepped over.
        assert_eq!(spans(r#"{"a": "\"}", "b": 2}"#, &["/b"]), Some(vec![Some((Span::new(13, 16), Span::new(18, 19)))]));
    }

    proptest::proptest! {
        #[test]
        fn answers_as_the_tree_does_on_any_strict_json(value in crate::document::spans::tests::json(), pretty: bool) {
            let text = if pretty { serde_json::to_string_pretty(&value) } else { serde_json::to_string(&value) };
            agrees_with_the_tree(&text.unwrap());
        }
    }
}
