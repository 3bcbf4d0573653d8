//! Masking secret values in the text shown by code frames, also when the text does not parse.

use crate::spec::{FIELD_META, FieldMeta};
use std::sync::OnceLock;

/// What every secret value is shown as: always the same width, so not even the length shows.
const MASK: &str = "****";

/// The text with every secret value replaced by a fixed `****`, and the map from original offsets to masked ones.
#[derive(Debug, Clone)]
pub struct MaskedText {
    /// The text to show.
    pub text: String,
    /// Masked byte ranges of the original text, in order.
    cuts: Vec<(usize, usize)>,
}

impl MaskedText {
    /// Where byte `offset` of the original text is in the masked text.
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
}

/// Masks the value of every secret key in `text`.
///
/// Works on the raw text: every value that follows a secret key (`"login_password": "…"`, quoted or not), or every
/// string inside an array or object there, is masked, whether or not the document parses.
pub fn mask_secrets(text: &str) -> MaskedText {
    let bytes = text.as_bytes();
    let mut cuts = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'"' && bytes[i] != b'\'' {
            i += 1;
            continue;
        }
        let (content, next) = string_at(bytes, i);
        if is_secret_key(&text[content.0..content.1]) {
            // The value after the `:`, or after `=`, `;` or nothing where the `:` was mistyped or left out.
            let mut j = skip_space(bytes, next);
            if matches!(bytes.get(j), Some(b':' | b'=' | b';')) {
                j = skip_space(bytes, j + 1);
            }
            let value_end = mask_value(bytes, j, &mut cuts);
            if value_end > j {
                i = value_end;
                continue;
            }
        }
        i = next;
    }
    let mut masked = String::with_capacity(text.len());
    let mut last = 0;
    for &(start, end) in &cuts {
        masked.push_str(&text[last..start]);
        masked.push_str(MASK);
        last = end;
    }
    masked.push_str(&text[last..]);
    MaskedText { text: masked, cuts }
}

fn skip_space(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// Records the value at `start`: a string, every string of an array or object, or an unquoted word (up to the
/// end of the line or the punctuation that ends a value). A value followed by `:` (a key written twice, a stray
/// word) is recorded together with the value after it. Returns where scanning continues.
fn mask_value(bytes: &[u8], start: usize, cuts: &mut Vec<(usize, usize)>) -> usize {
    let mut j = start;
    loop {
        let end = match bytes.get(j) {
            Some(b'"' | b'\'') => {
                let (inner, after) = string_at(bytes, j);
                cuts.push(inner);
                after
            }
            Some(b'[' | b'{') => return mask_nested(bytes, j, cuts),
            Some(b',' | b'}' | b']' | b':' | b'/') | None => return j,
            Some(_) => {
                let mut end = j;
                while end < bytes.len() && !matches!(bytes[end], b',' | b'}' | b']' | b'"' | b'\'' | b'\n' | b'\r') {
                    end += 1;
                }
                while end > j && bytes[end - 1].is_ascii_whitespace() {
                    end -= 1;
                }
                cuts.push((j, end));
                end
            }
        };
        let colon = skip_space(bytes, end);
        if bytes.get(colon) != Some(&b':') {
            return end;
        }
        j = skip_space(bytes, colon + 1);
    }
}

/// Records the inside of every string literal in the array or object at `start` (a secret of the wrong shape
/// is still a secret); returns one past its closing bracket.
fn mask_nested(bytes: &[u8], start: usize, cuts: &mut Vec<(usize, usize)>) -> usize {
    let mut depth = 0usize;
    let mut i = start;
    while i < bytes.len() {
        match bytes[i] {
            b'"' | b'\'' => {
                let (inner, after) = string_at(bytes, i);
                cuts.push(inner);
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
            _ => {}
        }
        i += 1;
    }
    bytes.len()
}

/// The byte range of the contents of the string literal opened at `start`, and where scanning continues.
/// An unterminated string ends at the end of its line (or of the input).
fn string_at(bytes: &[u8], start: usize) -> ((usize, usize), usize) {
    let quote = bytes[start];
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i = (i + 2).min(bytes.len()),
            b'\n' => return ((start + 1, i), i),
            b if b == quote => return ((start + 1, i), i + 1),
            _ => i += 1,
        }
    }
    ((start + 1, bytes.len()), bytes.len())
}

/// Whether a key holds a secret: a secret field's key, another tool's name for it (`password`), or a near miss
/// (`login_pasword`, `Login_Password`) — a typo must not put the password on screen.
pub fn is_secret_key(key: &str) -> bool {
    static SECRETS: OnceLock<Vec<&'static FieldMeta>> = OnceLock::new();
    let secrets = SECRETS.get_or_init(|| FIELD_META.iter().filter(|m| m.secret).collect());
    // This runs for every string member of every document with findings: rule out most keys by length first
    // (a near miss is at most two edits from a secret's key), and compute edit distances only for keys that
    // look like a secret's.
    let near = |m: &&FieldMeta| m.key.len().abs_diff(key.len()) <= 2;
    let exact =
        |m: &&FieldMeta| m.key.eq_ignore_ascii_case(key) || m.aliases.iter().any(|a| a.eq_ignore_ascii_case(key));
    if secrets.iter().any(exact) {
        return true;
    }
    if !secrets.iter().any(near) {
        return false;
    }
    let lower = key.to_ascii_lowercase();
    let looks_secret = ["pass", "pwd", "login", "user_c", "userc"].iter().any(|s| lower.contains(s));
    looks_secret && secrets.iter().any(|m| near(m) && strsim::osa_distance(m.key, &lower) <= 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_become_four_stars_and_offsets_follow() {
        let text = r#"{"login_password": "a-long-password", "x": 1}"#;
        let m = mask_secrets(text);
        assert_eq!(m.text, r#"{"login_password": "****", "x": 1}"#);
        let x = text.find("\"x\"").unwrap();
        assert_eq!(&m.text[m.map(x)..m.map(x) + 3], "\"x\"");
        let inside = text.find("long").unwrap();
        assert!(m.map(inside) <= m.text.find("****").unwrap() + 4);
    }

    #[test]
    fn unterminated_and_nested_secrets_are_masked_whole() {
        assert_eq!(mask_secrets("{\"login_password\": \"abc\n}").text, "{\"login_password\": \"****\n}");
        assert_eq!(mask_secrets("{\"login_password\": \"abc").text, "{\"login_password\": \"****");
        assert_eq!(mask_secrets(r#"{"password": ["a", "b"]}"#).text, r#"{"password": ["****", "****"]}"#);
    }

    #[test]
    fn unquoted_and_repeated_key_secrets_are_masked() {
        assert_eq!(
            mask_secrets("{\"login_password\": Zq7#vT9 , \"x\": 1}").text,
            "{\"login_password\": **** , \"x\": 1}"
        );
        assert_eq!(
            mask_secrets(r#"{"login_password": "login_password": "Zq7#vT9"}"#).text,
            r#"{"login_password": "****": "****"}"#
        );
        assert_eq!(
            mask_secrets(r#"{"login_password": "a": b, "x": 1}"#).text,
            r#"{"login_password": "****": ****, "x": 1}"#
        );
        assert_eq!(mask_secrets(r#"{"login_password" "a", "x" = 1}"#).text, r#"{"login_password" "****", "x" = 1}"#);
        assert_eq!(mask_secrets(r#"{"login_password" = "a"}"#).text, r#"{"login_password" = "****"}"#);
        assert_eq!(mask_secrets(r#"["login_password", "a"]"#).text, r#"["login_password", "a"]"#);
    }
}
