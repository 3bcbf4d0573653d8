//! Where secret values stand in the text, so that no output shows them.
//!
//! A secret is masked by its place (a byte range of the input), never by its text: code frames replace those
//! ranges with a fixed `****`, and checks that quote source text (syntax findings) leave out any token that
//! overlaps them. Replacing the text of a password wherever it appears would corrupt every field name, rule
//! name or word that happens to equal it, and so tell the reader what the password is.

use super::tree::{Node, NodeValue};
use crate::spec::{FIELD_META, FieldMeta};
use std::sync::OnceLock;

/// What every secret value is shown as: always the same width, so not even the length shows.
// The masked text is what the human format shows (a `cli` feature renderer).
const MASK: &str = "****";

/// The byte ranges of the secret values of one text: sorted, disjoint, never empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SecretSpans {
    ranges: Vec<(usize, usize)>,
}

impl SecretSpans {
    /// The secret values found by reading the raw text: works whether or not the text parses.
    ///
    /// Every value that follows a secret key (`"login_password": "…"`, a bare `login_password: …`, a key written
    /// with escapes) is a secret: a string's contents, a number or bare word, and every string or scalar inside
    /// an array or object there (a secret of the wrong type is still a secret). Comments are read too, so a
    /// password left in a commented-out line is masked as well.
    pub fn in_text(text: &str) -> SecretSpans {
        if !may_hold_secret_key(text) {
            return SecretSpans::default();
        }
        let mut ranges = Vec::new();
        scan(text.as_bytes(), 0, text.len(), &mut ranges);
        SecretSpans::from_ranges(ranges)
    }

    /// The secret values of a document: those of [`SecretSpans::in_text`], and every value the parsed tree holds
    /// under a secret key (the parser's own reading, so that no difference between the two can show a secret).
    pub fn in_document(text: &str, root: Option<&Node>) -> SecretSpans {
        // The tree's keys are read from this text: without an escape, each is a piece of it.
        if !may_hold_secret_key(text) {
            return SecretSpans::default();
        }
        let mut ranges = Vec::new();
        scan(text.as_bytes(), 0, text.len(), &mut ranges);
        if let Some(root) = root {
            root.for_each_member(&mut |m| {
                if is_secret_key(&m.key) {
                    tree_leaves(text, &m.value, &mut ranges);
                }
            });
        }
        SecretSpans::from_ranges(ranges)
    }

    fn from_ranges(mut ranges: Vec<(usize, usize)>) -> SecretSpans {
        ranges.retain(|(start, end)| start < end);
        ranges.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
        for (start, end) in ranges {
            match merged.last_mut() {
                Some(last) if start <= last.1 => last.1 = last.1.max(end),
                _ => merged.push((start, end)),
            }
        }
        SecretSpans { ranges: merged }
    }

    /// Whether the text has no secret value.
    pub fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }

    /// Whether any byte of `start..end` belongs to a secret value (an empty range: whether `start` is inside one).
    pub fn overlaps(&self, start: usize, end: usize) -> bool {
        let end = end.max(start + 1);
        // The first range that ends after `start` is the only one that can overlap.
        let i = self.ranges.partition_point(|&(_, e)| e <= start);
        self.ranges.get(i).is_some_and(|&(s, _)| s < end)
    }

    /// The secret value that `start..end` overlaps, widened to cover both (a finding inside a secret marks all of
    /// it, so that where the finding stands tells nothing about the secret).
    pub fn widen(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let first = self.ranges.partition_point(|&(_, e)| e <= start);
        let overlapping = self.ranges[first..].iter().take_while(|&&(s, _)| s < end.max(start + 1));
        overlapping.fold(None, |acc: Option<(usize, usize)>, &(s, e)| {
            let (lo, hi) = acc.unwrap_or((start, end));
            Some((lo.min(s), hi.max(e)))
        })
    }

    /// `text` with every secret value replaced by a fixed `****`.
    pub fn mask(&self, text: &str) -> MaskedText {
        let mut masked = String::with_capacity(text.len());
        let mut cuts = Vec::with_capacity(self.ranges.len());
        let mut last = 0;
        for &(start, end) in &self.ranges {
            // Ranges come from this text and lie on character boundaries; should one not, mask more, never less.
            let mut start = start.max(last).min(text.len());
            let mut end = end.min(text.len());
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            while !text.is_char_boundary(end) {
                end += 1;
            }
            if start >= end {
                continue;
            }
            masked.push_str(&text[last..start]);
            masked.push_str(MASK);
            cuts.push((start, end));
            last = end;
        }
        masked.push_str(&text[last..]);
        MaskedText { text: masked, cuts }
    }
}

