//! The GitHub Actions format: one workflow command per finding, which GitHub shows as an annotation on the
//! file and line (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`).
//!
//! `endColumn` is one past the last character, like the other formats. Escaping follows the Actions runner:
//! in the message `%`, `\r` and `\n` are percent-encoded; in property values `:` and `,` are as well.
//! `file` is relative to the project root ([`ProjectRoot`], the workspace in GitHub Actions) when the file is
//! below it, since that is how GitHub finds the file in the repository, and as given otherwise.

use super::paths::ProjectRoot;
use super::positions;
use crate::diagnostic::Severity;
use crate::lint::FileReport;
use std::fmt::Write as _;

/// One workflow command per finding of every file, its path relative to `root`.
pub fn github(reports: &[FileReport], root: &ProjectRoot) -> String {
    // Written straight into `out`, escaped as it goes: a command is a few short pieces, and building each piece
    // as a string of its own cost more than the rest of the output.
    let mut out = String::new();
    for r in reports {
        let path = root.display(&r.path);
        for d in &r.diagnostics {
            let command = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            out.push_str("::");
            out.push_str(command);
            out.push_str(" file=");
            escape_property(&mut out, &path);
            if let Some(span) = d.span {
                let (start, end) = positions(&r.document, span);
                let (line, col, end_line, end_col) = (start.line, start.column, end.line, end.column);
                let _ = write!(out, ",line={line},col={col},endLine={end_line},endColumn={end_col}");
            }
            out.push_str(",title=");
            for part in [d.code, " (", d.rule, ")"] {
                escape_property(&mut out, part);
            }
            out.push_str("::");
            escape_data(&mut out, &d.message);
            if let Some(help) = &d.help {
                escape_data(&mut out, "\n");
                escape_data(&mut out, help);
            }
            out.push('\n');
        }
    }
    out
}

/// Appends `text`, escaped as a command's message: `%`, `\r` and `\n` percent-encoded.
fn escape_data(out: &mut String, text: &str) {
    escape(out, text, |rest| memchr::memchr3(b'%', b'\r', b'\n', rest));
}

/// Appends `text`, escaped as a property value: as a message, and the separators `:` and `,` as well.
fn escape_property(out: &mut String, text: &str) {
    escape(out, text, |rest| rest.iter().position(|b| matches!(b, b'%' | b'\r' | b'\n' | b':' | b',')));
}

/// Appends `text` to `out` with each byte that `next` finds (all ASCII) percent-encoded.
fn escape(out: &mut String, text: &str, next: impl Fn(&[u8]) -> Option<usize>) {
    let mut rest = text;
    while let Some(at) = next(rest.as_bytes()) {
        out.push_str(&rest[..at]);
        let _ = write!(out, "%{:02X}", rest.as_bytes()[at]);
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        let escaped = |text: &str, escape: fn(&mut String, &str)| {
            let mut out = String::new();
            escape(&mut out, text);
            out
        };
        assert_eq!(escaped("50% a:b,c\r\nd", escape_data), "50%25 a:b,c%0D%0Ad");
        assert_eq!(escaped("50% a:b,c\r\nd", escape_property), "50%25 a%3Ab%2Cc%0D%0Ad");
        assert_eq!(escaped("%3A", escape_property), "%253A");
        assert_eq!(escaped("集群:名,\n", escape_property), "集群%3A名%2C%0A");
    }
}
