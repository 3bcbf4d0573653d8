use super::{and_list, below_any, dotted, ignored_for, present_fields, replacements};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;

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
            let ignored = ignored_for(p.field, cx.kind);
            if !ignored && !p.field.meta().deprecated {
                continue;
            }
            let pointer = p.pointer();
            if below_any(&pointer, &reported) {
                continue;
            }
            // An ignored field: the "ignored" rules report it and everything below it.
            reported.push(pointer.clone());
            if ignored {
                continue;
            }
            let name = dotted(&pointer);
            let successors = replacements(p.field, &pointer, cx.kind);
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
            .at(pointer)
            .label("deprecated");
            // Point at a successor the body already sets.
            for r in successors.iter().filter(|r| !r.contains('*')) {
                let field = Field::from_pointer(r);
                if present.iter().any(|q| Some(q.field) == field && q.pointer() == *r) {
                    d = d.with(Label::at(r.clone(), "replacement already set"));
                }
            }
            out.push(d);
        }
    }
}
