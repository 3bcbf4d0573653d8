//! The text a finding's code frame is cut from: one input, its secret values masked (unless the caller opted
//! out), named as the report names the input, and read the way miette reads a source.

use super::lines::{MietteLines, MietteRead};
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

impl SourceCode for FrameSource {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let text = &self.masked.text;
        let read = match self.lines.read(text, span.offset(), span.len(), before, after) {
            Some(read) => read,
            // An empty text or a span past its end: miette's own read decides.
            None => {
                let inner = text.read_span(span, before, after)?;
                let start = inner.span().offset();
                MietteRead {
                    start,
                    end: start + inner.span().len(),
                    line: inner.line(),
                    column: inner.column(),
                    line_count: inner.line_count(),
                }
            }
        };
        // miette reads the header's line and column from a read without context lines; snippets are read with
        // context and start at the beginning of a line, where the mask cannot have shifted anything.
        let column = if before == 0 && after == 0 { self.original_column(span.offset()) } else { read.column };
        // miette 7.6's reads count every line break from the start of the text, but its handler merges two labels'
        // snippets when `line + line_count` reaches the next snippet's line, as the trait documents it: the lines
        // the read covers. With the count from the start, every label of a finding lands in one frame with all the
        // lines between them (26 lines for two labels 22 lines apart); with the lines covered, only snippets that
        // overlap or touch are merged, and the others get frames of their own.
        let lines_covered = read.line_count.saturating_sub(read.line);
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            &text.as_bytes()[read.start..read.end],
            SourceSpan::new(read.start.into(), read.end - read.start),
            read.line,
            column,
            lines_covered,
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::LintOptions;

    /// What a source reads for a span: the frame, reading from its line table, must read what miette reads.
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

    /// miette's read of the whole text, its count of line breaks from the start made the lines the read covers.
    fn covering(read: Option<(String, usize, usize, usize, usize)>) -> Option<(String, usize, usize, usize, usize)> {
        read.map(|(data, offset, line, column, breaks)| (data, offset, line, column, breaks.saturating_sub(line)))
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
                        let whole = covering(read(&text, offset, len, context));
                        assert_eq!(read(&frame, offset, len, context), whole, "{offset}+{len} ±{context} in {text:?}");
                    }
                    let (whole, framed) = (covering(read(&text, offset, len, 0)), read(&frame, offset, len, 0));
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
