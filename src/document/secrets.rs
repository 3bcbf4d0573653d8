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
                let value_end = match bytes.get(j) {
                    Some(b'"' | b'\'') => mask_string(bytes, &mut masked, j),
                    Some(b'[' | b'{') => mask_nested(bytes, &mut masked, j),
                    _ => j,
                };
                if value_end > j {
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

/// Masks the inside of the string literal at `start`; returns one past its end.
fn mask_string(bytes: &[u8], masked: &mut [u8], start: usize) -> usize {
    let end = string_end(bytes, start);
    for b in &mut masked[start + 1..end.saturating_sub(1).max(start + 1)] {
        if *b != b'\n' {
            *b = b'*';
        }
    }
    end
}

/// Masks every string literal inside the array or object at `start` (a secret of the wrong shape is still a
/// secret); returns one past its closing bracket.
fn mask_nested(bytes: &[u8], masked: &mut [u8], start: usize) -> usize {
    let mut depth = 0usize;
    let mut i = start;
    while i < bytes.len() {
        match bytes[i] {
            b'"' | b'\'' => {
                i = mask_string(bytes, masked, i);
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

/// Whether a key holds a secret: a secret field's key, another tool's name for it (`password`), or a near miss
/// (`login_pasword`, `Login_Password`) — a typo must not put the password on screen.
pub fn is_secret_key(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    FIELD_META.iter().filter(|m| m.secret).any(|m| {
        m.key == key
            || m.aliases.iter().any(|a| a.eq_ignore_ascii_case(&key))
            || strsim::damerau_levenshtein(m.key, &key) <= 2
    })
}
