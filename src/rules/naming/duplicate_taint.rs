use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;
use std::collections::HashMap;

crate::declare_rule! {
    /// Two taints of the same list have the same key and effect.
    ///
    /// ## Why is this bad?
    /// Kubernetes identifies a taint by its key and effect, so a node cannot carry two taints that share
    /// both; the node update is rejected. An omitted `effect` counts as `NoSchedule`, its default. The same
    /// key with different effects is allowed.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" },
    ///     "kubernetes_config": { "taints": [
    ///       { "key": "dedicated", "value": "gpu", "effect": "NoSchedule" },
    ///       { "key": "dedicated", "value": "batch" }
    ///     ] } }
    /// ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" },
    ///     "kubernetes_config": { "taints": [
    ///       { "key": "dedicated", "value": "gpu", "effect": "NoSchedule" },
    ///       { "key": "dedicated", "value": "gpu", "effect": "NoExecute" }
    ///     ] } }
    /// ] }
    /// ```
    ///
    /// ## References
    /// - Kubernetes node validation: taints must be unique by key and effect.
    /// - SDK: taint effect defaults to `NoSchedule`.
    pub struct DuplicateTaint {
        code: "NAM010",
        name: "duplicate-taint",
        group: Naming,
        severity: Error,
    }
}

/// One taint: key, effect, pointer of its key and the list it is in.
type TaintRef<'a> = (Option<&'a str>, Option<&'a str>, String);

impl DuplicateTaint {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let r = cx.request;
        let top: Vec<TaintRef<'_>> = r
            .taints
            .iter()
            .flatten()
            .enumerate()
            .map(|(j, t)| (t.key.as_deref(), t.effect.as_deref(), Field::TaintsKey.pointer(&[j])))
            .collect();
        Self::check_list("taints", Field::TaintsEffect, &top, out);
        for (i, pool) in r.nodepools.iter().flatten().enumerate() {
            let Some(taints) = pool.kubernetes_config.as_ref().and_then(|k| k.taints.as_ref()) else { continue };
            let list: Vec<TaintRef<'_>> = taints
                .iter()
                .enumerate()
                .map(|(j, t)| {
                    (t.key.as_deref(), t.effect.as_deref(), Field::NodepoolsKubernetesConfigTaintsKey.pointer(&[i, j]))
                })
                .collect();
            Self::check_list(
                &format!("nodepools[{i}].kubernetes_config.taints"),
                Field::NodepoolsKubernetesConfigTaintsEffect,
                &list,
                out,
            );
        }
    }

    fn check_list(name: &str, effect_field: Field, taints: &[TaintRef<'_>], out: &mut Vec<Diagnostic>) {
        let default = effect_field.meta().default.map(|d| d.trim_matches('"')).unwrap_or("NoSchedule");
        let mut first: HashMap<(&str, &str), &str> = HashMap::new();
        for (key, effect, pointer) in taints {
            let Some(key) = *key else { continue };
            let effect = effect.unwrap_or(default);
            match first.get(&(key, effect)) {
                None => {
                    first.insert((key, effect), pointer);
                }
                Some(earlier) => out.push(
                    Self::META
                        .diagnostic(format!("taint `{key}:{effect}` appears twice in `{name}`"))
                        .at(pointer.clone())
                        .label("duplicate taint")
                        .with(Label::at(*earlier, "first defined here"))
                        .help("keep one taint per key and effect; use another effect or key if both are needed"),
                ),
            }
        }
    }
}
