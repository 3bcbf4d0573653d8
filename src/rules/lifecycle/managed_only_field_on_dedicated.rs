use super::{Scope, below_any, dotted, present_fields, scope};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::{ClusterKind, Context};
use crate::spec::Field;

crate::declare_rule! {
    /// A setting that only managed clusters use, in a body that creates a dedicated cluster.
    ///
    /// ## Why is this bad?
    /// Some fields configure what ACK runs for you in a managed cluster (`cluster_type: ManagedKubernetes`): the
    /// edition (`cluster_spec`), the cluster profile, Secret encryption of ACK Pro (`encryption_provider_key`),
    /// the zones the service picks (`zone_ids`) or per-pool worker roles. A dedicated cluster
    /// (`cluster_type: Kubernetes`) ignores them, so the setting you wrote has no effect. Often the body was
    /// meant to create a managed cluster and only `cluster_type` is wrong.
    ///
    /// Which fields are managed-only comes from the field spec (`applies_to`).
    ///
    /// ## Example
    /// ```json
    /// { "cluster_type": "Kubernetes", "cluster_spec": "ack.pro.small" }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "cluster_type": "ManagedKubernetes", "cluster_spec": "ack.pro.small" }
    /// ```
    ///
    /// ## References
    /// - SDK: settings described as taking effect only in managed or ACK Pro clusters.
    /// - Terraform documentation: the managed-cluster resource is the one that has these arguments.
    pub struct ManagedOnlyFieldOnDedicated {
        code: "LIF002",
        name: "managed-only-field-on-dedicated",
        group: Lifecycle,
        severity: Warning,
    }
}

impl ManagedOnlyFieldOnDedicated {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if cx.kind != ClusterKind::Dedicated {
            return;
        }
        let mut reported: Vec<String> = Vec::new();
        for p in present_fields(cx) {
            if scope(p.field) != Scope::ManagedOnly {
                continue;
            }
            let pointer = p.pointer();
            if below_any(&pointer, &reported) {
                continue;
            }
            let name = dotted(&pointer);
            let meant_for = p
                .field
                .meta()
                .applies_to
                .iter()
                .map(|t| match *t {
                    "ManagedKubernetes/Pro" => "ACK Pro managed clusters",
                    "ManagedKubernetes/Serverless" => "ACK Serverless clusters",
                    _ => "managed clusters",
                })
                .next()
                .unwrap_or("managed clusters");
            out.push(
                Self::META
                    .diagnostic(format!(
                        "`{name}` applies only to {meant_for} and is ignored for a dedicated cluster (`cluster_type` `Kubernetes`)"
                    ))
                    .at(pointer.clone())
                    .label("ignored for dedicated clusters")
                    .with(Label::at(Field::ClusterType.pointer(&[]), "dedicated cluster"))
                    .help(format!(
                        "remove `{name}`, or set `cluster_type` to `ManagedKubernetes` if you meant a managed cluster"
                    )),
            );
            reported.push(pointer.clone());
        }
    }
}
