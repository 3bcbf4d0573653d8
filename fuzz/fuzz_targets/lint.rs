//! The whole pipeline on arbitrary bytes: parse, structure check, model, rules, and every renderer.
#![no_main]

use acklint::render::{HumanStyle, concise, github, gitlab, human, json, junit, sarif};
use acklint::{LintOptions, lint};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let report = lint("fuzz.json", data, &LintOptions::default());
    let text = &report.document.text;
    for d in &report.diagnostics {
        if let Some(s) = d.span {
            assert!(s.start <= s.end && s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
    }
    let reports = std::slice::from_ref(&report);
    serde_json::from_str::<serde_json::Value>(&json(reports)).expect("json output parses");
    serde_json::from_str::<serde_json::Value>(&sarif(reports)).expect("sarif output parses");
    let _ = (human(&report, HumanStyle { color: false, width: 80 }), concise(&report), github(reports), junit(reports), gitlab(reports));
});
