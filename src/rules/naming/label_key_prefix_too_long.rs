use super::util::{MAX_PREFIX, key_prefix};
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;

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
                .map(|(j, k)| ("label", k, Field::NodepoolsKubernetesConfigLabelsKey, j))
                .chain(taints.enumerate().map(|(j, k)| ("taint", k, Field::NodepoolsKubernetesConfigTaintsKey, j)));
            for (what, key, field, j) in keys {
                let Some(prefix) = key.and_then(key_prefix) else { continue };
                let len = prefix.chars().count();
                if len <= MAX_PREFIX {
                    continue;
                }
                out.push(
                    Self::META
                        .diagnostic(format!(
                            "the prefix of {what} key `{}…` is {len} characters long, more than {MAX_PREFIX}",
                            prefix.chars().take(40).collect::<String>()
                        ))
                        .at(field.pointer(&[i, j]))
                        .label("prefix too long")
                        .help(format!("shorten the DNS prefix before `/` to at most {MAX_PREFIX} characters")),
                );
            }
        }
    }
}
