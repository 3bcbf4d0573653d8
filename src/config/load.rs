//! Reading and checking `acklint.toml`: every mistake in it is a usage error with its line and column.

use crate::config::{CheckId, Config, Ignore, KnownTokens, RuleSelection};
use crate::diagnostic::{Severity, Span};
use crate::document::LineIndex;
use crate::i18n::Lang;
use crate::t;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The configuration file's name.
pub const CONFIG_FILE: &str = "acklint.toml";

/// A configuration file acklint cannot use.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ConfigError {
    /// The file, with `:line:column` when the problem has a place.
    pub location: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

impl std::error::Error for ConfigError {}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    lang: Option<Spanned<String>>,
    rules: Option<RawRules>,
    network: Option<RawNetwork>,
    #[serde(default)]
    known: BTreeMap<Spanned<String>, Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    ignore: Vec<Spanned<RawIgnore>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawRules {
    #[serde(default)]
    select: Vec<Spanned<String>>,
    #[serde(default)]
    ignore: Vec<Spanned<String>>,
    #[serde(default)]
    severity: BTreeMap<String, Spanned<String>>,
    fail_on: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawNetwork {
    vpc_cidr: Option<Spanned<String>>,
    #[serde(default)]
    vswitch_cidrs: BTreeMap<String, Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIgnore {
    files: Option<Spanned<String>>,
    #[serde(default)]
    pointer: Option<Spanned<String>>,
    rules: Spanned<Vec<Spanned<String>>>,
    reason: Option<Spanned<String>>,
    expires: Option<Spanned<String>>,
}

/// The nearest `acklint.toml` in `dir` or one of its parents.
pub fn discover(dir: &Path) -> Option<PathBuf> {
    let found = dir.ancestors().map(|d| d.join(CONFIG_FILE)).find(|p| p.is_file())?;
    // `./acklint.toml` reads better as `acklint.toml` in findings.
    Some(found.strip_prefix(".").map(Path::to_path_buf).unwrap_or(found))
}

/// Reads and checks the configuration at `path` (errors in English).
pub fn load(path: &Path) -> Result<Config, ConfigError> {
    load_in(path, Lang::En)
}

/// Reads and checks the configuration at `path`, with errors in `lang`.
pub fn load_in(path: &Path, lang: Lang) -> Result<Config, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|e| ConfigError {
        location: path.display().to_string(),
        message: t!(lang, "config-cannot-read", error = crate::i18n::io_error(lang, &e)),
    })?;
    parse_in(path, &text, lang)
}

/// Checks the configuration `text` (from `path`, used in messages and to anchor `files` globs; errors in
/// English).
pub fn parse(path: &Path, text: &str) -> Result<Config, ConfigError> {
    parse_in(path, text, Lang::En)
}

/// [`parse`], with errors in `lang`. The file's own `lang` does not change the language of its errors: it may
/// be the mistake.
pub fn parse_in(path: &Path, text: &str, lang: Lang) -> Result<Config, ConfigError> {
    let index = LineIndex::new(text);
    let fail = |span: Option<std::ops::Range<usize>>, message: String| {
        let location = match span {
            Some(s) => {
                let p = index.position(text, s.start);
                format!("{}:{}:{}", path.display(), p.line, p.column)
            }
            None => path.display().to_string(),
        };
        ConfigError { location, message }
    };
    let raw: Raw =
        toml::from_str(text).map_err(|e| fail(e.span(), t!(lang, "config-syntax", detail = e.message().trim())))?;
    let mut config = Config { path: Some(path.to_path_buf()), text: text.to_string(), ..Config::default() };
    if let Some(name) = &raw.lang {
        let chosen = Lang::parse(name.get_ref());
        config.lang =
            Some(chosen.ok_or_else(|| fail(Some(name.span()), t!(lang, "lang-unknown", name = name.get_ref())))?);
    }
    if let Some(rules) = raw.rules {
        let known = |s: &Spanned<String>| {
            if known_selector(s.get_ref()) {
                Ok(s.get_ref().clone())
            } else {
                Err(fail(Some(s.span()), t!(lang, "config-unknown-selector", selector = s.get_ref())))
            }
        };
        let select = rules.select.iter().map(known).collect::<Result<_, _>>()?;
        let ignore = rules.ignore.iter().map(known).collect::<Result<_, _>>()?;
        let mut severity = BTreeMap::new();
        for (selector, value) in &rules.severity {
            if !known_selector(selector) {
                return Err(fail(Some(value.span()), t!(lang, "config-unknown-selector-short", selector)));
            }
            severity.insert(selector.clone(), parse_severity(value, lang).map_err(|m| fail(Some(value.span()), m))?);
        }
        config.rules = RuleSelection { select, ignore, severity };
        if let Some(f) = &rules.fail_on {
            config.fail_on = Some(parse_severity(f, lang).map_err(|m| fail(Some(f.span()), m))?);
        }
    }
    if let Some(network) = raw.network {
        let cidr = |s: &Spanned<String>| {
            s.get_ref()
                .parse::<ipnet::Ipv4Net>()
                .map_err(|_| fail(Some(s.span()), t!(lang, "config-bad-cidr", value = s.get_ref())))
        };
        config.network.vpc_cidr = network.vpc_cidr.as_ref().map(cidr).transpose()?;
        for (id, range) in &network.vswitch_cidrs {
            config.network.vswitch_cidrs.push((id.clone(), cidr(range)?));
        }
    }
    for (catalog, tokens) in &raw.known {
        if !KnownTokens::is_catalog(catalog.get_ref()) {
            let names: Vec<&str> = KnownTokens::catalogs().collect();
            let catalogues = names.join(&t!(lang, "list-separator"));
            return Err(fail(
                Some(catalog.span()),
                t!(lang, "config-unknown-catalogue", name = catalog.get_ref(), catalogues),
            ));
        }
        for token in tokens.get_ref() {
            if token.get_ref().trim().is_empty() {
                return Err(fail(Some(token.span()), t!(lang, "config-empty-token")));
            }
        }
        config.known.add(catalog.get_ref(), tokens.get_ref().iter().map(|t| t.get_ref().clone()));
    }
    // `files` globs are relative to the configuration file; inputs are matched by their absolute path.
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let base = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    let base = base.as_path();
    for entry in &raw.ignore {
        config.ignores.push(ignore_entry(entry, base, lang, &fail)?);
    }
    Ok(config)
}

