//! Byte offsets ↔ LSP positions. acklint keeps byte offsets; LSP counts lines and, within a line, code units
//! of the negotiated encoding: UTF-16 by default, UTF-8 when the client offers it (`positionEncoding`).
//!
//! Lines end at `\n`, `\r\n` or a lone `\r`, as the protocol says. An offset inside a character is moved to
//! the start of that character, one past the end of the text to its end; a position past the end of its line
//! lands at the end of the line (before the line break), a line past the last one at the end of the text.

use lsp_types::{Position, PositionEncodingKind, Range};

/// How columns are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    /// UTF-8 code units (bytes).
    Utf8,
    /// UTF-16 code units (the protocol's default).
    #[default]
    Utf16,
}

impl Encoding {
    /// UTF-8 when the client offers it, else UTF-16 (which every client supports).
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Encoding {
        match offered {
            Some(kinds) if kinds.contains(&PositionEncodingKind::UTF8) => Encoding::Utf8,
            _ => Encoding::Utf16,
        }
    }

    /// The protocol's name for it.
    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
        }
    }

    fn units(self, c: char) -> usize {
        match self {
            Encoding::Utf8 => c.len_utf8(),
            Encoding::Utf16 => c.len_utf16(),
        }
    }
}

/// The line starts of one text, for converting in both directions.
#[derive(Debug, Clone)]
pub struct LineMap {
    /// Byte offset of the start of each line.
    starts: Vec<usize>,
    encoding: Encoding,
}

impl LineMap {
    /// Indexes `text`'s lines.
    pub fn new(text: &str, encoding: Encoding) -> LineMap {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        LineMap { starts, encoding }
    }

    /// The encoding columns are counted in.
    pub fn encoding(&self) -> Encoding {
        self.encoding
    }

    /// The position of byte `offset` of `text` (the text this map was built from).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let character = match self.encoding {
            Encoding::Utf8 => offset - start,
            Encoding::Utf16 => text[start..offset].chars().map(char::len_utf16).sum(),
        };
        Position { line: line as u32, character: character as u32 }
    }

    /// The range of bytes `start..end` of `text`.
    pub fn range(&self, text: &str, start: usize, end: usize) -> Range {
        Range { start: self.position(text, start), end: self.position(text, end.max(start)) }
    }

    /// The byte offset of `position` in `text` (clamped as the module documentation says).
    pub fn offset(&self, text: &str, position: Position) -> usize {
        let line = position.line as usize;
        let Some(&start) = self.starts.get(line) else { return text.len() };
        let end = self.line_end(text, line);
        let mut units = 0;
        for (i, c) in text[start..end].char_indices() {
            if units >= position.character as usize {
                return start + i;
            }
            units += self.encoding.units(c);
        }
        end
    }

    /// The end of line `line`, before its line break.
    fn line_end(&self, text: &str, line: usize) -> usize {
        let next = self.starts.get(line + 1).copied().unwrap_or(text.len());
        let body = &text[self.starts[line]..next];
        let trimmed = body.strip_suffix('\n').unwrap_or(body);
        let trimmed = trimmed.strip_suffix('\r').unwrap_or(trimmed);
        self.starts[line] + trimmed.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos(line: u32, character: u32) -> Position {
        Position { line, character }
    }

    #[test]
    fn chinese_text_and_emoji_count_utf16_units_or_bytes() {
        // "集" is 3 bytes and 1 UTF-16 unit; "😀" is 4 bytes and 2 UTF-16 units.
        let text = "{\n  \"name\": \"集群😀x\"\n}";
        let x = text.find('x').unwrap();
        let utf16 = LineMap::new(text, Encoding::Utf16);
        assert_eq!(utf16.position(text, x), pos(1, 15));
        assert_eq!(utf16.offset(text, pos(1, 15)), x);
        let utf8 = LineMap::new(text, Encoding::Utf8);
        assert_eq!(utf8.position(text, x), pos(1, 21));
        assert_eq!(utf8.offset(text, pos(1, 21)), x);
        // Every character boundary round-trips in both encodings.
        for map in [&utf16, &utf8] {
            for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(map.offset(text, map.position(text, i)), i, "offset {i}");
            }
        }
    }

    #[test]
    fn offsets_inside_a_character_and_positions_past_the_end_are_clamped() {
        let text = "a😀\r\nb\rc";
        let map = LineMap::new(text, Encoding::Utf16);
        assert_eq!(map.position(text, 2), pos(0, 1));
        assert_eq!(map.position(text, 99), pos(2, 1));
        // The middle of the surrogate pair, the end of the line and past it.
        assert_eq!(map.offset(text, pos(0, 2)), 5);
        assert_eq!(map.offset(text, pos(0, 9)), 5);
        assert_eq!(map.offset(text, pos(1, 0)), 7);
        assert_eq!(map.offset(text, pos(2, 0)), 9);
        assert_eq!(map.offset(text, pos(7, 0)), text.len());
    }
}
