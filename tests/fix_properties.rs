//! Properties of fixes over every body in the repository and over bodies with slips added at random places:
//! applying the fixes removes what they fix, brings no new error, is idempotent, keeps every byte outside its
//! edits and every secret value, and (for syntax slips) gives back exactly the body before the slip.

use acklint::__internal::document::is_secret_key;
use acklint::fix::{self, FixMode, MAX_ROUNDS, fix_to_fixed_point};
use acklint::{FileReport, LintOptions, Severity, lint};
use proptest::prelude::*;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

mod rule_fixtures;

/// Every body in the repository: rule fixtures (patches merged into their bases), fix fixtures, the corpus,
/// the examples and the reference's example, with their paths.
fn bodies() -> &'static [(PathBuf, Vec<u8>)] {
    static BODIES: OnceLock<Vec<(PathBuf, Vec<u8>)>> = OnceLock::new();
    BODIES.get_or_init(|| {
        let mut files = vec![(PathBuf::from("tests/fixtures/reference-example.jsonc"), Vec::new())];
        let mut dirs: Vec<PathBuf> = ["tests/fixes", "tests/corpus", "examples"].map(PathBuf::from).into();
        while let Some(dir) = dirs.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else { continue };
            for path in entries.filter_map(Result::ok).map(|e| e.path()) {
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|x| x == "json" || x == "jsonc") {
                    files.push((path, Vec::new()));
                }
            }
        }
        for (path, bytes) in &mut files {
            *bytes = std::fs::read(&*path).unwrap();
        }
        files.extend(rule_fixtures::all().into_iter().map(|f| (f.path, f.text.into_bytes())));
        files.sort();
        assert!(files.len() > 200, "found {} bodies", files.len());
        files
    })
}

/// The options a fixture folder's `acklint.toml` gives, as the CLI would use them.
fn options_for(path: &Path) -> LintOptions {
    let config = path.parent().map(|d| d.join(acklint::config::CONFIG_FILE)).filter(|c| c.is_file());
    config.map_or_else(LintOptions::default, |c| LintOptions::from_config(&acklint::config::load(&c).unwrap()))
}

/// The 1-based numbers of the lines of `new` that a line diff from `old` shows as written.
fn written_lines(old: &str, new: &str) -> Vec<usize> {
    let diff = similar::TextDiff::from_lines(old, new);
    diff.ops()
        .iter()
        .flat_map(|op| op.new_range())
        .map(|i| i + 1)
        .filter(|line| {
            diff.ops().iter().any(|op| op.tag() != similar::DiffTag::Equal && op.new_range().contains(&(line - 1)))
        })
        .collect()
}

/// Error findings per code.
fn errors(report: &FileReport) -> BTreeMap<&'static str, usize> {
    let mut counts = BTreeMap::new();
    for d in report.diagnostics.iter().filter(|d| d.severity == Severity::Error) {
        *counts.entry(d.code).or_default() += 1;
    }
    counts
}

/// Every value under a secret key, as the parser reads it (as JSON: a fix may change its quotes, never its
/// value; a password in a comment is deleted with the comment, so comments are not read here).
fn secrets(text: &str) -> Vec<String> {
    let doc = acklint::__internal::document::parse(text.as_bytes(), &mut Vec::new());
    let mut out = Vec::new();
    if let Some(root) = acklint::__internal::document::root(&doc) {
        root.for_each_member(&mut |m| {
            if is_secret_key(&m.key) {
                out.push(m.value.to_value().to_string());
            }
        });
    }
    out
}

