//! The whole pipeline on arbitrary bytes: parse, structure check, model, rules, and the renderers.
#![no_main]

use acklint::render::{HumanStyle, concise, github, gitlab, human, json, junit, sarif};
use acklint::{LintOptions, lint};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let report = lint("fuzz.json", data, &LintOptions::default());
    let text = &report.document.text;
    for d in &report.diagnostics {
        for s in d.span.into_iter().chain(d.labels.iter().filter_map(|l| l.span)) {
            assert!(s.start <= s.end && s.end <= text.len(), "span outside the input");
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "span splits a character");
        }
    }
    let reports = std::slice::from_ref(&report);
    serde_json::from_str::<serde_json::Value>(&json(reports)).expect("json output parses");
    let _ = (human(&report, HumanStyle { color: false, width: 80 }), concise(&report), github(reports), gitlab(reports));
    // SARIF and JUnit carry every rule's documentation or every finding as XML: costly, so on a sample of inputs.
    if data.first().is_some_and(|b| b % 16 == 0) {
        serde_json::from_str::<serde_json::Value>(&sarif(reports)).expect("sarif output parses");
        let _ = junit(reports);
    }
});
