use crate::t;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::model::MatchCriteria;
use crate::spec::Field;

crate::declare_rule! {
    /// `private_pool_options.match_criteria` is `Target` but no private pool `id` is given.
    ///
    /// ## Why is this bad?
    /// `Target` launches instances only from the private pool (elasticity assurance or capacity
    /// reservation) named in `private_pool_options.id`. Without an ID there is no pool to launch from, so
    /// the pool's instances cannot start.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" },
    ///     "scaling_group": { "private_pool_options": { "match_criteria": "Target" } } }
    /// ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" },
    ///     "scaling_group": { "private_pool_options": { "match_criteria": "Target", "id": "eap-bp67acfmxazb4p3nrh6a" } } }
    /// ] }
    /// ```
    ///
    /// ## References
    /// - SDK node-pool model: with `Target` the instances start from the specified private pool, and when it is
    ///   unavailable they cannot start. The SDK does not literally mark `id` required; without it no pool is
    ///   specified, which is the case it describes.
    /// - Terraform node-pool documentation: the same for `Target`.
    pub(crate) struct PrivatePoolTargetWithoutId {
        code: "NP016",
        name: "private-pool-target-without-id",
        severity: Error,
    }
}

impl PrivatePoolTargetWithoutId {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for (i, pool) in cx.pools() {
            let Some(opts) = pool.scaling_group.as_ref().and_then(|s| s.private_pool_options.as_ref()) else {
                continue;
            };
            if opts.match_criteria != Some(MatchCriteria::Target) {
                continue;
            }
            // An empty string names no pool either. (An `id` of the wrong JSON type also reads as absent
            // here; the structure check reports its type.)
            let missing = match opts.id.as_deref() {
                Some(id) => id.trim().is_empty(),
                None => !cx.has_wrong_type(Field::NodepoolsScalingGroupPrivatePoolOptionsId, &[i]),
            };
            if missing {
                out.push(
                    Self::META
                        .diagnostic(t!(cx.lang, "np016"))
                        .at(Field::NodepoolsScalingGroupPrivatePoolOptionsMatchCriteria.pointer(&[i]))
                        .label(t!(cx.lang, "np016.label"))
                        .help(t!(cx.lang, "np016.help")),
                );
            }
        }
    }
}
