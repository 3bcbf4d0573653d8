//! How the text around a value is laid out: lines, indentation, the comma after a value. Fixes follow the
//! layout they find, so a fixed file looks as if its author had written it that way.

use std::borrow::Cow;

/// The offset where the line holding byte `at` starts.
pub fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// Whether only spaces and tabs stand between the start of its line and byte `at`.
pub fn leads_line(text: &str, at: usize) -> bool {
    // Back over the blanks only: the line's other bytes need not be looked at.
    let before = text[..at].trim_end_matches([' ', '\t']);
    before.is_empty() || before.ends_with('\n')
}

/// The spaces and tabs that start the line holding byte `at`.
pub fn indent_at(text: &str, at: usize) -> &str {
    let start = line_start(text, at);
    let rest = &text[start..];
    &rest[..rest.len() - rest.trim_start_matches([' ', '\t']).len()]
}

/// The offset of the `,` that follows byte `at` across spaces, line breaks and comments, if one does.
pub fn comma_after(text: &str, at: usize) -> Option<usize> {
    let i = crate::detect::skip_blank(text.as_bytes(), at);
    (text.as_bytes().get(i) == Some(&b',')).then_some(i)
}

/// The offset of the line break that ends the line before byte `at` (`\r\n` counted from its `\r`), when
/// `at` leads its line.
pub fn break_before(text: &str, at: usize) -> Option<usize> {
    let start = line_start(text, at);
    if start == 0 {
        return None;
    }
    let nl = start - 1;
    Some(if nl > 0 && text.as_bytes()[nl - 1] == b'\r' { nl - 1 } else { nl })
}

/// The line break the text uses (`\r\n` when its first line ends so).
pub fn line_break(text: &str) -> &'static str {
    match text.find('\n') {
        Some(i) if i > 0 && text.as_bytes()[i - 1] == b'\r' => "\r\n",
        _ => "\n",
    }
}

/// `raw` (the text of a value whose first line started at indentation `from`) with every later line's
/// indentation `from` replaced by `to`, so a multi-line value moved elsewhere lines up there.
pub fn reindent<'r>(raw: &'r str, from: &str, to: &str) -> Cow<'r, str> {
    if from == to || !raw.contains('\n') {
        return Cow::Borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len());
    for (i, line) in raw.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
            match line.strip_prefix(from) {
                Some(rest) => {
                    out.push_str(to);
                    out.push_str(rest);
                }
                None => out.push_str(line),
            }
        } else {
            out.push_str(line);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commas_are_found_across_comments() {
        let text = "1 /* a, */ // b,\n , 2";
        assert_eq!(comma_after(text, 1), Some(18));
        assert_eq!(comma_after("1 2", 1), None);
    }

    #[test]
    fn lines_and_indentation() {
        let text = "{\r\n  \"a\": 1\r\n}";
        let a = text.find('"').unwrap();
        assert!(leads_line(text, a));
        assert_eq!(indent_at(text, a), "  ");
        assert_eq!(break_before(text, a), Some(1));
        assert_eq!(line_break(text), "\r\n");
        assert_eq!(reindent("[\n  1\n]", "", "    "), "[\n      1\n    ]");
    }
}
