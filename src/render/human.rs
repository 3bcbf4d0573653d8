//! The human format: miette reports with code frames and labels on every field involved.

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{MaskedText, mask_secrets};
use crate::lint::FileReport;
use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan};
use std::fmt;

/// How to draw.
#[derive(Debug, Clone, Copy)]
pub struct HumanStyle {
    /// ANSI colours (off for `NO_COLOR`, pipes and snapshots).
    pub color: bool,
    /// Wrap width in columns.
    pub width: usize,
}

/// All findings of one file, each with its code frame.
pub fn human(report: &FileReport, style: HumanStyle) -> String {
    let theme = if style.color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    let handler = GraphicalReportHandler::new_themed(theme).with_width(style.width).with_links(false);
    // Frames show the text with every secret value masked; spans move with the mask.
    let masked = mask_secrets(&report.document.text);
    let source = NamedSource::new(&report.path, masked.text.clone());
    let mut out = String::new();
    for d in &report.diagnostics {
        let shown = Shown { d, source: source.clone(), masked: &masked };
        if handler.render_report(&mut out, &shown).is_err() {
            out.push_str(&format!("{}: {} [{}]\n", d.severity, d.message, d.code));
        }
        out.push('\n');
    }
    out
}

struct Shown<'a> {
    d: &'a Diagnostic,
    source: NamedSource<String>,
    masked: &'a MaskedText,
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
        let docs = if self.d.rule.is_empty() { String::new() } else { format!("see {}", self.d.url()) };
        let text = match (help.is_empty(), docs.is_empty()) {
            (false, false) => format!("{help}\n{docs}"),
            (false, true) => help.to_string(),
            (true, _) => docs,
        };
        (!text.is_empty()).then(|| Box::new(text) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.d.span.map(|_| &self.source as &dyn miette::SourceCode)
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
