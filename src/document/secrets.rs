//! Masking secret values in the text shown by code frames, also when the text does not parse.

use crate::spec::FIELD_META;

/// `text` with the characters of every secret value replaced by `*` (same byte length, so spans still fit).
///
/// Works on the raw text: every string literal that follows a secret key (`"login_password": "…"`) is masked,
/// whether or not the document parses.
pub fn mask_secrets(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut masked = bytes.to_vec();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'"' && bytes[i] != b'\'' {
            i += 1;
            continue;
        }
        let end = string_end(bytes, i);
        let inner = &text[i + 1..end.saturating_sub(1).max(i + 1)];
        if is_secret_key(inner) {
            let mut j = end;
            while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            if bytes.get(j) == Some(&b':') {
                j += 1;
                while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                    j += 1;
                }
                if matches!(bytes.get(j), Some(b'"' | b'\'')) {
                    let value_end = string_end(bytes, j);
                    for b in &mut masked[j + 1..value_end.saturating_sub(1).max(j + 1)] {
                        if !b.is_ascii_whitespace() || *b == b' ' {
                            *b = b'*';
                        }
                    }
                    i = value_end;
                    continue;
                }
            }
        }
        i = end;
    }
    // Only ASCII bytes were replaced by ASCII, or whole UTF-8 sequences by `*`s: still valid UTF-8.
    String::from_utf8(masked).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// One past the closing quote of the string starting at `start` (or the end of the line/input).
fn string_end(bytes: &[u8], start: usize) -> usize {
    let quote = bytes[start];
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'\n' => return i,
            b if b == quote => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

fn is_secret_key(key: &str) -> bool {
    FIELD_META.iter().any(|m| m.secret && m.key == key)
}
