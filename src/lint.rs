//! The pipeline: bytes → document → structure check → typed model → rules → configured, sorted findings.

use crate::config::{CheckId, Ignore, RuleSelection};
use crate::diagnostic::{Diagnostic, Severity, Span};
use crate::document::{self, Document, NodeValue};
use crate::known::KnownTokens;
use crate::model;
use crate::network_context::NetworkContext;
use crate::presence::DocumentFacts;
use crate::rules;
use crate::structure;

pub use crate::report::FileReport;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The per-file cap on findings, a document limit, also known here where it is applied.
pub use crate::document::MAX_FINDINGS_PER_FILE;

/// What to run and with what context. Build one with [`LintOptions::default`] and the `with_*` methods, or from
/// an `acklint.toml` with [`LintOptions::from_config`].
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct LintOptions {
    /// Address ranges of the VPC and its vSwitches, for the overlap rules (optional).
    pub network: NetworkContext,
    /// Which checks report, and their severities.
    pub rules: RuleSelection,
    /// Reasoned ignores of single findings.
    pub ignores: Vec<Ignore>,
    /// Tokens to accept in the growing catalogues (image types, disk categories, addon names, …) besides
    /// acklint's own lists.
    pub known: KnownTokens,
    /// The date expiring ignores are compared with (default: today, in UTC).
    pub today: Option<jiff::civil::Date>,
    /// The language of messages, labels, help and fixes (default: English). Codes, names, pointers and spans
    /// are the same in every language.
    pub lang: crate::i18n::Lang,
    /// The file the body was read from, when it is not the name given to [`lint()`] (a body held in memory
    /// that belongs to a file, or a display name that is not a path): ignores with `files` match this path.
    pub path: Option<std::path::PathBuf>,
    /// Leaves every finding without its fix (`fix: None`), for an output that shows no fix and counts none:
    /// the fixes are then not worked out at all, which saves most of their cost. Everything else about the
    /// findings (codes, messages, spans, labels, help, order, ignores) is the same. Default: fixes are worked
    /// out. Set it with [`LintOptions::without_fixes`].
    pub skip_fixes: bool,
}

impl LintOptions {
    /// The options an `acklint.toml` describes.
    pub fn from_config(config: &crate::config::Config) -> LintOptions {
        LintOptions {
            network: config.network.clone(),
            rules: config.rules.clone(),
            ignores: config.ignores.clone(),
            known: config.known.clone(),
            today: None,
            lang: config.lang.unwrap_or_default(),
            path: None,
            skip_fixes: false,
        }
    }

