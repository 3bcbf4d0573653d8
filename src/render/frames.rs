//! Plain code frames drawn by acklint, line for line as miette 7.6's graphical handler draws them without
//! colours, for the frames findings have: label texts of one line, on source lines of printable ASCII.
//!
//! miette's drawing is general (multi-line labels, gutters, colours, syntax highlighting, any Unicode width) and
//! spends about 5,000 instructions on each line of a frame: with a few hundred frame lines in a body with many
//! findings, that was half of the human format's time. This drawer does the same layout for these frames and
//! declines every other, which miette then draws. The tests hold both to the same bytes over random texts and
//! labels; a miette upgrade that changes its layout fails them.

use miette::{LabeledSpan, SourceCode, SpanContents, ThemeCharacters};

/// Lines of context above and below a label, and the columns of a tab: miette's defaults, which acklint keeps.
const CONTEXT_LINES: usize = 1;
const TAB_WIDTH: usize = 4;

/// Draws the frames of `labels` on `source` onto `out`, as miette draws them after a finding's message with
/// `chars` and no colours; false, with `out` as it was, when this drawer does not draw them (a label with a line
/// break in its text, a line that is not printable ASCII, a source without a name, a span miette cannot read).
pub(crate) fn plain_frames(
    out: &mut String,
    source: &dyn SourceCode,
    labels: Vec<LabeledSpan>,
    chars: &ThemeCharacters,
) -> bool {
    let start = out.len();
    let drawn = draw_frames(out, source, labels, chars).is_some();
    if !drawn {
        out.truncate(start);
    }
    drawn
}

fn draw_frames(
    out: &mut String,
    source: &dyn SourceCode,
    labels: Vec<LabeledSpan>,
    chars: &ThemeCharacters,
) -> Option<()> {
    let mut labels = labels;
    // The same sort as miette's, so labels at the same offset keep miette's order.
    labels.sort_unstable_by_key(|l| l.inner().offset());
    if labels.iter().any(|l| l.label().is_some_and(|text| text.contains('\n'))) {
        return None;
    }
    for (context, read) in contexts(source, &labels)? {
        let lines = lines_of(read.as_ref())?;
        draw_frame(out, source, &context, &lines, &labels, chars)?;
    }
    Some(())
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
        let passes = label.offset() < self.offset && label_end(label) > self.offset + self.length;
        self.begins_here(label) || passes || self.finishes_here(label)
    }

    /// Whether `label` shows in the gutter of this line (miette's `span_applies_gutter`): it shows on the line
    /// and does not both start and end on it.
    fn applies_in_gutter(&self, label: &LabeledSpan) -> bool {
        self.applies(label) && !(self.begins_here(label) && self.finishes_here(label))
    }

    /// Whether `label` starts on this line, as `applies` sees it.
    fn begins_here(&self, label: &LabeledSpan) -> bool {
        label.offset() >= self.offset && label.offset() < self.offset + self.length
    }

    /// Whether `label` ends on this line, as `applies` sees it.
    fn finishes_here(&self, label: &LabeledSpan) -> bool {
        label_end(label) > self.offset && label_end(label) <= self.offset + self.length
    }

    /// Whether a label that shows on this line starts on it (miette's `span_starts`).
    fn starts(&self, label: &LabeledSpan) -> bool {
        label.offset() >= self.offset
    }

    /// Whether `label` ends on this line (miette's `span_ends`).
    fn ends(&self, label: &LabeledSpan) -> bool {
        let end = label.offset() + label.len();
        end >= self.offset && end <= self.offset + self.length
    }

    /// Whether `label` starts above this line and ends below it (miette's `span_flyby`).
    fn passes(&self, label: &LabeledSpan) -> bool {
        label.offset() < self.offset && label.offset() + label.len() > self.offset + self.length
    }

    /// The column a byte offset of this line is drawn at (miette's `visual_offset` for ASCII): one column a
    /// byte, tabs to the next multiple of four, one column past the text for an offset past its end.
    fn column(&self, offset: usize) -> usize {
        let index = offset - self.offset;
        let width = visual_width(&self.text[..index.min(self.text.len())]);
        if index > self.text.len() { width + 1 } else { width }
    }
}

