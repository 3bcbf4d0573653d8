//! Messages in English and Chinese (`locales/`, `src/i18n/`): the two catalogues agree, every `t!` call in
//! `src/` names a message that exists with exactly the variables it passes, the language changes the words and
//! nothing else, and no rule or built-in check says anything in English when asked for Chinese.

mod cli_support;

use acklint::__internal::i18n::AREAS;
use acklint::i18n::Lang;
use acklint::{Diagnostic, FileReport, LintOptions, lint};
use cli_support::{stderr, stdout};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Pairs of English words that Chinese text may keep side by side: names of things, not sentences.
const TERMS: &[&str] =
    &["JSON Pointer", "IPv4 CIDR", "API Server", "ACK Pro", "ACK Serverless", "ACK Edge", "Alibaba Cloud Linux"];

// The catalogues.

/// One translatable text: a message's value (`id`) or one of its attributes (`id.attribute`).
#[derive(Debug)]
struct Text {
    /// The variables it uses (`$name` without the `$`), selectors included.
    variables: BTreeSet<String>,
    /// Its words, with every placeable replaced by `§` (for the language checks).
    words: String,
}

/// Every text of a language's catalogues, by `id` or `id.attribute`. Panics on a syntax error.
fn catalogue(lang: Lang) -> BTreeMap<String, Text> {
    let mut texts = BTreeMap::new();
    for (area, source) in AREAS.iter().zip(acklint::__internal::i18n::sources(lang)) {
        let file = format!("locales/{}/{area}.ftl", lang.tag());
        let resource = fluent_syntax::parser::parse(*source)
            .unwrap_or_else(|(_, errors)| panic!("{file} does not parse: {errors:?}"));
        for entry in &resource.body {
            match entry {
                Entry::Message(m) => {
                    let id = m.id.name;
                    if let Some(value) = &m.value {
                        insert(&mut texts, &file, id.to_string(), value);
                    }
                    for a in &m.attributes {
                        insert(&mut texts, &file, format!("{id}.{}", a.id.name), &a.value);
                    }
                }
                Entry::Term(t) => insert(&mut texts, &file, format!("-{}", t.id.name), &t.value),
                Entry::Junk { content } => panic!("{file}: cannot read {content:?}"),
                _ => {}
            }
        }
    }
    texts
}

fn insert(texts: &mut BTreeMap<String, Text>, file: &str, id: String, pattern: &Pattern<&str>) {
    let mut text = Text { variables: BTreeSet::new(), words: String::new() };
    walk_pattern(pattern, &mut text);
    assert!(texts.insert(id.clone(), text).is_none(), "{file}: `{id}` is defined twice");
}

fn walk_pattern(pattern: &Pattern<&str>, out: &mut Text) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.words.push_str(value),
            PatternElement::Placeable { expression } => walk_expression(expression, out),
        }
    }
}

fn walk_expression(expression: &Expression<&str>, out: &mut Text) {
    match expression {
        Expression::Select { selector, variants } => {
            walk_inline(selector, out);
            for v in variants {
                out.words.push(' ');
                walk_pattern(&v.value, out);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, out),
    }
}

fn walk_inline(inline: &InlineExpression<&str>, out: &mut Text) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.variables.insert(id.name.to_string());
            out.words.push('§');
        }
        InlineExpression::StringLiteral { value } => out.words.push_str(value),
        InlineExpression::Placeable { expression } => walk_expression(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, out);
            }
            for a in &arguments.named {
                walk_inline(&a.value, out);
            }
        }
        InlineExpression::NumberLiteral { .. }
        | InlineExpression::MessageReference { .. }
        | InlineExpression::TermReference { .. } => out.words.push('§'),
    }
}

#[test]
fn every_catalogue_file_is_built_in() {
    for lang in Lang::ALL {
        let dir = Path::new("locales").join(lang.tag());
        let mut files: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok()?.file_name().into_string().ok()?.strip_suffix(".ftl").map(str::to_string))
            .collect();
        files.sort();
        let mut areas: Vec<String> = AREAS.iter().map(|a| a.to_string()).collect();
        areas.sort();
        assert_eq!(files, areas, "{}: every .ftl file is listed in `areas!` (src/i18n/catalog.rs)", dir.display());
    }
}