    /// Matches ignores' `files` globs against `path` rather than against the display name given to [`lint()`].
    ///
    /// ```
    /// use acklint::{LintOptions, lint};
    ///
    /// let dir = std::env::temp_dir().join("acklint-doc-with-path");
    /// std::fs::create_dir_all(&dir).unwrap();
    /// let toml = "[[ignore]]\nfiles = \"legacy/*.json\"\nrules = [\"JSON003\"]\nreason = \"old export\"\n";
    /// let config = acklint::config::parse(&dir.join("acklint.toml"), toml).unwrap();
    /// let body = br#"{"name": "demo",}"#;
    /// let options = LintOptions::from_config(&config).with_path(dir.join("legacy/a.json"));
    /// // Shown as "editor buffer", matched as legacy/a.json: the trailing comma is ignored.
    /// let report = lint("editor buffer", body, &options);
    /// assert!(report.diagnostics.iter().all(|d| d.code != "JSON003"));
    /// assert_eq!(report.suppressed.len(), 1);
    /// ```
    pub fn with_path(mut self, path: impl Into<std::path::PathBuf>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// Leaves the findings without fixes (see [`LintOptions::skip_fixes`]): for output that shows none, such as
    /// one line per finding.
    ///
    /// ```
    /// use acklint::{LintOptions, lint};
    ///
    /// let body = br#"{"name": "demo", "enable_rrsa": true}"#;
    /// let with = lint("c.json", body, &LintOptions::default());
    /// let without = lint("c.json", body, &LintOptions::default().without_fixes());
    /// let deprecated = |r: &acklint::FileReport| r.diagnostics.iter().find(|d| d.code == "LIF001").cloned();
    /// let (with, without) = (deprecated(&with).unwrap(), deprecated(&without).unwrap());
    /// assert!(with.fix.is_some() && without.fix.is_none());
    /// assert_eq!((with.message, with.span), (without.message, without.span));
    /// ```
    pub fn without_fixes(mut self) -> Self {
        self.skip_fixes = true;
        self
    }

    /// [`Self::with_select`], refusing a selector that names no check with the error `acklint.toml` gives.
    ///
    /// ```
    /// use acklint::LintOptions;
    ///
    /// assert!(LintOptions::default().try_select(["network", "SCH001"]).is_ok());
    /// let error = LintOptions::default().try_select(["netwrk"]).unwrap_err();
    /// assert!(error.message.contains("`netwrk`"));
    /// ```
    pub fn try_select<S: Into<String>>(
        self,
        selectors: impl IntoIterator<Item = S>,
    ) -> Result<Self, crate::config::ConfigError> {
        let selectors = known_selectors("select", selectors, self.lang)?;
        Ok(self.with_select(selectors))
    }

    /// [`Self::with_ignore`], refusing a selector that names no check.
    pub fn try_ignore<S: Into<String>>(
        self,
        selectors: impl IntoIterator<Item = S>,
    ) -> Result<Self, crate::config::ConfigError> {
        let selectors = known_selectors("ignore", selectors, self.lang)?;
        Ok(self.with_ignore(selectors))
    }

    /// [`Self::with_severity`], refusing a selector that names no check.
    pub fn try_severity(
        self,
        selector: impl Into<String>,
        severity: Severity,
    ) -> Result<Self, crate::config::ConfigError> {
        let selector = known_selectors("severity", [selector], self.lang)?.remove(0);
        Ok(self.with_severity(selector, severity))
    }

    /// Checks every selector already set (by `with_select`, `with_ignore` or `with_severity`): the first one
    /// that names no check is an error.
    pub fn validate(&self) -> Result<(), crate::config::ConfigError> {
        known_selectors("select", self.rules.select.iter().cloned(), self.lang)?;
        known_selectors("ignore", self.rules.ignore.iter().cloned(), self.lang)?;
        known_selectors("severity", self.rules.severity.keys().cloned(), self.lang)?;
        Ok(())
    }

    /// Runs only the checks these selectors name (codes, code prefixes, names or groups).
    pub fn with_select<S: Into<String>>(mut self, selectors: impl IntoIterator<Item = S>) -> Self {
        self.rules.select.extend(selectors.into_iter().map(Into::into));
        self
    }

    /// Turns off the checks these selectors name.
    pub fn with_ignore<S: Into<String>>(mut self, selectors: impl IntoIterator<Item = S>) -> Self {
        self.rules.ignore.extend(selectors.into_iter().map(Into::into));
        self
    }

    /// Reports the checks a selector names with another severity.
    pub fn with_severity(mut self, selector: impl Into<String>, severity: Severity) -> Self {
        self.rules.severity.insert(selector.into(), severity);
        self
    }

    /// Accepts these tokens in a catalogue (`image_type`, `disk_category`, `addons`, …; see
    /// [`KnownTokens::catalogs`]). Returns the options unchanged when `catalog` is not a catalogue name.
    pub fn with_known<S: Into<String>>(mut self, catalog: &str, tokens: impl IntoIterator<Item = S>) -> Self {
        self.known.add(catalog, tokens);
        self
    }

    /// Writes messages in `lang`.
    pub fn with_lang(mut self, lang: crate::i18n::Lang) -> Self {
        self.lang = lang;
        self
    }

    /// Gives the overlap rules the VPC's range.
    pub fn with_vpc_cidr(mut self, cidr: ipnet::Ipv4Net) -> Self {
        self.network.vpc_cidr = Some(cidr);
        self
    }

    /// Gives the overlap rules a vSwitch's range.
    pub fn with_vswitch_cidr(mut self, id: impl Into<String>, cidr: ipnet::Ipv4Net) -> Self {
        self.network.vswitch_cidrs.push((id.into(), cidr));
        self
    }

    pub(crate) fn today(&self) -> jiff::civil::Date {
        self.today.unwrap_or_else(|| jiff::Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::UTC).date())
    }
}

/// The selectors, or the error `acklint.toml` gives for the first that names no check (located at the
/// option's name, `select`, `ignore` or `severity`).
fn known_selectors<S: Into<String>>(
    option: &str,
    selectors: impl IntoIterator<Item = S>,
    lang: crate::i18n::Lang,
) -> Result<Vec<String>, crate::config::ConfigError> {
    selectors
        .into_iter()
        .map(|s| {
            let selector: String = s.into();
            if crate::config::known_selector(&selector) {
                Ok(selector)
            } else {
                let message = crate::t!(lang, "config-unknown-selector", selector = &selector);
                Err(crate::config::ConfigError { location: option.to_string(), message })
            }
        })
        .collect()
}

