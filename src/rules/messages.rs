//! The words findings share: how a node pool is named, and how lists of names and values are joined, in the
//! run's language.
//!
//! Fields are named by [`Field::display`](crate::spec::Field::display) and its siblings (one convention: dotted
//! path, `[i]` for an index). The list words live in [`crate::i18n::fragments`] (a core module, so code
//! outside the rules, like the suggestions, uses them too); this module adds what needs the typed model.

pub use crate::i18n::fragments::{backticked, join_and, join_or, one_of};
use crate::i18n::{Lang, fragments};
use crate::model::{CreateClusterRequest, Nodepool};

/// How messages name node pool `index`: "node pool `web`" by its `nodepool_info.name`, or "`nodepools[1]`" (the
/// zero-based index of its JSON pointer) when it has no name or an empty one.
pub fn pool_label(lang: Lang, index: usize, pool: &Nodepool) -> String {
    fragments::pool_label(lang, index, pool.nodepool_info.as_ref().and_then(|i| i.name.as_deref()))
}

/// [`pool_label`] of the request's node pool `index` (`` `nodepools[7]` `` when there is no such pool).
pub fn pool_label_at(lang: Lang, request: &CreateClusterRequest, index: usize) -> String {
    let pool = request.nodepools.as_ref().and_then(|p| p.get(index));
    let name = pool.and_then(|p| p.nodepool_info.as_ref()).and_then(|i| i.name.as_deref());
    fragments::pool_label(lang, index, name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_read_as_english() {
        let en = Lang::En;
        assert_eq!(join_and::<&str>(en, &[]), "");
        assert_eq!(join_and(en, &["a"]), "a");
        assert_eq!(join_and(en, &["a", "b"]), "a and b");
        assert_eq!(join_and(en, &["a", "b", "c"]), "a, b and c");
        assert_eq!(join_or(en, &["a", "b", "c"]), "a, b or c");
        assert_eq!(one_of(en, &[1, 2, 3, 6, 12]), "1, 2, 3, 6 or 12");
        assert_eq!(join_and(en, &backticked(&["a", "b"])), "`a` and `b`");
    }

    #[test]
    fn a_pool_is_named_by_its_name_or_its_index() {
        let request: CreateClusterRequest = serde_json::from_str(
            r#"{ "nodepools": [ { "nodepool_info": { "name": "web" } }, {}, { "nodepool_info": { "name": "" } } ] }"#,
        )
        .unwrap();
        let pools = request.nodepools.as_ref().unwrap();
        assert_eq!(pool_label(Lang::En, 0, &pools[0]), "node pool `web`");
        assert_eq!(pool_label(Lang::En, 1, &pools[1]), "`nodepools[1]`");
        assert_eq!(pool_label(Lang::En, 2, &pools[2]), "`nodepools[2]`");
        assert_eq!(pool_label_at(Lang::En, &request, 0), "node pool `web`");
        assert_eq!(pool_label_at(Lang::En, &request, 7), "`nodepools[7]`");
        assert_eq!(pool_label(Lang::ZhCn, 0, &pools[0]), "节点池 `web`");
    }
}
