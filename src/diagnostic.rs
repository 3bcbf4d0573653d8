//! Findings: what is wrong, where, and what to do about it.

use crate::fix::Fix;
use serde::{Deserialize, Serialize};
use std::fmt;

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Advice.
    Info,
    /// Very likely a mistake, an ignored or deprecated setting, or a risk.
    Warning,
    /// The API rejects the request, or the cluster cannot work.
    Error,
}

impl Severity {
    /// `error`, `warning` or `info`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `pad` honours width and alignment, so tables line up.
        f.pad(self.as_str())
    }
}

pub use crate::span::Span;

/// A secondary location: another field involved in the finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    /// JSON pointer of the field, when the text parsed that far.
    pub pointer: Option<String>,
    /// Where it is in the input; filled from `pointer` when the rule gave none.
    pub span: Option<Span>,
    /// What this location has to do with the finding (lowercase, short).
    pub message: String,
}

impl Label {
    /// A label on the value at `pointer`.
    pub fn at(pointer: impl Into<String>, message: impl Into<String>) -> Label {
        Label { pointer: Some(pointer.into()), span: None, message: message.into() }
    }
}

/// One finding.
///
/// Findings are plain data both ways: serialised with serde they are an object with the fields below
/// (`code`, `rule`, `severity` as `error`/`warning`/`info`, `message`, `pointer`, `span` as `{"start", "end"}`
/// byte offsets, `label`, `labels`, `help`, `fix` with its `applicability`, `message` and `edits`; `peers`
/// only when not zero), and deserialising that object gives back an equal finding. `code` and `rule` stay
/// `&'static str` so that checks make findings without allocating: deserialising looks them up in the
/// catalogue (`acklint::catalogue`), and a code or name acklint does not know is an error. This is the library's
/// form; `acklint check --format json` has its own, documented output contract. Findings never hold a secret
/// value, so neither does their serialised form.
///
/// ```
/// use acklint::{Diagnostic, LintOptions, lint};
///
/// let report = lint("body.json", br#"{"name": "demo", "cluster_type": "Kubernetes",}"#, &LintOptions::default());
/// let json = serde_json::to_string(&report.diagnostics).unwrap();
/// let back: Vec<Diagnostic> = serde_json::from_str(&json).unwrap();
/// assert_eq!(back, report.diagnostics);
/// // `Display` gives one line: severity, code, message and where.
/// let comma = report.diagnostics.iter().find(|d| d.code == "JSON003").unwrap();
/// assert!(comma.to_string().starts_with("error[JSON003] "));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Diagnostic {
    /// Stable code such as `NET001`; never reused for another check.
    pub code: &'static str,
    /// Kebab-case name of the check that found it, such as `pod-service-cidr-overlap`.
    pub rule: &'static str,
    /// How serious it is.
    pub severity: Severity,
    /// What is wrong: lowercase start, no trailing period, field names in backticks.
    pub message: String,
    /// JSON pointer of the offending value (`""` = the whole document; `None` = the text did not parse that far).
    pub pointer: Option<String>,
    /// Where the offending text is; filled from `pointer` when the check gave none.
    pub span: Option<Span>,
    /// Label on the primary location.
    pub label: Option<String>,
    /// Other locations involved.
    pub labels: Vec<Label>,
    /// How many of the first `labels` mark keys of the same kind as the primary one (the keys of a finding that
    /// groups them). Once spans are known the earliest of those keys becomes the primary location, so the
    /// finding starts at its first key in the text.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub peers: usize,
    /// What to do about it.
    pub help: Option<String>,
    /// The mechanical answer, when there is one (see [`crate::fix`]).
    pub fix: Option<Fix>,
}

