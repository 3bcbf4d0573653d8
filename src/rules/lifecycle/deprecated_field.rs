use super::{and_list, below_any, dotted, ignored_for, present_fields, replacements};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;

crate::declare_rule! {
    /// A field that the API marks deprecated.
    ///
    /// ## Why is this bad?
    /// Deprecated fields are kept only for old clients. The service may ignore them, may translate them with
    /// surprising results, or may reject them in a later API version. Most have a successor: the `master_*`
    /// settings moved to `control_plane_config`, the `worker_*` settings and the cluster-wide node settings
    /// moved into `nodepools`, `enable_rrsa` became `rrsa_config.enabled` and `custom_san` became `extra_sans`.
    /// The message names the successor when the API names one that applies to this cluster type.
    ///
    /// A field that does not apply to the cluster type at all is reported as ignored instead
    /// (`managed-only-field-on-dedicated`, `dedicated-only-field-on-managed`).
    ///
    /// ## Example
    /// ```json
    /// { "enable_rrsa": true }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "rrsa_config": { "enabled": true } }
    /// ```
    ///
    /// ## References
    /// - SDK: the fields marked `Deprecated` and the successors their descriptions name.
    /// - API reference: its example still uses `master_*`, `enable_rrsa`, `custom_san` and other deprecated
    ///   fields.
    pub struct DeprecatedField {
        code: "LIF001",
        name: "deprecated-field",
        group: Lifecycle,
        severity: Warning,
    }
}

impl DeprecatedField {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let present = present_fields(cx);
        let mut reported: Vec<String> = Vec::new();
        for p in present {
            if below_any(&p.pointer, &reported) {
                continue;
            }
            let meta = p.field.meta();
            if ignored_for(p.field, cx.kind) {
                // The "ignored" rules report it and everything below it.
                reported.push(p.pointer.clone());
                continue;
            }
            if !meta.deprecated {
                continue;
            }
            reported.push(p.pointer.clone());
            let name = dotted(&p.pointer);
            let successors = replacements(p.field, &p.pointer, cx.kind);
            let names: Vec<String> = successors.iter().map(|r| dotted(r)).collect();
            let mut d = if successors.is_empty() {
                Self::META
                    .diagnostic(format!("`{name}` is deprecated and the API names no replacement"))
                    .help(format!("remove `{name}` unless you depend on its legacy behaviour"))
            } else {
                let list = and_list(&names);
                Self::META
                    .diagnostic(format!("`{name}` is deprecated; use {list} instead"))
                    .help(format!("remove `{name}` and set {list} instead"))
            }
            .at(p.pointer.clone())
            .label("deprecated");
            // Point at a successor the body already sets.
            for r in successors.iter().filter(|r| !r.contains('*')) {
                if present.iter().any(|q| &q.pointer == r) {
                    d = d.with(Label::at(r.clone(), "replacement already set"));
                }
            }
            out.push(d);
        }
    }
}
