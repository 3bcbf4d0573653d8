use super::{Scope, and_list, below_any, dotted, present_fields, replacements, scope};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::{ClusterKind, Context};
use crate::spec::Field;

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
    /// ## References
    /// - API reference: the master and SSH settings state that they do not take effect in managed clusters.
    /// - SDK: `control_plane_config` configures the control plane of dedicated clusters.
    pub struct DedicatedOnlyFieldOnManaged {
        code: "LIF003",
        name: "dedicated-only-field-on-managed",
        group: Lifecycle,
        severity: Warning,
    }
}

impl DedicatedOnlyFieldOnManaged {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if cx.kind != ClusterKind::Managed {
            return;
        }
        let mut reported: Vec<String> = Vec::new();
        for p in present_fields(cx) {
            if scope(p.field) != Scope::DedicatedOnly {
                continue;
            }
            let pointer = p.pointer();
            if below_any(&pointer, &reported) {
                continue;
            }
            let name = dotted(&pointer);
            let successors: Vec<String> = replacements(p.field, &pointer, cx.kind).iter().map(|r| dotted(r)).collect();
            let help = if successors.is_empty() {
                format!("remove `{name}`: ACK runs the control plane of a managed cluster")
            } else {
                format!("remove `{name}`; for a managed cluster use {} instead", and_list(&successors))
            };
            out.push(
                Self::META
                    .diagnostic(format!(
                        "`{name}` applies only to dedicated clusters and is ignored for a managed cluster (`cluster_type` `ManagedKubernetes`)"
                    ))
                    .at(pointer.clone())
                    .label("ignored for managed clusters")
                    .with(Label::at(Field::ClusterType.pointer(&[]), "managed cluster"))
                    .help(help),
            );
            reported.push(pointer.clone());
        }
    }
}
