//! Messages in more than one language: English (the default) and Simplified Chinese.
//!
//! Every text acklint shows a person (a finding's message, label, help and fix; the command line's own lines
//! and errors) comes from a catalogue in `locales/<tag>/<area>.ftl`, written in
//! [Project Fluent](https://projectfluent.org)'s syntax and built into the library. A [`Lang`] chooses the
//! catalogue, in [`LintOptions::with_lang`](crate::LintOptions::with_lang):
//!
//! ```
//! use acklint::i18n::Lang;
//! use acklint::{LintOptions, lint};
//!
//! let lang: Lang = "zh_CN.UTF-8".parse().unwrap();
//! let report = lint("cluster.json", br#"{"name": "demo",}"#, &LintOptions::default().with_lang(lang).with_select(["JSON"]));
//! assert_eq!(report.diagnostics[0].code, "JSON003");
//! assert!(report.diagnostics[0].message.contains("逗号"));
//! ```
//!
//! Codes, rule names, field names, JSON pointers and values are never translated: they are arguments or stay
//! in backticks. Inside acklint, code asks for a message by id with the crate's `t!` macro; CONTRIBUTING.md
//! ("Messages and languages") says how to convert a rule.

mod arg;
pub(crate) mod catalog;
mod direct;
pub(crate) mod fragments;
mod lang;
mod plural;
pub(crate) mod site;

pub(crate) use catalog::Arg;
#[cfg(feature = "cli")]
pub(crate) use lang::{LANG_VAR, detect, detect_from_env};
pub use lang::{Lang, UnknownLang};
pub(crate) use site::Site;

/// The text of a catalogue message in a language. Its arguments: the [`Lang`], the id as a string literal
/// (`"id"`, or `"id.attribute"` for one of the message's attributes), then the variables, each `name = value`
/// or a bare `name` for the variable of that name. A value is anything an [`Arg`] is made from: text, a `char`
/// or a number (numbers choose plural forms).
///
/// The id must be a string literal: `tests/i18n.rs` reads every call in `src/` and fails when an id is missing
/// from a catalogue or the variables passed differ from the message's.
macro_rules! t {
    (@value $name:ident = $value:expr) => {
        $value
    };
    (@value $name:ident) => {
        $name
    };
    // Each call holds its message in a `static`, looked up in the catalogue on first use only.
    ($lang:expr, $id:literal $(,)?) => {{
        static MESSAGE: $crate::i18n::Site = $crate::i18n::Site::new($id);
        MESSAGE.format($lang, &[])
    }};
    ($lang:expr, $id:literal, $($name:ident $(= $value:expr)?),+ $(,)?) => {{
        static MESSAGE: $crate::i18n::Site = $crate::i18n::Site::new($id);
        MESSAGE.format(
            $lang,
            &[$((stringify!($name), $crate::i18n::Arg::from($crate::i18n::t!(@value $name $(= $value)?)))),+],
        )
    }};
}
pub(crate) use t;

/// Text for an input/output error, in `lang`: the common kinds in words of the catalogue, others as the system
/// says them.
pub(crate) fn io_error(lang: Lang, error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match error.kind() {
        ErrorKind::NotFound => t!(lang, "io-not-found"),
        ErrorKind::PermissionDenied => t!(lang, "io-permission-denied"),
        ErrorKind::IsADirectory => t!(lang, "io-is-a-folder"),
        ErrorKind::AlreadyExists => t!(lang, "io-already-exists"),
        ErrorKind::InvalidData => t!(lang, "io-invalid-data"),
        _ => error.to_string(),
    }
}
