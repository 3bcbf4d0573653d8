//! Pointer-scoped ignores: accept one known finding, with a reason and an optional expiry date.

use crate::checks;
use crate::config::{CheckId, Config};
use crate::diagnostic::{Diagnostic, Span};
use crate::document::Document;
use crate::report::FileReport;
use std::path::Path;

/// One `[[ignore]]` entry.
#[derive(Debug, Clone)]
pub struct Ignore {
    /// The glob as written and compiled (relative to the configuration file); `None` = every file.
    pub(crate) files: Option<(String, glob::Pattern)>,
    /// JSON pointer: the finding's pointer must be this one or below it (`""` = anywhere).
    pub(crate) pointer: String,
    /// Codes, names, prefixes or groups of the findings accepted.
    pub(crate) rules: Vec<String>,
    /// Why the finding is accepted.
    pub(crate) reason: String,
    /// After this date the ignore stops working and is reported.
    pub(crate) expires: Option<jiff::civil::Date>,
    /// Where it is in the configuration file (its `expires` value, or the whole entry).
    pub(crate) span: Span,
}

impl Ignore {
    /// Whether this ignore accepts `d` found in the file whose absolute path is `absolute` (`None` for standard
    /// input or a path that cannot be resolved: only ignores without `files` apply there).
    pub(crate) fn accepts(&self, absolute: Option<&Path>, id: CheckId<'_>, d: &Diagnostic) -> bool {
        let file_ok = self.files.as_ref().is_none_or(|(_, p)| absolute.is_some_and(|a| p.matches_path(a)));
        let pointer_ok = self.pointer.is_empty()
            || d.pointer.as_deref().is_some_and(|p| p == self.pointer || p.starts_with(&format!("{}/", self.pointer)));
        file_ok && pointer_ok && self.rules.iter().any(|r| id.matches(r).is_some())
    }

    /// Whether the ignore has expired on `today`.
    pub(crate) fn expired(&self, today: jiff::civil::Date) -> bool {
        self.expires.is_some_and(|e| e < today)
    }
}

/// The findings about `config`'s ignores after a run that linted `reports` with it (options from
/// [`crate::LintOptions::from_config`]): an expired ignore is an error, one that accepted no finding in any of
/// the reports a warning (see [`IgnoreAudit`], which records a run's reports one at a time). Unused means
/// unused in these reports: give every report of the run, not one file of many.
///
/// ```
/// use acklint::{LintOptions, Severity, lint};
///
/// let toml = "[[ignore]]\nrules = [\"NET001\"]\nreason = \"shared range\"\n\n\
///             [[ignore]]\nrules = [\"JSON003\"]\nreason = \"old export\"\nexpires = \"2020-01-01\"\n";
/// let config = acklint::config::parse("acklint.toml".as_ref(), toml).unwrap();
/// let options = LintOptions::from_config(&config);
/// let report = lint("body.json", br#"{"name": "demo"}"#, &options);
/// let audit = acklint::config::audit_ignores(&config, [&report], &options).unwrap();
/// let codes: Vec<&str> = audit.diagnostics.iter().map(|d| d.code).collect();
/// assert_eq!(codes, ["CFG002", "CFG001"]);
/// assert_eq!(audit.max_severity(), Some(Severity::Error));
/// ```
pub fn audit_ignores<'a>(
    config: &Config,
    reports: impl IntoIterator<Item = &'a FileReport>,
    options: &crate::LintOptions,
) -> Option<FileReport> {
    let mut audit = IgnoreAudit::default();
    for report in reports {
        audit.record(report);
    }
    audit.findings(config, options)
}

/// The ignores of one configuration that matter after a run: an expired one is an error, one that accepted no
/// finding in any file of the run a warning. "Unused" is only known once every file is linted, so a run records
/// each file's report as it goes (the report can be dropped right after) and asks for the findings at the end;
/// [`audit_ignores`] does both for reports held together.
///
/// ```
/// use acklint::config::IgnoreAudit;
/// use acklint::{LintOptions, lint};
///
/// let toml = "[[ignore]]\nrules = [\"JSON003\"]\nreason = \"old export\"\n\n\
///             [[ignore]]\nrules = [\"NET001\"]\nreason = \"shared range\"\n";
/// let config = acklint::config::parse("acklint.toml".as_ref(), toml).unwrap();
/// let options = LintOptions::from_config(&config);
/// let mut audit = IgnoreAudit::default();
/// for body in [&br#"{"name": "a",}"#[..], br#"{"name": "b"}"#] {
///     audit.record(&lint("body.json", body, &options));
/// }
/// // The trailing comma of the first body used the first ignore; nothing used the second.
/// let findings = audit.findings(&config, &options).unwrap();
/// assert_eq!(findings.path, "acklint.toml");
/// assert_eq!(findings.diagnostics.len(), 1);
/// assert_eq!(findings.diagnostics[0].code, "CFG002");
/// assert!(findings.diagnostics[0].message.contains("NET001"));
/// ```
#[derive(Debug, Clone, Default)]
pub struct IgnoreAudit {
    /// Matches per ignore, in configuration order.
    counts: Vec<usize>,
}

impl IgnoreAudit {
    /// Records the ignores that accepted findings of `report` (linted with options from this configuration).
    pub fn record(&mut self, report: &FileReport) {
        self.record_used(&report.ignores_used());
    }

    /// Records the ignores used by one file, as indices into the configuration's ignores.
    pub(crate) fn record_used(&mut self, used: &[usize]) {
        for &i in used {
            if self.counts.len() <= i {
                self.counts.resize(i + 1, 0);
            }
            self.counts[i] += 1;
        }
    }

    /// The findings about `config`'s ignores after the files recorded, in a report of the configuration file
    /// (expiry compared with `options.today`, written in `options.lang`). `None` when there is nothing to say,
    /// or `config` was not read from a file.
    pub fn findings(&self, config: &Config, options: &crate::LintOptions) -> Option<FileReport> {
        self.findings_on(config, options.today(), options.lang)
    }

    /// [`Self::findings`] on the date `today`, written in `lang`.
    pub(crate) fn findings_on(
        &self,
        config: &Config,
        today: jiff::civil::Date,
        lang: crate::i18n::Lang,
    ) -> Option<FileReport> {
        use crate::t;
        let path = config.path.as_ref()?.display().to_string();
        let mut diagnostics = Vec::new();
        for (i, ignore) in config.ignores.iter().enumerate() {
            let rules = ignore.rules.join(&t!(lang, "list-separator"));
            if ignore.expired(today) {
                let date = ignore.expires.map(|d| d.to_string()).unwrap_or_default();
                diagnostics.push(
                    checks::EXPIRED_IGNORE
                        .diagnostic(t!(lang, "cfg001", rules = &rules, date))
                        .span(ignore.span)
                        .label(t!(lang, "cfg001.label"))
                        .help(t!(lang, "cfg001.help", reason = &ignore.reason)),
                );
            } else if self.counts.get(i).copied().unwrap_or(0) == 0 {
                diagnostics.push(
                    checks::UNUSED_IGNORE
                        .diagnostic(t!(lang, "cfg002", rules))
                        .span(ignore.span)
                        .label(t!(lang, "cfg002.label"))
                        .help(t!(lang, "cfg002.help")),
                );
            }
        }
        if diagnostics.is_empty() {
            return None;
        }
        let document = Document::parsed(config.text.clone(), None);
        Some(FileReport { path, document, request: None, diagnostics, suppressed: Vec::new() })
    }
}
