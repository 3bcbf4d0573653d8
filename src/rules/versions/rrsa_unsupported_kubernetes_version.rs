use super::{cluster_version, version_label};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// RRSA is enabled on a Kubernetes version older than 1.22.3-aliyun.1.
    ///
    /// ## Why is this bad?
    /// RRSA (RAM Roles for Service Accounts) relies on the service-account token features that ACK ships from
    /// Kubernetes 1.22.3-aliyun.1 on. On an older version the feature cannot be turned on, and because RRSA
    /// cannot be switched off once enabled, the version has to be chosen right at creation.
    ///
    /// Both the current `rrsa_config.enabled` and the deprecated `enable_rrsa` are checked.
    ///
    /// The evidence is indirect. The version bound comes from the Terraform provider, whose check runs when
    /// an existing cluster is changed, not when one is created; no source documents a refusal by CreateCluster.
    /// The rule stays an error because RRSA cannot be switched off afterwards and because every version below
    /// 1.22.3 has long left the set of versions a cluster can be created with, so such a body fails anyway.
    ///
    /// ## Example
    /// ```json
    /// {
    ///   "cluster_type": "ManagedKubernetes",
    ///   "kubernetes_version": "1.20.11-aliyun.1",
    ///   "rrsa_config": { "enabled": true }
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// {
    ///   "cluster_type": "ManagedKubernetes",
    ///   "kubernetes_version": "1.33.1-aliyun.1",
    ///   "rrsa_config": { "enabled": true }
    /// }
    /// ```
    ///
    /// ## References
    /// - Terraform provider (`resource_alicloud_cs_kubernetes.go`, update path): "RRSA is not supported in
    ///   current version" below 1.22.3-aliyun.1, and RRSA cannot be disabled once on.
    /// - API reference: its own example enables RRSA with Kubernetes 1.18.8-aliyun.1, which cannot work.
    /// - ACK's list of supported Kubernetes versions: 1.22 and older are out of support.
    pub(crate) struct RrsaUnsupportedKubernetesVersion {
        code: "VER004",
        name: "rrsa-unsupported-kubernetes-version",
        severity: Error,
    }
}

impl RrsaUnsupportedKubernetesVersion {
    // Deprecated fields read on purpose: `enable_rrsa` still turns RRSA on.
    #[allow(deprecated)]
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let Some(v) = cluster_version(cx) else { return };
        if v.at_least(1, 22, 3, 1) {
            return;
        }
        let (r, lang) = (cx.request, cx.lang);
        let mut switches = Vec::new();
        if r.rrsa_config.as_ref().and_then(|c| c.enabled) == Some(true) {
            switches.push(("rrsa_config.enabled", Field::RrsaConfigEnabled.pointer(&[])));
        }
        if r.enable_rrsa == Some(true) {
            switches.push(("enable_rrsa", Field::EnableRrsa.pointer(&[])));
        }
        let Some((name, pointer)) = switches.first().cloned() else { return };
        let mut d = Self::META
            .diagnostic(t!(lang, "ver004", field = name, version = v.to_string()))
            .at(pointer)
            .label(t!(lang, "ver004.label"))
            .with(version_label(lang, v))
            .help(t!(lang, "ver004.help"));
        for (other, p) in switches.into_iter().skip(1) {
            d = d.with(Label::at(p, t!(lang, "ver004.label-also", field = other)));
        }
        out.push(d);
    }
}
