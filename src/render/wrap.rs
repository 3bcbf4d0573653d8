//! How the human format wraps a finding's message and help: exactly as miette would with textwrap, for less.
//!
//! miette wraps the message and the help of every finding with textwrap, which finds the line-break
//! opportunities of each line by the Unicode rules and lays the words out: that costs more than drawing the rest
//! of a code frame. Two savings, each giving textwrap's own result:
//! - [`prewrap`]: a line that fits the width is left as it is without asking textwrap, and the text is handed to
//!   a miette handler that only indents (`with_wrap_lines(false)`);
//! - [`REMEMBERING`]: the same lines come back in file after file (rule messages, helps, `see acklint explain
//!   …`), so each thread remembers where a line may break and hands textwrap the same words it would have found.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::rc::Rc;
use textwrap::core::{Word, display_width};
use textwrap::{Options, WordSeparator};

/// Lines remembered per thread (each memory); past this, the memory starts over (a run's distinct lines are far fewer, and
/// memory must not grow with the files).
const REMEMBERED: usize = 4096;

/// textwrap's own separator: the one miette uses when given none.
const UNICODE: WordSeparator = WordSeparator::new();

/// The separator to give miette: textwrap's words for `line`, found once per distinct line.
pub(super) const REMEMBERING: WordSeparator = WordSeparator::Custom(remembered_words);

fn remembered_words(line: &str) -> Box<dyn Iterator<Item = Word<'_>> + '_> {
    thread_local! {
        static STARTS: RefCell<HashMap<Box<str>, Rc<[usize]>>> = RefCell::new(HashMap::new());
    }
    let starts = STARTS.with(|cache| {
        if let Some(starts) = cache.borrow().get(line) {
            return starts.clone();
        }
        // Each word is a slice of the line, one after the other: where each starts says it all.
        let starts: Rc<[usize]> =
            UNICODE.find_words(line).map(|w| w.word.as_ptr() as usize - line.as_ptr() as usize).collect();
        let mut cache = cache.borrow_mut();
        if cache.len() >= REMEMBERED {
            cache.clear();
        }
        cache.insert(line.into(), starts.clone());
        starts
    });
    let ends = starts.iter().skip(1).copied().chain([line.len()]).collect::<Vec<_>>();
    Box::new(
        starts
            .iter()
            .copied()
            .zip(ends)
            .map(move |(start, end)| Word::from(&line[start..end]))
            .collect::<Vec<_>>()
            .into_iter(),
    )
}

/// `text` wrapped the way miette's `wrap` wraps it with textwrap (`width` columns, the first line after
/// `initial_indent`, the others after `subsequent_indent`, words broken when too long), as the lines to put after
/// those indents: what miette's handler without wrapping (`with_wrap_lines(false)`), which only indents, turns
/// into the same output. None where that handler would not: a blank line (textwrap keeps its indent whole, the
/// other trims it), indents of different widths or an empty one (textwrap then lays a text's lines out unlike
/// one by one).
///
/// The indents are given without colour: textwrap measures them without their colour codes.
pub(super) fn prewrap(text: &str, width: usize, initial_indent: &str, subsequent_indent: &str) -> Option<String> {
    let indent_width = display_width(initial_indent);
    if initial_indent.is_empty() || subsequent_indent.is_empty() || display_width(subsequent_indent) != indent_width {
        return None;
    }
    let room = width.saturating_sub(indent_width);
    let mut wrapped = String::with_capacity(text.len() + 16);
    // textwrap wraps each line of the text on its own; only the first one it puts out gets the initial indent.
    for (i, line) in text.split('\n').enumerate() {
        let indent = if i == 0 { initial_indent } else { subsequent_indent };
        if i > 0 {
            wrapped.push('\n');
        }
        if fits_as_it_is(line, room) {
            wrapped.push_str(line);
            continue;
        }
        wrapped.push_str(&laid_out(line, width, indent, subsequent_indent)?);
    }
    Some(wrapped)
}

/// textwrap's lines for a `line` of a text too wide to stay whole, without their indents and joined by `\n`; None
/// when one of them is blank. Remembered per thread, like [`REMEMBERING`]'s words: helps and messages come back
/// in file after file.
fn laid_out(line: &str, width: usize, indent: &str, subsequent_indent: &str) -> Option<Rc<str>> {
    /// Lines laid out, by width, indents and line; and the key being looked up, kept to spare an allocation.
    #[derive(Default)]
    struct LaidOut {
        lines: HashMap<Box<str>, Option<Rc<str>>>,
        key: String,
    }
    thread_local! {
        static LAID_OUT: RefCell<LaidOut> = RefCell::default();
    }
    LAID_OUT.with(|cache| {
        let LaidOut { lines: laid_out, key } = &mut *cache.borrow_mut();
        key.clear();
        // The layout depends on the width and the indents as well; `\n` never occurs in a line.
        writeln!(key, "{width}").ok()?;
        for part in [indent, subsequent_indent, line] {
            key.push_str(part);
            key.push('\n');
        }
        if let Some(lines) = laid_out.get(key.as_str()) {
            return lines.clone();
        }
        let lines = textwrap_lines(line, width, indent, subsequent_indent);
        if laid_out.len() >= REMEMBERED {
            laid_out.clear();
        }
        laid_out.insert(key.as_str().into(), lines.clone());
        lines
    })
}