/// Where `label` ends for `applies`: a label of no length counts as one byte.
fn label_end(label: &LabeledSpan) -> usize {
    label.offset() + label.len().max(1)
}

fn visual_width(text: &str) -> usize {
    text.bytes().fold(0, |column, b| column + if b == b'\t' { tab(column) } else { 1 })
}

/// The columns a tab at `column` takes: to the next multiple of four.
fn tab(column: usize) -> usize {
    TAB_WIDTH - column % TAB_WIDTH
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
    let drawing = Drawing {
        labels,
        chars,
        number_width: lines.last().map_or(1, |line| digits(line.number)),
        gutter: lines
            .iter()
            .map(|line| labels.iter().filter(|l| !line.holds(l) && line.applies_in_gutter(l)).count())
            .max()
            .unwrap_or(0),
    };
    push_n(out, ' ', drawing.number_width + 2);
    out.push(chars.ltop);
    out.push(chars.hbar);
    out.push('[');
    out.push_str(at.name()?);
    out.push(':');
    out.push_str(itoa::Buffer::new().format(at.line() + 1));
    out.push(':');
    out.push_str(itoa::Buffer::new().format(at.column() + 1));
    out.push_str("]\n");
    let (mut one_line, mut more_lines): (Vec<&LabeledSpan>, Vec<&LabeledSpan>) = (Vec::new(), Vec::new());
    for line in lines {
        drawing.source_line(out, line);
        one_line.clear();
        more_lines.clear();
        for label in labels.iter().filter(|l| line.applies(l)) {
            if line.holds(label) { one_line.push(label) } else { more_lines.push(label) }
        }
        if !one_line.is_empty() {
            drawing.highlights(out, line, &one_line);
        }
        // A label over several lines gets its text where it ends.
        for label in &more_lines {
            if let Some(text) = label.label()
                && line.ends(label)
                && !line.starts(label)
            {
                drawing.under(out, line);
                out.push(chars.hbar);
                out.push(' ');
                out.push_str(text);
                out.push('\n');
            }
        }
    }
    push_n(out, ' ', drawing.number_width + 2);
    out.push(chars.lbot);
    push_n(out, chars.hbar, 4);
    out.push('\n');
    Some(())
}

/// What every line of a frame is drawn with.
struct Drawing<'a> {
    /// All the finding's labels, in miette's order.
    labels: &'a [LabeledSpan],
    chars: &'a ThemeCharacters,
    /// The columns of the frame's last line number.
    number_width: usize,
    /// The most labels over several lines that meet on one line: the gutter left of the text has room for them.
    gutter: usize,
}

