//! Helpers shared by the node-pool rules.

use crate::model::Nodepool;
use crate::rules::Context;

/// Node pools with auto scaling switched on and both bounds given: `(index, pool, min_instances, max_instances)`.
pub(super) fn auto_scaled<'a>(cx: &Context<'a>) -> impl Iterator<Item = (usize, &'a Nodepool, i64, i64)> + use<'a> {
    cx.pools().filter_map(|(i, pool)| {
        let auto = pool.auto_scaling.as_ref().filter(|a| a.enable == Some(true))?;
        Some((i, pool, auto.min_instances?, auto.max_instances?))
    })
}
