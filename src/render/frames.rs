//! Plain code frames drawn by acklint, line for line as miette 7.6's graphical handler draws them without
//! colours, for the frames most findings have: labels within one line each, on lines of printable ASCII.
//!
//! miette's drawing is general (multi-line labels, gutters, colours, syntax highlighting, any Unicode width) and
//! spends about 5,000 instructions on each line of a frame: with a few hundred frame lines in a body with many
//! findings, that was half of the human format's time. This drawer does the same layout for the simple case and
//! says `None` for everything else, which miette then draws. The tests hold both to the same bytes over random
//! texts and labels; a miette upgrade that changes its layout fails them.

use miette::{LabeledSpan, SourceCode, SpanContents, ThemeCharacters};

/// Lines of context above and below a label, and the columns of a tab: miette's defaults, which acklint keeps.
const CONTEXT_LINES: usize = 1;
const TAB_WIDTH: usize = 4;

/// The frames of `labels` on `source`, as miette draws them after a finding's message with `chars` and no
/// colours; `None` when this drawer does not draw them (a label over more than one line or with a line break in
/// its text, a line that is not printable ASCII, a source without a name, a span miette cannot read).
pub(crate) fn plain_frames(
    source: &dyn SourceCode,
    labels: Vec<LabeledSpan>,
    chars: &ThemeCharacters,
) -> Option<String> {
    let mut labels = labels;
    // The same sort as miette's, so labels at the same offset keep miette's order.
    labels.sort_unstable_by_key(|l| l.inner().offset());
    if labels.iter().any(|l| l.label().is_some_and(|text| text.contains('\n'))) {
        return None;
    }
    let mut out = String::with_capacity(1024);
    for (context, read) in contexts(source, &labels)? {
        let lines = lines_of(read.as_ref())?;
        // Every label that shows on a line of this frame must show on that line alone.
        let crosses = lines.iter().any(|line| labels.iter().any(|l| line.applies(l) && !line.holds(l)));
        if crosses {
            return None;
        }
        draw_frame(&mut out, source, &context, &lines, &labels, chars)?;
    }
    Some(out)
}

/// The spans miette draws a frame for, each with its read: the labels in order, two merged when the first one's
/// read reaches the line the next one's starts on.
fn contexts<'a>(
    source: &'a dyn SourceCode,
    labels: &[LabeledSpan],
) -> Option<Vec<(LabeledSpan, Box<dyn SpanContents<'a> + 'a>)>> {
    let mut contexts: Vec<(LabeledSpan, Box<dyn SpanContents<'a> + 'a>)> = Vec::with_capacity(labels.len());
    for right in labels {
        let right_read = source.read_span(right.inner(), CONTEXT_LINES, CONTEXT_LINES).ok()?;
        if let Some((left, left_read)) = contexts.last()
            && left_read.line() + left_read.line_count() >= right_read.line()
        {
            let new_end = (left.offset() + left.len()).max(right.offset() + right.len());
            let merged = LabeledSpan::new(left.label().map(String::from), left.offset(), new_end - left.offset());
            if let Ok(read) = source.read_span(merged.inner(), CONTEXT_LINES, CONTEXT_LINES) {
                contexts.pop();
                contexts.push((merged, read));
                continue;
            }
        }
        contexts.push((right.clone(), right_read));
    }
    Some(contexts)
}

/// One line of a frame: its 1-based number, where it starts in the source and how many bytes it takes with its
/// line break, and its text without the break.
struct Line<'a> {
    number: usize,
    offset: usize,
    length: usize,
    text: &'a str,
}

impl Line<'_> {
    /// Whether `label` lies within this line (miette's `span_line_only`).
    fn holds(&self, label: &LabeledSpan) -> bool {
        label.offset() >= self.offset && label.offset() + label.len() <= self.offset + self.length
    }

    /// Whether `label` shows on this line at all (miette's `span_applies`): it starts, passes or ends here.
    fn applies(&self, label: &LabeledSpan) -> bool {
        let len = label.len().max(1);
        let (start, end) = (self.offset, self.offset + self.length);
        (label.offset() >= start && label.offset() < end)
            || (label.offset() < start && label.offset() + len > end)
            || (label.offset() + len > start && label.offset() + len <= end)
    }

    /// The column a byte offset of this line is drawn at (miette's `visual_offset` for ASCII): one column a
    /// byte, tabs to the next multiple of four, one column past the text for an offset past its end.
    fn column(&self, offset: usize) -> usize {
        let index = offset - self.offset;
        let width = visual_width(&self.text[..index.min(self.text.len())]);
        if index > self.text.len() { width + 1 } else { width }
    }
}