#[test]
fn both_catalogues_have_the_same_messages_with_the_same_variables() {
    let en = catalogue(Lang::En);
    let zh = catalogue(Lang::ZhCn);
    let only = |a: &BTreeMap<String, Text>, b: &BTreeMap<String, Text>| -> Vec<String> {
        a.keys().filter(|k| !b.contains_key(*k)).cloned().collect()
    };
    assert_eq!(only(&en, &zh), Vec::<String>::new(), "in English only");
    assert_eq!(only(&zh, &en), Vec::<String>::new(), "in Chinese only");
    let differ: Vec<String> = en
        .iter()
        .filter(|(id, text)| zh[*id].variables != text.variables)
        .map(|(id, text)| format!("{id}: en {:?}, zh-CN {:?}", text.variables, zh[id].variables))
        .collect();
    assert!(differ.is_empty(), "variables differ:\n{}", differ.join("\n"));
}

#[test]
fn chinese_texts_keep_no_english_sentence_and_no_text_has_isolation_marks() {
    let mut problems = Vec::new();
    for (id, text) in catalogue(Lang::ZhCn) {
        if let Some(run) = english_run(&text.words) {
            problems.push(format!("{id}: `{run}` in {:?}", text.words));
        }
    }
    for lang in Lang::ALL {
        for source in acklint::__internal::i18n::sources(lang) {
            assert!(!source.contains(['\u{2068}', '\u{2069}']), "isolation marks in a {lang} catalogue");
        }
    }
    assert!(problems.is_empty(), "English left in the Chinese catalogue:\n{}", problems.join("\n"));
}

/// Chinese has one plural category (`other`), so a `[one]` variant in a Chinese selector is never chosen: a
/// singular form must use the exact number, `[1]`.
#[test]
fn chinese_selectors_choose_the_singular_by_number() {
    for (source, file) in acklint::__internal::i18n::sources(Lang::ZhCn).iter().zip(acklint::__internal::i18n::AREAS) {
        for (n, line) in source.lines().enumerate() {
            assert!(!line.contains("[one]"), "zh-CN/{file}.ftl:{}: `[one]` never matches in Chinese; use `[1]`", n + 1);
        }
    }
}

/// The first run of two or more English words in `text` outside backticks (and outside [`TERMS`]), if any.
/// Codes, field names, values, flags (`--fix`) and single product names (`ECS`, `Kubernetes`) pass.
fn english_run(text: &str) -> Option<String> {
    let mut outside = String::new();
    for (i, part) in text.split('`').enumerate() {
        outside.push_str(if i % 2 == 0 { part } else { "§" });
    }
    for term in TERMS {
        outside = outside.replace(term, "§");
    }
    let is_word = |t: &str| !t.starts_with('-') && t.chars().filter(char::is_ascii_alphabetic).count() >= 2;
    let mut run: Vec<&str> = Vec::new();
    // Word characters are ASCII letters, digits and a few joiners; anything else (Chinese, punctuation, `§`)
    // ends a run, and so does a token that is not a word.
    let tokens = outside.split(|c: char| !(c.is_ascii_alphanumeric() || "-_./:+=".contains(c) || c == ' '));
    for segment in tokens {
        run.clear();
        for token in segment.split(' ').filter(|t| !t.is_empty()) {
            if is_word(token) {
                run.push(token);
                if run.len() >= 2 {
                    return Some(run.join(" "));
                }
            } else {
                run.clear();
            }
        }
    }
    None
}

#[test]
fn the_english_check_finds_english() {
    assert_eq!(english_run("`timezone` 的值 `Asia/Beijing` 不是 IANA 时区名称"), None);
    assert_eq!(english_run("有 3 个问题可用 --fix --unsafe-fixes 修复"), None);
    assert_eq!(english_run("不是 JSON Pointer：它应以 `/` 开头"), None);
    assert_eq!(english_run("节点池 `web` is not set"), Some("is not".into()));
    assert_eq!(english_run("node pool `web` 的"), Some("node pool".into()));
}

// The call sites.

/// One `t!(lang, "id", name = value, …)` call in the sources.
#[derive(Debug)]
struct Call {
    at: String,
    id: String,
    variables: BTreeSet<String>,
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// Every `t!` call in `src/`; a call whose id is not a string literal is an error.
fn calls() -> Vec<Call> {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    files.sort();
    let mut calls = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let mut from = 0;
        while let Some(i) = text[from..].find("t!(").map(|i| i + from) {
            from = i + 3;
            let before = text[..i].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue; // `format!(`, `print!(`
            }
            let line = text[..i].lines().count().max(1);
            let at = format!("{}:{line}", file.display());
            let args = arguments(&text[from..]).unwrap_or_else(|| panic!("{at}: unbalanced `t!(`"));
            // The macro's own definition passes its fragments on.
            if args.first().is_some_and(|a| a.starts_with('@') || a.contains('$')) {
                continue;
            }
            let id = args.get(1).map(|a| a.trim()).unwrap_or_default();
            let id = id
                .strip_prefix('"')
                .and_then(|s| s.strip_suffix('"'))
                .unwrap_or_else(|| panic!("{at}: the id of `t!` must be a string literal, found `{id}`"));
            let variables = args[2..]
                .iter()
                .map(|a| {
                    let name = a.split_once('=').map_or(a.as_str(), |(n, _)| n).trim();
                    assert!(
                        !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'),
                        "{at}: `{a}` is not `name` or `name = value`"
                    );
                    name.to_string()
                })
                .collect();
            calls.push(Call { at, id: id.to_string(), variables });
        }
    }
    calls
}

