//! Byte offsets → 1-based lines and columns (columns count Unicode scalar values).
//!
//! One pass over the text builds the index; each position after that costs a binary search and, in a text that
//! is not all ASCII, counting the characters of at most one [`CHECKPOINT`] stretch. A body with thousands of
//! findings on one long line (minified JSON) therefore costs one pass, not one pass per finding.

use serde::Serialize;

/// A position in the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Position {
    /// Byte offset.
    pub offset: usize,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in Unicode scalar values.
    pub column: usize,
}

/// Bytes between two checkpoints of a non-ASCII text.
const CHECKPOINT: usize = 1024;

/// Start offsets of every line, for converting offsets at output time.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// In a text that is not all ASCII: along each line longer than [`CHECKPOINT`] bytes, every [`CHECKPOINT`]
    /// bytes (on a character boundary), the offset and the number of characters from the start of its line to
    /// there.
    checkpoints: Vec<(usize, usize)>,
    /// Whether the text is all ASCII: then bytes are columns.
    ascii: bool,
}

impl LineIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        let ascii = text.is_ascii();
        let checkpoints = if ascii { Vec::new() } else { checkpoints(text, &starts) };
        LineIndex { starts, checkpoints, ascii }
    }

    /// The position of byte `offset` of `text` (clamped to the text, rounded down to a character boundary).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        if self.ascii {
            return Position { offset, line, column: offset - start + 1 };
        }
        // Count from the last checkpoint on this line before `offset`, or from the line's start.
        let i = self.checkpoints.partition_point(|&(at, _)| at <= offset);
        let (from, before) = match i.checked_sub(1).map(|i| self.checkpoints[i]) {
            Some((at, chars)) if at >= start => (at, chars),
            _ => (start, 0),
        };
        let mut column = before + text[from..offset].chars().count() + 1;
        // A byte order mark is invisible in editors: columns on line 1 start after it.
        if line == 1 && offset > 0 && text.starts_with('\u{feff}') {
            column -= 1;
        }
        Position { offset, line, column }
    }
}

/// The checkpoints of a text whose lines start at `starts` (see [`LineIndex::checkpoints`]). Only lines longer
/// than [`CHECKPOINT`] get any: a shorter line is counted from its start.
fn checkpoints(text: &str, starts: &[usize]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let ends = starts.iter().skip(1).map(|&next| next - 1).chain([text.len()]);
    for (&start, end) in starts.iter().zip(ends) {
        let (mut at, mut chars) = (start, 0);
        while at + CHECKPOINT < end {
            let mut next = at + CHECKPOINT;
            while !text.is_char_boundary(next) {
                next += 1;
            }
            chars += text[at..next].chars().count();
            out.push((next, chars));
            at = next;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain definition: count the characters between the line's start and the offset.
    fn counted(text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
        let line = text[..offset].matches('\n').count() + 1;
        let prefix = &text[start..offset];
        let prefix = if line == 1 { prefix.strip_prefix('\u{feff}').unwrap_or(prefix) } else { prefix };
        Position { offset, line, column: prefix.chars().count() + 1 }
    }

    #[test]
    fn every_offset_matches_counting_characters() {
        let long: String = (0..3000).map(|i| if i % 7 == 0 { "集" } else { "a" }).collect();
        let texts = [
            String::new(),
            "{\n  \"a\": 1\n}\n".to_string(),
            "\u{feff}{\"名\": \"集群\",\n\"b\": 2}".to_string(),
            format!("{{\"x\": \"{long}\", \"y\": \"{long}\"}}\n{long}\n\n{long}"),
            format!("\u{feff}{long}"),
            "é\r\nà\n".repeat(900),
        ];
        for text in &texts {
            let index = LineIndex::new(text);
            for offset in 0..=text.len() + 2 {
                assert_eq!(index.position(text, offset), counted(text, offset), "offset {offset}");
            }
        }
    }
}