/// Lints an already-parsed body. The value is pretty-printed (two-space indents, keys in the value's order)
/// and that text is linted: spans and positions are in `report.document.text`, which the caller can read or
/// show. `name` is the display name, as for [`lint()`].
///
/// ```
/// use acklint::{LintOptions, lint_value};
///
/// let body = serde_json::json!({ "name": "demo", "container_cidr": "172.20.0.0/16", "service_cidr": "172.20.16.0/20" });
/// let report = lint_value("built", &body, &LintOptions::default().with_select(["NET001"]));
/// let overlap = &report.diagnostics[0];
/// let span = overlap.span.unwrap();
/// assert_eq!(&report.document.text[span.start..span.end], "\"172.20.16.0/20\"");
/// ```
pub fn lint_value(name: &str, value: &serde_json::Value, options: &LintOptions) -> FileReport {
    let text = serde_json::to_string_pretty(value).expect("a JSON value always serialises");
    lint(name, text.as_bytes(), options)
}

/// Lints one request body; `path` is the name used in output, and matched against ignores' `files` unless
/// [`LintOptions::with_path`] gave the file's real path.
pub fn lint(path: &str, bytes: &[u8], options: &LintOptions) -> FileReport {
    let mut diagnostics = Vec::new();
    // Strict JSON objects (the common case) skip the span tree unless a finding needs a position.
    let (document, value) = match document::parse_fast(bytes) {
        Some((document, value)) => (document, Some(value)),
        None => {
            let document = document::parse_in(bytes, options.lang, &mut diagnostics);
            let value = document.root().filter(|r| matches!(r.value, NodeValue::Object(_))).map(|r| r.to_value());
            (document, value)
        }
    };
    let mut request = None;
    if let Some(value) = value {
        let fixes = !options.skip_fixes;
        let wrong_type = structure::check_in(&document, &value, &options.known, options.lang, fixes, &mut diagnostics);
        let facts = DocumentFacts::new(&value, wrong_type);
        // The value is not needed past this point: its strings move into the model.
        let typed = model::load_owned(value).unwrap_or_default();
        rules::run_with(&typed, &options.network, &options.known, options.lang, fixes, &facts, &mut diagnostics);
        request = Some(Box::new(typed));
    }
    if !diagnostics.is_empty() {
        resolve_spans(&document, !options.skip_fixes, &mut diagnostics);
    }
    let suppressed = apply_options(path, options, &mut diagnostics);
    // By position, then code; ties keep the order the checks found them in, which is the same in every language
    // (the words are not: sorting by them would order the findings, and number repeated fingerprints, by language).
    diagnostics.sort_by_key(|d| (d.span.map_or(usize::MAX, |s| s.start), d.code));
    dedup(&mut diagnostics);
    cap(&mut diagnostics, options.lang);
    FileReport { path: path.to_string(), document, request, diagnostics, suppressed }
}

/// Drops a finding equal to an earlier one at the same position with the same code (sorted findings).
fn dedup(diagnostics: &mut Vec<Diagnostic>) {
    let mut kept: Vec<Diagnostic> = Vec::with_capacity(diagnostics.len());
    let mut group_start = 0;
    for d in diagnostics.drain(..) {
        let same_place = |e: &Diagnostic| e.span.map(|s| s.start) == d.span.map(|s| s.start) && e.code == d.code;
        if !kept.last().is_some_and(same_place) {
            group_start = kept.len();
        }
        if !kept[group_start..].contains(&d) {
            kept.push(d);
        }
    }
    *diagnostics = kept;
}

/// Keeps the first [`MAX_FINDINGS_PER_FILE`] findings (in position order) and says how many were left out.
fn cap(diagnostics: &mut Vec<Diagnostic>, lang: crate::i18n::Lang) {
    if diagnostics.len() <= MAX_FINDINGS_PER_FILE {
        return;
    }
    let left_out = diagnostics.len() - MAX_FINDINGS_PER_FILE;
    diagnostics.truncate(MAX_FINDINGS_PER_FILE);
    diagnostics.push(
        crate::checks::TOO_MANY_FINDINGS
            .diagnostic(crate::t!(lang, "syntax-too-many", count = left_out))
            .help(crate::t!(lang, "syntax-too-many.help", limit = MAX_FINDINGS_PER_FILE)),
    );
}