/// A text with its secret values masked, and the map between its offsets and the original ones.
#[derive(Debug, Clone)]
pub struct MaskedText {
    /// The text to show.
    pub text: String,
    /// Masked byte ranges of the original text, in order.
    cuts: Vec<(usize, usize)>,
}

impl MaskedText {
    /// Where byte `offset` of the original text is in the masked text (inside a secret: inside its mask).
    pub fn map(&self, offset: usize) -> usize {
        let mut shift = 0isize;
        for &(start, end) in &self.cuts {
            if offset < start {
                break;
            }
            let new_start = (start as isize - shift) as usize;
            if offset < end {
                return new_start + (offset - start).min(MASK.len());
            }
            shift += (end - start) as isize - MASK.len() as isize;
        }
        (offset as isize - shift) as usize
    }

    /// Where byte `offset` of the masked text is in the original text (inside a mask: inside its secret).
    pub fn unmap(&self, offset: usize) -> usize {
        let mut shift = 0isize;
        for &(start, end) in &self.cuts {
            let new_start = (start as isize - shift) as usize;
            if offset < new_start {
                break;
            }
            if offset < new_start + MASK.len() {
                return (start + (offset - new_start)).min(end);
            }
            shift += (end - start) as isize - MASK.len() as isize;
        }
        (offset as isize + shift) as usize
    }
}

/// `text` with every secret value masked: the raw-text reading only (see [`SecretSpans::in_text`]).
#[cfg(any(feature = "cli", test))]
pub fn mask_secrets(text: &str) -> MaskedText {
    SecretSpans::in_text(text).mask(text)
}

/// `pointer` cut after its first secret key: the keys and indices below a secret are part of it
/// (`/login_password/Zq7#vT9` for a password written as an object's key).
pub fn stop_at_secret(pointer: &str) -> &str {
    let mut end = 0;
    for segment in pointer.split('/').skip(1) {
        end += 1 + segment.len();
        let key =
            if segment.contains('~') { segment.replace("~1", "/").replace("~0", "~").into() } else { segment.into() };
        let key: std::borrow::Cow<'_, str> = key;
        if is_secret_key(&key) {
            return &pointer[..end];
        }
    }
    pointer
}

/// Whether some key in `text` could be a secret's: the text has a fragment of a secret's key somewhere (every
/// secret key has one, see [`looks_secret`]), or an escape that could stand for a letter (`\u0070`, a line
/// continuation; `\"`, `\n` and the like stand for none, and addon configs are full of them). Most bodies have
/// neither: then one look at each byte rules out every key, where finding the keys costs far more.
fn may_hold_secret_key(text: &str) -> bool {
    let bytes = text.as_bytes();
    let no_letter = |b: Option<&u8>| matches!(b, Some(b'"' | b'\'' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't'));
    memchr::memchr_iter(b'\\', bytes).any(|i| !no_letter(bytes.get(i + 1))) || looks_secret(text)
}

/// Bytes that end a bare word (a key or value written without quotes).
fn ends_word(b: u8) -> bool {
    b.is_ascii_whitespace() || matches!(b, b'{' | b'}' | b'[' | b']' | b',' | b':' | b'"' | b'\'' | b'/')
}

/// Reads `bytes[start..end]` and records the secret values in it.
fn scan(bytes: &[u8], start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let mut i = start;
    while i < end {
        let ((key_start, key_end), after) = match bytes[i] {
            b'/' if opens_comment(bytes, i, end) => {
                let (inner, after) = comment_at(bytes, i, end);
                scan(bytes, inner.0, inner.1, out);
                i = after;
                continue;
            }
            b'"' | b'\'' => string_at(bytes, i, end),
            b if ends_word(b) => {
                i += 1;
                continue;
            }
            _ => {
                let mut j = i;
                while j < end && !ends_word(bytes[j]) {
                    j += 1;
                }
                ((i, j), j)
            }
        };
        i = after;
        let next = skip_space(bytes, after, end);
        // The value follows a `:`, or the `=` or `;` typed in its place, or directly a quote where the `:` was
        // left out (the tolerant parser reads all of these as a member).
        let value = match bytes.get(next).filter(|_| next < end) {
            Some(b':') => skip_space(bytes, next + 1, end),
            Some(b'=' | b';') | Some(b'"' | b'\'') if is_secret_raw(bytes, key_start, key_end) => {
                if matches!(bytes[next], b'=' | b';') { skip_space(bytes, next + 1, end) } else { next }
            }
            _ => continue,
        };
        if !is_secret_raw(bytes, key_start, key_end) {
            continue;
        }
        i = secret_value(bytes, value, end, out);
    }
}

