//! Links to the documentation of checks and rules: one place for the path of the pages and for acklint's public
//! address (none yet). Public as [`crate::catalogue::DOCS_URL`] and [`crate::catalogue::DOCS_PATH`].

/// Where the page of each check and rule is in acklint's source tree: `docs/rules/<name>.md`.
pub const DOCS_PATH: &str = "docs/rules";

/// The public web address under which acklint's source tree can be read (ending in `/`, so that [`DOCS_PATH`]
/// can follow), once the project has one; `None` until then. The one place every absolute link is made from:
/// [`Entry::url`](crate::catalogue::Entry::url), [`Diagnostic::url`](crate::Diagnostic::url), SARIF's
/// `informationUri` and each rule's `helpUri`, and the language server's default `rulesUrl` once the source tree
/// is gone. While it is `None` those are left out (or stay relative) rather than point at an address that does
/// not exist.
pub const DOCS_URL: Option<&str> = None;

/// The path of the page of the check or rule `name` in acklint's source tree.
pub(crate) fn page_path(name: &str) -> String {
    // Every rendered finding asks for it: joined without the formatting machinery.
    [DOCS_PATH, "/", name, ".md"].concat()
}

/// The absolute address of the page of `name`, once [`DOCS_URL`] is known.
pub(crate) fn page_url(name: &str) -> Option<String> {
    page_url_under(DOCS_URL, name)
}

/// The address of the page of `name` under the public address `base`, when there is one.
pub(crate) fn page_url_under(base: Option<&str>, name: &str) -> Option<String> {
    base.map(|base| format!("{base}{}", page_path(name)))
}