fn ignore_entry(
    entry: &Spanned<RawIgnore>,
    base: &Path,
    lang: Lang,
    fail: &impl Fn(Option<std::ops::Range<usize>>, String) -> ConfigError,
) -> Result<Ignore, ConfigError> {
    let raw = entry.get_ref();
    let reason = match &raw.reason {
        Some(r) if !r.get_ref().trim().is_empty() => r.get_ref().clone(),
        Some(r) => return Err(fail(Some(r.span()), t!(lang, "config-empty-reason"))),
        None => return Err(fail(Some(entry.span()), t!(lang, "config-missing-reason"))),
    };
    if raw.rules.get_ref().is_empty() {
        return Err(fail(Some(raw.rules.span()), t!(lang, "config-empty-rules")));
    }
    for r in raw.rules.get_ref() {
        if !known_selector(r.get_ref()) {
            return Err(fail(Some(r.span()), t!(lang, "config-unknown-selector-short", selector = r.get_ref())));
        }
    }
    let files = match &raw.files {
        Some(f) => {
            let joined = base.join(f.get_ref());
            let pattern = glob::Pattern::new(&joined.to_string_lossy()).map_err(|e| {
                fail(Some(f.span()), t!(lang, "config-bad-glob", value = f.get_ref(), error = e.to_string()))
            })?;
            Some((f.get_ref().clone(), pattern))
        }
        None => None,
    };
    let pointer = raw.pointer.as_ref().map_or(String::new(), |p| p.get_ref().clone());
    if !pointer.is_empty() && !pointer.starts_with('/') {
        let span = raw.pointer.as_ref().map(|p| p.span());
        return Err(fail(span, t!(lang, "config-bad-pointer", value = &pointer)));
    }
    let expires = match &raw.expires {
        Some(e) => Some(
            e.get_ref()
                .parse::<jiff::civil::Date>()
                .map_err(|_| fail(Some(e.span()), t!(lang, "config-bad-date", value = e.get_ref())))?,
        ),
        None => None,
    };
    let at = raw.expires.as_ref().map_or(entry.span(), |e| e.span());
    Ok(Ignore {
        files,
        pointer,
        rules: raw.rules.get_ref().iter().map(|r| r.get_ref().clone()).collect(),
        reason,
        expires,
        span: Span::new(at.start, at.end),
    })
}

fn parse_severity(value: &Spanned<String>, lang: Lang) -> Result<Severity, String> {
    match value.get_ref().as_str() {
        "error" => Ok(Severity::Error),
        "warning" => Ok(Severity::Warning),
        "info" => Ok(Severity::Info),
        other => Err(t!(lang, "config-bad-severity", value = other)),
    }
}

/// Whether the selector names at least one check.
pub(crate) fn known_selector(selector: &str) -> bool {
    all_checks().any(|id| id.matches(selector).is_some())
}

/// Every built-in check and rule, as selectors see them.
pub(crate) fn all_checks() -> impl Iterator<Item = CheckId<'static>> {
    let builtin = crate::checks::BUILTIN.iter().map(|c| CheckId { code: c.code, name: c.name, group: c.group() });
    let rules = crate::rules::all().iter().map(|r| {
        let m = r.meta();
        CheckId { code: m.code, name: m.name, group: m.group.as_str() }
    });
    builtin.chain(rules)
}
