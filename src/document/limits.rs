//! Limits that keep hostile input cheap: size and nesting depth, checked before parsing.

/// Largest input acklint reads, in bytes (a real request body is a few tens of kilobytes).
pub const MAX_INPUT_BYTES: usize = 8 * 1024 * 1024;

/// Deepest nesting of objects and arrays acklint parses (a real request body nests 7 levels).
pub const MAX_DEPTH: usize = 64;

/// Byte offset of the first bracket that opens level `MAX_DEPTH + 1`, if any.
///
/// A plain scan (strings and comments skipped) so that the recursive parser never sees such input.
pub fn too_deep(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' | b'\'' => i = skip_string(bytes, i),
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < bytes.len() && !(bytes[i] == b'*' && bytes[i + 1] == b'/') {
                    i += 1;
                }
                i += 1;
            }
            b'{' | b'[' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(i);
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// Index of the closing quote of the string opened at `start` (or the end of the input).
fn skip_string(bytes: &[u8], start: usize) -> usize {
    let quote = bytes[start];
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b if b == quote => return i,
            b'\n' => return i,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// Most findings reported for one file; past it a hostile or garbled file would only flood the output.
pub const MAX_FINDINGS_PER_FILE: usize = 500;