impl Drawing<'_> {
    /// A line of the source: its number, the gutter, its text.
    fn source_line(&self, out: &mut String, line: &Line<'_>) {
        out.push(' ');
        push_n(out, ' ', self.number_width - digits(line.number));
        out.push_str(itoa::Buffer::new().format(line.number));
        out.push(' ');
        out.push(self.chars.vbar);
        out.push(' ');
        self.source_gutter(out, line);
        push_text(out, line.text);
    }

    /// The start of a line under a source line: no number, a dotted bar, the gutter.
    fn under(&self, out: &mut String, line: &Line<'_>) {
        push_n(out, ' ', self.number_width + 2);
        out.push(self.chars.vbar_break);
        out.push(' ');
        self.under_gutter(out, line);
    }

    /// The gutter on a source line (miette's `render_line_gutter`): an arrow into the line where a label over
    /// several lines starts or ends, a bar where one passes.
    fn source_gutter(&self, out: &mut String, line: &Line<'_>) {
        if self.gutter == 0 {
            return;
        }
        let chars = self.chars;
        let (mut columns, mut arrow) = (0, false);
        for (i, label) in self.labels.iter().filter(|l| line.applies_in_gutter(l)).enumerate() {
            let corner = if line.starts(label) {
                Some(chars.ltop)
            } else if line.ends(label) {
                Some(if label.label().is_some() { chars.lcross } else { chars.lbot })
            } else {
                None
            };
            if let Some(corner) = corner {
                let run = self.gutter.saturating_sub(i);
                out.push(corner);
                push_n(out, chars.hbar, run);
                out.push(chars.rarrow);
                columns += run + 2;
                arrow = true;
                break;
            }
            out.push(if line.passes(label) { chars.vbar } else { ' ' });
            columns += 1;
        }
        push_n(out, ' ', if arrow { 1 } else { 3 } + self.gutter.saturating_sub(columns));
    }

    /// The gutter under a source line (miette's `render_highlight_gutter` for one-line label texts): a corner
    /// where a label over several lines ends on this line, a bar for each one still open.
    fn under_gutter(&self, out: &mut String, line: &Line<'_>) {
        if self.gutter == 0 {
            return;
        }
        let mut columns = 0;
        for (i, label) in self.labels.iter().filter(|l| line.applies_in_gutter(l)).enumerate() {
            if !line.holds(label) && line.ends(label) {
                let run = self.gutter.saturating_sub(i) + 2;
                out.push(self.chars.lbot);
                push_n(out, self.chars.hbar, run);
                columns += run + 1;
                break;
            }
            out.push(self.chars.vbar);
            columns += 1;
        }
        push_n(out, ' ', (self.gutter + 3).saturating_sub(columns));
    }

    /// The underlines of the one-line labels on a line, then a line for each with text, the last label's first,
    /// each with a bar down from every label before it.
    fn highlights(&self, out: &mut String, line: &Line<'_>, here: &[&LabeledSpan]) {
        let chars = self.chars;
        self.under(out, line);
        let mut highest = 0;
        let mut bars = Vec::with_capacity(here.len());
        for label in here {
            let start = line.column(label.offset()).max(highest);
            let end =
                if label.is_empty() { start + 1 } else { line.column(label.offset() + label.len()).max(start + 1) };
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
            self.under(out, line);
            let mut column = 1;
            for (other, &bar) in here.iter().zip(&bars) {
                push_n(out, ' ', (bar + 1).saturating_sub(column));
                column = column.max(bar + 1);
                // miette tells labels apart by text and span, so an equal label earlier takes this one's place.
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
}

fn same(a: &LabeledSpan, b: &LabeledSpan) -> bool {
    a.label() == b.label() && a.inner() == b.inner()
}

/// A line's text with its tabs drawn as spaces to the next multiple of four, and its end.
fn push_text(out: &mut String, text: &str) {
    if !text.contains('\t') {
        out.push_str(text);
    } else {
        let mut column = 0;
        for c in text.chars() {
            if c == '\t' {
                let width = tab(column);
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
        let mut ours = String::from("kept\n");
        let drawn = plain_frames(&mut ours, source, labels, &chars);
        let ours = ours.strip_prefix("kept\n").expect("what came before is kept").to_string();
        assert!(drawn || ours.is_empty(), "nothing is left behind when the frames are not drawn: {ours}");
        (theirs, drawn.then_some(ours))
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
        let ours = ours.unwrap();
        assert_eq!(ours.matches("╭─[").count(), 2, "{ours}");
        // A label over lines gets a gutter; its read reaches the far label's lines, so the frames merge.
        let labels = labels_at(
            text,
            &[(b, 6, Some("list"), false), (b + 2, 7, Some("over lines"), false), (65, 1, None, false)],
        );
        let (theirs, ours) = both(source, labels);
        assert_eq!(ours.as_deref(), Some(theirs.as_str()));
        assert!(ours.unwrap().contains("├─▶"));
    }

    #[test]
    fn label_texts_over_lines_and_text_that_is_not_ascii_are_left_to_miette() {
        let text = "{\n  \"name\": \"集群\",\n  \"b\": [\n    1\n  ]\n}\n";
        let finding = frame_source(text).expect("a finding");
        let source = finding.source_code().unwrap();
        let name = text.find("\"集群\"").unwrap();
        let list = text.find('[').unwrap();
        assert_eq!(both(source, labels_at(text, &[(name, 8, Some("name"), false)])).1, None);
        assert_eq!(both(source, labels_at(text, &[(list, 1, Some("two\nlines"), false)])).1, None);
        let one = text.find('1').unwrap();
        let (theirs, ours) = both(source, labels_at(text, &[(one, 1, Some("one"), false)]));
        assert_eq!(ours, Some(theirs));
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
            let spans: Vec<_> =
                spans.into_iter().map(|(at, len, label, primary)| (at + 3 * above, len, label, primary)).collect();
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
