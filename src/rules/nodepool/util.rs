//! Helpers shared by the node-pool rules.

use crate::model::Nodepool;
use crate::rules::Context;

/// `a`, `a` and `b`, `a`, `b` and `c`: backticked names joined for a message.
pub(super) fn join_names(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The spec default of a string field, without its JSON quotes.
pub(super) fn default_str(field: crate::spec::Field) -> Option<&'static str> {
    field.meta().default.map(|d| d.trim_matches('"'))
}

/// Node pools with auto scaling switched on and both bounds given: `(index, pool, min_instances, max_instances)`.
pub(super) fn auto_scaled<'a>(cx: &Context<'a>) -> impl Iterator<Item = (usize, &'a Nodepool, i64, i64)> + use<'a> {
    cx.pools().filter_map(|(i, pool)| {
        let auto = pool.auto_scaling.as_ref().filter(|a| a.enable == Some(true))?;
        Some((i, pool, auto.min_instances?, auto.max_instances?))
    })
}