fn visual_width(text: &str) -> usize {
    text.bytes().fold(0, |column, b| if b == b'\t' { column + TAB_WIDTH - column % TAB_WIDTH } else { column + 1 })
}

/// The lines of a read as miette splits them (`\n` and `\r\n` end a line), or `None` when one has anything but
/// printable ASCII and tabs: other characters need Unicode widths, escapes and lone `\r`s that only miette draws.
fn lines_of<'a>(read: &dyn SpanContents<'a>) -> Option<Vec<Line<'a>>> {
    let data = std::str::from_utf8(read.data()).ok()?;
    let mut lines = Vec::with_capacity(4);
    let (mut number, mut offset) = (read.line(), read.span().offset());
    let mut rest = data;
    while !rest.is_empty() {
        let (text, length) = match rest.find('\n') {
            Some(i) if i > 0 && rest.as_bytes()[i - 1] == b'\r' => (&rest[..i - 1], i + 1),
            Some(i) => (&rest[..i], i + 1),
            None => (rest, rest.len()),
        };
        if !text.bytes().all(|b| b == b'\t' || (b' '..=b'~').contains(&b)) {
            return None;
        }
        number += 1;
        lines.push(Line { number, offset, length, text });
        offset += length;
        rest = &rest[length..];
    }
    Some(lines)
}

