//! The pipeline: bytes → document → structure check → typed model → rules → sorted findings.

use crate::diagnostic::Diagnostic;
use crate::document::{self, Document, NodeValue};
use crate::model::{self, CreateClusterRequest};
use crate::rules::{self, NetworkContext};
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

/// Rules give pointers and the parser gives spans; the document turns each into the other.
fn resolve_spans(doc: &Document, diagnostics: &mut [Diagnostic]) {
    for d in diagnostics {
        if d.pointer.is_none() {
            d.pointer = d.span.and_then(|s| innermost_pointer(doc, s.start));
        }
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

/// The pointer of the innermost value that contains byte `offset` (for syntax findings in a parsed document).
fn innermost_pointer(doc: &Document, offset: usize) -> Option<String> {
    let root = doc.root.as_ref()?;
    let mut best = None;
    root.walk(&mut |pointer, member, node| {
        let start = member.map_or(node.span.start, |m| m.key_span.start);
        if start <= offset && offset <= node.span.end {
            best = Some(pointer.to_string());
        }
    });
    best
}

/// Last line of defence: no message, label or help may carry the value of a secret field.
fn scrub_secrets(doc: &Document, diagnostics: &mut [Diagnostic]) {
    let Some(root) = &doc.root else { return };
    let mut secrets = Vec::new();
    root.walk(&mut |_, member, node| {
        if let (NodeValue::String(s), Some(m)) = (&node.value, member)
            && !s.is_empty()
            && document::is_secret_key(&m.key)
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
