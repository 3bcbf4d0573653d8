use super::{version_before, version_label};
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::model::ProxyMode;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// `proxy_mode` is `nftables` on a Kubernetes version older than 1.35.
    ///
    /// ## Why is this bad?
    /// kube-proxy's nftables mode is offered by ACK only for clusters running Kubernetes 1.35 or later. With an
    /// older `kubernetes_version` the cluster cannot be created in that mode, and the proxy mode cannot be changed
    /// afterwards.
    ///
    /// The sources agree: the Terraform documentation gives 1.35 as the first version, and the API reference
    /// and the SDK do not offer `nftables` at all. Upstream kube-proxy itself only gained the mode in 1.29.
    ///
    /// ## Example
    /// ```json
    /// { "kubernetes_version": "1.33.1-aliyun.1", "proxy_mode": "nftables" }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "kubernetes_version": "1.33.1-aliyun.1", "proxy_mode": "ipvs" }
    /// ```
    ///
    /// ## References
    /// - Terraform documentation for dedicated and managed clusters: `nftables` is supported only for clusters
    ///   running Kubernetes 1.35 or later.
    /// - API reference and SDK (`proxy_mode`): `iptables` or `ipvs`, default `ipvs`.
    /// - Kubernetes 1.29 release: kube-proxy's nftables mode first appeared (alpha).
    pub(crate) struct NftablesUnsupportedKubernetesVersion {
        code: "VER005",
        name: "nftables-unsupported-kubernetes-version",
        severity: Error,
    }
}

impl NftablesUnsupportedKubernetesVersion {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if cx.request.proxy_mode != Some(ProxyMode::Nftables) {
            return;
        }
        let Some(v) = version_before(cx, 1, 35) else { return };
        let lang = cx.lang;
        let help = match Field::ProxyMode.default_str() {
            Some(default) => t!(lang, "ver005.help-default", default),
            None => t!(lang, "ver005.help"),
        };
        out.push(
            Self::META
                .diagnostic(t!(lang, "ver005", version = v.to_string()))
                .at(Field::ProxyMode.pointer(&[]))
                .label(t!(lang, "ver005.label"))
                .with(version_label(lang, v))
                .help(help),
        );
    }
}
