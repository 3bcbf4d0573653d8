//! One finding as a `miette::Diagnostic`: code, severity, message, labels, help, documentation address and the
//! code frame's text.

use super::options::MietteOptions;
use super::source::FrameSource;
use crate::diagnostic::{Diagnostic, Severity};
use crate::fix::Applicability;
use crate::links::page_url;
use crate::t;
use miette::{LabeledSpan, SourceCode};
use std::fmt;
use std::sync::Arc;

/// One finding of a [`FileReport`](crate::FileReport), ready for any miette report handler.
///
/// Made by [`FileReport::to_miette`](crate::FileReport::to_miette). Its code frame is cut from the report's
/// text with every secret value masked (`"login_password": "****"`), so rendering it never shows a password;
/// only [`MietteOptions::with_unmasked_source`] gives frames of the text as it was read. The labels are the
/// finding's primary location (with its label, if any) and every other location involved, each with its text;
/// the help is the finding's help and, when it has a fix, what kind of fix it is. The finding owns what it needs
/// (the frames' text is shared by the findings of one report), so it can become a `miette::Report`.
///
/// ```
/// use acklint::{LintOptions, lint};
///
/// let body = br#"{"name": "demo", "login_password": "Zq7-hunter2", "container_cidr": "172.20.0.0/16", "service_cidr": "172.20.16.0/20"}"#;
/// let report = lint("cluster.json", body, &LintOptions::default().with_select(["NET001"]));
/// let finding = report.to_miette().remove(0);
/// assert_eq!(finding.to_string(), report.diagnostics[0].message);
/// assert_eq!(finding.diagnostic().code, "NET001");
/// // As a miette report, for an application that returns `miette::Result`.
/// let error = miette::Report::new(finding);
/// assert!(!format!("{error:?}").contains("hunter2"));
/// ```
#[derive(Clone)]
pub struct MietteFinding {
    diagnostic: Diagnostic,
    source: Arc<FrameSource>,
    options: MietteOptions,
}

impl MietteFinding {
    pub(crate) fn new(diagnostic: Diagnostic, source: Arc<FrameSource>, options: MietteOptions) -> MietteFinding {
        MietteFinding { diagnostic, source, options }
    }

    /// The finding as acklint's data.
    pub fn diagnostic(&self) -> &Diagnostic {
        &self.diagnostic
    }

    /// The finding as acklint's data, taken out.
    pub fn into_diagnostic(self) -> Diagnostic {
        self.diagnostic
    }

    /// Whether its code frame shows `****` in place of every secret value (see [`MietteOptions::masks_secrets`]).
    pub fn masks_secrets(&self) -> bool {
        self.options.masks_secrets()
    }

    /// The name its code frame is shown under: the report's path.
    pub fn source_name(&self) -> &str {
        self.source.name()
    }
}

/// The finding's data and its source's name; never the text.
impl fmt::Debug for MietteFinding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MietteFinding")
            .field("diagnostic", &self.diagnostic)
            .field("source", &self.source.name())
            .field("masks_secrets", &self.masks_secrets())
            .finish()
    }
}

/// The message.
impl fmt::Display for MietteFinding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.diagnostic.message)
    }
}

impl std::error::Error for MietteFinding {}

impl miette::Diagnostic for MietteFinding {
    /// `CODE(rule-name)`, such as `NET001(pod-service-cidr-overlap)`.
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(CodeAndRule(&self.diagnostic)))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.diagnostic.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        let d = &self.diagnostic;
        let lang = self.options.lang;
        // The fix's message only, never its edits: a message never quotes a secret.
        let fix = d.fix.as_ref().map(|f| match f.applicability {
            Applicability::Safe => t!(lang, "render-fix-safe", fix = &f.message),
            Applicability::Unsafe => t!(lang, "render-fix-unsafe", fix = &f.message),
        });
        // The command works wherever acklint is installed; the repository's `docs/rules/` folder does not.
        let code = d.code;
        let explain = (self.options.explain_hint && !d.rule.is_empty()).then(|| t!(lang, "render-see-explain", code));
        let text = [d.help.clone(), fix, explain]
            .into_iter()
            .flatten()
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        (!text.is_empty()).then(|| Box::new(text) as Box<dyn fmt::Display>)
    }

    /// The rule's page, once the project has a public address for its documentation.
    fn url<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        let rule = self.diagnostic.rule;
        (!rule.is_empty()).then(|| page_url(rule)).flatten().map(|url| Box::new(url) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.diagnostic.span.map(|_| &*self.source as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let d = &self.diagnostic;
        let primary = LabeledSpan::new_primary_with_span(d.label.clone(), self.source.span_of(d.span?));
        let others = d.labels.iter().filter_map(|l| {
            let span = l.span?;
            Some(LabeledSpan::new_with_span(Some(l.message.clone()), self.source.span_of(span)))
        });
        Some(Box::new(std::iter::once(primary).chain(others)))
    }
}

/// A finding's code and rule as miette shows them, written where they go rather than into a string first.
struct CodeAndRule<'a>(&'a Diagnostic);

impl fmt::Display for CodeAndRule<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}({})", self.0.code, self.0.rule)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::links::{DOCS_URL, page_url_under};
    use miette::Diagnostic as _;

    fn findings(severity: Severity) -> Vec<MietteFinding> {
        let mut report = crate::lint("t.json", br#"{"name": "demo"}"#, &crate::LintOptions::default());
        let overlap = crate::rules::all().iter().map(|r| r.meta()).find(|m| m.code == "NET001").unwrap();
        report.diagnostics = vec![Diagnostic::new(overlap.code, overlap.name, severity, "m").at("/name")];
        report.to_miette()
    }

    #[test]
    fn severities_map_to_miettes() {
        let mapped = |s| findings(s)[0].severity();
        assert_eq!(mapped(Severity::Error), Some(miette::Severity::Error));
        assert_eq!(mapped(Severity::Warning), Some(miette::Severity::Warning));
        assert_eq!(mapped(Severity::Info), Some(miette::Severity::Advice));
    }

    #[test]
    fn the_address_is_the_rules_page_once_there_is_one() {
        let url = findings(Severity::Error)[0].url().map(|u| u.to_string());
        assert_eq!(url, page_url_under(DOCS_URL, "pod-service-cidr-overlap"));
        assert_eq!(
            page_url_under(Some("https://example.invalid/acklint/"), "pod-service-cidr-overlap").as_deref(),
            Some("https://example.invalid/acklint/docs/rules/pod-service-cidr-overlap.md")
        );
    }
}