/// Checks every property of fixing `bytes` in `mode`; returns the outcome.
fn check_fixing(name: &str, bytes: &[u8], options: &LintOptions, mode: FixMode) -> fix::FixOutcome {
    let before = lint(name, bytes, options);
    let outcome = fix_to_fixed_point(name, bytes, options, mode);
    let Ok(original) = std::str::from_utf8(bytes) else {
        assert!(!outcome.changed, "{name}: text that is not UTF-8 was changed");
        return outcome;
    };
    // One round by hand: the fixes chosen, applied, keep every byte outside their edits.
    let chosen: Vec<&fix::Fix> = before.fixes().map(|(_, f)| f).filter(|f| mode.takes(f.applicability)).collect();
    let applied = fix::apply(original, chosen.iter().copied());
    let mut rebuilt = String::new();
    let mut edits: Vec<&fix::TextEdit> = applied.applied.iter().flat_map(|&i| &chosen[i].edits).collect();
    edits.sort_by_key(|e| (e.span.start, e.span.end));
    let mut at = 0;
    for e in &edits {
        rebuilt.push_str(&original[at..e.span.start]);
        rebuilt.push_str(&e.replacement);
        at = e.span.end;
    }
    rebuilt.push_str(&original[at..]);
    assert_eq!(rebuilt, applied.text, "{name}: bytes outside the edits changed");
    // No new error came: no code has more errors than before, except errors on text a fix wrote (a value
    // moved to its successor is checked there by other checks), and after safe fixes the total does not grow.
    // (An unsafe move may bring an invalid value under a check that reports it twice, a format and a length.)
    // (Only where the body was read at all before: fixing a fatal slip lets every check run for the first time.)
    let read_before = !before.diagnostics.iter().any(|d| d.code == acklint::__internal::checks::INVALID_JSON.code);
    if outcome.changed && read_before {
        let (was, now) = (errors(&before), errors(&outcome.report));
        let written = written_lines(original, &outcome.text);
        let on_written = |d: &&acklint::Diagnostic| {
            d.span.is_some_and(|s| written.contains(&outcome.report.document.position(s.start).line))
        };
        let grown: Vec<&str> =
            now.iter().filter(|(c, n)| was.get(*c).is_none_or(|w| w < *n)).map(|(c, _)| *c).collect();
        let unexplained = outcome
            .report
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error && grown.contains(&d.code) && !on_written(d))
            .count();
        let total = |m: &BTreeMap<&str, usize>| m.values().sum::<usize>();
        assert!(
            unexplained == 0 && (mode == FixMode::Unsafe || total(&now) <= total(&was)),
            "{name} ({mode:?}): fixing brought new errors ({grown:?}):\n{}",
            acklint::__internal::fix::unified_diff(name, original, &outcome.text)
        );
        let left: Vec<_> = outcome.report.fixes().filter(|(_, f)| mode.takes(f.applicability)).collect();
        if outcome.rounds < MAX_ROUNDS {
            assert!(
                left.iter().all(|(_, f)| f.edits.is_empty()),
                "{name} ({mode:?}): fixes left at the fixed point: {:?}",
                left.iter().map(|(d, f)| (d.code, &f.message)).collect::<Vec<_>>()
            );
            let again = fix_to_fixed_point(name, outcome.text.as_bytes(), options, mode);
            assert!(!again.changed, "{name} ({mode:?}): a second fix changed the text again");
        }
        // No secret value is altered: each one after fixing is one from before, byte for byte; safe fixes keep
        // every one (an unsafe fix may remove a password in favour of the key pair).
        let (was, now) = (secrets(original), secrets(&outcome.text));
        for s in &now {
            assert!(
                was.contains(s),
                "{name} ({mode:?}): a secret value was altered:\n{}",
                acklint::__internal::fix::unified_diff(name, original, &outcome.text)
            );
        }
        if mode == FixMode::Safe {
            for s in &was {
                assert!(now.contains(s), "{name} ({mode:?}): a safe fix removed a secret value");
            }
        }
    }
    outcome
}

#[test]
fn fixing_every_body_in_the_repository_keeps_the_properties() {
    for (path, bytes) in bodies() {
        let name = path.display().to_string();
        let options = options_for(path);
        check_fixing(&name, bytes, &options, FixMode::Safe);
        check_fixing(&name, bytes, &options, FixMode::Unsafe);
    }
}

/// Bodies that differ from strict JSON only by fixable syntax become strict JSON with the same value.
#[test]
fn safe_fixes_give_strict_json_where_only_syntax_was_wrong() {
    for (path, bytes) in bodies() {
        let name = path.display().to_string();
        let report = lint(&name, bytes, &LintOptions::default());
        let syntax: Vec<_> = report.diagnostics.iter().filter(|d| d.code.starts_with("JSON")).collect();
        let fixable =
            syntax.iter().all(|d| d.fix.as_ref().is_some_and(|f| f.applicability == fix::Applicability::Safe));
        if syntax.is_empty() || !fixable {
            continue;
        }
        let outcome = fix_to_fixed_point(&name, bytes, &LintOptions::default(), FixMode::Safe);
        assert!(serde_json::from_str::<Value>(&outcome.text).is_ok(), "{name}: the fixed text is not strict JSON");
    }
}

/// Every strict-JSON body of the repository, for mutations.
fn strict_bodies() -> &'static [String] {
    static STRICT: OnceLock<Vec<String>> = OnceLock::new();
    STRICT.get_or_init(|| {
        bodies()
            .iter()
            .filter_map(|(_, b)| std::str::from_utf8(b).ok())
            .filter(|t| serde_json::from_str::<Value>(t).is_ok_and(|v| v.is_object()))
            .map(str::to_string)
            .collect()
    })
}

/// A departure from strict JSON that has exactly one reading, put somewhere in a strict body.
#[derive(Debug, Clone, Copy)]
enum Slip {
    /// A `// comment` line before line `n`.
    LineComment,
    /// A `/* comment */` after a comma.
    BlockComment,
    /// A `,` after the last member or item of a container.
    TrailingComma,
    /// A `,` between members deleted.
    MissingComma,
    /// A key in single quotes.
    SingleQuotedKey,
    /// A key without quotes.
    BareKey,
    /// A byte order mark.
    ByteOrderMark,
}