/// The top-level, comma-separated arguments of a call whose text starts after its `(`.
fn arguments(text: &str) -> Option<Vec<String>> {
    let mut args = vec![String::new()];
    let mut depth = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                let current = args.last_mut()?;
                current.push(c);
                while let Some(s) = chars.next() {
                    current.push(s);
                    match s {
                        '\\' => current.push(chars.next()?),
                        '"' => break,
                        _ => {}
                    }
                }
            }
            '(' | '[' | '{' => {
                depth += 1;
                args.last_mut()?.push(c);
            }
            ')' | ']' | '}' if depth == 0 => {
                if args.last().is_some_and(|a| a.trim().is_empty()) {
                    args.pop(); // a trailing comma
                }
                return Some(args.into_iter().map(|a| a.trim().to_string()).collect());
            }
            ')' | ']' | '}' => {
                depth -= 1;
                args.last_mut()?.push(c);
            }
            ',' if depth == 0 => args.push(String::new()),
            _ => args.last_mut()?.push(c),
        }
    }
    None
}

#[test]
fn every_call_names_a_message_with_exactly_its_variables() {
    let en = catalogue(Lang::En);
    let calls = calls();
    assert!(calls.len() > 100, "the scan finds the calls ({} found)", calls.len());
    let mut problems = Vec::new();
    for call in &calls {
        match en.get(&call.id) {
            None => problems.push(format!("{}: no message `{}` in the catalogues", call.at, call.id)),
            Some(text) if text.variables != call.variables => problems.push(format!(
                "{}: `{}` uses {:?} but the call passes {:?}",
                call.at, call.id, text.variables, call.variables
            )),
            Some(_) => {}
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_is_used() {
    let used: BTreeSet<String> = calls().into_iter().map(|c| c.id).collect();
    let unused: Vec<String> = catalogue(Lang::En).into_keys().filter(|id| !used.contains(id)).collect();
    assert!(unused.is_empty(), "messages no `t!` call uses (remove them, or use them): {unused:?}");
}

// The findings in both languages.

fn options(dir: &Path) -> LintOptions {
    let config = dir.join("acklint.toml");
    if config.is_file() {
        LintOptions::from_config(&acklint::config::load(&config).unwrap())
    } else {
        LintOptions::default()
    }
}

/// Every fixture of every rule and check, the test fixtures and the shipped examples.
fn bodies() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for root in ["tests/rules", "tests/fixes", "tests/fixtures", "examples"] {
        let mut found = Vec::new();
        json_files(Path::new(root), &mut found);
        out.extend(found);
    }
    out.sort();
    out
}

fn json_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            json_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "json" || x == "jsonc") {
            out.push(path);
        }
    }
}

/// What must not depend on the language: everything but the words.
fn shape(d: &Diagnostic) -> String {
    let labels: Vec<String> = d.labels.iter().map(|l| format!("{:?}@{:?}", l.pointer, l.span)).collect();
    let fix = d.fix.as_ref().map(|f| (f.applicability, f.edits.clone()));
    format!(
        "{} {} {} {:?}@{:?} label:{} help:{} labels:{labels:?} peers:{} fix:{fix:?}",
        d.code,
        d.rule,
        d.severity,
        d.pointer,
        d.span,
        d.label.is_some(),
        d.help.is_some(),
        d.peers
    )
}

fn lint_in(path: &Path, lang: Lang) -> FileReport {
    let bytes = std::fs::read(path).unwrap();
    let options = options(path.parent().unwrap()).with_lang(lang);
    lint(&path.display().to_string(), &bytes, &options)
}

/// Every text of a finding a person reads.
fn words(d: &Diagnostic) -> Vec<&str> {
    let mut words = vec![d.message.as_str()];
    words.extend(d.label.as_deref());
    words.extend(d.labels.iter().map(|l| l.message.as_str()));
    words.extend(d.help.as_deref());
    words.extend(d.fix.as_ref().map(|f| f.message.as_str()));
    words
}

