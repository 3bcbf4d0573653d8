//! Byte offsets → 1-based lines and columns (columns count Unicode scalar values).

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

/// Start offsets of every line, for converting offsets at output time.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// The position of byte `offset` of `text` (clamped to the text, rounded down to a character boundary).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        let prefix = &text[start..offset];
        // A byte order mark is invisible in editors: columns on line 1 start after it.
        let prefix = if line == 1 { prefix.strip_prefix('\u{feff}').unwrap_or(prefix) } else { prefix };
        Position { offset, line, column: prefix.chars().count() + 1 }
    }
}
