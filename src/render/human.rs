//! The human format: miette reports with code frames and labels on every field involved.

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, MaskedText, SecretSpans};
use crate::fix::Applicability;
use crate::i18n::Lang;
use crate::lint::FileReport;
use crate::t;
use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents, SourceCode, SourceSpan,
    SpanContents,
};
use std::fmt;

/// How to draw.
#[derive(Debug, Clone, Copy)]
pub struct HumanStyle {
    /// ANSI colours (off for `NO_COLOR`, pipes and snapshots).
    pub color: bool,
    /// Wrap width in columns.
    pub width: usize,
}

/// All findings of one file, each with its code frame (the lines acklint adds in English).
pub fn human(report: &FileReport, style: HumanStyle) -> String {
    human_in(report, style, Lang::En)
}

/// [`human`] with the lines acklint adds under the help (the `explain` pointer, the fix) in `lang`, the language
/// the findings were written in.
pub fn human_in(report: &FileReport, style: HumanStyle, lang: Lang) -> String {
    let theme = if style.color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(style.width)
        .with_links(false)
        .with_word_separator(super::wrap::REMEMBERING);
    // Frames show the text with every secret value masked where it stands; spans move with the mask.
    let doc = &report.document;
    let secrets =
        if doc.text.is_empty() { SecretSpans::default() } else { SecretSpans::in_document(&doc.text, doc.root()) };
    let masked = secrets.mask(&doc.text);
    let source = Frame { name: &report.path, masked: &masked, doc, lines: &MietteLines::new(&masked.text) };
    let mut out = String::new();
    for d in &report.diagnostics {
        let shown = Shown { d, source: &source, masked: &masked, lang };
        if handler.render_report(&mut out, &shown).is_err() {
            out.push_str(&format!("{}: {} [{}]\n", d.severity, d.message, d.code));
        }
        out.push('\n');
    }
    out
}

struct Shown<'a> {
    d: &'a Diagnostic,
    lang: Lang,
    source: &'a Frame<'a>,
    masked: &'a MaskedText,
}

/// The masked text as miette reads it, with the position in the header taken from the real text: a `****`
/// shorter or longer than the secret must not shift the column of a finding further along the line.
struct Frame<'a> {
    name: &'a str,
    masked: &'a MaskedText,
    doc: &'a Document,
    lines: &'a MietteLines,
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

impl SourceCode for Frame<'_> {
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
        let column = if before == 0 && after == 0 {
            self.doc.position(self.masked.unmap(span.offset())).column.saturating_sub(1)
        } else {
            inner.column()
        };
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.to_string(),
            inner.data(),
            SourceSpan::new((inner.span().offset() + base).into(), inner.span().len()),
            inner.line() + skipped,
            column,
            inner.line_count() + skipped,
        )))
    }
}

impl fmt::Debug for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.d.message)
    }
}

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.d.message)
    }
}

impl std::error::Error for Shown<'_> {}

impl miette::Diagnostic for Shown<'_> {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(format!("{}({})", self.d.code, self.d.rule)))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.d.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        let help = self.d.help.as_deref().unwrap_or("");
        // The command works wherever acklint is installed; the repository's `docs/rules/` folder does not.
        let (lang, code) = (self.lang, self.d.code);
        let docs = if self.d.rule.is_empty() { String::new() } else { t!(lang, "render-see-explain", code) };
        // The fix's message only, never its edits: a message never quotes a secret.
        let fix = self.d.fix.as_ref().map(|f| match f.applicability {
            Applicability::Safe => t!(lang, "render-fix-safe", fix = &f.message),
            Applicability::Unsafe => t!(lang, "render-fix-unsafe", fix = &f.message),
        });
        let text = [Some(help.to_string()), fix, Some(docs)]
            .into_iter()
            .flatten()
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        (!text.is_empty()).then(|| Box::new(text) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.d.span.map(|_| self.source as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let span = self.d.span?;
        let mut labels = vec![LabeledSpan::new_primary_with_span(self.d.label.clone(), self.to_miette(span))];
        for l in &self.d.labels {
            if let Some(s) = l.span {
                labels.push(LabeledSpan::new_with_span(Some(l.message.clone()), self.to_miette(s)));
            }
        }
        Some(Box::new(labels.into_iter()))
    }
}

impl Shown<'_> {
    fn to_miette(&self, span: crate::diagnostic::Span) -> SourceSpan {
        let (start, end) = (self.masked.map(span.start), self.masked.map(span.end));
        SourceSpan::new(start.into(), end.saturating_sub(start))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            let doc = crate::document::parse(text.as_bytes(), &mut Vec::new());
            let masked = SecretSpans::default().mask(text);
            let frame = Frame { name: "t", masked: &masked, doc: &doc, lines: &MietteLines::new(&masked.text) };
            // Spans within the text (miette itself panics on some past its end).
            for offset in 0..=text.len() {
                for len in [0, 1, 3, 12].into_iter().filter(|len| offset + len <= text.len()) {
                    // Context 0 is the header's read, whose column comes from the document instead.
                    for context in [1, 2, 3] {
                        let whole = read(&masked.text, offset, len, context);
                        assert_eq!(read(&frame, offset, len, context), whole, "{offset}+{len} ±{context} in {text:?}");
                    }
                    let (whole, framed) = (read(&masked.text, offset, len, 0), read(&frame, offset, len, 0));
                    let drop_column =
                        |r: Option<(String, usize, usize, usize, usize)>| r.map(|(d, o, l, _, n)| (d, o, l, n));
                    assert_eq!(drop_column(framed), drop_column(whole), "{offset}+{len} in {text:?}");
                }
            }
        }
    }
}
