//! The words findings share: how a node pool is named, and how lists of names and values are joined.
//!
//! Fields are named by [`Field::display`](crate::spec::Field::display) and its siblings (one convention: dotted
//! path, `[i]` for an index). These helpers are small and pure on purpose: each is one wording decision, the
//! place where a translated message will pick its language.

use crate::model::{CreateClusterRequest, Nodepool};

/// How messages name node pool `index`: "node pool `web`" by its `nodepool_info.name`, or "`nodepools[1]`" (the
/// zero-based index of its JSON pointer) when it has no name or an empty one.
pub fn pool_label(index: usize, pool: &Nodepool) -> String {
    label(index, pool.nodepool_info.as_ref().and_then(|i| i.name.as_deref()))
}

/// [`pool_label`] of node pool `index` of `request` (its index alone when there is no such pool).
pub fn pool_label_at(request: &CreateClusterRequest, index: usize) -> String {
    let pool = request.nodepools.as_ref().and_then(|p| p.get(index));
    label(index, pool.and_then(|p| p.nodepool_info.as_ref()).and_then(|i| i.name.as_deref()))
}

fn label(index: usize, name: Option<&str>) -> String {
    match name.filter(|n| !n.is_empty()) {
        Some(name) => format!("node pool `{name}`"),
        None => format!("`nodepools[{index}]`"),
    }
}

/// `a`, `a and b`, `a, b and c`.
pub fn join_and<S: AsRef<str>>(items: &[S]) -> String {
    join_with(items, "and")
}

/// `a`, `a or b`, `a, b or c`.
pub fn join_or<S: AsRef<str>>(items: &[S]) -> String {
    join_with(items, "or")
}

fn join_with<S: AsRef<str>>(items: &[S], word: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} {word} {}", init.join(", "), last.as_ref())
        }
    }
}

/// The allowed numbers, for "set it to …": `1, 2, 3, 6 or 12`.
pub fn one_of(values: &[i64]) -> String {
    join_or(&values.iter().map(i64::to_string).collect::<Vec<_>>())
}

/// Each name in backticks, for [`join_and`] or [`join_or`]: `a` → "`a`".
pub fn backticked<S: AsRef<str>>(names: &[S]) -> Vec<String> {
    names.iter().map(|n| format!("`{}`", n.as_ref())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_read_as_english() {
        assert_eq!(join_and::<&str>(&[]), "");
        assert_eq!(join_and(&["a"]), "a");
        assert_eq!(join_and(&["a", "b"]), "a and b");
        assert_eq!(join_and(&["a", "b", "c"]), "a, b and c");
        assert_eq!(join_or(&["a", "b", "c"]), "a, b or c");
        assert_eq!(one_of(&[1, 2, 3, 6, 12]), "1, 2, 3, 6 or 12");
        assert_eq!(join_and(&backticked(&["a", "b"])), "`a` and `b`");
    }

    #[test]
    fn a_pool_is_named_by_its_name_or_its_index() {
        let request: CreateClusterRequest = serde_json::from_str(
            r#"{ "nodepools": [ { "nodepool_info": { "name": "web" } }, {}, { "nodepool_info": { "name": "" } } ] }"#,
        )
        .unwrap();
        let pools = request.nodepools.as_ref().unwrap();
        assert_eq!(pool_label(0, &pools[0]), "node pool `web`");
        assert_eq!(pool_label(1, &pools[1]), "`nodepools[1]`");
        assert_eq!(pool_label(2, &pools[2]), "`nodepools[2]`");
        assert_eq!(pool_label_at(&request, 0), "node pool `web`");
        assert_eq!(pool_label_at(&request, 7), "`nodepools[7]`");
    }
}
