//! Every rule: registered, documented, with fixtures that fire and near-misses that do not.

use acklint::__internal::checks::BUILTIN;
use acklint::__internal::rules::{all, docs};
use acklint::i18n::Lang;
use acklint::{FileReport, LintOptions, Severity};
use rule_fixtures::{Json, merge};
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

mod rule_fixtures;

fn lint_file(path: &Path) -> FileReport {
    let bytes = fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    acklint::lint(&path.display().to_string(), &bytes, &folder_options(path))
}

/// A fixture folder may hold an `acklint.toml` (for example network context) that applies to its fixtures.
fn folder_options(path: &Path) -> LintOptions {
    let config = path.parent().map(|d| d.join(acklint::config::CONFIG_FILE)).filter(|c| c.is_file());
    config.map_or_else(LintOptions::default, |c| LintOptions::from_config(&acklint::config::load(&c).unwrap()))
}

/// One line per finding: position, severity, code, pointer, message and help.
fn describe(report: &FileReport) -> String {
    let index = acklint::__internal::document::LineIndex::new(&report.document.text);
    let mut out = String::new();
    for d in &report.diagnostics {
        let at = d.span.map_or("-".into(), |s| {
            let p = index.position(&report.document.text, s.start);
            format!("{}:{}", p.line, p.column)
        });
        out.push_str(&format!(
            "{at} {}[{}] {}: {}\n",
            d.severity,
            d.code,
            d.pointer.as_deref().unwrap_or("(no pointer)"),
            d.message
        ));
        for l in &d.labels {
            out.push_str(&format!("    label {}: {}\n", l.pointer.as_deref().unwrap_or("-"), l.message));
        }
        if let Some(h) = &d.help {
            out.push_str(&format!("    help: {h}\n"));
        }
    }
    if out.is_empty() {
        out.push_str("(no findings)\n");
    }
    out
}

