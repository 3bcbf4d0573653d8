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

/// One workflow command per finding of every file, its path relative to `root`.
pub fn github(reports: &[FileReport], root: &ProjectRoot) -> String {
    let mut out = String::new();
    for r in reports {
        let path = root.display(&r.path);
        for d in &r.diagnostics {
            let command = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let mut properties = vec![format!("file={}", escape_property(&path))];
            if let Some(span) = d.span {
                let (start, end) = positions(&r.document, span);
                properties.push(format!("line={}", start.line));
                properties.push(format!("col={}", start.column));
                properties.push(format!("endLine={}", end.line));
                properties.push(format!("endColumn={}", end.column));
            }
            properties.push(format!("title={}", escape_property(&format!("{} ({})", d.code, d.rule))));
            let message = match &d.help {
                Some(help) => format!("{}\n{help}", d.message),
                None => d.message.clone(),
            };
            out.push_str(&format!("::{command} {}::{}\n", properties.join(","), escape_data(&message)));
        }
    }
    out
}

/// Escapes the message of a workflow command.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a property value of a workflow command.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(escape_data("50% a:b,c\r\nd"), "50%25 a:b,c%0D%0Ad");
        assert_eq!(escape_property("50% a:b,c\r\nd"), "50%25 a%3Ab%2Cc%0D%0Ad");
        assert_eq!(escape_property("%3A"), "%253A");
    }
}
