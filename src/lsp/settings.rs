//! What the client tells the server at start-up (`initializationOptions`, `locale`, workspace folders), and
//! which open documents are request bodies.
//!
//! ```json
//! { "globs": ["*.body.json", "clusters/**/*.json"],
//!   "rulesUrl": "https://example.com/acklint/docs/rules",
//!   "locale": "zh-CN" }
//! ```
//!
//! - `globs`: documents whose path matches one of these are always checked, whatever they hold (like
//!   `acklint check --glob`). A pattern without `/` is matched against the file name, one with `/` against the
//!   path relative to a workspace folder.
//! - Any other document is checked when it is JSON (language `json` or `jsonc`, or a `.json` / `.jsonc` name)
//!   and looks like a CreateCluster body ([`crate::detect::looks_like_request_body`], the test a folder walk
//!   uses), decided again on every change: a document that becomes a body while typing starts getting
//!   findings, one that stops being one has its findings cleared. While a checked document is not strict
//!   JSON (a string or bracket being typed can hide its keys from the test) it stays checked.
//! - `rulesUrl`: where the rule pages (`docs/rules/<name>.md`) are, for each finding's link
//!   (`codeDescription`). By default the `docs/rules` folder of the source tree acklint was built from, as a
//!   `file:` URI, when that folder still exists, else the pages' public address once acklint has one
//!   (`catalogue::DOCS_URL`); without any, findings carry no link (their code stays).
//! - `locale`: the language of findings, hover and completion documentation (`zh…` for Chinese, anything else
//!   English); by default the client's `locale`. A client that says neither gets each `acklint.toml`'s `lang`
//!   for findings, else English.

use super::uri;
use crate::i18n::Lang;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The server's settings for a session.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// Patterns of documents always checked.
    pub globs: Vec<glob::Pattern>,
    /// Base of the rule pages' links (no trailing `/`), if any.
    pub rules_url: Option<String>,
    /// Documentation in Chinese.
    pub chinese: bool,
    /// The client's language, when it gave one.
    pub lang: Option<Lang>,
    /// The workspace folders, for patterns with `/`.
    pub roots: Vec<PathBuf>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct Options {
    #[serde(default)]
    globs: Vec<String>,
    rules_url: Option<String>,
    locale: Option<String>,
}

impl Settings {
    /// Settings from `initializationOptions` (unreadable options are ignored, as if not given), the client's
    /// `locale` and its workspace folders.
    pub fn new(options: Option<&serde_json::Value>, locale: Option<&str>, roots: Vec<PathBuf>) -> Settings {
        let options: Options = options.and_then(|o| Options::deserialize(o).ok()).unwrap_or_default();
        let lang = options.locale.as_deref().or(locale).and_then(Lang::from_locale);
        let rules_url = options
            .rules_url
            .map(|u| u.trim_end_matches('/').to_string())
            .or_else(default_rules_url)
            .filter(|u| u.parse::<lsp_types::Uri>().is_ok());
        Settings {
            globs: options.globs.iter().filter_map(|g| glob::Pattern::new(g).ok()).collect(),
            rules_url,
            chinese: lang == Some(Lang::ZhCn),
            lang,
            roots,
        }
    }

    /// Speaks `lang`, whatever the client said.
    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = Some(lang);
        self.chinese = lang == Lang::ZhCn;
    }

    /// The link to a rule's page.
    pub fn rule_url(&self, rule: &str) -> Option<lsp_types::Uri> {
        self.rules_url.as_ref().and_then(|base| format!("{base}/{rule}.md").parse().ok())
    }

    /// Whether a document is checked whatever it holds (it matches a configured pattern).
    pub fn always_checked(&self, path: Option<&Path>) -> bool {
        let Some(path) = path else { return false };
        let options = glob::MatchOptions { require_literal_separator: true, ..Default::default() };
        self.globs.iter().any(|g| {
            if g.as_str().contains('/') {
                self.roots.iter().filter_map(|r| path.strip_prefix(r).ok()).any(|rel| g.matches_path_with(rel, options))
            } else {
                path.file_name().is_some_and(|n| g.matches_with(&n.to_string_lossy(), options))
            }
        })
    }
}

/// Whether a document may be a request body: JSON by its language or its name.
pub fn is_json(language: &str, uri: &str) -> bool {
    let name = uri.rsplit('/').next().unwrap_or(uri).to_ascii_lowercase();
    matches!(language, "json" | "jsonc") || name.ends_with(".json") || name.ends_with(".jsonc")
}

/// `docs/rules` of the source tree acklint was built from, when it is still there; else the pages' public
/// address, once acklint has one ([`crate::catalogue::DOCS_URL`]).
fn default_rules_url() -> Option<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(crate::links::DOCS_PATH);
    let public = || crate::links::DOCS_URL.map(|base| format!("{base}{}", crate::links::DOCS_PATH));
    if dir.is_dir() { Some(uri::from_path(&dir)) } else { public() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn patterns_match_names_or_paths_below_a_workspace_folder() {
        let options = json!({ "globs": ["*.body.json", "clusters/**/*.json"] });
        let s = Settings::new(Some(&options), None, vec![PathBuf::from("/w")]);
        assert!(s.always_checked(Some(Path::new("/x/a.body.json"))));
        assert!(s.always_checked(Some(Path::new("/w/clusters/prod/a.json"))));
        assert!(!s.always_checked(Some(Path::new("/w/other/clusters/a.json"))));
        assert!(!s.always_checked(Some(Path::new("/w/package.json"))));
        assert!(!s.always_checked(None));
    }

    #[test]
    fn locale_and_links() {
        assert!(Settings::new(None, Some("zh-CN"), vec![]).chinese);
        assert_eq!(Settings::new(None, Some("zh-cn"), vec![]).lang, Some(Lang::ZhCn));
        assert_eq!(Settings::new(None, Some("de"), vec![]).lang, Some(Lang::En), "no German: English");
        assert_eq!(Settings::new(None, None, vec![]).lang, None);
        assert!(!Settings::new(Some(&json!({ "locale": "en" })), Some("zh-CN"), vec![]).chinese);
        let s = Settings::new(Some(&json!({ "rulesUrl": "https://example.com/rules/" })), None, vec![]);
        assert_eq!(s.rule_url("wrong-type").unwrap().as_str(), "https://example.com/rules/wrong-type.md");
        assert!(
            is_json("plaintext", "file:///a/b.JSON") && is_json("jsonc", "untitled:1") && !is_json("yaml", "x.yml")
        );
    }
}
