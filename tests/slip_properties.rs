//! Slips at random places of real bodies (the examples and every valid fixture): recovery never panics, never
//! loops, keeps every span inside the input, and for the slips whose intent is plain reads the body exactly as it
//! was before the slip, with the same findings.

use acklint::__internal::document::{Repair, apply_repairs};
use support::beyond_syntax;

use acklint::{FileReport, LintOptions, lint};
use proptest::prelude::*;
use serde_json::Value;
use std::sync::OnceLock;

mod rule_fixtures;
mod support;

/// Every valid rule fixture (patches merged into their bases), base body and example: strict JSON bodies.
fn corpus() -> &'static [String] {
    static CORPUS: OnceLock<Vec<String>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let mut texts: Vec<String> = rule_fixtures::all()
            .into_iter()
            .filter(|f| !f.file_name().starts_with("invalid_"))
            .map(|f| f.text)
            .collect();
        let mut dirs = vec![std::path::PathBuf::from("examples")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).unwrap().filter_map(Result::ok) {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "json") {
                    texts.push(std::fs::read_to_string(&path).unwrap());
                }
            }
        }
        let mut files: Vec<String> =
            texts.into_iter().filter(|t| serde_json::from_str::<Value>(t).is_ok_and(|v| v.is_object())).collect();
        files.sort();
        assert!(files.len() > 100, "found {} bodies", files.len());
        files
    })
}

/// Where things are in a strict JSON text.
#[derive(Default)]
struct Places {
    /// (key start, colon offset) of every member.
    members: Vec<(usize, usize)>,
    /// Every `,`.
    commas: Vec<usize>,
    /// Every `{` or `[` of a non-empty object or array.
    openers: Vec<usize>,
    /// (start, end) of every string value after a `:` that reads as a bare word.
    words: Vec<(usize, usize)>,
}

fn places(text: &str) -> Places {
    let b = text.as_bytes();
    let skip = |mut i: usize| {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        i
    };
    let mut p = Places::default();
    let mut last_colon = None;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' => {
                let start = i;
                i += 1;
                while b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
                let after = skip(i);
                if b.get(after) == Some(&b':') {
                    p.members.push((start, after));
                } else if last_colon.is_some_and(|c| skip(c + 1) == start) && is_word(&text[start + 1..i - 1]) {
                    p.words.push((start, i));
                }
                continue;
            }
            b',' => p.commas.push(i),
            b':' => last_colon = Some(i),
            b'{' | b'[' if !matches!(b.get(skip(i + 1)), Some(b'}' | b']')) => p.openers.push(i),
            _ => {}
        }
        i += 1;
    }
    p
}

/// A string that, unquoted, is a plain word and not a literal or number jsonc-parser knows.
fn is_word(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        && !matches!(
            s,
            "true"
                | "false"
                | "null"
                | "True"
                | "TRUE"
                | "False"
                | "FALSE"
                | "None"
                | "NULL"
                | "Null"
                | "nil"
                | "undefined"
                | "NaN"
                | "Infinity"
        )
}

/// The slips whose repair gives back exactly the text's value.
#[derive(Debug, Clone, Copy)]
enum Slip {
    RepeatKey,
    DropColon,
    DoubleColon,
    EqualsForColon,
    CommaForColon,
    DoubleComma,
    SemicolonForComma,
    LeadingComma,
    UnquoteWord,
    DropClosingQuoteAtLineEnd,
    DropLastBrace,
    ExtraBrace,
}

const SLIPS: [Slip; 12] = [
    Slip::RepeatKey,
    Slip::DropColon,
    Slip::DoubleColon,
    Slip::EqualsForColon,
    Slip::CommaForColon,
    Slip::DoubleComma,
    Slip::SemicolonForComma,
    Slip::LeadingComma,
    Slip::UnquoteWord,
    Slip::DropClosingQuoteAtLineEnd,
    Slip::DropLastBrace,
    Slip::ExtraBrace,
];

/// `text` with `slip` made at its `n`th possible place (`None` when it has no such place).
fn make(text: &str, slip: Slip, n: usize) -> Option<String> {
    let p = places(text);
    let pick = |v: &[usize]| (!v.is_empty()).then(|| v[n % v.len()]);
    let colons: Vec<usize> = p.members.iter().map(|m| m.1).collect();
    let mut t = text.to_string();
    match slip {
        Slip::RepeatKey => {
            let (key, colon) = *p.members.get(n % p.members.len().max(1))?;
            let value = colon + 1 + text[colon + 1..].len() - text[colon + 1..].trim_start().len();
            t.insert_str(value, &format!("{} ", &text[key..=colon]));
        }
        Slip::DropColon => {
            let c = pick(&colons)?;
            t.replace_range(c..=c, " ");
        }
        Slip::DoubleColon => t.insert(pick(&colons)?, ':'),
        Slip::EqualsForColon => {
            let c = pick(&colons)?;
            t.replace_range(c..=c, "=");
        }
        Slip::CommaForColon => {
            let c = pick(&colons)?;
            t.replace_range(c..=c, ",");
        }
        Slip::DoubleComma => t.insert(pick(&p.commas)?, ','),
        Slip::SemicolonForComma => {
            let c = pick(&p.commas)?;
            t.replace_range(c..=c, ";");
        }
        Slip::LeadingComma => t.insert(pick(&p.openers)? + 1, ','),
        Slip::UnquoteWord => {
            let (start, end) = *p.words.get(n % p.words.len().max(1))?;
            t.replace_range(end - 1..end, "");
            t.replace_range(start..start + 1, "");
        }
        Slip::DropClosingQuoteAtLineEnd => {
            // A string value that ends its line (a `,` may follow): its closing quote goes.
            let ends_line: Vec<usize> = p
                .words
                .iter()
                .map(|w| w.1)
                .filter(|&end| text[end..].trim_start_matches(',').starts_with('\n'))
                .collect();
            let end = pick(&ends_line)?;
            t.replace_range(end - 1..end, "");
        }
        Slip::DropLastBrace => {
            let at = t.rfind('}')?;
            t.replace_range(at..=at, "");
        }
        Slip::ExtraBrace => t.push_str("}\n"),
    }
    Some(t)
}

