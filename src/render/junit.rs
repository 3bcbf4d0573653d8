//! The JUnit XML format, for CI systems that show test reports (GitLab, Jenkins, Azure Pipelines, …).
//!
//! One test suite `acklint`; each finding is a failed test case of the file it is in, and a file without
//! findings is one passing test case `no findings`. Every finding counts as a failure, whatever its severity
//! (`--fail-on` only decides the exit status). Each test case's `file` attribute (read by GitLab, among others)
//! and its `classname` (`acklint.<file>`) name the file relative to the project root ([`ProjectRoot`]) when
//! it is below it, and as given otherwise.

use super::paths::ProjectRoot;
use super::positions;
use crate::lint::FileReport;
use std::fmt::Write;

/// One JUnit XML document for all files, their paths relative to `root`.
pub fn junit(reports: &[FileReport], root: &ProjectRoot) -> String {
    super::stream::render_all(super::stream::OutputFormat::Junit(root.clone()), reports)
}

/// The document's opening, which counts the test cases (one per finding, one per file without findings) and
/// the failures (one per finding).
pub(super) fn opening(tests: usize, failures: usize) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <testsuites name=\"acklint\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\">\n  \
         <testsuite name=\"acklint\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\">\n"
    )
}

/// What follows the last test case.
pub(super) const CLOSING: &str = "  </testsuite>\n</testsuites>\n";

/// The test cases of one file.
pub(super) fn cases(r: &FileReport, root: &ProjectRoot) -> String {
    let mut cases = String::new();
    let path = root.display(&r.path);
    let classname = attr(&format!("acklint.{path}"));
    let file = attr(&path);
    if r.diagnostics.is_empty() {
        let _ = writeln!(cases, "    <testcase classname=\"{classname}\" file=\"{file}\" name=\"no findings\"/>");
        return cases;
    }
    for d in &r.diagnostics {
        let mut name = format!("{} {}", d.code, d.rule);
        if let Some(span) = d.span {
            let (start, _) = positions(&r.document, span);
            let _ = write!(name, " at {}:{}", start.line, start.column);
        }
        let mut body = d.message.clone();
        if let Some(pointer) = &d.pointer {
            let _ = write!(body, "\npointer: {}", if pointer.is_empty() { "(the whole document)" } else { pointer });
        }
        if let Some(help) = &d.help {
            let _ = write!(body, "\nhelp: {help}");
        }
        let _ = writeln!(
            cases,
            "    <testcase classname=\"{classname}\" file=\"{file}\" name=\"{}\">\n      <failure type=\"{}\" message=\"{}\">{}</failure>\n    </testcase>",
            attr(&name),
            attr(d.code),
            attr(&d.message),
            text(&body),
        );
    }
    cases
}

/// Whether XML 1.0 allows `c` at all (`Char` production); the others cannot even be written as references.
fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Escapes character data.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().filter(|&c| allowed(c)) {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // A literal carriage return would be normalized away by the parser.
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes an attribute value; line breaks and tabs become references so that parsers keep them.
fn attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in text(s).chars() {
        match c {
            '\n' => out.push_str("&#10;"),
            '\t' => out.push_str("&#9;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_drops() {
        assert_eq!(text("a & b < c > d \"e\" 'f'"), "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;");
        assert_eq!(text("x\u{0}\u{1b}\u{FFFE}\u{FFFF}y\u{1F600}"), "xy\u{1F600}");
        assert_eq!(attr("a\nb\tc\rd"), "a&#10;b&#9;c&#13;d");
        assert_eq!(text("a\nb"), "a\nb");
    }
}
