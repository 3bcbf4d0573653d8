//! The text a finding's code frame is cut from: one input, its secret values masked (unless the caller opted
//! out), named as the report names the input, and read the way miette reads a source.

use crate::diagnostic::Span;
use crate::document::{LineIndex, MaskedText, SecretSpans};
use crate::report::FileReport;
use miette::{MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};
use std::fmt;
use std::sync::OnceLock;

/// The masked text as miette reads it, with the position in the header taken from the real text: a `****`
/// shorter or longer than the secret must not shift the column of a finding further along the line.
pub(crate) struct FrameSource {
    name: String,
    /// What frames show.
    masked: MaskedText,
    /// The input as read, for the header's column only; never handed to miette.
    original: String,
    /// Line starts of `original`, built on the first header.
    original_lines: OnceLock<LineIndex>,
    lines: MietteLines,
}

impl FrameSource {
    /// The report's text with every secret value masked where it stands (see `SecretSpans::in_document`).
    pub(crate) fn masked(report: &FileReport) -> FrameSource {
        let doc = &report.document;
        let secrets =
            if doc.text.is_empty() { SecretSpans::default() } else { SecretSpans::in_document(&doc.text, doc.root()) };
        FrameSource::new(report, &secrets)
    }

    /// The report's text as it was read, secrets included.
    pub(crate) fn unmasked(report: &FileReport) -> FrameSource {
        FrameSource::new(report, &SecretSpans::default())
    }

    fn new(report: &FileReport, secrets: &SecretSpans) -> FrameSource {
        let original = report.document.text.clone();
        let masked = secrets.mask(&original);
        let lines = MietteLines::new(&masked.text);
        FrameSource { name: report.path.clone(), masked, original, original_lines: OnceLock::new(), lines }
    }

    /// The name frames are shown under.
    pub(crate) fn name(&self) -> &str {
        &self.name
    }

    /// `span` of the original text as miette's span in the text shown (a span inside a secret: inside its mask).
    pub(crate) fn span_of(&self, span: Span) -> SourceSpan {
        let (start, end) = (self.masked.map(span.start), self.masked.map(span.end));
        SourceSpan::new(start.into(), end.saturating_sub(start))
    }

    /// The 0-based column, in the original text, of byte `offset` of the text shown.
    fn original_column(&self, offset: usize) -> usize {
        let lines = self.original_lines.get_or_init(|| LineIndex::new(&self.original));
        lines.position(&self.original, self.masked.unmap(offset)).column.saturating_sub(1)
    }
}

/// The name and the text shown: never the original, which holds the secrets.
impl fmt::Debug for FrameSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FrameSource").field("name", &self.name).field("text", &self.masked.text).finish()
    }
}

/// Where the lines of a text start, as miette counts them (`\n`, `\r\n` and a lone `\r` each end a line).
///
/// miette finds a span's lines by reading the text from its first byte, so every label would cost the text up
/// to it: a body with many findings, quadratic. A frame hands miette the text from a few lines before the span
/// instead, and adds the lines it skipped to what miette reports.
struct MietteLines {
    /// The offset of every line, the first (0) included.
    starts: Vec<usize>,
}

impl MietteLines {
    fn new(text: &str) -> MietteLines {
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

    /// The start of the line `before` lines above the one holding `offset` (or of the first line), and how many
    /// lines come before it.
    fn window(&self, offset: usize, before: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset).saturating_sub(1);
        let first = line.saturating_sub(before);
        (self.starts[first], first)
    }
}

impl SourceCode for FrameSource {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        // From the line before the span's first byte: miette treats a span at the very start of its text apart.
        let (base, skipped) = self.lines.window(span.offset().saturating_sub(1), before);
        let shifted = SourceSpan::new((span.offset() - base).into(), span.len());
        let inner = self.masked.text[base..].read_span(&shifted, before, after)?;
        // miette reads the header's line and column from a read without context lines; snippets are read with
        // context and start at the beginning of a line, where the mask cannot have shifted anything.
        let column = if before == 0 && after == 0 { self.original_column(span.offset()) } else { inner.column() };
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            SourceSpan::new((inner.span().offset() + base).into(), inner.span().len()),
            inner.line() + skipped,
            column,
            inner.line_count() + skipped,
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::LintOptions;

    /// What miette reads from the whole text: the frame must read the same from a few lines before the span.
    fn read(
        source: &dyn SourceCode,
        offset: usize,
        len: usize,
        context: usize,
    ) -> Option<(String, usize, usize, usize, usize)> {
        let c = source.read_span(&SourceSpan::new(offset.into(), len), context, context).ok()?;
        let data = String::from_utf8_lossy(c.data()).into_owned();
        Some((data, c.span().offset(), c.line(), c.column(), c.line_count()))
    }

    #[test]
    fn frames_read_what_miette_reads_from_the_whole_text() {
        let texts = ["{\n  \"a\": 1,\n\n  \"b\": [\n    2\n  ]\n}\n", "{\r\n\"a\": 1,\r\n\"b\": 2\r}\r\r\n", "x", ""];
        for text in texts {
            let frame = FrameSource::unmasked(&crate::lint("t", text.as_bytes(), &LintOptions::default()));
            assert_eq!(frame.masked.text, text);
            // Spans within the text (miette itself panics on some past its end).
            for offset in 0..=text.len() {
                for len in [0, 1, 3, 12].into_iter().filter(|len| offset + len <= text.len()) {
                    // Context 0 is the header's read, whose column comes from the original text instead.
                    for context in [1, 2, 3] {
                        let whole = read(&text, offset, len, context);
                        assert_eq!(read(&frame, offset, len, context), whole, "{offset}+{len} ±{context} in {text:?}");
                    }
                    let (whole, framed) = (read(&text, offset, len, 0), read(&frame, offset, len, 0));
                    let drop_column =
                        |r: Option<(String, usize, usize, usize, usize)>| r.map(|(d, o, l, _, n)| (d, o, l, n));
                    assert_eq!(drop_column(framed), drop_column(whole), "{offset}+{len} in {text:?}");
                }
            }
        }
    }

    #[test]
    fn the_header_column_is_the_original_one_past_a_mask() {
        let text = "{\"login_password\": \"a-long-password\", \"x\": 1}";
        let frame = FrameSource::masked(&crate::lint("t", text.as_bytes(), &LintOptions::default()));
        assert_eq!(frame.masked.text, "{\"login_password\": \"****\", \"x\": 1}");
        let x = text.find("\"x\"").unwrap();
        let span = frame.span_of(Span::new(x, x + 3));
        let header = frame.read_span(&span, 0, 0).unwrap();
        assert_eq!(header.column(), x);
        assert!(!format!("{frame:?}").contains("a-long"));
    }
}
