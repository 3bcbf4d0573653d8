//! Kubernetes version gates: which runtimes and features a `kubernetes_version` allows.
//!
//! Every rule here stays quiet when `kubernetes_version` is absent (the service then picks its latest version)
//! or cannot be parsed (`malformed-kubernetes-version`, VER001, reports that).

pub mod version;

use crate::i18n::Lang;
use crate::model::ContainerRuntime;
use crate::rules::Context;
pub use crate::rules::views::runtimes::RuntimeChoice;
use crate::spec::Field;
use crate::{Diagnostic, Label, t};
use std::cmp::Ordering;
use version::KubeVersion;

crate::rules::group_rules! {
    malformed_kubernetes_version,
    runtime_unsupported_by_kubernetes_version,
    docker_runtime_on_kubernetes_1_23,
    rrsa_unsupported_kubernetes_version,
    nftables_unsupported_kubernetes_version,
    private_interconnect_unsupported_kubernetes_version,
    ram_role_unsupported_kubernetes_version,
    nodepool_runtime_differs_from_cluster,
}

/// The requested Kubernetes version, when given and parseable.
pub fn cluster_version(cx: &Context<'_>) -> Option<KubeVersion> {
    cx.request.kubernetes_version.as_deref().and_then(KubeVersion::parse)
}

/// The requested Kubernetes version when it is earlier than `major.minor`: the gate of the rules about a feature
/// that came with that version.
pub fn version_before(cx: &Context<'_>, major: u32, minor: u32) -> Option<KubeVersion> {
    cluster_version(cx).filter(|v| v.cmp_minor(major, minor) == Ordering::Less)
}

/// The secondary label on `kubernetes_version`, in `lang`.
pub fn version_label(lang: Lang, v: KubeVersion) -> Label {
    Label::at(Field::KubernetesVersion.pointer(&[]), t!(lang, "versions-version-label", version = v.to_string()))
}

/// One finding for every place that chooses `runtime`, or `None` when none does: it starts at the first place
/// in the text, labels every other one with `label`, and its message reads "`<place>` is `docker`" or
/// "3 runtime settings choose `docker`", followed by `why` (both in the run's language).
pub fn runtime_finding(
    meta: &crate::rules::RuleMeta,
    cx: &Context<'_>,
    runtime: &ContainerRuntime,
    why: &str,
    label: &str,
) -> Option<Diagnostic> {
    let places: Vec<_> = runtimes(cx).iter().filter(|rt| rt.name == runtime).collect();
    let (first, rest) = places.split_first()?;
    let lang = cx.lang;
    let places_text = if rest.is_empty() {
        t!(lang, "versions-runtime-places.one", place = &first.place, runtime = runtime.as_str())
    } else {
        t!(lang, "versions-runtime-places.many", count = places.len(), runtime = runtime.as_str())
    };
    let mut d = meta
        .diagnostic(t!(lang, "versions-runtime-finding", places = places_text, why))
        .at(first.pointer.clone())
        .label(label);
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

// Deprecated fields read on purpose: `runtime` still chooses older bodies' runtime.
#[allow(deprecated)]
fn collect_runtimes<'a>(cx: &Context<'a>) -> Vec<RuntimeChoice<'a>> {
    let r = cx.request;
    let mut out = Vec::new();
    if let Some(name) = r.runtime.as_ref().and_then(|rt| rt.name.as_ref()) {
        out.push(RuntimeChoice {
            pointer: Field::RuntimeName.pointer(&[]),
            place: Field::RuntimeName.display().into(),
            name,
        });
    }
    if let Some(name) = r.control_plane_config.as_ref().and_then(|c| c.runtime.as_ref()) {
        out.push(RuntimeChoice {
            pointer: Field::ControlPlaneConfigRuntime.pointer(&[]),
            place: Field::ControlPlaneConfigRuntime.display().into(),
            name,
        });
    }
    for (i, pool) in cx.pools() {
        if let Some(name) = pool.kubernetes_config.as_ref().and_then(|k| k.runtime.as_ref()) {
            out.push(RuntimeChoice {
                pointer: Field::NodepoolsKubernetesConfigRuntime.pointer(&[i]),
                place: Field::NodepoolsKubernetesConfigRuntime.display_at(&[i]),
                name,
            });
        }
    }
    out
}
