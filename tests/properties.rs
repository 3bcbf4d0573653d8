//! Properties that hold for any input: no panic, spans inside the input on character boundaries, pointers that
//! resolve, and machine output that always parses.

use acklint::render::{ProjectRoot, concise, json, sarif};
use acklint::{FileReport, LintOptions, lint};
use proptest::prelude::*;
use serde_json::Value;

mod rule_fixtures;

fn check_invariants(bytes: &[u8]) -> FileReport {
    let report = lint("input.json", bytes, &LintOptions::default());
    let text = &report.document.text;
    for d in &report.diagnostics {
        let spans = d.span.into_iter().chain(d.labels.iter().filter_map(|l| l.span));
        for s in spans {
            assert!(s.start <= s.end && s.end <= text.len(), "{d:?} span outside the input");
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{d:?} splits a character");
        }
        if let (Some(p), Some(root)) = (&d.pointer, acklint::__internal::document::root(&report.document)) {
            let resolves = root.find(p).is_some();
            // A pointer may name a missing key's parent or an unknown key: its parent must resolve.
            let parent = p.rsplit_once('/').map_or("", |(h, _)| h);
            assert!(resolves || root.find(parent).is_some(), "{d:?}: pointer {p} does not resolve");
        }
        assert!(!d.message.is_empty());
    }
    let out = json(std::slice::from_ref(&report));
    let parsed: Value = serde_json::from_str(&out).expect("--format json output parses");
    assert_eq!(parsed["files"][0]["diagnostics"].as_array().unwrap().len(), report.diagnostics.len());
    let _ = concise(&report);
    let sarif: Value = serde_json::from_str(&sarif(std::slice::from_ref(&report), &ProjectRoot::new("/repo", "/repo")))
        .expect("--format sarif output parses");
    assert_eq!(sarif["runs"][0]["results"].as_array().unwrap().len(), report.diagnostics.len());
    report
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        "\\PC{0,12}".prop_map(Value::String),
        prop::sample::select(vec![
            "172.20.0.0/16",
            "PrePaid",
            "flannel",
            "terway-eniip",
            "cloud_essd",
            "3",
            "Kubernetes"
        ])
        .prop_map(|s| Value::String(s.into())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(key(), inner, 0..6).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Mostly real field names, so the rules get exercised.
fn key() -> impl Strategy<Value = String> {
    let real: Vec<String> = acklint::__internal::spec::FIELD_META.iter().map(|m| m.key.to_string()).collect();
    prop_oneof![4 => prop::sample::select(real), 1 => "\\PC{0,8}"]
}

fn example() -> Value {
    serde_json::from_str(include_str!("../examples/dedicated-flannel.json")).unwrap()
}

/// Replaces the value at a random place of the example with `replacement`.
fn mutate(mut body: Value, choices: &[usize], replacement: Value) -> Value {
    let mut pointer = String::new();
    let mut node = &body;
    for &c in choices {
        match node {
            Value::Object(m) if !m.is_empty() => {
                let (k, v) = m.iter().nth(c % m.len()).unwrap();
                pointer.push('/');
                pointer.push_str(&k.replace('~', "~0").replace('/', "~1"));
                node = v;
            }
            Value::Array(a) if !a.is_empty() => {
                pointer.push_str(&format!("/{}", c % a.len()));
                node = &a[c % a.len()];
            }
            _ => break,
        }
    }
    *body.pointer_mut(&pointer).unwrap() = replacement;
    body
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        check_invariants(&bytes);
    }

    #[test]
    fn arbitrary_text_with_json_punctuation(text in "[{}\\[\\]\",:/* a-z0-9\\n'\\\\]{0,200}") {
        check_invariants(text.as_bytes());
    }

    #[test]
    fn arbitrary_json(value in json_value()) {
        check_invariants(value.to_string().as_bytes());
        check_invariants(serde_json::to_string_pretty(&value).unwrap().as_bytes());
    }

    #[test]
    fn mutated_examples(choices in prop::collection::vec(any::<usize>(), 1..5), replacement in json_value()) {
        let body = mutate(example(), &choices, replacement);
        check_invariants(serde_json::to_string_pretty(&body).unwrap().as_bytes());
    }

    #[test]
    fn examples_with_text_cut_or_spliced(cut in 0usize..2000, splice in "\\PC{0,6}") {
        let text = include_str!("../examples/managed-terway.json");
        let mut at = cut.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        check_invariants(format!("{}{splice}{}", &text[..at], &text[at..]).as_bytes());
        check_invariants(&text.as_bytes()[..at]);
    }
}

proptest! {
    // SARIF carries every rule's documentation, so each render is costly: fewer cases.
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn sarif_output_always_parses(choices in prop::collection::vec(any::<usize>(), 1..5), replacement in json_value()) {
        let body = mutate(example(), &choices, replacement);
        let report = check_invariants(serde_json::to_string_pretty(&body).unwrap().as_bytes());
        let out: Value = serde_json::from_str(&sarif(std::slice::from_ref(&report), &ProjectRoot::new("/repo", "/repo"))).expect("--format sarif output parses");
        prop_assert_eq!(out["runs"][0]["results"].as_array().unwrap().len(), report.diagnostics.len());
    }
}

/// Every rule fixture (patches merged into their bases) and example, through the fast path (strict JSON) and
/// through the tolerant parser (forced by a byte order mark): the same findings at the same places.
#[test]
fn fast_and_tolerant_paths_agree() {
    let mut files: Vec<(std::path::PathBuf, Vec<u8>)> =
        rule_fixtures::all().into_iter().map(|f| (f.path, f.text.into_bytes())).collect();
    let mut dirs = vec![std::path::PathBuf::from("examples")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap().filter_map(Result::ok) {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "json") {
                files.push((path.clone(), std::fs::read(&path).unwrap()));
            }
        }
    }
    assert!(files.len() > 200, "found {} fixtures", files.len());
    for (path, text) in files {
        let fast = lint("f.json", &text, &LintOptions::default());
        let mut with_bom = b"\xef\xbb\xbf".to_vec();
        with_bom.extend_from_slice(&text);
        let tolerant = lint("f.json", &with_bom, &LintOptions::default());
        let shape = |r: &FileReport, shift: usize| -> Vec<String> {
            r.diagnostics
                .iter()
                .filter(|d| d.code != "JSON010")
                .map(|d| {
                    let span = d.span.map(|s| (s.start - shift, s.end - shift));
                    let labels: Vec<_> =
                        d.labels.iter().map(|l| (l.pointer.clone(), l.span.map(|s| s.start - shift))).collect();
                    format!("{} {:?} {:?} {} {:?}", d.code, d.pointer, span, d.message, labels)
                })
                .collect()
        };
        assert_eq!(shape(&fast, 0), shape(&tolerant, 3), "{}", path.display());
    }
}
