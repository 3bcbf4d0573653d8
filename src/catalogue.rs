//! One list of everything acklint checks: the built-in checks on syntax, structure and configuration, and the
//! cross-field rules, described alike. `acklint rules --format json` prints it.
//!
//! ```
//! use acklint::{Severity, catalogue};
//!
//! let schema = catalogue::find("SCH001").expect("a built-in check");
//! assert_eq!((schema.group, schema.severity), ("structure", Severity::Error));
//! let overlap = catalogue::find("pod-service-cidr-overlap").expect("a rule, by name");
//! assert_eq!(overlap.code, "NET001");
//! assert!(catalogue::find("NET999").is_none());
//! ```

use crate::diagnostic::Severity;
use crate::fix::FixAvailability;
use crate::i18n::Lang;
use serde::Serialize;

use crate::links::page_url;
pub use crate::links::{DOCS_PATH, DOCS_URL};

/// What a check or rule is, as users and tools see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Entry {
    /// Stable code such as `NET001` or `SCH001`.
    pub code: &'static str,
    /// Kebab-case name, such as `pod-service-cidr-overlap`.
    pub name: &'static str,
    /// The group selectors use: a rule's folder (`network`), or `syntax`, `structure` or `config`.
    pub group: &'static str,
    /// Default severity.
    pub severity: Severity,
    /// Which fixes its findings carry.
    pub fix: FixAvailability,
    /// One line on what it finds, in English (see [`Entry::summary_in`]).
    pub summary: &'static str,
}

impl Entry {
    /// The absolute address of its page, `None` while acklint has no public address ([`DOCS_URL`]); the page
    /// is at [`DOCS_PATH`]`/<name>.md` in the source tree, and `acklint explain <code>` prints it.
    ///
    /// ```
    /// let entry = acklint::catalogue::find("NET001").unwrap();
    /// assert_eq!(entry.url().is_some(), acklint::catalogue::DOCS_URL.is_some());
    /// ```
    pub fn url(&self) -> Option<String> {
        page_url(self.name)
    }

    /// The summary in `lang`.
    pub fn summary_in(&self, lang: Lang) -> String {
        match crate::checks::BUILTIN.iter().find(|c| c.code == self.code) {
            Some(check) => crate::rules::docs::check_summary(check, lang),
            None => crate::rules::find(self.code)
                .map_or_else(|| self.summary.to_string(), |r| crate::rules::docs::rule_summary(r.meta(), lang)),
        }
    }
}

/// Every built-in check (in code order), then every rule (in registry order).
pub fn all() -> impl Iterator<Item = Entry> {
    let builtin = crate::checks::BUILTIN.iter().map(|c| Entry {
        code: c.code,
        name: c.name,
        group: c.group(),
        severity: c.severity,
        fix: c.fix,
        summary: c.summary,
    });
    let rules = crate::rules::all().iter().map(|r| {
        let m = r.meta();
        Entry {
            code: m.code,
            name: m.name,
            group: m.group.as_str(),
            severity: m.severity,
            fix: m.fix,
            summary: m.summary(),
        }
    });
    builtin.chain(rules)
}

/// The check or rule with this code (case-insensitively) or name.
pub fn find(code_or_name: &str) -> Option<Entry> {
    all().find(|e| e.code.eq_ignore_ascii_case(code_or_name) || e.name == code_or_name)
}
