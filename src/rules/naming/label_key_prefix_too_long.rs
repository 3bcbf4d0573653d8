use super::util::{MAX_PREFIX, key_prefix};
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// The DNS prefix of a node-pool label or taint key is longer than 253 characters.
    ///
    /// ## Why is this bad?
    /// A Kubernetes key is `[prefix/]name`, and the prefix must be a DNS subdomain of at most 253
    /// characters. The schema checks the characters and the 63-character name, but its length limit covers
    /// the whole key, so an over-long prefix with a short name slips through it. Kubernetes rejects such a
    /// key and the nodes do not get the label or taint.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" },
    ///     "kubernetes_config": { "labels": [{ "key": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.example.com/tier", "value": "web" }] } }
    /// ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" },
    ///     "kubernetes_config": { "labels": [{ "key": "example.com/tier", "value": "web" }] } }
    /// ] }
    /// ```
    ///
    /// ## References
    /// - Kubernetes "Labels and Selectors": the optional prefix is a DNS subdomain of at most 253 characters.
    /// - API reference and SDK (`tags`): both point to "Labels and Selectors" for the syntax.
    pub(crate) struct LabelKeyPrefixTooLong {
        code: "NAM008",
        name: "label-key-prefix-too-long",
        severity: Error,
    }
}

impl LabelKeyPrefixTooLong {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for (i, pool) in cx.pools() {
            let Some(k8s) = &pool.kubernetes_config else { continue };
            let labels = k8s.labels.iter().flatten().map(|l| l.key.as_deref());
            let taints = k8s.taints.iter().flatten().map(|t| t.key.as_deref());
            let keys = labels
                .enumerate()
                .map(|(j, k)| (true, k, Field::NodepoolsKubernetesConfigLabelsKey, j))
                .chain(taints.enumerate().map(|(j, k)| (false, k, Field::NodepoolsKubernetesConfigTaintsKey, j)));
            for (label, key, field, j) in keys {
                let Some(prefix) = key.and_then(key_prefix) else { continue };
                let length = prefix.chars().count();
                if length <= MAX_PREFIX {
                    continue;
                }
                let (lang, max) = (cx.lang, MAX_PREFIX);
                let prefix: String = prefix.chars().take(40).collect();
                let message = if label {
                    t!(lang, "nam008-label", prefix = &prefix, length, max)
                } else {
                    t!(lang, "nam008-taint", prefix = &prefix, length, max)
                };
                out.push(
                    Self::META.diagnostic(message).at(field.pointer(&[i, j])).label(t!(lang, "nam008.label")).help(t!(
                        lang,
                        "nam008.help",
                        max
                    )),
                );
            }
        }
    }
}