/// A rule's group is its folder (the group is read from the module path), its code starts with the group's
/// prefix, and its file is named after the rule.
#[test]
fn code_prefix_group_folder_and_file_agree() {
    let mut problems = Vec::new();
    for rule in all() {
        let m = rule.meta();
        let segments: Vec<&str> = m.module.split("::").collect();
        let [.., folder, file] = segments[..] else { panic!("{}: module {}", m.code, m.module) };
        if folder != m.group.as_str() {
            problems.push(format!("{}: declared in `{folder}` but in group `{}`", m.code, m.group.as_str()));
        }
        if file != m.name.replace('-', "_") {
            problems.push(format!("{}: file `{file}.rs` is not named after `{}`", m.code, m.name));
        }
        let prefix = m.group.code_prefix();
        let digits = m.code.strip_prefix(prefix);
        if !digits.is_some_and(|d| d.len() == 3 && d.bytes().all(|b| b.is_ascii_digit())) {
            problems.push(format!("{}: code does not start with the `{prefix}` prefix", m.code));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// `acklint rules`, the docs and the registry list the rules by group, then by code: each group's
/// `group_rules!` list is in code order.
#[test]
fn rules_are_listed_by_group_then_code() {
    let listed: Vec<_> = all().iter().map(|r| (r.meta().group, r.meta().code)).collect();
    let mut sorted = listed.clone();
    sorted.sort();
    assert_eq!(listed, sorted, "list each group's rules in code order in its `mod.rs`");
}

#[test]
fn codes_and_names_are_unique_and_well_formed() {
    let mut codes = BTreeSet::new();
    let mut names = BTreeSet::new();
    for check in BUILTIN {
        assert!(codes.insert(check.code), "code {} used twice", check.code);
        assert!(names.insert(check.name), "name {} used twice", check.name);
    }
    for rule in all() {
        let m = rule.meta();
        assert!(codes.insert(m.code), "code {} used twice", m.code);
        assert!(names.insert(m.name), "name {} used twice", m.name);
        assert!(
            m.name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{} is not kebab-case",
            m.name
        );
        let summary = m.summary();
        assert!(
            !summary.is_empty() && summary.ends_with('.'),
            "{}: the doc comment starts with a summary sentence",
            m.code
        );
        for section in ["## Why is this bad?", "## Example", "## Use instead"] {
            assert!(m.docs.contains(section), "{}: docs lack `{section}`", m.code);
        }
    }
}

#[test]
fn every_rule_file_is_registered() {
    let registered: BTreeSet<&str> = all().iter().map(|r| r.meta().name).collect();
    let mut missing = Vec::new();
    for group in fs::read_dir("src/rules").unwrap().filter_map(|e| e.ok()).filter(|e| e.path().is_dir()) {
        for file in fs::read_dir(group.path()).unwrap().filter_map(|e| e.ok()) {
            let text = fs::read_to_string(file.path()).unwrap();
            for line in text.lines().filter(|l| l.trim_start().starts_with("name: \"")) {
                let name = line.split('"').nth(1).unwrap();
                if !registered.contains(name) {
                    missing.push(format!("{} ({})", name, file.path().display()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "rules declared but not listed in their group's `group_rules!`: {missing:?}");
}

/// The ```LANG blocks of a section of the docs.
fn blocks<'a>(docs: &'a str, section: &str, lang: &str) -> Vec<&'a str> {
    let Some(start) = docs.find(section) else { return Vec::new() };
    let rest = &docs[start + section.len()..];
    let rest = &rest[..rest.find("\n## ").unwrap_or(rest.len())];
    rest.split(&format!("```{lang}\n")).skip(1).map(|b| &b[..b.find("```").unwrap_or(b.len())]).collect()
}

#[test]
fn doc_examples_fire_and_fixes_do_not() {
    let mut problems = Vec::new();
    for rule in all() {
        let m = rule.meta();
        let docs: String = m.docs.lines().map(|l| l.strip_prefix(' ').unwrap_or(l)).collect::<Vec<_>>().join("\n");
        for (section, should_fire) in [("## Example", true), ("## Use instead", false)] {
            // An ```toml block is the acklint.toml the example runs with (for example network context).
            let options = match blocks(&docs, section, "toml").first() {
                Some(toml) => {
                    LintOptions::from_config(&acklint::config::parse(Path::new("acklint.toml"), toml).unwrap())
                }
                None => LintOptions::default(),
            };
            let json_blocks = blocks(&docs, section, "json");
            if json_blocks.is_empty() {
                problems.push(format!("{}: no ```json block under {section}", m.code));
            }
            for block in json_blocks {
                let patch: Json = match serde_json::from_str(block) {
                    Ok(v) => v,
                    Err(e) => {
                        problems.push(format!("{}: {section} block is not JSON: {e}", m.code));
                        continue;
                    }
                };
                // Examples show only the fields that matter: they patch a shipped example, merged as the rule
                // fixtures are.
                let managed = patch.get("cluster_type") == Some(&Json::String("ManagedKubernetes".into()));
                let base = if managed { "managed-terway" } else { "dedicated-flannel" };
                let mut body: Json =
                    serde_json::from_str(&fs::read_to_string(format!("examples/{base}.json")).unwrap()).unwrap();
                merge(&mut body, &patch);
                let text = body.pretty();
                let report = acklint::lint("doc-example.json", text.as_bytes(), &options);
                let fired = report.diagnostics.iter().any(|d| d.code == m.code);
                if fired != should_fire {
                    problems.push(format!(
                        "{}: {section} example {} fire:\n{block}\nfindings:\n{}",
                        m.code,
                        if should_fire { "does not" } else { "does" },
                        describe(&report)
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The pages of one language in one folder: English in `docs/rules/`, Chinese in `docs/rules/zh/` (only the
/// rules and checks that have a Chinese prose file; the Chinese index links the others to their English page).
fn doc_pages(lang: Lang) -> Vec<(String, String)> {
    let mut pages: Vec<(String, String)> = all()
        .iter()
        .filter(|r| docs::has_page(r.meta().name, lang))
        .map(|r| (r.meta().name.to_string(), docs::rule_page(r.meta(), lang)))
        .collect();
    pages.extend(
        BUILTIN
            .iter()
            .filter(|c| docs::has_page(c.name, lang))
            .map(|c| (c.name.to_string(), docs::check_page(c, lang))),
    );
    pages.push(("README".into(), docs::index(lang)));
    pages
}

#[test]
fn docs_folder_is_current() {
    let update = std::env::var_os("ACKLINT_UPDATE_DOCS").is_some();
    let mut stale = Vec::new();
    for (lang, folder) in [(Lang::En, "docs/rules"), (Lang::ZhCn, "docs/rules/zh")] {
        let pages = doc_pages(lang);
        if update {
            fs::create_dir_all(folder).unwrap();
        }
        for (name, text) in &pages {
            let path = format!("{folder}/{name}.md");
            if fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
                if update {
                    fs::write(&path, text).unwrap();
                } else {
                    stale.push(path);
                }
            }
        }
        let expected: BTreeSet<String> = pages.iter().map(|(n, _)| format!("{n}.md")).collect();
        // The language folders below `docs/rules/` are checked on their own turn.
        for entry in fs::read_dir(folder).into_iter().flatten().filter_map(|e| e.ok()).filter(|e| e.path().is_file()) {
            let file = entry.file_name().to_string_lossy().into_owned();
            if !expected.contains(&file) {
                if update {
                    fs::remove_file(entry.path()).unwrap();
                } else {
                    stale.push(format!("{folder}/{file} (no such rule, or no prose file for it)"));
                }
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale rule docs: {stale:?}\nrefresh them with: ACKLINT_UPDATE_DOCS=1 cargo test --test rules docs_folder_is_current"
    );
}

#[test]
fn shipped_examples_have_no_errors() {
    for entry in fs::read_dir("examples").unwrap().filter_map(|e| e.ok()) {
        let path = entry.path();
        if path.extension().is_some_and(|x| x == "json") {
            let report = lint_file(&path);
            let errors: Vec<_> = report.diagnostics.iter().filter(|d| d.severity == Severity::Error).collect();
            assert!(errors.is_empty(), "{}:\n{}", path.display(), describe(&report));
        }
    }
}

/// Each shipped example in full: every finding with its position, so a change to any rule that touches the
/// bodies people copy first shows up here.
#[test]
fn shipped_example_findings() {
    for example in ["managed-terway", "dedicated-flannel", "broken/typical-mistakes"] {
        let report = lint_file(Path::new(&format!("examples/{example}.json")));
        insta::assert_snapshot!(format!("example_{}", example.replace('/', "_")), describe(&report));
    }
}

/// The base bodies of the patch fixtures are valid and quiet: no error, and only the warnings listed here,
/// each inherent to the kind of cluster the base stands for. A new finding on a base would show up in every
/// fixture built on it.
#[test]
fn fixture_bases_are_quiet() {
    let expected: &[(&str, &[&str])] = &[
        ("managed-terway", &[]),
        // Dedicated clusters are closed to new accounts; the rules for them still need a dedicated base.
        ("dedicated-flannel", &["LIF004"]),
    ];
    let mut names: Vec<String> = fs::read_dir(rule_fixtures::BASE_DIR)
        .unwrap()
        .filter_map(|e| e.ok().and_then(|e| e.file_name().to_str()?.strip_suffix(".json").map(str::to_string)))
        .collect();
    names.sort();
    let listed: Vec<&str> = expected.iter().map(|(n, _)| *n).collect();
    assert_eq!(names.iter().map(String::as_str).collect::<BTreeSet<_>>(), listed.iter().copied().collect());
    for (name, codes) in expected {
        let report = lint_file(&Path::new(rule_fixtures::BASE_DIR).join(format!("{name}.json")));
        let found: Vec<&str> = report.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(found, *codes, "{name}:\n{}", describe(&report));
        assert!(report.diagnostics.iter().all(|d| d.severity != Severity::Error), "{name}");
    }
}

/// Every base in `tests/rules/_base/` is used by some fixture (loading a fixture fails on a base that does not
/// exist). A fixture may be just `{ "$base": … }`: the base itself is a near miss for many rules.
#[test]
fn every_fixture_base_is_used() {
    let used: BTreeSet<String> = rule_fixtures::all().into_iter().filter_map(|f| f.base).collect();
    for entry in fs::read_dir(rule_fixtures::BASE_DIR).unwrap().filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().trim_end_matches(".json").to_string();
        assert!(used.contains(&name), "base `{name}` is used by no fixture");
    }
}