/// What miette's textwrap call makes of `line`, the line's own indent first: with indents of the same width,
/// textwrap lays this line out as it would inside the whole text.
fn textwrap_lines(line: &str, width: usize, indent: &str, subsequent_indent: &str) -> Option<Rc<str>> {
    let options = Options::new(width)
        .initial_indent(indent)
        .subsequent_indent(subsequent_indent)
        .break_words(true)
        .word_separator(REMEMBERING);
    let mut lines = String::with_capacity(line.len() + 8);
    for (j, piece) in textwrap::wrap(line, options).iter().enumerate() {
        let shown = piece.strip_prefix(if j == 0 { indent } else { subsequent_indent })?;
        if shown.trim().is_empty() {
            return None;
        }
        if j > 0 {
            lines.push('\n');
        }
        lines.push_str(shown);
    }
    Some(lines.into())
}

/// Whether textwrap leaves `line` whole and as it is within `room` columns: it is not blank, has no trailing
/// space (textwrap drops it) nor control character (tabs and escapes are measured apart), and all its words fit
/// on one line (textwrap's width of a line is the sum of its words' and spaces', which is the line's width).
fn fits_as_it_is(line: &str, room: usize) -> bool {
    !line.ends_with(' ')
        && !line.trim().is_empty()
        && !line.chars().any(char::is_control)
        // A character is never wider than its bytes, and an ASCII one as wide as its byte.
        && (line.len() <= room || (!line.is_ascii() && display_width(line) <= room))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(separator: &WordSeparator, line: &str) -> Vec<(String, String, String)> {
        separator.find_words(line).map(|w| (w.word.into(), w.whitespace.into(), w.penalty.into())).collect()
    }

    #[test]
    fn the_same_words_as_textwrap_first_time_and_after() {
        let lines = [
            "",
            "   ",
            "`service_cidr` 172.20.16.0/20 overlaps `container_cidr` 172.20.0.0/16",
            "see `acklint explain NET001`",
            "kebab-case-name and a/path/with/slashes, commas; (brackets) 集群名称 with CJK 文字",
            "trailing spaces   ",
            "  leading spaces",
            "\u{1b}[31mred\u{1b}[0m text",
        ];
        for _ in 0..2 {
            for line in lines {
                assert_eq!(words(&REMEMBERING, line), words(&UNICODE, line), "{line:?}");
            }
        }
    }

    /// What miette draws for a diagnostic with this message and help: wrapping them itself, and with the texts
    /// pre-wrapped by a handler that only indents.
    fn drawn_both_ways(message: &str, help: &str, width: usize, color: bool) -> (String, Option<String>) {
        use miette::{GraphicalReportHandler, GraphicalTheme, MietteDiagnostic, Severity};
        let theme = if color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
        let icon = format!("  {} ", theme.characters.warning);
        let rest = format!("  {} ", theme.characters.vbar);
        let handler = GraphicalReportHandler::new_themed(theme).with_width(width).with_word_separator(REMEMBERING);
        let draw = |handler: &GraphicalReportHandler, message: &str, help: &str| {
            let diagnostic = MietteDiagnostic::new(message).with_severity(Severity::Warning).with_help(help);
            let mut out = String::new();
            handler.render_report(&mut out, &diagnostic).unwrap();
            out
        };
        let wrapped = draw(&handler, message, help);
        let room = width - 2;
        let prewrapped = prewrap(message, room, &icon, &rest)
            .zip(prewrap(help, room, "  help: ", "        "))
            .map(|(message, help)| draw(&handler.clone().with_wrap_lines(false), &message, &help));
        (wrapped, prewrapped)
    }

    #[test]
    fn lines_that_fit_are_not_handed_to_textwrap_and_come_out_the_same() {
        let message = "`service_cidr` 172.20.16.0/20 overlaps `container_cidr` 172.20.0.0/16";
        let help = "choose ranges that do not overlap\nfix (unsafe): set `service_cidr`\nsee `acklint explain NET001`";
        for width in [20, 40, 80, 120] {
            for color in [false, true] {
                let (wrapped, prewrapped) = drawn_both_ways(message, help, width, color);
                assert_eq!(prewrapped.as_ref(), Some(&wrapped), "{width} {color}");
            }
        }
        assert!(fits_as_it_is(message, message.len()) && !fits_as_it_is(message, message.len() - 1));
        assert!(!fits_as_it_is("a ", 70) && fits_as_it_is("集群", 4) && !fits_as_it_is("集群", 3));
        // Blank lines keep their indent whole in textwrap: left to it.
        assert_eq!(prewrap("a\n\nb", 80, "  × ", "  │ "), None);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 512, ..Default::default() })]
        /// Whatever the text and width: pre-wrapped and indented, or left to textwrap, never a different output.
        #[test]
        fn prewrapped_texts_draw_as_miette_wraps_them(
            words in proptest::collection::vec(
                "([a-z]{1,12}|`[a-z_]{1,20}`|[0-9./]{1,18}|kebab-case-word|集群名称|文字と|[ ]{1,3}|\n|é|\t)", 0..40),
            help_words in proptest::collection::vec("([a-z]{1,9}|集群|[ ]|\n)", 1..20),
            width in 12usize..130,
            color in proptest::bool::ANY,
        ) {
            let (message, help) = (words.join(" "), help_words.concat());
            let (wrapped, prewrapped) = drawn_both_ways(&message, &help, width, color);
            if let Some(prewrapped) = prewrapped {
                proptest::prop_assert_eq!(prewrapped, wrapped);
            }
        }
    }
}
