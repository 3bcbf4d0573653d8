//! Where the lines of a frame's text start, and what miette's own `read_span` would read from that text, worked
//! out from those starts instead of by walking the text.
//!
//! miette finds a span's lines by reading its text byte by byte from the start: every label would cost the text
//! up to it (a body with many findings, quadratic), and even from a few lines before the span the walk is most
//! of a frame's cost. The line table answers the same questions with two binary searches.

/// Where the lines of a text start, as miette counts them (`\n`, `\r\n` and a lone `\r` each end a line).
pub(super) struct MietteLines {
    /// The offset of every line, the first (0) included; a text ending with a line break has a last, empty line.
    starts: Vec<usize>,
}

/// What miette's `read_span` gives for a span: the bytes `start..end` of the text, the 0-based line and column
/// of the read, and how many line breaks miette passed before it stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct MietteRead {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) line: usize,
    pub(super) column: usize,
    pub(super) line_count: usize,
}

impl MietteLines {
    pub(super) fn new(text: &str) -> MietteLines {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        for (i, &b) in bytes.iter().enumerate() {
            let ends_line = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
            if ends_line {
                starts.push(i + 1);
            }
        }
        MietteLines { starts }
    }

    /// The line holding byte `offset`, a line break belonging to the line it ends.
    fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset) - 1
    }

    /// What miette reads from `text` (the text these lines were made from) for the span `offset..offset + len`
    /// with `before` and `after` lines of context: the same as miette's `context_info` in miette 7.6, read as
    /// follows (the test below compares both over many texts and spans).
    ///
    /// miette walks the text one line break (`\r\n` at its `\n`) or other byte at a time. Its read starts
    /// `before` lines above the line of `offset` (at `offset` itself without context), and counts as that line's
    /// number the line breaks passed before `offset`; its column is 0 with context before, else the bytes from the
    /// line's start, but 0 again once it passed a line break after the span. It ends after the step that covers the span's last byte
    /// (`offset + len - 1`, the byte before `offset` for an empty span) when no line comes after; otherwise after
    /// the line break that closes the `after`-th line past the one the next step is in. None for an empty text
    /// or a span past its end: miette's own read then decides.
    pub(super) fn read(
        &self,
        text: &str,
        offset: usize,
        len: usize,
        before: usize,
        after: usize,
    ) -> Option<MietteRead> {
        let bytes = text.as_bytes();
        let last = (offset + len).saturating_sub(1);
        if bytes.is_empty() || last >= bytes.len() || offset > bytes.len() {
            return None;
        }
        // A `\r\n` is one step, at its `\n`.
        let step = if bytes[last] == b'\r' && bytes.get(last + 1) == Some(&b'\n') { last + 1 } else { last };
        let breaks_before = self.line_of(offset);
        let line = breaks_before.saturating_sub(before);
        // miette's column starts over at each line break it passes after the span.
        let breaks_after = self.starts.len() - 1 > self.line_of(step + 1);
        let (start, column) = if before == 0 {
            // Bytes since the line's start, a `\r` whose `\n` is at `offset` not counted (its step is not before).
            let split_break = offset > 0 && bytes[offset - 1] == b'\r' && bytes.get(offset) == Some(&b'\n');
            let column = offset - self.starts[breaks_before] - usize::from(split_break);
            (offset, if after > 0 && breaks_after { 0 } else { column })
        } else {
            (self.starts[line], 0)
        };
        let (end, line_count) = if after == 0 {
            (step + 1, self.line_of(step + 1))
        } else {
            // The break closing the `after`-th line past the next step's line: break `k` ends line `k - 1`.
            let closing = self.line_of(step + 1) + after + 1;
            match self.starts.get(closing) {
                Some(&end) => (end, closing),
                None => (bytes.len(), self.starts.len() - 1),
            }
        };
        Some(MietteRead { start, end, line, column, line_count })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use miette::{SourceCode, SourceSpan};
    use proptest::prelude::*;

    fn miettes_own(text: &str, offset: usize, len: usize, before: usize, after: usize) -> Option<MietteRead> {
        let read = text.read_span(&SourceSpan::new(offset.into(), len), before, after).ok()?;
        let start = read.span().offset();
        Some(MietteRead {
            start,
            end: start + read.span().len(),
            line: read.line(),
            column: read.column(),
            line_count: read.line_count(),
        })
    }

    /// Every span of `text` up to 5 bytes long, with up to 3 lines of context each side.
    fn check_all_spans(text: &str) {
        let lines = MietteLines::new(text);
        for offset in 0..=text.len() {
            for len in (0..=5).filter(|len| offset + len <= text.len()) {
                for before in 0..=3 {
                    for after in 0..=3 {
                        if let Some(ours) = lines.read(text, offset, len, before, after) {
                            let theirs = miettes_own(text, offset, len, before, after);
                            assert_eq!(Some(ours), theirs, "{offset}+{len} -{before}+{after} in {text:?}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn reads_what_miette_reads() {
        for text in [
            "{\n  \"a\": 1,\n\n  \"b\": [\n    2\n  ]\n}\n",
            "{\r\n\"a\": 1,\r\n\"b\": 2\r}\r\r\n",
            "x",
            "\n",
            "\r\n\r",
        ] {
            check_all_spans(text);
        }
    }

    #[test]
    fn answers_every_span_inside_a_text() {
        let text = "a\r\nb";
        let lines = MietteLines::new(text);
        assert!((0..text.len()).all(|offset| lines.read(text, offset, 1, 1, 1).is_some()));
        assert_eq!(lines.read("", 0, 0, 1, 1), None);
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]
        #[test]
        fn reads_what_miette_reads_in_any_text(text in "[ab\r\n é]{0,14}") {
            check_all_spans(&text);
        }
    }
}
