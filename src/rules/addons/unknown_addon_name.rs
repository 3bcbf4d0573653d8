use super::named;
use crate::diagnostic::Diagnostic;
use crate::known::ADDONS;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;
use crate::suggest::closest;

crate::declare_rule! {
    /// An addon name that acklint does not know, often a misspelling of a known component.
    ///
    /// ## Why is this bad?
    /// The service installs components by exact name. A misspelled name (`csi-plugins`, `logtail`) makes the
    /// request fail, or leaves the cluster without the component you meant to install, such as storage or log
    /// collection.
    ///
    /// acklint's list of names cannot be complete: ACK adds components with every release, and the ListAddons
    /// (formerly DescribeAddons) API returns the ones your region, cluster type and Kubernetes version offer.
    /// If the name is right, add it under `[known] addons` in `acklint.toml` and the finding goes away.
    ///
    /// ## Severity
    /// `info`: an unknown name is advice to double-check, not evidence of a mistake. Names missing from
    /// acklint's list are common in bodies that created clusters, so this rule never fails a build on its own.
    ///
    /// ## Example
    /// ```json
    /// {
    ///   "addons": [
    ///     { "name": "flannel" },
    ///     { "name": "csi-plugin" },
    ///     { "name": "csi-provisioner" },
    ///     { "name": "logtail" }
    ///   ]
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// {
    ///   "addons": [
    ///     { "name": "flannel" },
    ///     { "name": "csi-plugin" },
    ///     { "name": "csi-provisioner" },
    ///     { "name": "logtail-ds" }
    ///   ]
    /// }
    /// ```
    ///
    /// ## References
    /// - API reference: the example component names (`flannel`, `terway-eniip`, `csi-plugin`, `logtail-ds`, …).
    /// - A DescribeAddons response published in Alibaba Cloud's CLI documentation (the component groups core,
    ///   application, monitor, storage, network, security and other).
    /// - Alibaba Cloud's component pages (component overview, ack-pod-identity-webhook, the eRDMA controller,
    ///   ack-koordinator) and Terraform examples (`storage-operator`, `ack-node-local-dns`).
    /// - Terraform documentation: addon names must match what DescribeAddons returns.
    pub(crate) struct UnknownAddonName {
        code: "ADD002",
        name: "unknown-addon-name",
        severity: Info,
    }
}

/// Component names acklint knows. This list is a convenience for typo detection only: the authoritative,
/// region- and version-dependent list is what the ListAddons API returns, and `[known] addons` in
/// `acklint.toml` extends it. Names starting with [`MANAGED_PREFIX`] are accepted as well.
///
/// Sources: the API reference and its example, the SDK, the rule catalog (§3.10), a published DescribeAddons
/// response, Alibaba Cloud's component pages and Terraform examples.
pub const KNOWN_ADDONS: &[&str] = &[
    // Network.
    "flannel",
    "kube-flannel-ds",
    "terway",
    "terway-eniip",
    "terway-eni",
    "terway-controlplane",
    // Terway on ACK Edge clusters (the ACK Edge network documentation; selects Terway, see `TERWAY_ADDONS`).
    "terway-edge",
    "coredns",
    "ack-node-local-dns",
    "nginx-ingress-controller",
    "alb-ingress-controller",
    "ack-erdma-controller",
    // Storage.
    "csi-plugin",
    "csi-provisioner",
    "flexvolume",
    "alicloud-disk-controller",
    "storage-operator",
    // Logs and monitoring.
    "logtail-ds",
    "logtail-ds-docker",
    "loongcollector",
    "alibaba-log-controller",
    "aliyun-log-controller",
    "arms-prometheus",
    "ack-node-problem-detector",
    "alicloud-monitor-controller",
    "metrics-server",
    "ack-cost-exporter",
    "ags-metrics-collector",
    // Security.
    "ack-pod-identity-webhook",
    "aliyun-acr-credential-helper",
    "kritis-validation-hook",
    "security-inspector",
    "gatekeeper",
    // Applications, scheduling and others.
    "cloud-controller-manager",
    "alicloud-application-controller",
    "appcenter",
    "progressive-delivery-tool",
    "workflow-controller",
    "migrate-controller",
    "resource-controller",
    "ack-koordinator",
    "ack-helm-manager",
    "ack-kubernetes-cronhpa-controller",
    "ack-arena",
    "arena",
    "cgpu",
    "cgroups-controller",
    "sandboxed-container-controller",
    "sandboxed-container-helper",
    "aesm",
    "sgx-device-plugin",
    "dedicated-kube-proxy",
];

/// Prefix of the components that ACK runs in the managed control plane (`managed-csiprovisioner`,
/// `managed-kube-proxy`, …).
pub const MANAGED_PREFIX: &str = "managed-";

/// Whether acklint knows the component `name` (without the names `[known] addons` adds).
pub fn is_known(name: &str) -> bool {
    KNOWN_ADDONS.contains(&name) || name.starts_with(MANAGED_PREFIX)
}

impl UnknownAddonName {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        for (i, _, name) in named(cx) {
            if is_known(name) || cx.known.contains(ADDONS, name) {
                continue;
            }
            let extra = cx.known.extra(ADDONS).iter().map(String::as_str);
            let help = match closest(name, KNOWN_ADDONS.iter().copied().chain(extra)) {
                Some(guess) => t!(lang, "add002.help-guess", guess),
                None => t!(lang, "add002.help"),
            };
            out.push(
                Self::META
                    .diagnostic(t!(lang, "add002", name))
                    .at(Field::AddonsName.pointer(&[i]))
                    .label(t!(lang, "add002.label"))
                    .help(help),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_names_of_the_issue_are_known() {
        for name in [
            "ack-erdma-controller",
            "ack-pod-identity-webhook",
            "logtail-ds-docker",
            "alibaba-log-controller",
            "alicloud-disk-controller",
            "sandboxed-container-controller",
            "loongcollector",
            "terway-controlplane",
            "managed-csiprovisioner",
            "arms-prometheus",
            "ack-node-problem-detector",
            "alb-ingress-controller",
            "metrics-server",
            "security-inspector",
            "gatekeeper",
            "ack-cost-exporter",
        ] {
            assert!(is_known(name), "{name}");
        }
        let mut sorted = KNOWN_ADDONS.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), KNOWN_ADDONS.len(), "a name is listed twice");
    }
}
