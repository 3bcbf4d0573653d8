//! The pipeline: bytes → document → structure check → typed model → rules → sorted findings.

use crate::diagnostic::Diagnostic;
use crate::document::{self, Document, NodeValue};
use crate::model::{self, CreateClusterRequest};
use crate::rules::{self, NetworkContext};
use crate::spec::Field;
use crate::structure;

/// What to run and with what context.
#[derive(Debug, Clone, Default)]
pub struct LintOptions {
    /// Address ranges of the VPC and its vSwitches, for the overlap rules (optional).
    pub network: NetworkContext,
}

/// The findings for one input.
#[derive(Debug, Clone)]
pub struct FileReport {
    /// Name shown in output (a path, or `-` for standard input).
    pub path: String,
    /// The parsed input.
    pub document: Document,
    /// The typed request, when the input was an object.
    pub request: Option<CreateClusterRequest>,
    /// Findings, sorted by position.
    pub diagnostics: Vec<Diagnostic>,
}

/// Lints one request body.
pub fn lint(path: &str, bytes: &[u8], options: &LintOptions) -> FileReport {
    let mut diagnostics = Vec::new();
    let document = document::parse(bytes, &mut diagnostics);
    let mut request = None;
    if let Some(root) = document.root.as_ref().filter(|r| matches!(r.value, NodeValue::Object(_))) {
        let value = root.to_value();
        structure::check(&document, &value, &mut diagnostics);
        let typed = model::load(&value).unwrap_or_default();
        rules::run(&typed, options, &mut diagnostics);
        request = Some(typed);
    }
    resolve_spans(&document, &mut diagnostics);
    scrub_secrets(&document, &mut diagnostics);
    diagnostics.sort_by(|a, b| {
        let key = |d: &Diagnostic| (d.span.map_or(usize::MAX, |s| s.start), d.code, d.message.clone());
        key(a).cmp(&key(b))
    });
    diagnostics.dedup();
    FileReport { path: path.to_string(), document, request, diagnostics }
}

/// Rules give pointers; the document knows where they are.
fn resolve_spans(doc: &Document, diagnostics: &mut [Diagnostic]) {
    for d in diagnostics {
        if d.span.is_none() {
            d.span = d.pointer.as_deref().and_then(|p| doc.span_of(p));
        }
        for l in &mut d.labels {
            if l.span.is_none() {
                l.span = l.pointer.as_deref().and_then(|p| doc.span_of(p));
            }
        }
    }
}

/// Last line of defence: no message, label or help may carry the value of a secret field.
fn scrub_secrets(doc: &Document, diagnostics: &mut [Diagnostic]) {
    let Some(root) = &doc.root else { return };
    let mut secrets = Vec::new();
    root.walk(&mut |pointer, _, node| {
        if let NodeValue::String(s) = &node.value
            && !s.is_empty()
            && Field::from_pointer(pointer).is_some_and(|f| f.meta().secret)
        {
            secrets.push(s.clone());
        }
    });
    if secrets.is_empty() {
        return;
    }
    let scrub = |text: &mut String| {
        for s in &secrets {
            if text.contains(s.as_str()) {
                *text = text.replace(s.as_str(), "****");
            }
        }
    };
    for d in diagnostics {
        scrub(&mut d.message);
        d.label.as_mut().map(scrub);
        d.help.as_mut().map(scrub);
        for l in &mut d.labels {
            scrub(&mut l.message);
        }
    }
}
