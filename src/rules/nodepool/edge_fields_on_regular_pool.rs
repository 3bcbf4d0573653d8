use crate::t;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::fix::Fix;
use crate::rules::Context;
use crate::rules::messages::{backticked, join_and};
use crate::model::NodepoolType;
use crate::spec::Field;

crate::declare_rule! {
    /// A node pool that is not an edge pool sets edge-only fields (`interconnect_mode`, `interconnect_config`, `max_nodes`).
    ///
    /// ## Why is this bad?
    /// `interconnect_mode`, `interconnect_config` and `max_nodes` describe how an edge node pool of an ACK
    /// Edge cluster reaches the cloud and how many nodes it may hold. They mean nothing for a regular
    /// (`ess`) pool, where `max_nodes` must stay 0, so the service ignores them or rejects the pool. They
    /// usually come from copying an edge example.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general", "type": "ess" }, "interconnect_mode": "basic", "max_nodes": 10 }
    /// ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general", "type": "ess" } }
    /// ] }
    /// ```
    ///
    /// ## Fix
    /// Unsafe: it removes the edge-only fields the finding names. A regular pool has no use for them, so the
    /// pool is the same (or no longer refused); but if you meant an edge pool, the right change is
    /// `nodepool_info.type: edge`, and the fix cannot tell.
    ///
    /// ## References
    /// - SDK: `interconnect_mode` is used only when the pool type is `edge`, and `max_nodes` is 0 for `ess` pools.
    pub(crate) struct EdgeFieldsOnRegularPool {
        code: "NP007",
        name: "edge-fields-on-regular-pool",
        severity: Warning,
        fix: Unsafe,
    }
}

impl EdgeFieldsOnRegularPool {
    // Deprecated fields read on purpose: this rule reports the deprecated `interconnect_config` on a regular pool.
    #[allow(deprecated)]
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for (i, pool) in cx.pools() {
            let kind = pool.nodepool_info.as_ref().and_then(|n| n.r#type.as_ref());
            if kind == Some(&NodepoolType::Edge) {
                continue;
            }
            let found: Vec<(&str, Field)> = [
                (pool.interconnect_mode.is_some(), "interconnect_mode", Field::NodepoolsInterconnectMode),
                (pool.interconnect_config.is_some(), "interconnect_config", Field::NodepoolsInterconnectConfig),
                (pool.max_nodes.is_some_and(|n| n > 0), "max_nodes", Field::NodepoolsMaxNodes),
            ]
            .into_iter()
            .filter(|c| c.0)
            .map(|c| (c.1, c.2))
            .collect();
            let Some(&(_, first)) = found.first() else { continue };
            let names: Vec<&str> = found.iter().map(|(n, _)| *n).collect();
            let lang = cx.lang;
            let fields = join_and(lang, &backticked(&names));
            let count = names.len();
            let message = match kind {
                Some(pool_type) => t!(lang, "np007-typed", fields = fields.as_str(), count, pool_type = pool_type.as_str()),
                None => t!(lang, "np007-untyped", fields = fields.as_str(), count),
            };
            let mut d = Self::META
                .diagnostic(message)
                .at(first.pointer(&[i]))
                .label(t!(lang, "np007.label"))
                .help(t!(lang, "np007.help"));
            for (_, field) in found.iter().skip(1) {
                d = d.with(Label::at(field.pointer(&[i]), t!(lang, "np007.label")));
            }
            if kind.is_some() {
                d = d.with(Label::at(Field::NodepoolsNodepoolInfoType.pointer(&[i]), t!(lang, "np007.label-type")));
            }
            let fix = cx.fix(|| {
                found.iter().fold(Fix::unsafe_(t!(lang, "np007.fix", fields = fields.as_str())), |fix, (_, field)| {
                    fix.remove(field.pointer(&[i]))
                })
            });
            out.push(d.fix(fix));
        }
    }
}
