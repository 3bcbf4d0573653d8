//! Open documents and the `acklint.toml` that applies to each.
//!
//! The configuration is found as `acklint check` finds it: the nearest `acklint.toml` in the document's
//! folder or above (a document that is not a file, such as an unsaved buffer, gets the defaults). It is looked
//! up again on every lint and re-read when its modification time or size changed, so an edit to it is picked
//! up without a restart; the server also asks the client to watch `**/acklint.toml` and re-lints every open
//! document when it changes, so the findings follow a saved configuration at once. A configuration that
//! cannot be used is reported once (a message to the user) and the defaults apply until it is fixed.

use super::positions::{Encoding, LineMap};
use crate::config::{self, ConfigError};
use crate::diagnostic::Diagnostic;
use crate::i18n::Lang;
use crate::lint::LintOptions;
use lsp_types::{Position, Range, TextDocumentContentChangeEvent, Uri};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::SystemTime;

/// An open document.
#[derive(Debug)]
pub struct Doc {
    /// Its URI.
    pub uri: Uri,
    /// Its file, when it is one.
    pub path: Option<PathBuf>,
    /// The client's language id (`json`, `jsonc`, …).
    pub language: String,
    /// The client's version of the text.
    pub version: i32,
    /// The text.
    pub text: String,
    /// Its line index.
    pub map: LineMap,
    /// The findings of the latest lint, for the version they were made from.
    pub linted: Option<Linted>,
    /// Whether the client shows findings for it (the last ones published were not empty).
    pub shown: bool,
}

/// The findings of one version of a document.
#[derive(Debug)]
pub struct Linted {
    /// The version linted.
    pub version: i32,
    /// Whether the document was checked at all (it is a request body).
    pub checked: bool,
    /// The library's findings; without their fixes until a code action asks for them (see `fixes`).
    pub diagnostics: Vec<Diagnostic>,
    /// Whether `diagnostics` carry their fixes. Publishing findings needs none, and most versions of a text
    /// being typed are never asked for a code action, so fixes are worked out on the first request.
    pub fixes: bool,
    /// Their LSP form, in the same order.
    pub lsp: Vec<lsp_types::Diagnostic>,
    /// Hints on the other keys of tagged findings that group several keys (published after `lsp`).
    pub marks: Vec<lsp_types::Diagnostic>,
    /// The options it was linted with.
    pub options: Rc<LintOptions>,
    /// Whether these findings were published.
    pub published: bool,
}

impl Doc {
    /// A newly opened document.
    pub fn new(uri: Uri, language: String, version: i32, text: String, encoding: Encoding) -> Doc {
        let path = super::uri::to_path(uri.as_str());
        let map = LineMap::new(&text, encoding);
        Doc { uri, path, language, version, text, map, linted: None, shown: false }
    }

    /// Applies the client's changes (whole text, or ranges of the previous text in order).
    pub fn change(&mut self, version: i32, changes: Vec<TextDocumentContentChangeEvent>) {
        for change in changes {
            match change.range {
                None => self.text = change.text,
                Some(Range { start, end }) => {
                    let (s, e) = (self.offset(start), self.offset(end));
                    self.text.replace_range(s..e.max(s), &change.text);
                }
            }
            self.map = LineMap::new(&self.text, self.map.encoding());
        }
        self.version = version;
    }

    /// The byte offset of a position.
    pub fn offset(&self, position: Position) -> usize {
        self.map.offset(&self.text, position)
    }

    /// The name findings are reported under and ignores are matched with: the file's path, or the URI.
    pub fn name(&self) -> String {
        self.path.as_ref().map_or_else(|| self.uri.as_str().to_string(), |p| p.display().to_string())
    }

    /// The findings for the current version, if it was linted.
    pub fn current(&self) -> Option<&Linted> {
        self.linted.as_ref().filter(|l| l.version == self.version)
    }
}

/// Loaded configurations, by file.
#[derive(Debug, Default)]
pub struct Configs {
    loaded: HashMap<PathBuf, Loaded>,
    defaults: Rc<LintOptions>,
    /// The client's language, over every configuration's `lang`.
    lang: Option<Lang>,
}

#[derive(Debug)]
struct Loaded {
    stamp: Option<(SystemTime, u64)>,
    result: Result<Rc<LintOptions>, ConfigError>,
}

impl Configs {
    /// No configuration loaded yet; findings in the client's language `lang` when it has one (else in each
    /// configuration's `lang`, else English).
    pub fn new(lang: Option<Lang>) -> Configs {
        let defaults = Rc::new(LintOptions::default().with_lang(lang.unwrap_or_default()));
        Configs { loaded: HashMap::new(), defaults, lang }
    }

    /// The options for a document at `path` (`None`: not a file), and the error of its configuration when it
    /// cannot be used (then the defaults are returned).
    pub fn options_for(&mut self, path: Option<&Path>) -> (Rc<LintOptions>, Option<ConfigError>) {
        let Some(found) = path.and_then(Path::parent).and_then(config::discover) else {
            return (self.defaults.clone(), None);
        };
        let stamp = stamp(&found);
        let stale = self.loaded.get(&found).is_none_or(|l| l.stamp != stamp);
        if stale {
            let result = config::load_in(&found, self.defaults.lang).map(|c| {
                let options = LintOptions::from_config(&c);
                Rc::new(match self.lang {
                    Some(lang) => options.with_lang(lang),
                    None => options,
                })
            });
            self.loaded.insert(found.clone(), Loaded { stamp, result });
        }
        match &self.loaded[&found].result {
            Ok(options) => (options.clone(), None),
            Err(e) => (self.defaults.clone(), Some(e.clone())),
        }
    }

    /// Forgets every loaded configuration (they are read again on next use).
    pub fn forget(&mut self) {
        self.loaded.clear();
    }
}

fn stamp(path: &Path) -> Option<(SystemTime, u64)> {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.modified().ok()?, meta.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranged_changes_apply_in_order_in_utf16() {
        let uri: Uri = "untitled:1".parse().unwrap();
        let mut doc = Doc::new(uri, "json".into(), 1, "{\"name\": \"集群😀\"}".into(), Encoding::Utf16);
        let at = |c| Position { line: 0, character: c };
        let change = |s, e, text: &str| TextDocumentContentChangeEvent {
            range: Some(Range { start: at(s), end: at(e) }),
            range_length: None,
            text: text.into(),
        };
        // Replace the emoji (2 units at 12), then insert after the new text.
        doc.change(2, vec![change(12, 14, "一"), change(13, 13, "二")]);
        assert_eq!(doc.text, "{\"name\": \"集群一二\"}");
        assert_eq!(doc.version, 2);
        doc.change(3, vec![TextDocumentContentChangeEvent { range: None, range_length: None, text: "{}".into() }]);
        assert_eq!(doc.text, "{}");
    }

    #[test]
    fn a_configuration_is_re_read_when_it_changes() {
        let dir = std::env::temp_dir().join(format!("acklint-lsp-store-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let body = dir.join("cluster.json");
        let toml = dir.join("acklint.toml");
        std::fs::write(&toml, "[rules]\nignore = [\"NET001\"]\n").unwrap();
        let mut configs = Configs::default();
        let (options, error) = configs.options_for(Some(&body));
        assert!(error.is_none());
        assert_eq!(options.rules.ignore, ["NET001"]);
        std::fs::write(&toml, "[rules]\nignore = [\"NO_SUCH_RULE_AT_ALL\", \"x\"]\n").unwrap();
        let (options, error) = configs.options_for(Some(&body));
        assert!(error.is_some() && options.rules.ignore.is_empty());
        assert!(configs.options_for(None).1.is_none());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
