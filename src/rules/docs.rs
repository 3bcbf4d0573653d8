//! Rule documentation as Markdown: the text of `acklint explain` and of `docs/rules/<name>.md` (English) and
//! `docs/rules/zh/<name>.md` (Chinese).
//!
//! The English page comes from the rule's doc comment (or a check's `docs`). A page in another language comes
//! from a prose file written in that language ([`translated`]) plus the English doc's code blocks; a rule
//! without one has only its English page, which `explain` shows in every language.

pub mod translated;

use crate::checks::Check;
use crate::fix::FixAvailability;
use crate::i18n::Lang;
use crate::rules::RuleMeta;
use crate::t;

/// The documentation page of a rule in `lang` (English when the rule has no page in `lang` yet).
pub fn rule_page(meta: &RuleMeta, lang: Lang) -> String {
    let mut body = meta.docs.lines().map(|l| l.strip_prefix(' ').unwrap_or(l)).collect::<Vec<_>>();
    let summary = body.iter().position(|l| !l.trim().is_empty()).map(|i| body.remove(i)).unwrap_or_default();
    let english_body = body.join("\n").trim_end().to_string() + "\n";
    let header = |lang: Lang, summary: &str| {
        page_header(lang, meta.name, meta.code, summary, meta.group.as_str(), &meta.severity.to_string(), meta.fix)
    };
    match translated::prose(lang, meta.name) {
        Some(prose) => {
            format!("{}\n{}", header(lang, &translated::summary(prose)), translated::body(prose, &english_body))
        }
        None => format!("{}{english_body}", header(Lang::En, summary.trim())),
    }
}

/// The documentation page of a built-in syntax or structure check in `lang` (English when it has no page in
/// `lang` yet).
pub fn check_page(check: &Check, lang: Lang) -> String {
    let header = |lang: Lang, summary: &str| {
        page_header(lang, check.name, check.code, summary, check.group(), &check.severity.to_string(), check.fix)
    };
    match translated::prose(lang, check.name) {
        Some(prose) => {
            format!("{}\n{}", header(lang, &translated::summary(prose)), translated::body(prose, check.docs))
        }
        None => format!("{}\n{}\n", header(Lang::En, check.summary), check.docs.trim()),
    }
}

/// The summary of a rule in `lang`: the first paragraph of its translated page, else its English summary.
pub fn rule_summary(meta: &RuleMeta, lang: Lang) -> String {
    translated::prose(lang, meta.name).map_or_else(|| meta.summary().to_string(), translated::summary)
}

/// The summary of a built-in check in `lang`, as [`rule_summary`].
pub fn check_summary(check: &Check, lang: Lang) -> String {
    translated::prose(lang, check.name).map_or_else(|| check.summary.to_string(), translated::summary)
}

/// Whether the rule or check `name` has its own page in `lang` (English always has).
pub fn has_page(name: &str, lang: Lang) -> bool {
    lang == Lang::En || translated::prose(lang, name).is_some()
}

/// The title, the summary and the table of code, group, severity and fix, ending with the table's last row.
fn page_header(
    lang: Lang,
    name: &str,
    code: &str,
    summary: &str,
    group: &str,
    severity: &str,
    fix: FixAvailability,
) -> String {
    let columns = [
        t!(lang, "docs-column-code"),
        t!(lang, "docs-column-group"),
        t!(lang, "docs-column-default-severity"),
        t!(lang, "docs-column-fix"),
    ];
    format!(
        "# {name} ({code})\n\n{summary}\n\n| {} |\n|---|---|---|---|\n| `{code}` | {group} | {severity} | {} |\n",
        columns.join(" | "),
        fix_cell(lang, fix),
    )
}

/// The page's word on fixes: `safe` (applied by `--fix`), `unsafe` (needs `--unsafe-fixes`), `mixed`, or none.
fn fix_cell(lang: Lang, fix: FixAvailability) -> String {
    match fix {
        FixAvailability::None => t!(lang, "docs-fix-none"),
        FixAvailability::Safe => t!(lang, "docs-fix-safe"),
        FixAvailability::Unsafe => t!(lang, "docs-fix-unsafe"),
        FixAvailability::Mixed => t!(lang, "docs-fix-mixed"),
    }
}

/// The one-word fix column of the index and of `acklint rules`: `safe`, `unsafe`, `mixed` or `none` in English.
pub fn fix_word(lang: Lang, fix: FixAvailability) -> String {
    match fix {
        FixAvailability::None => t!(lang, "docs-fix-word-none"),
        FixAvailability::Safe => t!(lang, "docs-fix-word-safe"),
        FixAvailability::Unsafe => t!(lang, "docs-fix-word-unsafe"),
        FixAvailability::Mixed => t!(lang, "docs-fix-word-mixed"),
    }
}

/// The column headings of the index and of `acklint rules`: code, name, group, severity, fix, summary.
pub fn list_columns(lang: Lang) -> [String; 6] {
    [
        t!(lang, "docs-column-code"),
        t!(lang, "docs-column-name"),
        t!(lang, "docs-column-group"),
        t!(lang, "docs-column-severity"),
        t!(lang, "docs-column-fix"),
        t!(lang, "docs-column-summary"),
    ]
}

/// The index page of `docs/rules/` (English) or `docs/rules/zh/` (Chinese): every check and rule with its
/// code, severity and summary. In another language, a rule without a page of its own links to its English one.
pub fn index(lang: Lang) -> String {
    let mut out = format!(
        "# {}\n\n{}\n\n| {} |\n|---|---|---|---|---|---|\n",
        t!(lang, "docs-index-title"),
        t!(lang, "docs-index-intro"),
        list_columns(lang).join(" | ")
    );
    let link = |name: &str| if has_page(name, lang) { format!("{name}.md") } else { format!("../{name}.md") };
    let mut row = |code: &str, name: &str, group: &str, severity: String, fix: FixAvailability, summary: String| {
        out.push_str(&format!(
            "| `{code}` | [{name}]({}) | {group} | {severity} | {} | {summary} |\n",
            link(name),
            fix_word(lang, fix)
        ));
    };
    for c in crate::checks::BUILTIN {
        row(c.code, c.name, c.group(), c.severity.to_string(), c.fix, check_summary(c, lang));
    }
    for r in crate::rules::all() {
        let m = r.meta();
        row(m.code, m.name, m.group.as_str(), m.severity.to_string(), m.fix, rule_summary(m, lang));
    }
    out
}
