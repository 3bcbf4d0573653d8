//! Rule documentation as Markdown: the text of `acklint explain` and of `docs/rules/<name>.md`.

use crate::checks::Check;
use crate::fix::FixAvailability;
use crate::rules::RuleMeta;

/// The documentation page of a rule.
pub fn rule_page(meta: &RuleMeta) -> String {
    let mut body = meta.docs.lines().map(|l| l.strip_prefix(' ').unwrap_or(l)).collect::<Vec<_>>();
    let summary = body.iter().position(|l| !l.trim().is_empty()).map(|i| body.remove(i)).unwrap_or_default();
    format!(
        "# {} ({})\n\n{}\n\n| code | group | default severity | fix |\n|---|---|---|---|\n| `{}` | {} | {} | {} |\n{}",
        meta.name,
        meta.code,
        summary.trim(),
        meta.code,
        meta.group.as_str(),
        meta.severity,
        fix_cell(meta.fix),
        body.join("\n").trim_end().to_string() + "\n"
    )
}

/// The documentation page of a built-in syntax or structure check.
pub fn check_page(check: &Check) -> String {
    format!(
        "# {} ({})\n\n{}\n\n| code | group | default severity | fix |\n|---|---|---|---|\n| `{}` | {} | {} | {} |\n\n{}\n",
        check.name,
        check.code,
        check.summary,
        check.code,
        check.group(),
        check.severity,
        fix_cell(check.fix),
        check.docs.trim()
    )
}

/// The page's word on fixes: `safe` (applied by `--fix`), `unsafe` (needs `--unsafe-fixes`), `mixed`, or none.
fn fix_cell(fix: FixAvailability) -> &'static str {
    match fix {
        FixAvailability::None => "none",
        FixAvailability::Safe => "safe (`--fix`)",
        FixAvailability::Unsafe => "unsafe (`--fix --unsafe-fixes`)",
        FixAvailability::Mixed => "safe or unsafe, per finding",
    }
}

/// The index page of `docs/rules/`: every check and rule with its code, severity and summary.
pub fn index() -> String {
    let mut out = String::from(
        "# acklint rules\n\nGenerated from the rule sources (`src/rules/`) and the built-in checks (`src/checks.rs`); \
         `acklint explain CODE` prints the same pages.\n\n| code | name | group | severity | fix | summary |\n|---|---|---|---|---|---|\n",
    );
    for c in crate::checks::BUILTIN {
        out.push_str(&format!(
            "| `{}` | [{}]({}.md) | {} | {} | {} | {} |\n",
            c.code,
            c.name,
            c.name,
            c.group(),
            c.severity,
            c.fix.as_str(),
            c.summary
        ));
    }
    for r in crate::rules::all() {
        let m = r.meta();
        out.push_str(&format!(
            "| `{}` | [{}]({}.md) | {} | {} | {} | {} |\n",
            m.code,
            m.name,
            m.name,
            m.group.as_str(),
            m.severity,
            m.fix.as_str(),
            m.summary()
        ));
    }
    out
}
