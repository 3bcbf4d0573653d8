use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;

/// Label keys in the Kubernetes namespaces that kubelet may still set on its own node.
const KUBELET_LABELS: &[&str] = &[
    "kubernetes.io/hostname",
    "kubernetes.io/os",
    "kubernetes.io/arch",
    "beta.kubernetes.io/os",
    "beta.kubernetes.io/arch",
    "beta.kubernetes.io/instance-type",
    "topology.kubernetes.io/zone",
    "topology.kubernetes.io/region",
    "failure-domain.beta.kubernetes.io/zone",
    "failure-domain.beta.kubernetes.io/region",
];
/// Label namespaces (and their subdomains) that kubelet may set freely.
const KUBELET_NAMESPACES: &[&str] = &["kubelet.kubernetes.io", "node.kubernetes.io"];
/// Namespaces reserved for Kubernetes itself.
const KUBERNETES_NAMESPACES: &[&str] = &["kubernetes.io", "k8s.io"];

crate::declare_rule! {
    /// A node-pool label uses a `kubernetes.io` or `k8s.io` key that kubelet may not set on its node.
    ///
    /// ## Why is this bad?
    /// Since Kubernetes 1.16 kubelet refuses to start with `--node-labels` in the `kubernetes.io` and
    /// `k8s.io` namespaces, except for `kubelet.kubernetes.io/*`, `node.kubernetes.io/*` and a few
    /// well-known keys such as `topology.kubernetes.io/zone`. A label like `node-role.kubernetes.io/worker`
    /// can therefore keep the pool's nodes from registering. (How ACK applies pool labels at bootstrap is
    /// not documented, hence a warning.) Put roles under your own prefix, or under `node.kubernetes.io/`.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" },
    ///     "kubernetes_config": { "labels": [{ "key": "node-role.kubernetes.io/worker", "value": "" }] } }
    /// ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" },
    ///     "kubernetes_config": { "labels": [{ "key": "node.kubernetes.io/role", "value": "worker" }] } }
    /// ] }
    /// ```
    ///
    /// ## References
    /// - kubernetes/kubernetes issues 75457 and 85503: kubelet rejects unknown `kubernetes.io` and `k8s.io`
    ///   labels in `--node-labels`.
    /// - Kubernetes well-known labels: the keys and namespaces kubelet may set.
    pub(crate) struct RestrictedNodeLabel {
        code: "NAM007",
        name: "restricted-node-label",
        severity: Warning,
    }
}

impl RestrictedNodeLabel {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for (i, pool) in cx.pools() {
            let Some(labels) = pool.kubernetes_config.as_ref().and_then(|k| k.labels.as_ref()) else { continue };
            for (j, label) in labels.iter().enumerate() {
                let Some(key) = label.key.as_deref() else { continue };
                let Some(namespace) = restricted_namespace(key) else { continue };
                let name = key.rsplit('/').next().unwrap_or(key);
                let lang = cx.lang;
                out.push(
                    Self::META
                        .diagnostic(t!(lang, "nam007", key, namespace))
                        .at(Field::NodepoolsKubernetesConfigLabelsKey.pointer(&[i, j]))
                        .label(t!(lang, "nam007.label"))
                        .help(t!(lang, "nam007.help", name)),
                );
            }
        }
    }
}

/// The reserved namespace of `key` (`kubernetes.io` or `k8s.io`) when kubelet may not set it.
fn restricted_namespace(key: &str) -> Option<&'static str> {
    let (prefix, _) = key.split_once('/')?;
    let within = |ns: &str| prefix == ns || prefix.strip_suffix(ns).is_some_and(|rest| rest.ends_with('.'));
    let ns = KUBERNETES_NAMESPACES.iter().copied().find(|ns| within(ns))?;
    if KUBELET_LABELS.contains(&key) || KUBELET_NAMESPACES.iter().any(|ns| within(ns)) {
        return None;
    }
    Some(ns)
}

#[cfg(test)]
mod tests {
    use super::restricted_namespace;

    #[test]
    fn namespaces() {
        assert_eq!(restricted_namespace("node-role.kubernetes.io/worker"), Some("kubernetes.io"));
        assert_eq!(restricted_namespace("example.k8s.io/x"), Some("k8s.io"));
        assert_eq!(restricted_namespace("node.kubernetes.io/role"), None);
        assert_eq!(restricted_namespace("foo.node.kubernetes.io/role"), None);
        assert_eq!(restricted_namespace("kubelet.kubernetes.io/x"), None);
        assert_eq!(restricted_namespace("topology.kubernetes.io/zone"), None);
        assert_eq!(restricted_namespace("mykubernetes.io/x"), None);
        assert_eq!(restricted_namespace("workload"), None);
    }
}
