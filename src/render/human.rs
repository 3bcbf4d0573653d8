//! The human format: miette reports with code frames and labels on every field involved.
//!
//! Each finding is drawn from its public miette form (`acklint::miette_report`), so a library user's frames and
//! the CLI's are the same, secrets masked alike; the CLI adds only the pointer to `acklint explain`.

use super::frames::plain_frames;
use super::wrap::{REMEMBERING, prewrap};
use crate::i18n::Lang;
use crate::lint::FileReport;
use crate::miette_report::{MietteFinding, MietteOptions};
use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, Severity, SourceCode, ThemeCharacters};
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
    let indents = Indents::of(&theme);
    let characters = theme.characters.clone();
    let wrapping = GraphicalReportHandler::new_themed(theme)
        .with_width(style.width)
        .with_links(false)
        .with_word_separator(REMEMBERING);
    // The same drawing for a finding whose texts are wrapped already (see `super::wrap::prewrap`).
    let indenting = wrapping.clone().with_wrap_lines(false);
    // miette wraps the message and the help two columns short of the width.
    let wrap_width = style.width.saturating_sub(2);
    // Frames show the text with every secret value masked where it stands; spans move with the mask.
    let findings = report.to_miette_with(MietteOptions::default().in_lang(lang).with_explain_hint());
    // About what a finding takes (a kilobyte and a bit), to spare the output its growing.
    let mut out = String::with_capacity(findings.len() * 1536);
    for finding in &findings {
        let drawn = match Prewrapped::new(finding, &indents, wrap_width) {
            Some(mut prewrapped) => {
                // Plain frames are drawn by acklint (see `super::frames`), between the message and the help.
                prewrapped.labels_drawn = !style.color;
                let start = out.len();
                let mut drawn = indenting.render_report(&mut out, &prewrapped);
                if prewrapped.labels_drawn && drawn.is_ok() {
                    // The message's lines all start with its icon or bar, so the first `  help: ` starts the help.
                    let at = out[start..].find("\n  help: ").map_or(out.len(), |i| start + i + 1);
                    let help = out.split_off(at);
                    if plain_frames_of(&mut out, finding, &characters) {
                        out.push_str(&help);
                    } else {
                        // Frames only miette draws: the whole finding again, by miette.
                        out.truncate(start);
                        prewrapped.labels_drawn = false;
                        drawn = indenting.render_report(&mut out, &prewrapped);
                    }
                }
                drawn
            }
            None => wrapping.render_report(&mut out, finding),
        };
        if drawn.is_err() {
            let d = finding.diagnostic();
            out.push_str(&format!("{}: {} [{}]\n", d.severity, d.message, d.code));
        }
        out.push('\n');
    }
    out
}

/// Draws the finding's frames onto `out` when they are plain enough for acklint (see `super::frames`); says
/// whether it did, and leaves `out` as it was when not.
fn plain_frames_of(out: &mut String, finding: &MietteFinding, characters: &ThemeCharacters) -> bool {
    let (Some(source), Some(labels)) = (finding.source_code(), finding.labels()) else { return false };
    plain_frames(out, source, labels.collect(), characters)
}

/// The indents miette puts before the lines of a message and of a help, without their colours.
struct Indents {
    /// The first line of a message, per severity: error, warning, advice.
    message_first: [String; 3],
    message_rest: String,
}

impl Indents {
    fn of(theme: &GraphicalTheme) -> Indents {
        let chars = &theme.characters;
        Indents {
            message_first: [&chars.error, &chars.warning, &chars.advice].map(|icon| format!("  {icon} ")),
            message_rest: format!("  {} ", chars.vbar),
        }
    }

    const HELP_FIRST: &str = "  help: ";
    const HELP_REST: &str = "        ";
}

/// A finding whose message and help are wrapped already, exactly as miette would wrap them: for a handler that
/// only indents them. Everything else is the finding's.
struct Prewrapped<'a> {
    finding: &'a MietteFinding,
    message: String,
    help: Option<String>,
    /// The labels' frames are drawn by acklint: miette draws none.
    labels_drawn: bool,
}

impl<'a> Prewrapped<'a> {
    /// None when the texts cannot be handed over wrapped (see `prewrap`): the finding is then drawn as it is.
    fn new(finding: &'a MietteFinding, indents: &Indents, width: usize) -> Option<Prewrapped<'a>> {
        let icon = match finding.severity() {
            Some(Severity::Error) | None => 0,
            Some(Severity::Warning) => 1,
            Some(Severity::Advice) => 2,
        };
        let message = prewrap(&finding.to_string(), width, &indents.message_first[icon], &indents.message_rest)?;
        let help = match finding.help() {
            Some(help) => Some(prewrap(&help.to_string(), width, Indents::HELP_FIRST, Indents::HELP_REST)?),
            None => None,
        };
        Some(Prewrapped { finding, message, help, labels_drawn: false })
    }
}

impl fmt::Display for Prewrapped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Debug for Prewrapped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.finding, f)
    }
}

impl std::error::Error for Prewrapped<'_> {}

impl Diagnostic for Prewrapped<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.finding.code()
    }

    fn severity(&self) -> Option<Severity> {
        self.finding.severity()
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.help.as_deref().map(|help| Box::new(help) as Box<dyn fmt::Display>)
    }

    fn url<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.finding.url()
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.finding.source_code()
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.labels_drawn { None } else { self.finding.labels() }
    }
}
