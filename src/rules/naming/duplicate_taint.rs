use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::model::TaintEffect;
use crate::spec::Field;
use crate::t;
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
    pub(crate) struct DuplicateTaint {
        code: "NAM010",
        name: "duplicate-taint",
        severity: Error,
    }
}

/// The key and effect of one taint.
type TaintRef<'a> = (Option<&'a str>, Option<&'a str>);

/// One taint list: how messages name it, the field of its effects and how to point at item `j`'s key.
struct TaintList<'a, 'n> {
    name: &'n dyn Fn() -> String,
    effect_field: Field,
    key_pointer: &'n dyn Fn(usize) -> String,
    taints: Vec<TaintRef<'a>>,
}

impl DuplicateTaint {
    // Deprecated fields read on purpose: top-level `taints` still apply to older bodies' nodes.
    #[allow(deprecated)]
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let r = cx.request;
        let top = r.taints.iter().flatten().map(|t| (t.key.as_deref(), t.effect.as_ref().map(TaintEffect::as_str))).collect();
        Self::check_list(
            &TaintList {
                name: &|| "taints".to_string(),
                effect_field: Field::TaintsEffect,
                key_pointer: &|j| Field::TaintsKey.pointer(&[j]),
                taints: top,
            },
            cx,
            out,
        );
        for (i, pool) in cx.pools() {
            let Some(taints) = pool.kubernetes_config.as_ref().and_then(|k| k.taints.as_ref()) else { continue };
            Self::check_list(
                &TaintList {
                    name: &|| format!("nodepools[{i}].kubernetes_config.taints"),
                    effect_field: Field::NodepoolsKubernetesConfigTaintsEffect,
                    key_pointer: &|j| Field::NodepoolsKubernetesConfigTaintsKey.pointer(&[i, j]),
                    taints: taints.iter().map(|t| (t.key.as_deref(), t.effect.as_ref().map(TaintEffect::as_str))).collect(),
                },
                cx,
                out,
            );
        }
    }

    /// Names and pointers are built only for a finding.
    fn check_list(list: &TaintList<'_, '_>, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        let default = list.effect_field.default_str().unwrap_or("NoSchedule");
        let mut first: HashMap<(&str, &str), usize> = HashMap::new();
        for (j, (key, effect)) in list.taints.iter().enumerate() {
            let Some(key) = *key else { continue };
            let effect = effect.unwrap_or(default);
            match first.get(&(key, effect)) {
                None => {
                    first.insert((key, effect), j);
                }
                Some(&earlier) => out.push(
                    Self::META
                        .diagnostic(t!(lang, "nam010", key, effect, list = (list.name)()))
                        .at((list.key_pointer)(j))
                        .label(t!(lang, "nam010.label"))
                        .with(Label::at((list.key_pointer)(earlier), t!(lang, "nam010.label-first")))
                        .help(t!(lang, "nam010.help")),
                ),
            }
        }
    }
}
