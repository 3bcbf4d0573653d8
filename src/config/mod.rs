//! `acklint.toml`: which rules run, their severities, the network context, and reasoned ignores.
//!
//! ```toml
//! lang = "zh"                            # messages in Chinese (en, zh); below --lang, above ACKLINT_LANG
//!
//! [rules]
//! select = ["network", "control_plane"]   # codes, code prefixes, names or groups; default: everything
//! ignore = ["LIF"]                        # the same kinds of selector
//! severity = { NAM004 = "error" }         # by code, name or group
//! fail-on = "warning"                     # error (default), warning or info
//!
//! [known]                                 # tokens newer than acklint's lists, per catalogue
//! image_type = ["AliyunLinux5"]
//! addons = ["my-addon"]
//!
//! [network]                               # address ranges the body cannot know
//! vpc-cidr = "10.0.0.0/8"
//! vswitch-cidrs = { "vsw-bp1m7d4x9k2q5w8e1r3t6" = "10.1.0.0/24" }
//!
//! [[ignore]]                              # accept one known finding, with a reason
//! files = "clusters/legacy-*.json"        # glob, relative to this file; default: every file
//! pointer = "/nodepools/0/scaling_group/system_disk_size"   # and everything below it
//! rules = ["STO001"]
//! reason = "legacy pool, replaced in Q1"
//! expires = "2027-03-31"                  # after this date the ignore is an error
//! ```
//!
//! A tool honours it as the command line does: the nearest `acklint.toml` above the body ([`discover`]),
//! loaded ([`load`]; every mistake in it is an error with its line and column) and turned into options:
//!
//! ```
//! use acklint::{LintOptions, lint};
//!
//! let dir = std::env::temp_dir().join(format!("acklint-doc-config-{}", std::process::id()));
//! std::fs::create_dir_all(dir.join("clusters")).unwrap();
//! std::fs::write(dir.join("acklint.toml"), "[rules]\nignore = [\"syntax\"]\n").unwrap();
//!
//! let found = acklint::config::discover(&dir.join("clusters")).expect("the file above the folder");
//! let config = acklint::config::load(&found).unwrap();
//! let report = lint("clusters/a.json", br#"{"name": "demo",}"#, &LintOptions::from_config(&config));
//! assert!(report.diagnostics.iter().all(|d| !d.code.starts_with("JSON")));
//! ```

mod ignores;
mod load;

pub use crate::known::KnownTokens;
pub use crate::network_context::NetworkContext;
pub use ignores::{Ignore, IgnoreAudit, audit_ignores};
pub(crate) use load::known_selector;
pub use load::{CONFIG_FILE, ConfigError, discover, load, load_in, parse, parse_in};

use crate::diagnostic::Severity;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// A loaded configuration (the default when there is no `acklint.toml`).
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct Config {
    /// The file it came from.
    pub path: Option<PathBuf>,
    /// Its text, for findings that point into it.
    pub text: String,
    /// Rule selection and severities.
    pub rules: RuleSelection,
    /// Lowest severity that fails the run, when the file sets it.
    pub fail_on: Option<Severity>,
    /// Address ranges of the VPC and its vSwitches.
    pub network: NetworkContext,
    /// Extra tokens for the growing catalogues (`[known]`).
    pub known: KnownTokens,
    /// Reasoned ignores of single findings.
    pub ignores: Vec<Ignore>,
    /// The language of messages, when the file sets `lang`.
    pub lang: Option<crate::i18n::Lang>,
}

/// Which checks report, and how loudly.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct RuleSelection {
    /// Selectors of the checks to run (empty = all): codes (`NET001`), code prefixes (`NET`), names
    /// (`pod-service-cidr-overlap`) or groups (`network`, `syntax`, `structure`).
    pub select: Vec<String>,
    /// Selectors of checks to turn off.
    pub ignore: Vec<String>,
    /// Severity per selector; the most specific selector wins (code over prefix over group).
    pub severity: BTreeMap<String, Severity>,
}

/// What a selector is matched against.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CheckId<'a> {
    /// `NET001`.
    pub code: &'a str,
    /// `pod-service-cidr-overlap`.
    pub name: &'a str,
    /// `network`, or `syntax` / `structure` for built-in checks.
    pub group: &'a str,
}

impl CheckId<'_> {
    /// How specifically `selector` names this check: 3 = code or name, 2 = code prefix, 1 = group.
    pub(crate) fn matches(&self, selector: &str) -> Option<u8> {
        let s = selector.trim();
        if s.eq_ignore_ascii_case(self.code) || s == self.name {
            Some(3)
        } else if !s.is_empty() && self.code.len() > s.len() && self.code[..s.len()].eq_ignore_ascii_case(s) {
            Some(2)
        } else if s == self.group || s.replace('-', "_") == self.group {
            Some(1)
        } else {
            None
        }
    }
}

impl RuleSelection {
    /// Whether the check reports at all.
    pub(crate) fn enabled(&self, id: CheckId<'_>) -> bool {
        let selected = self.select.is_empty() || self.select.iter().any(|s| id.matches(s).is_some());
        selected && !self.ignore.iter().any(|s| id.matches(s).is_some())
    }

    /// The severity configured for the check, if any.
    pub(crate) fn severity_of(&self, id: CheckId<'_>) -> Option<Severity> {
        self.severity
            .iter()
            .filter_map(|(s, sev)| id.matches(s).map(|rank| (rank, *sev)))
            .max_by_key(|(r, _)| *r)
            .map(|(_, s)| s)
    }
}
