//! The library's modules depend on each other in one direction: this test reads every `crate::…` path in
//! `src/` (outside unit-test modules) and fails on a cycle between modules (`document::secrets`,
//! `rules::network::util`, `fix::lower`, …). Paths through the crate root's re-exports (`crate::Diagnostic`)
//! are not followed.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Cycles that exist today, each with why it is still there. A cycle not listed fails the test; a listed one
/// that is gone fails it too, so the list only shrinks.
const KNOWN: &[(&str, &str)] = &[];

/// The module a path names: its longest prefix that is a module of the crate (`document::secrets::mask` →
/// `document::secrets`).
fn component(path: &[&str], modules: &BTreeSet<String>) -> String {
    (1..=path.len()).rev().map(|n| path[..n].join("::")).find(|m| modules.contains(m)).unwrap_or_default()
}

/// The module path of a source file: `src/rules/network/util.rs` → `rules::network::util`.
fn module_of(file: &Path) -> Vec<String> {
    let relative = file.strip_prefix("src").unwrap();
    let mut parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let last = parts.pop().unwrap();
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" {
        parts.push(stem.to_string());
    }
    parts
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap().filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "bin") {
                sources(&path, out);
            }
        } else if path.extension().is_some_and(|x| x == "rs") && path != Path::new("src/lib.rs") {
            out.push(path);
        }
    }
}

/// Every `crate::a::b` path in `text`, as its segments (code only: comments are skipped).
fn crate_paths(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or_default();
        let mut rest = code;
        while let Some(i) = rest.find("crate::") {
            let before = rest[..i].chars().next_back();
            rest = &rest[i + "crate::".len()..];
            // `$crate::` in macros names the crate too.
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let path: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
            let segments: Vec<String> = path.split("::").filter(|s| !s.is_empty()).map(str::to_string).collect();
            if !segments.is_empty() {
                out.push(segments.clone());
            }
            // `use crate::x::{a, b::c}`: the braces list more paths below `x`.
            if let Some(open) = rest[path.len()..].strip_prefix('{') {
                let inner = open.split('}').next().unwrap_or_default();
                for item in inner.split(',') {
                    let item = item.trim();
                    let mut full = segments.clone();
                    full.extend(item.split("::").filter(|s| !s.is_empty() && *s != "self").map(str::to_string));
                    if full.len() > segments.len() {
                        out.push(full);
                    }
                }
            }
        }
    }
    out
}

/// The component graph: component → components it names.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    sources(Path::new("src"), &mut files);
    let modules: BTreeSet<String> = files.iter().map(|f| module_of(f).join("::")).collect();
    let top: BTreeSet<String> = files.iter().map(|f| module_of(f)[0].clone()).collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let test_module = regex::Regex::new(r"#\[cfg\(test\)\]\n(pub(\(crate\))? )?mod ").unwrap();
    for file in &files {
        let module = module_of(file);
        let from = module.join("::");
        let text = fs::read_to_string(file).unwrap();
        // Unit tests (and their helper modules) may use the whole pipeline: only the module's own code counts.
        let text = test_module.split(&text).next().unwrap_or_default();
        for path in crate_paths(text) {
            // Re-exports at the crate root (`crate::Diagnostic`) name the module that defines them.
            if !top.contains(&path[0]) {
                continue;
            }
            let to = component(&path.iter().map(String::as_str).collect::<Vec<_>>(), &modules);
            if to != from {
                edges.entry(from.clone()).or_default().insert(to);
            }
        }
    }
    edges
}