/// Drops turned-off checks, applies severity overrides, and moves ignored findings aside.
fn apply_options(path: &str, options: &LintOptions, diagnostics: &mut Vec<Diagnostic>) -> Vec<(usize, Diagnostic)> {
    let today = if options.ignores.iter().any(|i| i.expires.is_some()) { Some(options.today()) } else { None };
    let mut suppressed = Vec::new();
    // Resolved once per file, not once per finding and ignore.
    let absolute = if options.ignores.iter().any(|i| i.files.is_some()) {
        match options.path.as_deref() {
            Some(real) => resolve_real_path(real),
            None => std::path::Path::new(path).canonicalize().ok(),
        }
    } else {
        None
    };
    diagnostics.retain_mut(|d| {
        let id = check_id(d);
        if !options.rules.enabled(id) {
            return false;
        }
        if let Some(severity) = options.rules.severity_of(id) {
            d.severity = severity;
        }
        let live = |i: &&Ignore| today.is_none_or(|t| !i.expired(t));
        match options.ignores.iter().enumerate().find(|(_, i)| live(i) && i.accepts(absolute.as_deref(), id, d)) {
            Some((i, _)) => {
                suppressed.push((i, d.clone()));
                false
            }
            None => true,
        }
    });
    suppressed
}

/// The absolute path of a file given with [`LintOptions::with_path`], which need not exist yet (a new buffer):
/// its folder resolved when it exists, else the path made absolute as written.
fn resolve_real_path(path: &std::path::Path) -> Option<std::path::PathBuf> {
    path.canonicalize()
        .ok()
        .or_else(|| {
            let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(std::path::Path::new("."));
            Some(dir.canonicalize().ok()?.join(path.file_name()?))
        })
        .or_else(|| std::path::absolute(path).ok())
}

fn check_id(d: &Diagnostic) -> CheckId<'static> {
    // Looked up for every finding: a table built once instead of a scan of every rule.
    static GROUPS: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    let groups = GROUPS.get_or_init(|| {
        let rules = crate::rules::all().iter().map(|r| (r.meta().code, r.meta().group.as_str()));
        let builtin = crate::checks::BUILTIN.iter().map(|c| (c.code, c.group()));
        rules.chain(builtin).collect()
    });
    CheckId { code: d.code, name: d.rule, group: groups.get(d.code).copied().unwrap_or("") }
}

/// Rules give pointers and the parser gives spans; the document turns each into the other. Without `fixes`, the
/// fixes some checks build anyway (the parser's) are dropped rather than lowered.
fn resolve_spans(doc: &Document, fixes: bool, diagnostics: &mut [Diagnostic]) {
    // Lowering fixes reads the span tree; without fixes, the few spans the findings need are read from the text
    // and the tree of a strict body is never built. Asked in the order the loop below takes them.
    let mut seen = if fixes { None } else { seek_spans(doc, diagnostics) }.map(Vec::into_iter);
    let mut span_of = |p: &str| match seen.as_mut() {
        Some(seen) => seen.next().flatten().map(|(_, value)| value),
        None => doc.span_of(p),
    };
    for d in diagnostics {
        if d.pointer.is_none() {
            // A syntax slip inside a secret written as an object would name the secret's keys: stop at the secret.
            d.pointer = d.span.and_then(|s| doc.pointer_at(s.start)).map(|p| document::stop_at_secret(&p).to_string());
        }
        if d.span.is_none() {
            d.span = d.pointer.as_deref().and_then(&mut span_of);
        }
        for l in &mut d.labels {
            if l.span.is_none() {
                l.span = l.pointer.as_deref().and_then(&mut span_of);
            }
        }
        if d.peers > 0 {
            d.lead_with_earliest_peer();
        }
        if !fixes {
            d.fix = None;
        }
        // A rule's fix names pointers; lowered here, or dropped when it cannot be made on this text.
        if let Some(fix) = d.fix.as_mut().filter(|f| f.is_pending()) {
            match crate::fix::lower(doc, std::mem::take(&mut fix.changes)) {
                // Most fixes of rules have no byte edits of their own: the lowered ones then take their place.
                Some(edits) if fix.edits.is_empty() => fix.edits = edits,
                Some(edits) => fix.edits.extend(edits),
                None => d.fix = None,
            }
        }
    }
}

/// The spans [`resolve_spans`] looks up, in its order, read without the span tree ([`Document::seek_spans`]);
/// `None` when a finding has a position but no pointer (the tree finds it) or the text cannot be read that way.
fn seek_spans(doc: &Document, diagnostics: &[Diagnostic]) -> Option<Vec<Option<(Span, Span)>>> {
    let mut pointers = Vec::with_capacity(diagnostics.iter().map(|d| 1 + d.labels.len()).sum());
    for d in diagnostics {
        if d.pointer.is_none() && d.span.is_some() {
            return None;
        }
        if d.span.is_none() {
            pointers.extend(d.pointer.as_deref());
        }
        pointers.extend(d.labels.iter().filter(|l| l.span.is_none()).filter_map(|l| l.pointer.as_deref()));
    }
    doc.seek_spans(&pointers)
}