fn slip() -> impl Strategy<Value = Slip> {
    prop_oneof![
        Just(Slip::LineComment),
        Just(Slip::BlockComment),
        Just(Slip::TrailingComma),
        Just(Slip::MissingComma),
        Just(Slip::SingleQuotedKey),
        Just(Slip::BareKey),
        Just(Slip::ByteOrderMark),
    ]
}

/// Offsets of strict-JSON structure outside strings: commas, closers of non-empty containers, and keys
/// (start, end) written as plain identifiers.
struct Places {
    commas: Vec<usize>,
    closers: Vec<usize>,
    keys: Vec<(usize, usize)>,
    line_starts: Vec<usize>,
}

fn places(text: &str) -> Places {
    let b = text.as_bytes();
    let mut p = Places { commas: Vec::new(), closers: Vec::new(), keys: Vec::new(), line_starts: vec![0] };
    let mut i = 0;
    let mut last_significant = b' ';
    while i < b.len() {
        match b[i] {
            b'"' => {
                let start = i;
                i += 1;
                while b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                let mut after = i + 1;
                while after < b.len() && b[after].is_ascii_whitespace() {
                    after += 1;
                }
                let key = &text[start + 1..i];
                if b.get(after) == Some(&b':')
                    && !key.is_empty()
                    && key.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_')
                    && !key.as_bytes()[0].is_ascii_digit()
                {
                    p.keys.push((start, i + 1));
                }
                last_significant = b'"';
            }
            b',' => {
                p.commas.push(i);
                last_significant = b',';
            }
            b'}' | b']' => {
                if !matches!(last_significant, b'{' | b'[') {
                    p.closers.push(i);
                }
                last_significant = b[i];
            }
            b'\n' => p.line_starts.push(i + 1),
            c if !c.is_ascii_whitespace() => last_significant = c,
            _ => {}
        }
        i += 1;
    }
    p
}

/// `text` with `slip` at the `pick`-th place it can go (`None` when it has no such place).
fn with_slip(text: &str, slip: Slip, pick: usize) -> Option<String> {
    let p = places(text);
    let choose = |n: usize| (n > 0).then(|| pick % n);
    let mut out = text.to_string();
    match slip {
        Slip::LineComment => {
            let at = p.line_starts[choose(p.line_starts.len())?];
            out.insert_str(at, "// a note\n");
        }
        Slip::BlockComment => {
            let at = p.commas[choose(p.commas.len())?];
            out.insert_str(at + 1, " /* a note */");
        }
        Slip::TrailingComma => {
            let at = p.closers[choose(p.closers.len())?];
            // After the last value, not after the spaces before the closer.
            let value_end = text[..at].trim_end().len();
            out.insert(value_end, ',');
        }
        Slip::MissingComma => {
            let at = p.commas[choose(p.commas.len())?];
            out.replace_range(at..at + 1, " ");
        }
        Slip::SingleQuotedKey => {
            let (s, e) = p.keys[choose(p.keys.len())?];
            out.replace_range(e - 1..e, "'");
            out.replace_range(s..s + 1, "'");
        }
        Slip::BareKey => {
            let (s, e) = p.keys[choose(p.keys.len())?];
            out.replace_range(e - 1..e, "");
            out.replace_range(s..s + 1, "");
        }
        // Put in front of everything else, once, by the caller.
        Slip::ByteOrderMark => return None,
    }
    Some(out)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// A slip with one reading, fixed with the safe fixes, gives back the body's exact value as strict JSON.
    #[test]
    fn safe_fixes_undo_a_slip(body in 0..10_000usize, slips in prop::collection::vec((slip(), any::<usize>()), 1..4)) {
        let corpus = strict_bodies();
        let original = &corpus[body % corpus.len()];
        let mut text = original.clone();
        for &(slip, pick) in &slips {
            if let Some(next) = with_slip(&text, slip, pick) {
                text = next;
            }
        }
        if slips.iter().any(|(s, _)| matches!(s, Slip::ByteOrderMark)) {
            text.insert(0, '\u{feff}');
        }
        let outcome = check_fixing("slipped.json", text.as_bytes(), &LintOptions::default(), FixMode::Safe);
        let fixed: Value = serde_json::from_str(&outcome.text)
            .unwrap_or_else(|e| panic!("not strict JSON after fixing ({e}):\n{}", outcome.text));
        // The body may have safe fixes of its own (a Terraform key name): those apply either way.
        let expected = fix_to_fixed_point("original.json", original.as_bytes(), &LintOptions::default(), FixMode::Safe);
        prop_assert_eq!(fixed, serde_json::from_str::<Value>(&expected.text).unwrap());
    }

    /// Fixing never panics, whatever the input.
    #[test]
    fn fixing_any_text_never_panics(text in "[{}\\[\\]\"':,a-z0-9 \n/*\t]{0,80}") {
        check_fixing("any.json", text.as_bytes(), &LintOptions::default(), FixMode::Unsafe);
    }
}
