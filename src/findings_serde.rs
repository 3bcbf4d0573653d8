//! Reading findings back: [`Diagnostic`]'s `Deserialize`, which turns the owned `code` and `rule` of the input
//! into the catalogue's `&'static str`s. Apart from `diagnostic.rs` because the catalogue depends on findings.

use crate::catalogue;
use crate::diagnostic::{Diagnostic, Label, Severity, Span};
use crate::fix::Fix;
use serde::Deserialize;

/// A [`Diagnostic`] as it is deserialised: with owned `code` and `rule`, which the catalogue then turns into
/// its `&'static str`s (see [`Diagnostic`]'s serde form).
#[derive(Deserialize)]
struct SerialDiagnostic {
    code: String,
    rule: String,
    severity: Severity,
    message: String,
    pointer: Option<String>,
    span: Option<Span>,
    label: Option<String>,
    #[serde(default)]
    labels: Vec<Label>,
    #[serde(default)]
    peers: usize,
    help: Option<String>,
    fix: Option<Fix>,
}

// By hand rather than derived: a derive would borrow `code` and `rule` from the input (`&'static str`), and so
// accept only input that lives forever.
impl<'de> Deserialize<'de> for Diagnostic {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Diagnostic, D::Error> {
        SerialDiagnostic::deserialize(deserializer)?.try_into().map_err(serde::de::Error::custom)
    }
}

impl TryFrom<SerialDiagnostic> for Diagnostic {
    type Error = String;

    fn try_from(d: SerialDiagnostic) -> Result<Diagnostic, String> {
        let entry = catalogue::find(&d.code)
            .filter(|e| e.code == d.code)
            .ok_or_else(|| format!("unknown check code `{}`", d.code))?;
        if entry.name != d.rule {
            return Err(format!("`{}` is not the name of `{}` (`{}` is)", d.rule, entry.code, entry.name));
        }
        Ok(Diagnostic {
            code: entry.code,
            rule: entry.name,
            severity: d.severity,
            message: d.message,
            pointer: d.pointer,
            span: d.span,
            label: d.label,
            labels: d.labels,
            peers: d.peers,
            help: d.help,
            fix: d.fix,
        })
    }
}
