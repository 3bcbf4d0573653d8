use super::{cluster_version, runtime_finding, version_label};
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::model::ContainerRuntime;
use crate::t;
use std::cmp::Ordering;

crate::declare_rule! {
    /// The `docker` runtime with Kubernetes 1.23, past the last version for which ACK documents Docker.
    ///
    /// ## Why is this bad?
    /// ACK documents the `docker` runtime up to Kubernetes 1.22. Upstream Kubernetes still shipped dockershim in
    /// 1.23 (it was removed in 1.24), so 1.23 may work, but it is outside what ACK documents, and every upgrade
    /// from there requires moving the nodes to `containerd`. From 1.24 on the combination is an error
    /// (`runtime-unsupported-by-kubernetes-version`). Docker chosen in several places is one finding, on the
    /// first place in the text, with a label on each other place.
    ///
    /// ## Example
    /// ```json
    /// { "kubernetes_version": "1.23.1-aliyun.1", "control_plane_config": { "runtime": "docker" } }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "kubernetes_version": "1.23.1-aliyun.1", "control_plane_config": { "runtime": "containerd" } }
    /// ```
    ///
    /// ## References
    /// - SDK: `docker` is available only for Kubernetes 1.22 and earlier.
    /// - Kubernetes 1.24 release notes: dockershim removed.
    pub(crate) struct DockerRuntimeOnKubernetes123 {
        code: "VER003",
        name: "docker-runtime-on-kubernetes-1-23",
        severity: Warning,
    }
}

impl DockerRuntimeOnKubernetes123 {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let Some(v) = cluster_version(cx) else { return };
        if v.cmp_minor(1, 23) != Ordering::Equal {
            return;
        }
        let lang = cx.lang;
        let why = t!(lang, "ver003.why", version = v.to_string());
        if let Some(d) = runtime_finding(&Self::META, cx, &ContainerRuntime::Docker, &why, &t!(lang, "ver003.label")) {
            out.push(d.with(version_label(lang, v)).help(t!(lang, "ver003.help")));
        }
    }
}