impl Diagnostic {
    /// A finding of the check `code`/`rule` with the given severity and message.
    pub fn new(code: &'static str, rule: &'static str, severity: Severity, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            code,
            rule,
            severity,
            message: message.into(),
            pointer: None,
            span: None,
            label: None,
            labels: Vec::new(),
            peers: 0,
            help: None,
            fix: None,
        }
    }

    /// Points the finding at the value at `pointer`.
    pub fn at(mut self, pointer: impl Into<String>) -> Diagnostic {
        self.pointer = Some(pointer.into());
        self
    }

    /// Points the finding at an exact span of the input.
    pub fn span(mut self, span: Span) -> Diagnostic {
        self.span = Some(span);
        self
    }

    /// Grades this finding differently from its check's default, for a rule whose cases rest on evidence of
    /// different strength (for example an unparseable CIDR is an error, host bits set only a warning). The
    /// rule's documentation says which case gets which severity; `acklint.toml` overrides still apply.
    pub fn severity(mut self, severity: Severity) -> Diagnostic {
        self.severity = severity;
        self
    }

    /// Sets the text shown under the primary location.
    pub fn label(mut self, label: impl Into<String>) -> Diagnostic {
        self.label = Some(label.into());
        self
    }

    /// Adds a secondary location.
    pub fn with(mut self, label: Label) -> Diagnostic {
        self.labels.push(label);
        self
    }

    /// Adds a key of the same kind as the primary one (a finding that groups several keys); see [`Self::peers`].
    pub fn peer(mut self, label: Label) -> Diagnostic {
        self.labels.insert(self.peers, label);
        self.peers += 1;
        self
    }

    /// Makes the earliest of the primary location and its peers the primary one, and puts the peers in text
    /// order (called once spans are known).
    pub(crate) fn lead_with_earliest_peer(&mut self) {
        let start = |s: Option<Span>| s.map_or(usize::MAX, |s| s.start);
        let peers = &mut self.labels[..self.peers];
        let Some(first) = (0..peers.len()).min_by_key(|&i| start(peers[i].span)) else { return };
        if start(peers[first].span) < start(self.span) {
            let lead = &mut peers[first];
            std::mem::swap(&mut self.pointer, &mut lead.pointer);
            std::mem::swap(&mut self.span, &mut lead.span);
            let message = std::mem::replace(&mut lead.message, self.label.take().unwrap_or_default());
            self.label = Some(message);
        }
        peers.sort_by_key(|l| start(l.span));
    }

    /// Says what to do.
    pub fn help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// Attaches the fix that answers this finding; `None` leaves the finding without one (a rule whose fix was
    /// not worked out, see [`crate::LintOptions::skip_fixes`]).
    pub fn fix(mut self, fix: impl Into<Option<Fix>>) -> Diagnostic {
        self.fix = fix.into();
        self
    }

    /// Link to the documentation of the check: its absolute address once [`crate::catalogue::DOCS_URL`] is
    /// known, until then the page's path in acklint's source tree (`docs/rules/<name>.md`).
    pub fn url(&self) -> String {
        crate::links::page_url(self.rule).unwrap_or_else(|| crate::links::page_path(self.rule))
    }
}

/// One line, like `acklint check --format concise` without the file and position:
/// `severity[CODE] message (at /pointer)`.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}[{}] {}", self.severity, self.code, self.message)?;
        match self.pointer.as_deref() {
            Some("") => write!(f, " (at the whole body)"),
            Some(pointer) => write!(f, " (at {pointer})"),
            None => Ok(()),
        }
    }
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_earliest_peer_leads_and_other_labels_stay() {
        let at = |p: &str, start: usize, m: &str| Label {
            pointer: Some(p.into()),
            span: Some(Span::new(start, start + 1)),
            message: m.into(),
        };
        let mut d = Diagnostic::new("X001", "x", Severity::Warning, "grouped")
            .at("/b")
            .span(Span::new(20, 21))
            .label("b")
            .peer(at("/c", 30, "c"))
            .peer(at("/a", 10, "a"))
            .with(at("/cluster_type", 1, "context"));
        d.lead_with_earliest_peer();
        assert_eq!((d.pointer.as_deref(), d.label.as_deref()), (Some("/a"), Some("a")));
        let labels: Vec<&str> = d.labels.iter().map(|l| l.message.as_str()).collect();
        assert_eq!(labels, ["b", "c", "context"]);
    }
}
