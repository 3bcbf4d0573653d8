//! Kubernetes version gates: which runtimes and features a `kubernetes_version` allows.
//!
//! Every rule here stays quiet when `kubernetes_version` is absent (the service then picks its latest version)
//! or cannot be parsed ([`MalformedKubernetesVersion`] reports that).

mod docker_runtime_on_kubernetes_1_23;
mod malformed_kubernetes_version;
mod nftables_unsupported_kubernetes_version;
mod nodepool_runtime_differs_from_cluster;
mod private_interconnect_unsupported_kubernetes_version;
mod ram_role_unsupported_kubernetes_version;
mod rrsa_unsupported_kubernetes_version;
mod runtime_unsupported_by_kubernetes_version;
pub mod version;

pub use docker_runtime_on_kubernetes_1_23::DockerRuntimeOnKubernetes123;
pub use malformed_kubernetes_version::MalformedKubernetesVersion;
pub use nftables_unsupported_kubernetes_version::NftablesUnsupportedKubernetesVersion;
pub use nodepool_runtime_differs_from_cluster::NodepoolRuntimeDiffersFromCluster;
pub use private_interconnect_unsupported_kubernetes_version::PrivateInterconnectUnsupportedKubernetesVersion;
pub use ram_role_unsupported_kubernetes_version::RamRoleUnsupportedKubernetesVersion;
pub use rrsa_unsupported_kubernetes_version::RrsaUnsupportedKubernetesVersion;
pub use runtime_unsupported_by_kubernetes_version::RuntimeUnsupportedByKubernetesVersion;

use crate::rules::{Context, Rule};
use crate::spec::Field;
use crate::{Diagnostic, Label};
use version::KubeVersion;

/// The rules of this group, in code order.
pub static RULES: &[&dyn Rule] = &[
    &MalformedKubernetesVersion,
    &RuntimeUnsupportedByKubernetesVersion,
    &DockerRuntimeOnKubernetes123,
    &RrsaUnsupportedKubernetesVersion,
    &NftablesUnsupportedKubernetesVersion,
    &PrivateInterconnectUnsupportedKubernetesVersion,
    &RamRoleUnsupportedKubernetesVersion,
    &NodepoolRuntimeDiffersFromCluster,
];

/// The requested Kubernetes version, when given and parseable.
pub fn cluster_version(cx: &Context<'_>) -> Option<KubeVersion> {
    cx.request.kubernetes_version.as_deref().and_then(KubeVersion::parse)
}

/// The secondary label on `kubernetes_version`.
pub fn version_label(v: KubeVersion) -> Label {
    Label::at(Field::KubernetesVersion.pointer(&[]), format!("Kubernetes {v}"))
}

/// A container runtime chosen somewhere in the body.
pub struct RuntimeChoice<'a> {
    /// Pointer of the runtime name.
    pub pointer: String,
    /// Where it is, for messages: `runtime.name`, `nodepools[0].kubernetes_config.runtime`, ….
    pub place: String,
    /// The runtime name.
    pub name: &'a str,
}

/// One finding for every place that chooses `runtime`, or `None` when none does: it starts at the first place
/// in the text, labels every other one with `label`, and its message reads "`<place>` is `docker`" or
/// "3 runtime settings choose `docker`", followed by `why`.
pub fn runtime_finding(
    meta: &crate::rules::RuleMeta,
    cx: &Context<'_>,
    runtime: &str,
    why: &str,
    label: &str,
) -> Option<Diagnostic> {
    let places: Vec<_> = runtimes(cx).iter().filter(|rt| rt.name == runtime).collect();
    let (first, rest) = places.split_first()?;
    let what = if rest.is_empty() {
        format!("`{}` is `{runtime}`", first.place)
    } else {
        format!("{} runtime settings choose `{runtime}`", places.len())
    };
    let mut d = meta.diagnostic(format!("{what}, {why}")).at(first.pointer.clone()).label(label);
    for rt in rest {
        d = d.peer(Label::at(rt.pointer.clone(), label));
    }
    Some(d)
}

/// Every runtime the body names: the deprecated cluster-wide `runtime.name`, the masters'
/// `control_plane_config.runtime`, and each node pool's `kubernetes_config.runtime`.
pub fn runtimes<'c, 'a>(cx: &'c Context<'a>) -> &'c [RuntimeChoice<'a>] {
    cx.views.runtimes.get_or_init(|| collect_runtimes(cx))
}

fn collect_runtimes<'a>(cx: &Context<'a>) -> Vec<RuntimeChoice<'a>> {
    let r = cx.request;
    let mut out = Vec::new();
    if let Some(name) = r.runtime.as_ref().and_then(|rt| rt.name.as_deref()) {
        out.push(RuntimeChoice {
            pointer: Field::RuntimeName.pointer(&[]),
            place: Field::RuntimeName.display().into(),
            name,
        });
    }
    if let Some(name) = r.control_plane_config.as_ref().and_then(|c| c.runtime.as_deref()) {
        out.push(RuntimeChoice {
            pointer: Field::ControlPlaneConfigRuntime.pointer(&[]),
            place: Field::ControlPlaneConfigRuntime.display().into(),
            name,
        });
    }
    for (i, pool) in r.nodepools.iter().flatten().enumerate() {
        if let Some(name) = pool.kubernetes_config.as_ref().and_then(|k| k.runtime.as_deref()) {
            out.push(RuntimeChoice {
                pointer: Field::NodepoolsKubernetesConfigRuntime.pointer(&[i]),
                place: Field::NodepoolsKubernetesConfigRuntime.display_at(&[i]),
                name,
            });
        }
    }
    out
}
