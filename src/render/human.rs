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
    let handler = GraphicalReportHandler::new_themed(theme).with_width(style.width).with_links(false);
    // Frames show the text with every secret value masked where it stands; spans move with the mask.
    let doc = &report.document;
    let secrets =
        if doc.text.is_empty() { SecretSpans::default() } else { SecretSpans::in_document(&doc.text, doc.root()) };
    let masked = secrets.mask(&doc.text);
    let source = Frame { name: &report.path, masked: &masked, doc };
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
}

impl SourceCode for Frame<'_> {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let inner = self.masked.text.read_span(span, before, after)?;
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
            *inner.span(),
            inner.line(),
            column,
            inner.line_count(),
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
