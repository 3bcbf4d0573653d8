//! The human format: miette reports with code frames and labels on every field involved.
//!
//! Each finding is drawn from its public miette form (`acklint::miette_report`), so a library user's frames and
//! the CLI's are the same, secrets masked alike; the CLI adds only the pointer to `acklint explain`.

use crate::i18n::Lang;
use crate::lint::FileReport;
use crate::miette_report::MietteOptions;
use miette::{GraphicalReportHandler, GraphicalTheme};

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
    let findings = report.to_miette_with(MietteOptions::default().in_lang(lang).with_explain_hint());
    let mut out = String::new();
    for finding in &findings {
        if handler.render_report(&mut out, finding).is_err() {
            let d = finding.diagnostic();
            out.push_str(&format!("{}: {} [{}]\n", d.severity, d.message, d.code));
        }
        out.push('\n');
    }
    out
}
