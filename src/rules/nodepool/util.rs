//! Helpers shared by the node-pool rules.

use crate::model::{CreateClusterRequest, Nodepool};
use crate::rules::Context;

/// Every node pool of the request with its index.
pub(super) fn pools<'a>(cx: &Context<'a>) -> impl Iterator<Item = (usize, &'a Nodepool)> + use<'a> {
    let request: &'a CreateClusterRequest = cx.request;
    request.nodepools.iter().flatten().enumerate()
}

/// Node pools with auto scaling switched on and both bounds given: `(index, pool, min_instances, max_instances)`.
pub(super) fn auto_scaled<'a>(cx: &Context<'a>) -> impl Iterator<Item = (usize, &'a Nodepool, i64, i64)> + use<'a> {
    pools(cx).filter_map(|(i, pool)| {
        let auto = pool.auto_scaling.as_ref().filter(|a| a.enable == Some(true))?;
        Some((i, pool, auto.min_instances?, auto.max_instances?))
    })
}
