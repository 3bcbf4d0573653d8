use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;

/// Most tags an ECS instance can carry.
const MAX_ECS_TAGS: usize = 20;

crate::declare_rule! {
    /// A node pool's `scaling_group.tags` holds more than 20 tags.
    ///
    /// ## Why is this bad?
    /// These tags are put on every ECS instance of the pool, and an ECS instance carries at most 20 tags. A
    /// longer list cannot be applied and the pool's instances fail to be created. (The cluster's own `tags`
    /// list has the same limit, which the schema already enforces.)
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" }, "scaling_group": { "tags": [
    ///     { "key": "t01" }, { "key": "t02" }, { "key": "t03" }, { "key": "t04" }, { "key": "t05" },
    ///     { "key": "t06" }, { "key": "t07" }, { "key": "t08" }, { "key": "t09" }, { "key": "t10" },
    ///     { "key": "t11" }, { "key": "t12" }, { "key": "t13" }, { "key": "t14" }, { "key": "t15" },
    ///     { "key": "t16" }, { "key": "t17" }, { "key": "t18" }, { "key": "t19" }, { "key": "t20" },
    ///     { "key": "t21" }
    ///   ] } }
    /// ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" }, "scaling_group": { "tags": [
    ///     { "key": "team", "value": "payments" }, { "key": "env", "value": "prod" }
    ///   ] } }
    /// ] }
    /// ```
    ///
    /// ## References
    /// - ECS `TagResources`: at most 20 tags per resource.
    /// - API reference and SDK: at most 20 cluster `tags`. Neither states a number for the node-pool
    ///   `scaling_group.tags`; the limit here is ECS's.
    pub(crate) struct TooManyNodepoolTags {
        code: "NAM005",
        name: "too-many-nodepool-tags",
        severity: Error,
    }
}

impl TooManyNodepoolTags {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for (i, pool) in cx.pools() {
            let Some(tags) = pool.scaling_group.as_ref().and_then(|s| s.tags.as_ref()) else { continue };
            if tags.len() <= MAX_ECS_TAGS {
                continue;
            }
            let (lang, count) = (cx.lang, tags.len());
            out.push(
                Self::META
                    .diagnostic(t!(lang, "nam005", index = i, count, max = MAX_ECS_TAGS))
                    .at(Field::NodepoolsScalingGroupTags.pointer(&[i]))
                    .label(t!(lang, "nam005.label", count))
                    .help(t!(lang, "nam005.help", excess = count - MAX_ECS_TAGS)),
            );
        }
    }
}
