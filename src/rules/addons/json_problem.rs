//! What the JSON parser found wrong in an addon's `config` string, in the run's language. serde_json words its
//! errors in English only: the kinds it reports for a string are named in the catalogue (`add003-json.*`, whose
//! English is serde_json's own wording), and any other is shown as serde_json says it.

use crate::i18n::Lang;
use crate::t;

/// The problem of `error` without its position (` at line 1 column 2`), which the message gives itself.
pub(super) fn describe(lang: Lang, error: &serde_json::Error) -> String {
    let full = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    let text = full.strip_suffix(&position).unwrap_or(&full);
    match text {
        "EOF while parsing a list" => t!(lang, "add003-json.eof-list"),
        "EOF while parsing an object" => t!(lang, "add003-json.eof-object"),
        "EOF while parsing a string" => t!(lang, "add003-json.eof-string"),
        "EOF while parsing a value" => t!(lang, "add003-json.eof-value"),
        "expected `:`" => t!(lang, "add003-json.expected-colon"),
        "expected `,` or `]`" => t!(lang, "add003-json.expected-list-comma"),
        "expected `,` or `}`" => t!(lang, "add003-json.expected-object-comma"),
        "expected ident" => t!(lang, "add003-json.expected-ident"),
        "expected value" => t!(lang, "add003-json.expected-value"),
        "invalid escape" => t!(lang, "add003-json.invalid-escape"),
        "invalid number" => t!(lang, "add003-json.invalid-number"),
        "number out of range" => t!(lang, "add003-json.number-out-of-range"),
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            t!(lang, "add003-json.control-character")
        }
        "key must be a string" => t!(lang, "add003-json.key-not-string"),
        "lone leading surrogate in hex escape" => t!(lang, "add003-json.lone-surrogate"),
        "trailing comma" => t!(lang, "add003-json.trailing-comma"),
        "trailing characters" => t!(lang, "add003-json.trailing-characters"),
        "unexpected end of hex escape" => t!(lang, "add003-json.short-hex-escape"),
        "recursion limit exceeded" => t!(lang, "add003-json.too-deep"),
        _ => t!(lang, "add003-json.other", text),
    }
}

#[cfg(test)]
mod tests {
    use super::describe;
    // Both languages by name: the test compares them.
    use crate::i18n::Lang::{En, ZhCn};

    fn error(json: &str) -> serde_json::Error {
        serde_json::from_str::<serde_json::Value>(json).unwrap_err()
    }

    /// Each malformed string gives one kind of error: the English is serde_json's word for word, the Chinese is
    /// a sentence of the catalogue (not the English fallback).
    #[test]
    fn the_parsers_errors_are_named_in_both_languages() {
        let deep = "[".repeat(200);
        let cases = [
            "[1",
            "{\"a\":1",
            "\"abc",
            "",
            "{\"a\" 1}",
            "[1 2]",
            "{\"a\":1 \"b\":2}",
            "trux",
            "{\"a\":}",
            "\"\\q\"",
            "-x",
            "1e400",
            "\"\\ud800x\"",
            "\"a\u{1}\"",
            "{'key':'value'}",
            "\"\\ud800\\u0041\"",
            "[1,]",
            "{} x",
            deep.as_str(),
        ];
        let mut seen = std::collections::BTreeSet::new();
        for json in cases {
            let e = error(json);
            let serde = e.to_string();
            let english = describe(En, &e);
            assert!(serde.starts_with(&english), "{json:?}: {english:?} is not serde_json's {serde:?}");
            let chinese = describe(ZhCn, &e);
            assert!(!chinese.contains(&english), "{json:?}: no Chinese for {english:?}: {chinese:?}");
            seen.insert(english);
        }
        assert_eq!(seen.len(), cases.len(), "every case is another kind: {seen:?}");
    }

    #[test]
    fn an_unknown_problem_is_shown_as_serde_json_says_it() {
        let e = <serde_json::Error as serde::de::Error>::custom("something new");
        assert_eq!(describe(En, &e), "something new");
        assert_eq!(describe(ZhCn, &e), "`something new`");
    }
}
