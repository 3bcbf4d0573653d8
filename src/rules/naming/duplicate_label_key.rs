use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;
use std::collections::HashMap;

crate::declare_rule! {
    /// The same label key appears twice in a node pool's `kubernetes_config.labels`.
    ///
    /// ## Why is this bad?
    /// A Kubernetes node has one value per label key. Listing a key twice leaves only one of the values on
    /// the nodes, and which one wins is not documented, so selectors that rely on the other value never
    /// match.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" },
    ///     "kubernetes_config": { "labels": [{ "key": "workload", "value": "general" }, { "key": "workload", "value": "batch" }] } }
    /// ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" },
    ///     "kubernetes_config": { "labels": [{ "key": "workload", "value": "general" }, { "key": "batch", "value": "true" }] } }
    /// ] }
    /// ```
    ///
    /// ## References
    /// - Kubernetes "Labels and Selectors": label keys are unique on an object.
    pub(crate) struct DuplicateLabelKey {
        code: "NAM006",
        name: "duplicate-label-key",
        severity: Warning,
    }
}

impl DuplicateLabelKey {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for (i, pool) in cx.pools() {
            let Some(labels) = pool.kubernetes_config.as_ref().and_then(|k| k.labels.as_ref()) else { continue };
            let mut first: HashMap<&str, (usize, Option<&str>)> = HashMap::new();
            for (j, label) in labels.iter().enumerate() {
                let Some(key) = label.key.as_deref() else { continue };
                let value = label.value.as_deref();
                match first.get(key) {
                    None => {
                        first.insert(key, (j, value));
                    }
                    Some(&(k, earlier)) => {
                        let lang = cx.lang;
                        let message = if earlier == value {
                            t!(lang, "nam006-same", key, index = i)
                        } else {
                            t!(lang, "nam006-different", key, index = i)
                        };
                        let first_used = t!(lang, "nam006.label-first");
                        out.push(
                            Self::META
                                .diagnostic(message)
                                .at(Field::NodepoolsKubernetesConfigLabelsKey.pointer(&[i, j]))
                                .label(t!(lang, "nam006.label"))
                                .with(Label::at(Field::NodepoolsKubernetesConfigLabelsKey.pointer(&[i, k]), first_used))
                                .help(t!(lang, "nam006.help")),
                        );
                    }
                }
            }
        }
    }
}