/// A frame: its first line names the file, and the line and column of its primary label (the first label inside
/// it when none is primary); then the lines, each with the labels on it; then its last line.
fn draw_frame(
    out: &mut String,
    source: &dyn SourceCode,
    context: &LabeledSpan,
    lines: &[Line<'_>],
    labels: &[LabeledSpan],
    chars: &ThemeCharacters,
) -> Option<()> {
    let inside =
        |l: &&LabeledSpan| context.offset() <= l.offset() && l.offset() + l.len() <= context.offset() + context.len();
    let primary = labels.iter().filter(inside).find(|l| l.primary()).or_else(|| labels.iter().find(inside));
    let at = match primary {
        Some(label) => source.read_span(label.inner(), 0, 0).ok()?,
        None => source.read_span(context.inner(), CONTEXT_LINES, CONTEXT_LINES).ok()?,
    };
    let number_width = lines.last().map_or(1, |line| digits(line.number));
    push_n(out, ' ', number_width + 2);
    out.push(chars.ltop);
    out.push(chars.hbar);
    out.push('[');
    out.push_str(at.name()?);
    out.push(':');
    out.push_str(itoa::Buffer::new().format(at.line() + 1));
    out.push(':');
    out.push_str(itoa::Buffer::new().format(at.column() + 1));
    out.push_str("]\n");
    let mut here: Vec<&LabeledSpan> = Vec::new();
    for line in lines {
        out.push(' ');
        push_n(out, ' ', number_width - digits(line.number));
        out.push_str(itoa::Buffer::new().format(line.number));
        out.push(' ');
        out.push(chars.vbar);
        out.push(' ');
        push_text(out, line.text);
        here.clear();
        here.extend(labels.iter().filter(|l| line.applies(l)));
        if !here.is_empty() {
            draw_highlights(out, line, number_width, &here, chars);
        }
    }
    push_n(out, ' ', number_width + 2);
    out.push(chars.lbot);
    push_n(out, chars.hbar, 4);
    out.push('\n');
    Some(())
}

/// The underlines of the labels on a line, then one line per label with text, the last label's first, each
/// with a bar down from every label before it.
fn draw_highlights(
    out: &mut String,
    line: &Line<'_>,
    number_width: usize,
    here: &[&LabeledSpan],
    chars: &ThemeCharacters,
) {
    no_number(out, number_width, chars);
    let mut highest = 0;
    let mut bars = Vec::with_capacity(here.len());
    for label in here {
        let start = line.column(label.offset()).max(highest);
        let end = if label.is_empty() { start + 1 } else { line.column(label.offset() + label.len()).max(start + 1) };
        let bar = (start + end) / 2;
        push_n(out, ' ', start.saturating_sub(highest));
        push_n(out, chars.underline, bar - start);
        out.push(if label.is_empty() {
            chars.uarrow
        } else if label.label().is_some() {
            chars.underbar
        } else {
            chars.underline
        });
        push_n(out, chars.underline, end - bar - 1);
        highest = highest.max(end);
        bars.push(bar);
    }
    out.push('\n');
    for (i, label) in here.iter().enumerate().rev() {
        let Some(text) = label.label() else { continue };
        no_number(out, number_width, chars);
        let mut column = 1;
        for (other, &bar) in here.iter().zip(&bars) {
            push_n(out, ' ', (bar + 1).saturating_sub(column));
            column = column.max(bar + 1);
            // miette tells labels apart by their text and span, so an equal label earlier takes this one's place.
            if !same(other, here[i]) {
                out.push(chars.vbar);
                column += 1;
            } else {
                out.push(chars.lbot);
                push_n(out, chars.hbar, 2);
                out.push(' ');
                out.push_str(text);
                out.push('\n');
                break;
            }
        }
    }
}

fn same(a: &LabeledSpan, b: &LabeledSpan) -> bool {
    a.label() == b.label() && a.inner() == b.inner()
}

/// The start of a line under a source line: no number, a dotted bar.
fn no_number(out: &mut String, number_width: usize, chars: &ThemeCharacters) {
    push_n(out, ' ', number_width + 2);
    out.push(chars.vbar_break);
    out.push(' ');
}

/// A line's text with its tabs drawn as spaces to the next multiple of four, and its end.
fn push_text(out: &mut String, text: &str) {
    if !text.contains('\t') {
        out.push_str(text);
    } else {
        let mut column = 0;
        for c in text.chars() {
            if c == '\t' {
                let width = TAB_WIDTH - column % TAB_WIDTH;
                push_n(out, ' ', width);
                column += width;
            } else {
                out.push(c);
                column += 1;
            }
        }
    }
    out.push('\n');
}

fn push_n(out: &mut String, c: char, times: usize) {
    out.extend(std::iter::repeat_n(c, times));
}

fn digits(number: usize) -> usize {
    number.checked_ilog10().map_or(1, |log| log as usize + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, NamedSource};
    use proptest::prelude::*;
    use std::fmt;

    /// A diagnostic with only a message and labels, so that miette draws the message line, then the frames.
    struct Labelled<'a> {
        source: &'a dyn SourceCode,
        labels: Vec<LabeledSpan>,
    }

    impl fmt::Display for Labelled<'_> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("m")
        }
    }

    impl std::error::Error for Labelled<'_> {}

    impl Diagnostic for Labelled<'_> {
        fn source_code(&self) -> Option<&dyn SourceCode> {
            Some(self.source)
        }

        fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
            Some(Box::new(self.labels.iter().cloned()))
        }
    }

    impl fmt::Debug for Labelled<'_> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.debug_struct("Labelled").field("labels", &self.labels).finish()
        }
    }

    /// miette's frames for `labels`, and this drawer's.
    fn both(source: &dyn SourceCode, labels: Vec<LabeledSpan>) -> (String, Option<String>) {
        let theme = GraphicalTheme::unicode_nocolor();
        let chars = theme.characters.clone();
        let handler = GraphicalReportHandler::new_themed(theme).with_width(400);
        let mut drawn = String::new();
        handler.render_report(&mut drawn, &Labelled { source, labels: labels.clone() }).unwrap();
        let theirs = drawn.strip_prefix("  × m\n").expect("the message line comes first").to_string();
        (theirs, plain_frames(source, labels, &chars))
    }

    /// The source a finding of `text` frames, as the human format reads it.
    fn frame_source(text: &str) -> Option<crate::MietteFinding> {
        let report = crate::lint("t.json", text.as_bytes(), &crate::LintOptions::default());
        report.to_miette_with(crate::MietteOptions::default()).into_iter().next()
    }

    fn labels_at(text: &str, spans: &[(usize, usize, Option<&str>, bool)]) -> Vec<LabeledSpan> {
        spans
            .iter()
            .map(|&(offset, len, label, primary)| {
                let mut offset = offset.min(text.len());
                while !text.is_char_boundary(offset) {
                    offset -= 1;
                }
                let mut end = (offset + len).min(text.len());
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                let label = label.map(String::from);
                if primary {
                    LabeledSpan::new_primary_with_span(label, (offset, end - offset))
                } else {
                    LabeledSpan::new_with_span(label, (offset, end - offset))
                }
            })
            .collect()
    }

    #[test]
    fn a_body_with_labels_near_and_far_is_drawn_as_miette_draws_it() {
        let text = "{\n  \"a\": 1,\n  \"b\":\t[2, 3],\n\n  \"c\": \"x\",\n  \"d\": 4,\n  \"e\": 5,\n  \"f\": 6\n}\n";
        let finding = frame_source(text).expect("a finding");
        let source = finding.source_code().unwrap();
        let b = text.find("[2").unwrap();
        let labels = labels_at(
            text,
            &[
                (b, 6, Some("list"), false),
                (b + 1, 1, None, false),
                (b + 4, 0, Some("here"), true),
                (65, 1, Some("far"), false),
            ],
        );
        let (theirs, ours) = both(source, labels);
        assert_eq!(ours.as_deref(), Some(theirs.as_str()));
        assert_eq!(ours.unwrap().matches("╭─[").count(), 2);
    }

    #[test]
    fn labels_over_lines_and_text_that_is_not_ascii_are_left_to_miette() {
        let text = "{\n  \"name\": \"集群\",\n  \"b\": [\n    1\n  ]\n}\n";
        let finding = frame_source(text).expect("a finding");
        let source = finding.source_code().unwrap();
        let name = text.find("\"集群\"").unwrap();
        let list = text.find('[').unwrap();
        assert_eq!(plain_frames(source, labels_at(text, &[(name, 8, Some("name"), false)]), &chars()), None);
        assert_eq!(plain_frames(source, labels_at(text, &[(list, 12, Some("list"), false)]), &chars()), None);
        assert_eq!(plain_frames(source, labels_at(text, &[(list, 1, Some("two\nlines"), false)]), &chars()), None);
        let one = text.find('1').unwrap();
        assert!(plain_frames(source, labels_at(text, &[(one, 1, Some("one"), false)]), &chars()).is_some());
    }

    fn chars() -> ThemeCharacters {
        GraphicalTheme::unicode_nocolor().characters
    }

    fn label_text() -> impl Strategy<Value = Option<&'static str>> {
        prop_oneof![
            3 => Just(None),
            1 => Just(Some("")),
            6 => Just(Some("ignored")),
            3 => Just(Some("→ `a.b`")),
            1 => Just(Some("x\ny")),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 1024, ..ProptestConfig::default() })]
        /// Whatever the lines and labels: the frames drawn here are miette's, byte for byte, on miette's own
        /// source and on the human format's.
        #[test]
        fn frames_are_drawn_as_miette_draws_them(
            lines in proptest::collection::vec(prop_oneof![
                12 => "[ a-z\"{}:,\\[\\]0-9]{0,30}",
                2 => "[ a-z]{0,3}\t[ a-z\t]{0,6}",
                1 => "[ a-z]{0,3}(集群|é|\r|\x1b)[ a-z]{0,3}",
            ], 1..14),
            crlf in proptest::bool::ANY,
            // Lines above, for line numbers of every width.
            above in prop_oneof![Just(0usize), 0usize..12, 90usize..110, 995usize..1005],
            spans in proptest::collection::vec((0usize..200, 0usize..14, label_text(), proptest::bool::ANY), 1..5),
        ) {
            let text = format!("{}{}", "x,\n".repeat(above), lines.join(if crlf { "\r\n" } else { "\n" }));
            let spans: Vec<_> = spans.into_iter().map(|(at, len, label, primary)| (at + 3 * above, len, label, primary)).collect();
            let labels = labels_at(&text, &spans);
            let named = NamedSource::new("t.json", text.clone());
            let (theirs, ours) = both(&named, labels.clone());
            if let Some(ours) = ours {
                prop_assert_eq!(ours, theirs);
            }
            if let Some(finding) = frame_source(&text) {
                let (theirs, ours) = both(finding.source_code().unwrap(), labels);
                if let Some(ours) = ours {
                    prop_assert_eq!(ours, theirs);
                }
            }
        }
    }
}