fn is_secret_raw(bytes: &[u8], start: usize, end: usize) -> bool {
    std::str::from_utf8(&bytes[start..end]).is_ok_and(|raw| is_secret_key(&decode_key(raw)))
}

/// Records the value at `start`; a value followed by `:` (the key written twice, `"login_password":
/// "login_password": "…"`, or a stray word) is recorded together with the value after it. Returns where
/// scanning goes on.
fn secret_value(bytes: &[u8], start: usize, end: usize, out: &mut Vec<(usize, usize)>) -> usize {
    let mut value = start;
    loop {
        let after = match bytes.get(value).filter(|_| value < end) {
            Some(b'"' | b'\'') => {
                let (inner, after) = string_at(bytes, value, end);
                out.push(inner);
                after
            }
            Some(b'[' | b'{') => return nested(bytes, value, end, out),
            Some(b',' | b'}' | b']' | b':') | None => return value,
            Some(_) => bare_value(bytes, value, end, out),
        };
        let colon = skip_space(bytes, after, end);
        if colon >= end || bytes[colon] != b':' {
            return after;
        }
        value = skip_space(bytes, colon + 1, end);
    }
}

/// The key as the parser reads it: escapes such as `\u005f` decoded (a key written that way is still the key).
fn decode_key(raw: &str) -> std::borrow::Cow<'_, str> {
    if !raw.contains('\\') {
        return raw.into();
    }
    serde_json::from_str::<String>(&format!("\"{raw}\"")).map_or(raw.into(), Into::into)
}

