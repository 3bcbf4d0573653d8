use super::{cluster_version, runtime_finding, version_label};
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::model::ContainerRuntime;
use crate::t;
use std::cmp::Ordering;

crate::declare_rule! {
    /// A container runtime that the requested Kubernetes version no longer offers (`docker`, `Sandboxed-Container.runv`).
    ///
    /// ## Why is this bad?
    /// Kubernetes 1.24 removed dockershim, and ACK offers the `docker` runtime only up to Kubernetes 1.22. The
    /// sandboxed-container runtime `Sandboxed-Container.runv` is offered only up to 1.24. With a newer
    /// `kubernetes_version` the masters or the node pool cannot be created with that runtime. `containerd` works
    /// with every version.
    ///
    /// The rule checks the cluster-wide `runtime.name`, `control_plane_config.runtime` and each node pool's
    /// `kubernetes_config.runtime`. It stays quiet when `kubernetes_version` is absent. A runtime chosen in
    /// several places is one finding, on its first place in the text, with a label on each other place.
    ///
    /// ## Example
    /// ```json
    /// { "kubernetes_version": "1.30.7-aliyun.1", "control_plane_config": { "runtime": "docker" } }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "kubernetes_version": "1.30.7-aliyun.1", "control_plane_config": { "runtime": "containerd" } }
    /// ```
    ///
    /// ## References
    /// - SDK: `docker` is available only for Kubernetes 1.22 and earlier, `Sandboxed-Container.runv` only up to
    ///   1.24.
    /// - Kubernetes 1.24 release notes: dockershim removed.
    pub(crate) struct RuntimeUnsupportedByKubernetesVersion {
        code: "VER002",
        name: "runtime-unsupported-by-kubernetes-version",
        severity: Error,
    }
}

impl RuntimeUnsupportedByKubernetesVersion {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let Some(v) = cluster_version(cx) else { return };
        let lang = cx.lang;
        // One finding per runtime, on its first place in the text, with a label on every other place.
        for runtime in [ContainerRuntime::Docker, ContainerRuntime::SandboxedContainerRunv] {
            let last = match runtime {
                ContainerRuntime::Docker if v.cmp_minor(1, 24) != Ordering::Less => "1.22",
                ContainerRuntime::SandboxedContainerRunv if v.cmp_minor(1, 24) == Ordering::Greater => "1.24",
                _ => continue,
            };
            let why = t!(lang, "ver002.why", last, version = v.to_string());
            let label = t!(lang, "ver002.label", major = v.major, minor = v.minor);
            let Some(d) = runtime_finding(&Self::META, cx, &runtime, &why, &label) else { continue };
            out.push(d.with(version_label(lang, v)).help(t!(lang, "ver002.help", last, runtime = runtime.as_str())));
        }
    }
}
