use super::{Noun, Scope, below_any, counted, present_fields, removal, replacements, scope};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::i18n::Lang;
use crate::rules::messages::{backticked, join_and};
use crate::rules::{ClusterKind, Context};
use crate::spec::{Field, display_pointer};
use crate::t;

crate::declare_rule! {
    /// A setting that only dedicated clusters use (masters, SSH to masters), in a body that creates a managed cluster.
    ///
    /// ## Why is this bad?
    /// In a managed cluster (`cluster_type: ManagedKubernetes`) ACK runs the control plane: there are no master
    /// nodes to size, bill, log into or reach over SSH. The `master_*` fields, `control_plane_config` and
    /// `ssh_flags` are ignored, so whatever they say has no effect. They usually come from a dedicated-cluster
    /// template or the API reference's example, which describes a dedicated cluster. Managed bodies never need
    /// them.
    ///
    /// Which fields are dedicated-only comes from the field spec (`applies_to`).
    ///
    /// ## One finding for the whole body
    /// These fields almost always arrive together, from one dedicated-cluster template, so they are one
    /// mistake: the body gets a single finding ("7 `master_*` fields apply only to dedicated clusters …") at the
    /// first of them, with a label on every ignored field (naming the field to use instead, when a managed
    /// cluster has one) and one on `cluster_type`. An editor still marks each key. A body with one such field
    /// gets the short message "`ssh_flags` applies only to dedicated clusters …".
    ///
    /// ## Example
    /// ```json
    /// { "cluster_type": "ManagedKubernetes", "ssh_flags": true, "master_count": 3 }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "cluster_type": "ManagedKubernetes" }
    /// ```
    ///
    /// ## Fix
    /// Unsafe: it removes every field the finding names. The service ignores them, so what it creates does not
    /// change; but if the body was meant for a dedicated cluster, the right change is `cluster_type`, and the
    /// fix cannot tell which you meant.
    ///
    /// ## References
    /// - API reference: the master and SSH settings state that they do not take effect in managed clusters.
    /// - SDK: `control_plane_config` configures the control plane of dedicated clusters.
    pub(crate) struct DedicatedOnlyFieldOnManaged {
        code: "LIF003",
        name: "dedicated-only-field-on-managed",
        severity: Warning,
        fix: Unsafe,
    }
}

/// A dedicated-only field the body sets, with what a managed cluster uses instead (dotted names).
struct Ignored {
    pointer: String,
    successors: Vec<String>,
}

impl Ignored {
    fn label(&self, lang: Lang) -> String {
        match self.successors.as_slice() {
            [] => t!(lang, "lif003.label"),
            names => t!(lang, "lif003.label-successors", successors = join_and(lang, &backticked(names))),
        }
    }
}

impl DedicatedOnlyFieldOnManaged {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if cx.kind != ClusterKind::Managed {
            return;
        }
        let mut reported: Vec<String> = Vec::new();
        let mut ignored: Vec<Ignored> = Vec::new();
        for p in present_fields(cx) {
            if scope(p.field) != Scope::DedicatedOnly {
                continue;
            }
            let pointer = p.pointer();
            if below_any(&pointer, &reported) {
                continue;
            }
            let successors = replacements(p.field, &pointer, cx.kind).iter().map(|r| display_pointer(r)).collect();
            reported.push(pointer.clone());
            ignored.push(Ignored { pointer, successors });
        }
        let Some((first, rest)) = ignored.split_first() else { return };
        let lang = cx.lang;
        let mut d = if rest.is_empty() {
            let name = &display_pointer(&first.pointer);
            let help = if first.successors.is_empty() {
                t!(lang, "lif003-one.help", name)
            } else {
                let successors = join_and(lang, &backticked(&first.successors));
                t!(lang, "lif003-one.help-successors", name, successors)
            };
            Self::META.diagnostic(t!(lang, "lif003-one", name)).help(help)
        } else {
            let names: Vec<String> = ignored.iter().map(|f| display_pointer(&f.pointer)).collect();
            let help = if ignored.iter().any(|f| !f.successors.is_empty()) {
                t!(lang, "lif003-several.help-successors")
            } else {
                t!(lang, "lif003-several.help")
            };
            let subject = counted(lang, &names, &Noun::Settings);
            Self::META.diagnostic(t!(lang, "lif003-several", subject)).help(help)
        }
        .at(first.pointer.clone())
        .label(first.label(lang));
        for f in rest {
            d = d.peer(Label::at(f.pointer.clone(), f.label(lang)));
        }
        let pointers: Vec<String> = ignored.iter().map(|f| f.pointer.clone()).collect();
        let cluster_type = Label::at(Field::ClusterType.pointer(&[]), t!(lang, "lif003.label-cluster-type"));
        out.push(d.with(cluster_type).fix(cx.fix(|| removal(lang, &pointers))));
    }
}
