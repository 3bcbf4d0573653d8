//! Output written file by file, for runs over many files: each file's part (a [`Piece`]) is rendered on any
//! thread, and a [`StreamWriter`] writes the pieces in input order between the format's opening and closing.
//! Memory holds the pieces not yet written, never the whole output.
//!
//! Every format keeps its shape: JSON, SARIF and GitLab are one document whose array of files, results or
//! issues is written one element at a time (the rest of the document is known before the first file, or, for
//! JSON's summary, counted along the way); JUnit's opening counts every test case, so its test cases are held
//! until the end (in a temporary file once they are many, see [`super::held`]). The whole-document functions
//! ([`super::json()`], [`super::sarif()`], …) are this writer run over a slice, so both give the same bytes.

use super::fingerprint::Fingerprints;
use super::held::Held;
#[cfg(feature = "cli")]
use super::human::HumanStyle;
#[cfg(feature = "cli")]
use super::human_in;
use super::json::Summary;
use super::paths::ProjectRoot;
use super::pretty::Pretty;
#[cfg(feature = "cli")]
use super::{concise, github};
use super::{gitlab, json, junit, sarif};
use crate::i18n::Lang;
use crate::report::FileReport;
use serde::Serialize;
use std::io::{self, Write};
use std::sync::Arc;

/// An output format with what it needs to render a file.
#[derive(Debug, Clone)]
pub enum OutputFormat {
    /// Code frames for people.
    #[cfg(feature = "cli")]
    Human(HumanStyle, Lang),
    /// One line per finding.
    #[cfg(feature = "cli")]
    Concise,
    /// The JSON document (`version: 1`).
    Json,
    /// SARIF 2.1.0, paths relative to the root.
    Sarif(ProjectRoot, Arc<sarif::RuleIndex>, Lang),
    /// GitHub Actions workflow commands.
    #[cfg(feature = "cli")]
    Github(ProjectRoot),
    /// JUnit XML.
    Junit(ProjectRoot),
    /// GitLab Code Quality.
    Gitlab(ProjectRoot),
}

impl OutputFormat {
    /// SARIF with paths relative to `root`, its `language` naming the findings' language.
    pub fn sarif(root: ProjectRoot, lang: Lang) -> OutputFormat {
        OutputFormat::Sarif(root, Arc::new(sarif::RuleIndex::new()), lang)
    }

    /// Whether each file's findings carry a fingerprint that must be unique in the output (SARIF, GitLab):
    /// then files with the same name must share one [`Fingerprints`].
    #[cfg(feature = "cli")]
    pub fn fingerprints(&self) -> bool {
        matches!(self, OutputFormat::Sarif(..) | OutputFormat::Gitlab(_))
    }

    /// One file's part of the output. `fingerprints` holds those already given to findings of files with the
    /// same name (any fresh one for a name seen once: fingerprints include the name).
    pub fn piece(&self, report: &FileReport, fingerprints: &mut Fingerprints) -> Piece {
        let mut piece = Piece::of(report);
        match self {
            #[cfg(feature = "cli")]
            OutputFormat::Human(style, lang) => piece.text = human_in(report, *style, *lang).into_bytes(),
            #[cfg(feature = "cli")]
            OutputFormat::Concise => piece.text = concise(report).into_bytes(),
            #[cfg(feature = "cli")]
            OutputFormat::Github(root) => piece.text = github(std::slice::from_ref(report), root).into_bytes(),
            OutputFormat::Json => piece.write_element(ELEMENT_INDENT[JSON], |w| json::write_file(report, w)),
            OutputFormat::Sarif(root, index, lang) => {
                sarif::write_results(report, root, index, *lang, fingerprints, |write| {
                    piece.write_element(ELEMENT_INDENT[SARIF], write)
                })
            }
            OutputFormat::Gitlab(root) => {
                gitlab::issues(report, root, fingerprints, |i| piece.element(ELEMENT_INDENT[GITLAB], i))
            }
            OutputFormat::Junit(root) => piece.text = junit::cases(report, root).into_bytes(),
        }
        piece
    }
}

/// The document formats whose elements are written one by one, as indices into the layout tables below.
const JSON: usize = 0;
const SARIF: usize = 1;
const GITLAB: usize = 2;

/// Where each document format's elements stand: serde_json's pretty printer indents two spaces per level, and
/// the files of JSON are 2 levels deep, SARIF's results 4 and GitLab's issues 1.
const ELEMENT_INDENT: [&str; 3] = ["    ", "        ", "  "];

/// The indentation of the line that closes the array.
const CLOSING_INDENT: [&str; 3] = ["  ", "      ", ""];

/// One file's part of the output, and what the closing needs to know about it.
#[derive(Debug, Default)]
pub struct Piece {
    /// The text: lines, test cases, or the array elements separated from each other.
    text: Vec<u8>,
    /// How many array elements `text` holds (document formats).
    elements: usize,
    /// The file's findings by severity.
    summary: Summary,
}

impl Piece {
    fn of(report: &FileReport) -> Piece {
        Piece { summary: super::summary_counts(std::slice::from_ref(report)), ..Piece::default() }
    }

    /// Appends an array element, pretty-printed at `indent` by serde_json.
    fn element<T: Serialize>(&mut self, indent: &str, value: &T) {
        self.separate(indent);
        super::pretty::write_at(&mut self.text, indent.len() / 2, value);
    }

