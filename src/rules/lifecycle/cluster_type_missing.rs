use super::{Scope, present_fields, scope};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::{Field, display_pointer};
use crate::t;

crate::declare_rule! {
    /// `cluster_type` is absent, so the kind of cluster is left to an undocumented default.
    ///
    /// ## Why is this bad?
    /// `cluster_type` decides which other fields count: masters exist only in dedicated clusters
    /// (`Kubernetes`), editions and profiles only in managed ones (`ManagedKubernetes`). The SDK does not mark
    /// the field required, and no source documents what the service does without it; the API reference
    /// describes dedicated clusters, which most accounts can no longer create. Say what you want instead of
    /// relying on a default. acklint also skips its cluster-type checks while the type is unknown.
    ///
    /// ## Example
    /// ```json
    /// { "cluster_type": null }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "cluster_type": "ManagedKubernetes", "cluster_spec": "ack.pro.small" }
    /// ```
    ///
    /// ## References
    /// - SDK: `cluster_type` is optional and its default is not described.
    /// - API reference: the request describes an ACK dedicated cluster (`Kubernetes`).
    pub(crate) struct ClusterTypeMissing {
        code: "LIF005",
        name: "cluster-type-missing",
        severity: Warning,
    }
}

impl ClusterTypeMissing {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        // A `cluster_type` of the wrong type is absent from the model as well; the structure check reports it.
        if cx.request.cluster_type.is_some() || cx.has_wrong_type(Field::ClusterType, &[]) {
            return;
        }
        let lang = cx.lang;
        let mut d = Self::META
            .diagnostic(t!(lang, "lif005"))
            .at(String::new())
            .label(t!(lang, "lif005.label"))
            .help(t!(lang, "lif005.help"));
        if let Some(p) = present_fields(cx).iter().find(|p| scope(p.field) == Scope::DedicatedOnly) {
            let pointer = p.pointer();
            let name = display_pointer(&pointer);
            d = d.with(Label::at(pointer, t!(lang, "lif005.label-dedicated", name)));
        }
        out.push(d);
    }
}