/// What is wrong when `en` and `zh`, the findings of one body in each language, differ in more than words, or
/// when a finding is not translated or keeps an English sentence. Counts the converted findings.
fn compare(name: &str, en: &FileReport, zh: &FileReport, checked_findings: &mut usize, problems: &mut Vec<String>) {
    let (en_shape, zh_shape): (Vec<String>, Vec<String>) =
        (en.diagnostics.iter().map(shape).collect(), zh.diagnostics.iter().map(shape).collect());
    if en_shape != zh_shape {
        problems.push(format!("{name}:\n  en {en_shape:#?}\n  zh {zh_shape:#?}"));
        return;
    }
    for (e, z) in en.diagnostics.iter().zip(&zh.diagnostics) {
        *checked_findings += 1;
        if e.message == z.message {
            problems.push(format!("{name}: {} is not translated: {}", z.code, z.message));
        }
        for text in words(z) {
            if let Some(run) = english_run(text) {
                problems.push(format!("{name}: {} says `{run}` in {text:?}", z.code));
            }
        }
    }
}

#[test]
fn every_fixture_gives_the_same_findings_in_both_languages() {
    let bodies = bodies();
    assert!(bodies.len() > 200, "{} bodies", bodies.len());
    let mut checked_findings = 0;
    let mut builtin_findings = 0;
    let mut problems = Vec::new();
    for path in &bodies {
        let en = lint_in(path, Lang::En);
        let zh = lint_in(path, Lang::ZhCn);
        builtin_findings += en
            .diagnostics
            .iter()
            .filter(|d| acklint::__internal::checks::BUILTIN.iter().any(|c| c.code == d.code))
            .count();
        compare(&path.display().to_string(), &en, &zh, &mut checked_findings, &mut problems);
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(checked_findings > 20, "the fixtures were linted ({checked_findings} findings)");
    assert!(builtin_findings > 100, "the built-in checks' fixtures were linted ({builtin_findings} findings)");
}

/// Bodies that reach the parser's and the input checks' other messages, which no fixture file holds (bytes that
/// are not UTF-8, an empty input, more findings than one file shows) or holds only one of.
const BROKEN_BODIES: &[&[u8]] = &[
    b"",
    b"   \n",
    b"\xef\xbb\xbf{\"name\": \"a\"}",
    b"{\"name\": \"a\xff\"}",
    b"[1, 2]",
    b"\"text\"",
    b"null",
    b"{\"name\": \"unterminated",
    b"{\"name\": \"a\", \"region_id\": }",
    b"{\"name\" \"a\"}",
    b"{\"name\": \"a\"} trailing words",
    b"{\"name\": \"a\"}}",
    b"{\"name\": \"a\"]",
    b"{\"name\": \"a\\q\", \"region_id\": \"\\u12\"}",
    b"{\"name\": \"a\tb\"}",
    b"{'name': 'a', count: 0x1F, \"x\": +1, \"y\": .5,}",
    b"{\"name\": \"a\" /* open comment",
    b"{\"name\": True, \"region_id\": None}",
    b"{\"name\": \"a\";, \"b\": 1}",
    b"{\"name\": \"a\"; \"b\": 1}",
    b"{\"name\" = \"a\"}",
    b"{\"name\": \"name\": \"a\"}",
    b"{,\"name\": \"a\"}",
    b"{\"name\": \"a\",, \"b\": 1}",
    b"{\"name\":: \"a\"}",
    b"{\"name\": demo\", \"b\": 1}",
    b"{\"name\": my cluster, \"b\": 1}",
    b"{\"a.b\": 1, c.d: 2}",
    b"{\"login_password\": Secret1, \"name\": \"a\"}",
    b"{\"login_password\": \"abc\\q\", \"name\": \"a\"}",
    b"{\n  \"nodepools\": [\n    {\"a\": 1\n  ],\n  \"name\": \"b\"\n}\n",
    b"{\n  \"tags\": [\n    {\"key\": \"a\"}\n  \"name\": \"b\"\n}\n",
    b"{\"name\": \"a\"},\n\"region_id\": \"b\"}",
    b"{\"name\": [1, 2}",
    b"{\"name\": \"a\"",
];

#[test]
fn broken_bodies_give_the_same_findings_in_both_languages() {
    let mut checked_findings = 0;
    let mut problems = Vec::new();
    let mut bodies: Vec<Vec<u8>> = BROKEN_BODIES.iter().map(|b| b.to_vec()).collect();
    // More findings than one file shows (JSON011), and unknown keys with suggestions of every kind (SCH002).
    let many: Vec<String> = (0..600).map(|i| format!("\"unknown_{i}\": {i}")).collect();
    bodies.push(format!("{{{}}}", many.join(", ")).into_bytes());
    bodies.push(br#"{"VPCID": "v", "vpc_id": "v", "zone_idz": "z", "instance_types": ["a"], "name": 3}"#.to_vec());
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    bodies.push(format!("{{\"a\": {deep}}}").into_bytes());
    for (i, body) in bodies.iter().enumerate() {
        let en = lint("body.json", body, &LintOptions::default());
        let zh = lint("body.json", body, &LintOptions::default().with_lang(Lang::ZhCn));
        compare(
            &format!("body {i} {:?}", String::from_utf8_lossy(&body[..body.len().min(60)])),
            &en,
            &zh,
            &mut checked_findings,
            &mut problems,
        );
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(checked_findings > 60, "{checked_findings} findings");
}

// The command line.

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

const BROKEN: &str = "examples/broken/typical-mistakes.json";

/// `acklint ARGS` in the repository, with these environment variables.
fn run(args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    cli_support::acklint_env(args, &repo(""), env)
}

#[test]
fn json_keeps_everything_but_the_words() {
    let strip = |out: &std::process::Output| {
        let mut v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        for file in v["files"].as_array_mut().unwrap() {
            for d in file["diagnostics"].as_array_mut().unwrap() {
                let d = d.as_object_mut().unwrap();
                for key in ["message", "help"] {
                    d.insert(key.into(), serde_json::Value::Null);
                }
                for l in d["labels"].as_array_mut().unwrap() {
                    l["message"] = serde_json::Value::Null;
                }
                if let Some(fix) = d.get_mut("fix").and_then(|f| f.as_object_mut()) {
                    fix.insert("message".into(), serde_json::Value::Null);
                }
            }
        }
        v
    };
    let en = run(&["check", "--format", "json", BROKEN], &[]);
    let zh = run(&["check", "--format", "json", "--lang", "zh", BROKEN], &[]);
    assert_eq!(en.status.code(), zh.status.code());
    assert_ne!(stdout(&en), stdout(&zh), "the Chinese run has Chinese words");
    assert_eq!(strip(&en), strip(&zh));
}

#[test]
fn sarif_names_the_language_of_its_messages() {
    let language = |args: &[&str]| {
        let out = run(args, &[]);
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["runs"][0]["language"].as_str().unwrap().to_string()
    };
    assert_eq!(language(&["check", "--format", "sarif", BROKEN]), "en");
    assert_eq!(language(&["check", "--format", "sarif", "--lang", "zh", BROKEN]), "zh-CN");
}

/// The message of the broken example's NAM002 finding, in the language the run chose.
fn timezone_message(args: &[&str], env: &[(&str, &str)], dir: &Path) -> String {
    let mut all = vec!["check", "--format", "concise"];
    all.extend_from_slice(args);
    let out = cli_support::acklint_env(&all, dir, env);
    let text = stdout(&out);
    let line = text.lines().find(|l| l.contains("[NAM002]")).unwrap_or_else(|| panic!("{text}\n{}", stderr(&out)));
    line.split("[NAM002] ").nth(1).unwrap().to_string()
}

#[test]
fn the_language_comes_from_the_flag_the_configuration_the_environment_or_the_locale() {
    const EN: &str = "`timezone` `Asia/Beijing` is not an IANA time zone name";
    const ZH: &str = "`timezone` 的值 `Asia/Beijing` 不是 IANA 时区名称";
    let dir = cli_support::workdir("i18n", "choice");
    std::fs::copy(repo(BROKEN), dir.join("body.json")).unwrap();
    let case = |args: &[&str], env: &[(&str, &str)]| {
        let mut all = args.to_vec();
        all.push("body.json");
        timezone_message(&all, env, &dir)
    };
    assert_eq!(case(&[], &[]), EN, "default English");
    assert_eq!(case(&[], &[("LANG", "zh_CN.UTF-8")]), ZH);
    assert_eq!(case(&[], &[("LANG", "zh_TW.UTF-8")]), ZH, "every Chinese locale");
    assert_eq!(case(&[], &[("LC_ALL", "C"), ("LANG", "zh_CN.UTF-8")]), EN, "LC_ALL first");
    assert_eq!(case(&[], &[("LC_MESSAGES", "zh_CN.UTF-8"), ("LANG", "en_US.UTF-8")]), ZH);
    assert_eq!(case(&[], &[("ACKLINT_LANG", "zh"), ("LC_ALL", "en_US.UTF-8")]), ZH, "ACKLINT_LANG over the locale");
    assert_eq!(case(&["--lang", "en"], &[("ACKLINT_LANG", "zh")]), EN, "--lang over ACKLINT_LANG");
    assert_eq!(case(&["--lang", "zh-CN"], &[]), ZH);
    std::fs::write(dir.join("acklint.toml"), "lang = \"zh\"\n").unwrap();
    assert_eq!(case(&[], &[("ACKLINT_LANG", "en")]), ZH, "acklint.toml over ACKLINT_LANG");
    assert_eq!(case(&["--lang", "en"], &[]), EN, "--lang over acklint.toml");
    std::fs::write(dir.join("acklint.toml"), "lang = \"fr\"\n").unwrap();
    let bad = cli_support::acklint_env(&["check", "body.json"], &dir, &[]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("acklint.toml:1:8: `fr` is not a language acklint speaks"), "{}", stderr(&bad));
    let bad = cli_support::acklint_env(&["check", "body.json"], &dir, &[("ACKLINT_LANG", "fr"), ("LANG", "zh_CN")]);
    assert_eq!(bad.status.code(), Some(2));
    assert_eq!(stderr(&bad), "acklint: ACKLINT_LANG：acklint 不支持语言 `fr`：请使用 `en` 或 `zh`\n");
    let bad = cli_support::acklint_env(&["--lang", "fr", "rules"], &dir, &[]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn the_command_line_speaks_chinese_too() {
    let zh = [("LANG", "zh_CN.UTF-8")];
    let missing = run(&["check", "no-such-file.json"], &zh);
    assert_eq!(missing.status.code(), Some(2));
    assert_eq!(stderr(&missing), "acklint: 无法读取 no-such-file.json：文件或文件夹不存在\n");
    let unknown = run(&["explain", "NOPE999"], &zh);
    assert_eq!(
        stderr(&unknown),
        "acklint: 没有名为 `NOPE999` 的规则或检查；运行 `acklint rules` 可列出全部规则和检查\n"
    );
    let dir = cli_support::workdir("i18n", "config");
    std::fs::write(dir.join("acklint.toml"), "[rules]\nselect = [\"NETWORK-ish\"]\n").unwrap();
    std::fs::write(dir.join("body.json"), "{}").unwrap();
    let config = cli_support::acklint_env(&["check", "body.json"], &dir, &zh);
    assert_eq!(config.status.code(), Some(2));
    assert_eq!(
        stderr(&config),
        "acklint: acklint.toml:2:11: `NETWORK-ish` 不是任何规则、代码前缀或规则组的名称；运行 `acklint rules` 可查看全部名称\n"
    );
    let fixes = run(&["check", "--diff", "--lang", "zh", BROKEN], &[]);
    assert!(
        stderr(&fixes).starts_with("可修复 1 个文件中的 4 个问题（加上 --unsafe-fixes 还可修复 "),
        "{}",
        stderr(&fixes)
    );
}

#[test]
fn the_broken_example_in_chinese() {
    // Only the naming rules (NAM002 here) and the command line's own lines are Chinese so far.
    let concise = run(&["check", "--format", "concise", "--statistics", "--lang", "zh", BROKEN], &[]);
    insta::assert_snapshot!("broken_example_zh_concise", stdout(&concise));
    let human = run(&["check", "--lang", "zh", BROKEN], &[("COLUMNS", "100")]);
    insta::assert_snapshot!("broken_example_zh_human", stdout(&human));
}

// The language server.

#[test]
fn the_language_server_follows_the_client_locale() {
    use lsp_server::{Connection, Message, Notification, Request};
    use serde_json::json;
    let (server, client) = Connection::memory();
    let serving = std::thread::spawn(move || acklint::__internal::lsp::serve(&server));
    let initialize = json!({ "capabilities": {}, "locale": "zh-CN", "processId": null, "rootUri": null });
    client.sender.send(Message::Request(Request::new(1.into(), "initialize".into(), initialize))).unwrap();
    let notify = |method: &str, params: serde_json::Value| {
        client.sender.send(Message::Notification(Notification::new(method.into(), params))).unwrap();
    };
    notify("initialized", json!({}));
    let text = std::fs::read_to_string(repo(BROKEN)).unwrap();
    let uri = "untitled:broken.json";
    notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": uri, "languageId": "json", "version": 1, "text": text } }),
    );
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let diagnostics = loop {
        let remaining = deadline.saturating_duration_since(std::time::Instant::now());
        match client.receiver.recv_timeout(remaining).expect("diagnostics within 20 s") {
            Message::Notification(n) if n.method == "textDocument/publishDiagnostics" => break n.params,
            _ => continue,
        }
    };
    let messages: Vec<&str> =
        diagnostics["diagnostics"].as_array().unwrap().iter().filter_map(|d| d["message"].as_str()).collect();
    let timezone = "`timezone` 的值 `Asia/Beijing` 不是 IANA 时区名称\n建议：中国使用的 IANA 时区是 `Asia/Shanghai`";
    assert!(messages.contains(&timezone), "{messages:#?}");
    client.sender.send(Message::Request(Request::new(2.into(), "shutdown".into(), json!(null)))).unwrap();
    notify("exit", json!(null));
    assert_eq!(serving.join().unwrap(), Ok(acklint::__internal::lsp::Ended::Clean));
}

// The Chinese rule pages: `locales/zh-CN/docs/<rule-name>.md`, made into `docs/rules/zh/` by `acklint::__internal::rules::docs`.

/// Rule groups whose Chinese pages are still being written. A rule of these groups may lack its page (the test
/// prints which ones do); every other rule and every built-in check must have one. The list only shrinks: a group
/// whose rules all have their page must leave it, and the goal is an empty list.
const PAGES_PENDING: &[&str] = &[];

/// Names of products and sources that the pages keep in English, besides [`TERMS`].
const PAGE_TERMS: &[&str] = &[
    "API Server",
    "ACK Edge",
    "Alibaba Cloud Linux",
    "ACK CLI",
    "CentOS Linux",
    "ESSD AutoPL",
    "RAM Roles for Service Accounts",
    "Terraform Provider",
    "Terway Edge",
    "Worker RAM",
];

/// The English headings of the docs and their fixed Chinese form; any other heading is translated freely.
const HEADINGS: &[(&str, &str)] = &[
    ("Why is this bad?", "为什么不好？"),
    ("Example", "示例"),
    ("Use instead", "建议写法"),
    ("References", "参考"),
    ("Severity", "严重级别"),
    ("Fix", "修复"),
    ("What to do", "处理方法"),
];

const PAGES: &str = "locales/zh-CN/docs";

/// Every rule and check: its name, group (`syntax`, `structure`, `config` for checks) and English doc without
/// its summary line.
fn documented() -> Vec<(&'static str, &'static str, String)> {
    let mut out: Vec<_> =
        acklint::__internal::checks::BUILTIN.iter().map(|c| (c.name, c.group(), c.docs.to_string())).collect();
    for rule in acklint::__internal::rules::all() {
        let m = rule.meta();
        let lines: Vec<&str> = m.docs.lines().map(|l| l.strip_prefix(' ').unwrap_or(l)).collect();
        let after_summary = lines.iter().skip_while(|l| l.trim().is_empty()).skip(1).copied();
        out.push((m.name, m.group.as_str(), after_summary.collect::<Vec<_>>().join("\n")));
    }
    out
}

#[test]
fn every_rule_and_check_has_a_chinese_page_unless_its_group_is_pending() {
    let groups: Vec<&str> = acklint::__internal::rules::Group::ALL.iter().map(|g| g.as_str()).collect();
    for pending in PAGES_PENDING {
        assert!(groups.contains(pending), "PAGES_PENDING names `{pending}`, which is not a rule group");
    }
    let mut missing = Vec::new();
    let mut pending: BTreeMap<&str, Vec<&str>> = PAGES_PENDING.iter().map(|g| (*g, Vec::new())).collect();
    for (name, group, _) in documented() {
        if Path::new(PAGES).join(format!("{name}.md")).is_file() {
            continue;
        }
        match pending.get_mut(group) {
            Some(names) => names.push(name),
            None => missing.push(format!("{name} ({group})")),
        }
    }
    // The gap, shown with `--nocapture`: what the pending groups still lack.
    for (group, names) in &pending {
        eprintln!("Chinese pages pending in `{group}` ({}): {}", names.len(), names.join(", "));
    }
    assert!(missing.is_empty(), "no Chinese page ({PAGES}/<name>.md): {missing:?}");
    let done: Vec<&str> = pending.iter().filter(|(_, names)| names.is_empty()).map(|(g, _)| *g).collect();
    assert!(done.is_empty(), "every rule of {done:?} has its Chinese page: remove the group from PAGES_PENDING");
}

/// What a page's prose has left once code spans, links and the names of [`PAGE_TERMS`] are taken out.
fn page_words(text: &str) -> String {
    let mut out = String::new();
    for (i, part) in text.split('`').enumerate() {
        out.push_str(if i % 2 == 0 { part } else { "§" });
    }
    // `[text](target)`: the target is a path or address, and link text may be a file name.
    while let Some(start) = out.find('[') {
        let Some(end) = out[start..].find(')').map(|e| start + e + 1) else { break };
        out.replace_range(start..end, "§");
    }
    for term in PAGE_TERMS {
        out = out.replace(term, "§");
    }
    out
}

#[test]
fn chinese_pages_follow_the_english_docs() {
    use acklint::__internal::rules::docs::translated::{sections, summary};
    let docs: BTreeMap<&str, String> = documented().into_iter().map(|(name, _, doc)| (name, doc)).collect();
    let mut problems = Vec::new();
    let mut checked = 0;
    for entry in std::fs::read_dir(PAGES).unwrap().filter_map(Result::ok) {
        let file = entry.file_name().to_string_lossy().into_owned();
        let Some(english) = file.strip_suffix(".md").and_then(|name| docs.get(name)) else {
            problems.push(format!("{file}: no rule or check has this name"));
            continue;
        };
        checked += 1;
        let text = std::fs::read_to_string(entry.path()).unwrap();
        if text.contains("```") {
            problems.push(format!("{file}: a fenced block (the English doc's blocks are added to the page)"));
        }
        let first = summary(&text);
        if !first.ends_with('。') || first.matches(['。', '？', '！']).count() != 1 {
            problems.push(format!("{file}: the summary is not one sentence ending in `。`: {first:?}"));
        }
        let en: Vec<&str> = sections(english).sections.iter().map(|(h, _)| *h).collect();
        let zh: Vec<&str> = sections(&text).sections.iter().map(|(h, _)| *h).collect();
        let fits = |(e, z): (&&str, &&str)| match HEADINGS.iter().find(|(known, _)| known == e) {
            Some((_, expected)) => z == expected,
            None => !HEADINGS.iter().any(|(_, known)| known == z) && z.chars().any(|c| c > '\u{2E80}'),
        };
        if en.len() != zh.len() || !en.iter().zip(&zh).all(fits) {
            problems.push(format!("{file}: sections {zh:?}, but the English doc has {en:?}"));
        }
        for line in text.lines() {
            if let Some(run) = english_run(&page_words(line)) {
                problems.push(format!("{file}: `{run}` in {line:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(checked >= 38, "the built-in checks and the naming rules have pages ({checked} checked)");
}

#[test]
fn the_page_check_finds_english_outside_code_and_links() {
    assert_eq!(
        english_run(&page_words("见 [Labels and Selectors](https://kubernetes.io/)，`a b` 和 API Server。")),
        None
    );
    assert_eq!(english_run(&page_words("键必须 must be unique。")), Some("must be".into()));
}

#[test]
fn explain_and_rules_speak_chinese_where_there_is_a_page() {
    let zh = run(&["explain", "NAM001", "--lang", "zh"], &[]);
    assert_eq!(zh.status.code(), Some(0));
    let page = std::fs::read_to_string(repo("docs/rules/zh/cluster-name-leading-separator.md")).unwrap();
    assert_eq!(stdout(&zh), page);
    assert!(page.contains("| 代码 | 规则组 | 默认严重级别 | 修复 |") && page.contains("## 为什么不好？"), "{page}");
    assert!(page.contains("```json\n{ \"name\": \"_payments\" }\n```"), "the English doc's examples: {page}");
    assert_eq!(stderr(&zh), "");
    let check = run(&["explain", "json-comment", "--lang", "zh"], &[]);
    assert!(stdout(&check).contains("| `JSON002` | syntax | error | 安全（`--fix`） |"), "{}", stdout(&check));
    // Every rule has its Chinese page now (`chinese_pages_follow_the_english_docs` keeps it so); the English
    // page is what `explain` falls back to for a rule added without one.
    let english = run(&["explain", "NET001"], &[]);
    let chinese = run(&["explain", "NET001", "--lang", "zh"], &[]);
    assert_ne!(stdout(&chinese), stdout(&english));
    assert_eq!(stdout(&chinese), std::fs::read_to_string(repo("docs/rules/zh/pod-service-cidr-overlap.md")).unwrap());
    let list = stdout(&run(&["rules", "--lang", "zh"], &[]));
    let lines: Vec<&str> = list.lines().collect();
    assert!(lines[0].starts_with("代码") && lines[0].ends_with("摘要"), "{}", lines[0]);
    let nam001 = lines.iter().find(|l| l.starts_with("NAM001")).unwrap();
    assert!(nam001.ends_with("集群名称 `name` 以 `_` 或 `-` 开头。"), "{nam001}");
    let json002 = lines.iter().find(|l| l.starts_with("JSON002")).unwrap();
    assert!(json002.contains(" 安全 "), "{json002}");
    // The summary starts at the same display column on every line: Chinese headings are two columns wide.
    let column = |line: &str, summary_start: &str| unicode_width(&line[..line.find(summary_start).unwrap()]);
    assert_eq!(column(lines[0], "摘要"), column(nam001, "集群名称"));
    let english = stdout(&run(&["rules", "--lang", "en"], &[]));
    assert!(english.lines().next().unwrap().starts_with("code "), "{english}");
    assert!(english.contains("The cluster `name` starts with `_` or `-`."));
}

/// Terminal columns of `text`: two for each CJK character, one for anything else (enough for these lines).
fn unicode_width(text: &str) -> usize {
    text.chars().map(|c| if c > '\u{2E80}' { 2 } else { 1 }).sum()
}