/// The strongly connected components with more than one member (Tarjan's algorithm).
fn cycles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct State<'a> {
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        out: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        let i = s.index.len();
        s.index.insert(v, i);
        s.low.insert(v, i);
        s.stack.push(v);
        s.on_stack.insert(v);
        let next: Vec<&'a str> = s.edges.get(v).map(|n| n.iter().map(String::as_str).collect()).unwrap_or_default();
        for w in next {
            if !s.index.contains_key(w) {
                visit(s, w);
                let low = s.low[v].min(s.low[w]);
                s.low.insert(v, low);
            } else if s.on_stack.contains(w) {
                let low = s.low[v].min(s.index[w]);
                s.low.insert(v, low);
            }
        }
        if s.low[v] == s.index[v] {
            let mut members = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                members.push(w.to_string());
                if w == v {
                    break;
                }
            }
            if members.len() > 1 {
                members.sort();
                s.out.push(members);
            }
        }
    }
    let mut s = State {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        out: Vec::new(),
    };
    for v in edges.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    s.out.sort();
    s.out
}

#[test]
fn no_new_module_cycle() {
    let edges = graph();
    assert!(edges.contains_key("rules::network") && edges.contains_key("lint"), "the graph was not read: {edges:?}");
    let found: Vec<String> = cycles(&edges).iter().map(|c| c.join(" ↔ ")).collect();
    let known: Vec<String> = KNOWN.iter().map(|(c, _)| c.to_string()).collect();
    let new: Vec<&String> = found.iter().filter(|c| !known.contains(c)).collect();
    let gone: Vec<&String> = known.iter().filter(|c| !found.contains(c)).collect();
    let why = |members: &str| {
        let parts: Vec<&str> = members.split(" ↔ ").collect();
        let mut lines = Vec::new();
        for a in &parts {
            for b in edges.get(*a).into_iter().flatten().filter(|b| parts.contains(&b.as_str())) {
                lines.push(format!("  {a} → {b}"));
            }
        }
        lines.join("\n")
    };
    assert!(new.is_empty(), "module cycles: {}", new.iter().map(|c| format!("\n{c}:\n{}", why(c))).collect::<String>());
    assert!(gone.is_empty(), "cycles listed in KNOWN that are gone (delete them from the list): {gone:?}");
}

/// The rule groups: the folders of `src/rules/` whose files declare rules.
fn rule_groups() -> BTreeSet<String> {
    let declares_rules = |dir: &Path| {
        fs::read_dir(dir)
            .unwrap()
            .filter_map(Result::ok)
            .any(|f| fs::read_to_string(f.path()).is_ok_and(|text| text.contains("declare_rule! {")))
    };
    fs::read_dir("src/rules")
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir() && declares_rules(p))
        .map(|p| format!("rules::{}", p.file_name().unwrap().to_string_lossy()))
        .collect()
}

/// Rule groups depend on the core (the context, the views, the spec, the diagnostics), never the reverse: only
/// the registry, which lists them, and other groups name a group's modules.
#[test]
fn the_core_does_not_depend_on_rule_groups() {
    let groups = rule_groups();
    assert!(groups.contains("rules::network") && !groups.contains("rules::views"), "groups: {groups:?}");
    let group_of =
        |module: &str| groups.iter().find(|g| module == *g || module.starts_with(&format!("{g}::"))).cloned();
    let mut wrong = Vec::new();
    for (from, targets) in graph() {
        if group_of(&from).is_some() || from == "rules::registry" {
            continue;
        }
        wrong.extend(targets.iter().filter(|to| group_of(to).is_some()).map(|to| format!("  {from} → {to}")));
    }
    assert!(
        wrong.is_empty(),
        "core modules that depend on a rule group (move what they need down):\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_cycle_finder_finds_cycles() {
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut add = |a: &str, b: &str| {
        edges.entry(a.into()).or_default().insert(b.into());
    };
    add("a", "b");
    add("b", "c");
    add("c", "a");
    add("c", "d");
    assert_eq!(cycles(&edges), vec![vec!["a".to_string(), "b".into(), "c".into()]]);
    let paths =
        crate_paths("use crate::document::{self, Document, secrets::mask};\nlet x = $crate::fix::Fix; // crate::no");
    assert_eq!(
        paths,
        vec![
            vec!["document".to_string()],
            vec!["document".into(), "Document".into()],
            vec!["document".into(), "secrets".into(), "mask".into()],
            vec!["fix".into(), "Fix".into()],
        ]
    );
}