/// Spans and edits inside the input and on character boundaries; a finding's pointer resolves.
fn check_invariants(report: &FileReport) {
    let text = &report.document.text;
    let inside = |s: acklint::Span| {
        s.start <= s.end && s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end)
    };
    for d in &report.diagnostics {
        for s in d.span.into_iter().chain(d.labels.iter().filter_map(|l| l.span)) {
            assert!(inside(s), "{d:?} span outside the input");
        }
    }
    for r in acklint::__internal::document::repairs(&report.document) {
        assert!(inside(r.span), "{r:?}");
        for e in &r.edits {
            assert!(inside(e.span), "{r:?}");
        }
    }
}

/// The text with the repairs applied, when their edits do not overlap.
fn fixed(text: &str, repairs: &[Repair]) -> Option<String> {
    apply_repairs(text, repairs)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn plain_slips_are_read_as_the_body_before_them(file in any::<usize>(), slip in 0..SLIPS.len(), n in any::<usize>()) {
        let body = &corpus()[file % corpus().len()];
        let Some(broken) = make(body, SLIPS[slip], n) else { return Ok(()) };
        let report = lint("body.json", broken.as_bytes(), &LintOptions::default());
        check_invariants(&report);
        let meant: Value = serde_json::from_str(body).unwrap();
        let slip = SLIPS[slip];
        prop_assert_eq!(acklint::__internal::document::root(&report.document).map(|r| r.to_value()), Some(meant), "{:?} in\n{}", slip, broken);
        prop_assert!(!acklint::__internal::document::repairs(&report.document).is_empty(), "{:?}", slip);
        let clean = lint("body.json", body.as_bytes(), &LintOptions::default());
        prop_assert_eq!(beyond_syntax(&report), beyond_syntax(&clean), "{:?} in\n{}", slip, broken);
    }

    #[test]
    fn random_slips_end_cleanly(
        file in any::<usize>(),
        at in any::<usize>(),
        cut in 0usize..4,
        insert in prop::sample::select(vec!["", ",", ":", "{", "}", "[", "]", "\"", "'", "=", ";", "x", "True", ",,", "\":", "\"k\": "]),
        again in any::<usize>(),
        insert_again in prop::sample::select(vec!["", ",", ":", "}", "]", "\""]),
    ) {
        let body = &corpus()[file % corpus().len()];
        let mut text = body.clone();
        for (at, cut, insert) in [(at, cut, insert), (again, 1, insert_again)] {
            let mut start = at % (text.len() + 1);
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = (start + cut).min(text.len());
            while !text.is_char_boundary(end) {
                end += 1;
            }
            text.replace_range(start..end, insert);
        }
        let report = lint("body.json", text.as_bytes(), &LintOptions::default());
        check_invariants(&report);
        prop_assert!(acklint::__internal::document::repairs(&report.document).len() <= 64);
        // When the repaired text parsed, the fix reads as the same tree.
        if let (Some(root), Some(fixed)) = (acklint::__internal::document::root(&report.document), fixed(&text, acklint::__internal::document::repairs(&report.document))) {
            let again = lint("body.json", fixed.as_bytes(), &LintOptions::default());
            prop_assert_eq!(acklint::__internal::document::root(&again.document).map(|r| r.to_value()), Some(root.to_value()), "broken:\n{}\nfixed:\n{}", text, fixed);
        }
    }
}

/// Found by `random_slips_end_cleanly`: two slips next to each other (`"taints": [\n ]    {x "key": …` and a
/// stray `}` further down) make a later repair insert a `]` before the `}` an earlier repair inserted at the
/// same place. Applied in repair order the edits gave `}]`, which does not parse; the repairs now carry one
/// insertion there, in the order of the working copy.
#[test]
fn cascaded_bracket_repairs_apply_to_a_text_that_parses() {
    let text = include_str!("fixtures/cascaded-slips.json");
    let report = lint("body.json", text.as_bytes(), &LintOptions::default());
    let root = acklint::__internal::document::root(&report.document).expect("the repaired copy parsed").to_value();
    let fixed =
        fixed(text, acklint::__internal::document::repairs(&report.document)).expect("the repairs do not overlap");
    let again = lint("body.json", fixed.as_bytes(), &LintOptions::default());
    assert_eq!(
        acklint::__internal::document::root(&again.document).map(|r| r.to_value()),
        Some(root),
        "fixed:\n{fixed}"
    );
}