    /// Appends an array element that `write` writes at `indent`.
    fn write_element(&mut self, indent: &str, write: impl FnOnce(&mut Pretty)) {
        self.separate(indent);
        write(&mut Pretty::at(&mut self.text, indent.len() / 2));
    }

    /// Starts the next element: after a comma and a new line unless it is the first.
    fn separate(&mut self, indent: &str) {
        if self.elements > 0 {
            self.text.push(b',');
            self.text.push(b'\n');
            self.text.extend_from_slice(indent.as_bytes());
        }
        self.elements += 1;
    }
}

/// Writes pieces in order between a format's opening and closing.
pub struct StreamWriter<W: Write> {
    format: OutputFormat,
    out: W,
    /// Elements written so far (document formats).
    elements: usize,
    /// Totals over the pieces written.
    summary: Summary,
    /// JUnit's test cases, and how many there are.
    cases: Option<(Held, usize)>,
    /// SARIF's closing, cut from the same log as its opening (rendering the rules' docs twice would cost).
    closing: String,
}

impl<W: Write> StreamWriter<W> {
    /// Starts the output: writes the format's opening (nothing for line-based formats, and JUnit's at the end).
    pub fn new(format: OutputFormat, mut out: W) -> io::Result<StreamWriter<W>> {
        let (opening, closing) = match &format {
            OutputFormat::Json => (split(&json::document(&Summary::default()), JSON).0, String::new()),
            OutputFormat::Sarif(root, _, lang) => split(&sarif::document(root, *lang), SARIF),
            OutputFormat::Gitlab(_) => ("[".to_string(), "]\n".to_string()),
            _ => (String::new(), String::new()),
        };
        out.write_all(opening.as_bytes())?;
        let cases = matches!(format, OutputFormat::Junit(_)).then(|| (Held::default(), 0));
        Ok(StreamWriter { format, out, elements: 0, summary: Summary::default(), cases, closing })
    }

    /// Writes the next file's piece.
    pub fn push(&mut self, piece: &Piece) -> io::Result<()> {
        let s = &piece.summary;
        self.summary.files += 1;
        self.summary.errors += s.errors;
        self.summary.warnings += s.warnings;
        self.summary.infos += s.infos;
        if let Some((held, cases)) = &mut self.cases {
            // A file without findings is one passing test case.
            *cases += (s.errors + s.warnings + s.infos).max(1);
            return held.write_all(&piece.text);
        }
        if piece.elements > 0 {
            let layout = match self.format {
                OutputFormat::Json => JSON,
                OutputFormat::Sarif(..) => SARIF,
                _ => GITLAB,
            };
            self.out.write_all(if self.elements == 0 { b"\n" } else { b",\n" })?;
            self.out.write_all(ELEMENT_INDENT[layout].as_bytes())?;
            self.elements += piece.elements;
        }
        self.out.write_all(&piece.text)
    }

    /// Flushes what is written so far (JUnit's held test cases stay held).
    #[cfg(feature = "cli")]
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    /// Ends the output: writes the closing, and returns the writer.
    pub fn finish(mut self) -> io::Result<W> {
        let layout = match &self.format {
            OutputFormat::Json => Some((split(&json::document(&self.summary), JSON).1, JSON)),
            OutputFormat::Sarif(..) => Some((std::mem::take(&mut self.closing), SARIF)),
            OutputFormat::Gitlab(_) => Some((std::mem::take(&mut self.closing), GITLAB)),
            _ => None,
        };
        if let Some((closing, layout)) = layout {
            if self.elements > 0 {
                self.out.write_all(b"\n")?;
                self.out.write_all(CLOSING_INDENT[layout].as_bytes())?;
            }
            self.out.write_all(closing.as_bytes())?;
        }
        if let Some((held, cases)) = self.cases.take() {
            let failures = self.summary.errors + self.summary.warnings + self.summary.infos;
            self.out.write_all(junit::opening(cases, failures).as_bytes())?;
            held.copy_to(&mut self.out)?;
            self.out.write_all(junit::CLOSING.as_bytes())?;
        }
        self.out.flush()?;
        Ok(self.out)
    }
}

/// A document rendered with an empty array, cut at the array: the text up to and including `[`, and from `]`
/// on. The array's key is quoted outside any string (inside one its quotes would be escaped), and it is the
/// last array of its name in the document.
fn split(document: &str, layout: usize) -> (String, String) {
    let marker = ["\"files\": []", "\"results\": []", "[]"][layout];
    let at = document.rfind(marker).expect("the empty document has its array") + marker.len() - 1;
    (document[..at].to_string(), document[at..].to_string())
}

/// The whole output for `reports`, as the whole-document functions give it. Fingerprints are unique over all
/// of it.
pub(super) fn render_all(format: OutputFormat, reports: &[FileReport]) -> String {
    let mut fingerprints = Fingerprints::default();
    let mut writer = StreamWriter::new(format.clone(), Vec::new()).expect("writing to memory");
    for r in reports {
        writer.push(&format.piece(r, &mut fingerprints)).expect("writing to memory");
    }
    String::from_utf8(writer.finish().expect("writing to memory")).expect("every format writes UTF-8")
}