fn skip_space(bytes: &[u8], mut i: usize, end: usize) -> usize {
    while i < end && bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// A value written without quotes (a number, or a password the writer forgot to quote): everything up to the
/// next `,`, closing bracket or line break. `null`, `true` and `false` give nothing away and stay visible.
fn bare_value(bytes: &[u8], start: usize, end: usize, out: &mut Vec<(usize, usize)>) -> usize {
    let mut j = start;
    while j < end && !matches!(bytes[j], b',' | b'}' | b']' | b'\n' | b'\r') {
        j += 1;
    }
    let mut value_end = j;
    while value_end > start && bytes[value_end - 1].is_ascii_whitespace() {
        value_end -= 1;
    }
    if !matches!(&bytes[start..value_end], b"null" | b"true" | b"false") {
        out.push((start, value_end));
    }
    j
}

/// Records every string's contents and every other scalar in the array or object at `start`; returns one past
/// its closing bracket.
fn nested(bytes: &[u8], start: usize, end: usize, out: &mut Vec<(usize, usize)>) -> usize {
    let mut depth = 0usize;
    let mut i = start;
    while i < end {
        match bytes[i] {
            b'/' if opens_comment(bytes, i, end) => {
                let (inner, after) = comment_at(bytes, i, end);
                scan(bytes, inner.0, inner.1, out);
                i = after;
                continue;
            }
            b'"' | b'\'' => {
                let (inner, after) = string_at(bytes, i, end);
                out.push(inner);
                i = after;
                continue;
            }
            b'[' | b'{' => depth += 1,
            b']' | b'}' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            b if ends_word(b) => {}
            _ => {
                let mut j = i;
                while j < end && !ends_word(bytes[j]) {
                    j += 1;
                }
                if !matches!(&bytes[i..j], b"null" | b"true" | b"false") {
                    out.push((i, j));
                }
                i = j;
                continue;
            }
        }
        i += 1;
    }
    end
}

/// The byte range of the contents of the string literal opened at `start`, and where scanning continues.
/// An unterminated string ends at the end of its line (or of the input).
fn string_at(bytes: &[u8], start: usize, end: usize) -> ((usize, usize), usize) {
    let quote = bytes[start];
    let mut i = start + 1;
    while i < end {
        match bytes[i] {
            b'\\' => i = (i + 2).min(end),
            b'\n' | b'\r' => return ((start + 1, i), i),
            b if b == quote => return ((start + 1, i), i + 1),
            _ => i += 1,
        }
    }
    ((start + 1, end), end)
}

fn opens_comment(bytes: &[u8], i: usize, end: usize) -> bool {
    i + 1 < end && matches!(bytes[i + 1], b'/' | b'*')
}

/// The contents of the comment opened at `start` (`//` to the end of the line, `/*` to `*/`), and where
/// scanning continues.
fn comment_at(bytes: &[u8], start: usize, end: usize) -> ((usize, usize), usize) {
    let inner = start + 2;
    if bytes[start + 1] == b'/' {
        let close = bytes[inner..end].iter().position(|&b| b == b'\n').map_or(end, |p| inner + p);
        return ((inner, close), close);
    }
    match bytes[inner..end].windows(2).position(|w| w == b"*/") {
        Some(p) => ((inner, inner + p), inner + p + 2),
        None => ((inner, end), end),
    }
}

/// Every secret leaf of a parsed value: a string's contents, a number, an object's keys.
fn tree_leaves(text: &str, node: &Node, out: &mut Vec<(usize, usize)>) {
    let span = (node.span.start, node.span.end.min(text.len()));
    match &node.value {
        NodeValue::Null | NodeValue::Bool(_) => {}
        NodeValue::String(_) => out.push(contents(text, span)),
        NodeValue::Number(_) => out.push(span),
        NodeValue::Array(items) => items.iter().for_each(|item| tree_leaves(text, item, out)),
        NodeValue::Object(members) => {
            for m in members {
                out.push(contents(text, (m.key_span.start, m.key_span.end.min(text.len()))));
                tree_leaves(text, &m.value, out);
            }
        }
    }
}

/// The inside of a quoted string's span; a bare word's span as it is.
fn contents(text: &str, span: (usize, usize)) -> (usize, usize) {
    let quoted = text.as_bytes().get(span.0).is_some_and(|b| matches!(b, b'"' | b'\''));
    if quoted && span.1 >= span.0 + 2 { (span.0 + 1, span.1 - 1) } else { span }
}

/// Whether a key holds a secret: a secret field's key, another tool's name for it (`password`), or a near miss
/// (`login_pasword`, `Login_Password`) — a typo must not put the password on screen.
pub fn is_secret_key(key: &str) -> bool {
    static SECRETS: OnceLock<Vec<&'static FieldMeta>> = OnceLock::new();
    let secrets = SECRETS.get_or_init(|| FIELD_META.iter().filter(|m| m.secret).collect());
    // This runs for every key of every document with findings (twice when a renderer checks fix edits): most
    // keys are ruled out by length (a near miss is at most two edits from a secret's key) or by not looking
    // like a secret's, without allocating; only the rest pay for edit distances.
    let near = |m: &&FieldMeta| m.key.len().abs_diff(key.len()) <= 2;
    let exact =
        |m: &&FieldMeta| m.key.eq_ignore_ascii_case(key) || m.aliases.iter().any(|a| a.eq_ignore_ascii_case(key));
    if secrets.iter().any(exact) {
        return true;
    }
    if !secrets.iter().any(near) || !looks_secret(key) {
        return false;
    }
    near_miss(key, || {
        let lower = key.to_ascii_lowercase();
        secrets.iter().any(|m| near(m) && strsim::osa_distance(m.key, &lower) <= 2)
    })
}

/// Whether `key` holds, in any ASCII case, a fragment of a secret's key (`pass`, `pwd`, `login`, `user_c`,
/// `userc`), looking further only where a fragment's first letter stands. Every secret key and alias holds one,
/// which [`may_hold_secret_key`] relies on.
fn looks_secret(key: &str) -> bool {
    let key = key.as_bytes();
    let fragment_at = |i: usize| {
        let rest = &key[i..];
        let starts = |s: &str| rest.get(..s.len()).is_some_and(|head| head.eq_ignore_ascii_case(s.as_bytes()));
        match rest[0].to_ascii_lowercase() {
            b'p' => starts("pass") || starts("pwd"),
            b'l' => starts("login"),
            b'u' => starts("user_c") || starts("userc"),
            _ => false,
        }
    };
    // memchr finds the first letters a few bytes at a time: a whole text is read this way too.
    memchr::memchr3_iter(b'p', b'l', b'u', key).any(fragment_at)
        || memchr::memchr3_iter(b'P', b'L', b'U', key).any(fragment_at)
}

/// `decide(key)`, remembered per thread: the keys that get this far repeat from file to file, and edit
/// distances are dear (a bounded number of answers: memory must not grow with the files).
fn near_miss(key: &str, decide: impl FnOnce() -> bool) -> bool {
    const REMEMBERED: usize = 4096;
    thread_local! {
        static ANSWERS: std::cell::RefCell<std::collections::HashMap<Box<str>, bool>> = Default::default();
    }
    ANSWERS.with(|answers| {
        if let Some(&answer) = answers.borrow().get(key) {
            return answer;
        }
        let answer = decide();
        let mut answers = answers.borrow_mut();
        if answers.len() >= REMEMBERED {
            answers.clear();
        }
        answers.insert(key.into(), answer);
        answer
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masked(text: &str) -> String {
        mask_secrets(text).text
    }

    /// What [`may_hold_secret_key`] relies on to pass over a text: no secret key is without a fragment.
    #[test]
    fn every_secret_key_holds_a_fragment() {
        for meta in FIELD_META.iter().filter(|m| m.secret) {
            for key in std::iter::once(&meta.key).chain(meta.aliases) {
                assert!(looks_secret(key), "{key}");
                assert!(looks_secret(&key.to_ascii_uppercase()), "{key}");
            }
        }
        assert!(!may_hold_secret_key(r#"{"name": "a", "user_data": "x", "pool": "p"}"#));
        assert!(!may_hold_secret_key(r#"{"config": "{\"IPVlan\":\"false\"}\n\t\\\/"}"#));
        for escaped in [r#"{"\u006cogin_password": "x"}"#, r#"{"\x6cogin": 1}"#, "{'a\\\nb': 1}", "{\"a\\"] {
            assert!(may_hold_secret_key(escaped), "{escaped}");
        }
        assert_eq!(SecretSpans::in_text(r#"{"\u006cogin_password": "x"}"#).ranges, [(25, 26)]);
        assert_eq!(SecretSpans::in_text(r#"{"PASSWORD": "x"}"#).ranges, [(14, 15)]);
    }

    /// The quick tests in `is_secret_key` (length, fragments without allocating, remembered answers) decide as
    /// the plain rule does: an exact key or alias in any case, or a key within two edits of a secret's key
    /// that holds one of its fragments.
    #[test]
    fn secret_keys_are_decided_as_the_plain_rule_decides() {
        let secrets: Vec<&FieldMeta> = FIELD_META.iter().filter(|m| m.secret).collect();
        let plain = |key: &str| {
            let lower = key.to_ascii_lowercase();
            secrets
                .iter()
                .any(|m| m.key.eq_ignore_ascii_case(key) || m.aliases.iter().any(|a| a.eq_ignore_ascii_case(key)))
                || ["pass", "pwd", "login", "user_c", "userc"].iter().any(|s| lower.contains(s))
                    && secrets
                        .iter()
                        .any(|m| m.key.len().abs_diff(key.len()) <= 2 && strsim::osa_distance(m.key, &lower) <= 2)
        };
        let keys = [
            "login_password",
            "Login_Password",
            "LOGIN_PASSWORD",
            "login_pasword",
            "login_passwrd",
            "loginpassword",
            "login_pwd",
            "password",
            "Password",
            "user_ca",
            "User_CA",
            "userca",
            "user_cb",
            "usr_ca",
            "user_c",
            "runtime",
            "key_pair",
            "image_type",
            "name",
            "value",
            "labels",
            "login_as_non_root",
            "pass",
            "plogin_",
            "ülogin_password",
            "login_passwörd",
            "",
            "p",
            "PWD_login",
            "cluster_spec",
            "kubernetes_version",
        ];
        for key in keys {
            assert_eq!(is_secret_key(key), plain(key), "{key}");
            // Asked again: the remembered answer is the same.
            assert_eq!(is_secret_key(key), plain(key), "{key}");
        }
        assert!(is_secret_key("Login_Pasword") && !is_secret_key("key_pair"));
    }

    #[test]
    fn secrets_become_four_stars_and_offsets_follow() {
        let text = r#"{"login_password": "a-long-password", "x": 1}"#;
        let m = mask_secrets(text);
        assert_eq!(m.text, r#"{"login_password": "****", "x": 1}"#);
        let x = text.find("\"x\"").unwrap();
        assert_eq!(&m.text[m.map(x)..m.map(x) + 3], "\"x\"");
        assert_eq!(m.unmap(m.map(x)), x);
        let inside = text.find("long").unwrap();
        assert!(m.map(inside) <= m.text.find("****").unwrap() + 4);
        let mask = m.text.find("****").unwrap();
        assert_eq!(m.unmap(mask), text.find("a-long").unwrap());
    }

    #[test]
    fn unterminated_and_nested_secrets_are_masked_whole() {
        assert_eq!(masked("{\"login_password\": \"abc\n}"), "{\"login_password\": \"****\n}");
        assert_eq!(masked("{\"login_password\": \"abc"), "{\"login_password\": \"****");
        assert_eq!(masked(r#"{"password": ["a", "b"]}"#), r#"{"password": ["****", "****"]}"#);
        assert_eq!(masked(r#"{"password": [12345678, null]}"#), r#"{"password": [****, null]}"#);
    }

    #[test]
    fn a_secret_equal_to_its_key_masks_only_the_value() {
        let text = r#"{"login_password": "login_password", "key_pair": "login_password"}"#;
        assert_eq!(masked(text), r#"{"login_password": "****", "key_pair": "login_password"}"#);
    }

    #[test]
    fn unquoted_escaped_and_commented_secrets() {
        assert_eq!(masked("{login_password: 'abc'}"), "{login_password: '****'}");
        assert_eq!(masked("{\"login_password\": 12345678}"), "{\"login_password\": ****}");
        assert_eq!(masked("{\"login_password\": Zq7#vT9 , \"a\": 1}"), "{\"login_password\": **** , \"a\": 1}");
        assert_eq!(masked("{\"login_password\": null}"), "{\"login_password\": null}");
        assert_eq!(masked(r#"{"login\u005fpassword": "abc"}"#), r#"{"login\u005fpassword": "****"}"#);
        assert_eq!(
            masked("{ /* it's */ \"login_password\": \"abc\" // \"password\": \"old\"\n}"),
            "{ /* it's */ \"login_password\": \"****\" // \"password\": \"****\"\n}"
        );
    }

    #[test]
    fn slips_around_a_secret_keep_it_masked() {
        assert_eq!(
            masked(r#"{"login_password": "login_password": "Zq7#vT9"}"#),
            r#"{"login_password": "****": "****"}"#
        );
        assert_eq!(masked(r#"{"login_password": "a": b, "x": 1}"#), r#"{"login_password": "****": ****, "x": 1}"#);
        assert_eq!(masked(r#"{"login_password" "a", "x" = 1}"#), r#"{"login_password" "****", "x" = 1}"#);
        assert_eq!(masked(r#"{"login_password" = "a"}"#), r#"{"login_password" = "****"}"#);
        assert_eq!(masked(r#"["login_password", "a"]"#), r#"["login_password", "a"]"#);
    }

    #[test]
    fn pointers_stop_at_a_secret() {
        assert_eq!(stop_at_secret("/login_password/Zq7#/0"), "/login_password");
        assert_eq!(
            stop_at_secret("/nodepools/0/scaling_group/login_password"),
            "/nodepools/0/scaling_group/login_password"
        );
        assert_eq!(stop_at_secret("/nodepools/0/name"), "/nodepools/0/name");
        assert_eq!(stop_at_secret(""), "");
    }

    #[test]
    fn spans_overlap() {
        let spans = SecretSpans::from_ranges(vec![(10, 14), (2, 4), (3, 6), (20, 20)]);
        assert_eq!(spans.ranges, vec![(2, 6), (10, 14)]);
        assert!(spans.overlaps(5, 8) && spans.overlaps(0, 3) && spans.overlaps(12, 12));
        assert!(!spans.overlaps(6, 10) && !spans.overlaps(14, 30) && !spans.overlaps(0, 2));
        assert_eq!(spans.widen(3, 4), Some((2, 6)));
        assert_eq!(spans.widen(5, 11), Some((2, 14)));
        assert_eq!(spans.widen(6, 10), None);
    }
}
