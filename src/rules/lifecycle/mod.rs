//! Deprecated fields, fields that do not apply to the cluster type, and the cluster type itself.
//!
//! The field rules are driven by the spec (`FieldMeta.deprecated`, `.replacement`, `.applies_to`): they walk
//! the fields present in the typed request and look each one up, so a new spec entry needs no code here.

use crate::i18n::Lang;
use crate::rules::messages::{backticked, join_and};
use crate::rules::{ClusterKind, Context};
use crate::spec::{Field, display_pointer};
use crate::t;

crate::rules::group_rules! {
    deprecated_field,
    managed_only_field_on_dedicated,
    dedicated_only_field_on_managed,
    dedicated_cluster_end_of_sale,
    cluster_type_missing,
}

/// Which cluster types a field is meant for, from its spec `applies_to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Every cluster type (`applies_to` is empty).
    Any,
    /// Only managed clusters (`ManagedKubernetes`, possibly one edition such as `ManagedKubernetes/Pro`).
    ManagedOnly,
    /// Only dedicated clusters (`Kubernetes`).
    DedicatedOnly,
    /// Something else (registered clusters, edge node pools): checked elsewhere.
    Other,
}

/// The scope of `field` (read from the spec once: rules ask for every field a body sets).
pub fn scope(field: Field) -> Scope {
    static SCOPES: std::sync::OnceLock<Vec<Scope>> = std::sync::OnceLock::new();
    let scopes = SCOPES.get_or_init(|| crate::spec::FIELD_META.iter().map(|m| scope_of(m.applies_to)).collect());
    scopes.get(field as usize).copied().unwrap_or_else(|| scope_of(field.meta().applies_to))
}

/// The scope of a field that applies to `types`.
fn scope_of(types: &[&str]) -> Scope {
    if types.is_empty() {
        Scope::Any
    } else if types.iter().all(|t| *t == "ManagedKubernetes" || t.starts_with("ManagedKubernetes/")) {
        Scope::ManagedOnly
    } else if types.iter().all(|t| *t == "Kubernetes") {
        Scope::DedicatedOnly
    } else {
        Scope::Other
    }
}

/// Whether the service ignores `field` for a cluster of this kind (reported by the two "ignored" rules).
pub fn ignored_for(field: Field, kind: ClusterKind) -> bool {
    matches!(
        (scope(field), kind),
        (Scope::ManagedOnly, ClusterKind::Dedicated) | (Scope::DedicatedOnly, ClusterKind::Managed)
    )
}

/// A field present in the request.
pub use crate::presence::PresentField as Present;

/// Every field present in the body, parents before children (computed once per document, shared by all rules).
pub fn present_fields<'a>(cx: &Context<'a>) -> &'a [Present] {
    cx.present
}

/// Whether `pointer` lies below one of `reported` (so its parent was already reported).
pub fn below_any(pointer: &str, reported: &[String]) -> bool {
    reported.iter().any(|r| below(pointer, r))
}

/// Whether `pointer` lies below `parent`.
pub fn below(pointer: &str, parent: &str) -> bool {
    // The byte after `parent` first: it rules out most pairs without comparing the pointers.
    pointer.as_bytes().get(parent.len()) == Some(&b'/') && pointer.starts_with(parent)
}

/// The unsafe fix that removes the ignored fields at `pointers`: "remove `a` and `b`", or "remove 14
/// `master_*` fields" for more than four.
pub fn removal(lang: Lang, pointers: &[String]) -> crate::fix::Fix {
    let names: Vec<String> = pointers.iter().map(|p| display_pointer(p)).collect();
    let what = if names.len() <= 4 {
        join_and(lang, &backticked(&names))
    } else {
        counted(lang, &names, &Noun::IgnoredFields)
    };
    let fix = crate::fix::Fix::unsafe_(t!(lang, "lifecycle-remove", what));
    pointers.iter().fold(fix, |fix, p| fix.remove(p.clone()))
}

/// The node pool a concrete pointer lies in: `/nodepools/2/count` → `Some(2)`, `/master_count` → `None`.
pub fn pool_index(pointer: &str) -> Option<usize> {
    pointer.strip_prefix("/nodepools/")?.split('/').next()?.parse().ok()
}

/// What a group of fields is called when a message counts it ("3 settings").
pub enum Noun {
    /// "fields"
    Fields,
    /// "ignored fields"
    IgnoredFields,
    /// "settings"
    Settings,
    /// "cluster-wide worker settings"
    WorkerSettings,
    /// "cluster-wide node settings"
    NodeSettings,
    /// "fields of node pool `web`": the pool as `rules::messages::pool_label` names it.
    PoolFields(String),
}

/// How a message counts a group of fields named `names`: "14 `master_*` fields" when they all share the
/// legacy `master_` or `worker_` prefix (the shape of old templates), "3 {noun}" otherwise.
pub fn counted<S: AsRef<str>>(lang: Lang, names: &[S], noun: &Noun) -> String {
    let count = names.len();
    for prefix in ["master_", "worker_"] {
        if names.iter().all(|name| name.as_ref().starts_with(prefix)) {
            return t!(lang, "lifecycle-counted.prefixed", count, prefix);
        }
    }
    match noun {
        Noun::Fields => t!(lang, "lifecycle-counted.fields", count),
        Noun::IgnoredFields => t!(lang, "lifecycle-counted.ignored-fields", count),
        Noun::Settings => t!(lang, "lifecycle-counted.settings", count),
        Noun::WorkerSettings => t!(lang, "lifecycle-counted.worker-settings", count),
        Noun::NodeSettings => t!(lang, "lifecycle-counted.node-settings", count),
        Noun::PoolFields(pool) => t!(lang, "lifecycle-counted.pool-fields", count, pool),
    }
}

/// The array indices in a concrete pointer: `/nodepools/2/scaling_group/data_disks/0/size` → `[2, 0]`.
pub fn indices(pointer: &str) -> Vec<usize> {
    pointer.split('/').filter_map(|s| s.parse().ok()).collect()
}

/// The replacements of the deprecated field at `pointer` that apply to a cluster of this kind, as pointers
/// (indices filled from `pointer` where the replacement lives in the same array item; `*` where it does not).
pub fn replacements(field: Field, pointer: &str, kind: ClusterKind) -> Vec<String> {
    let at = indices(pointer);
    field.meta().replacement.iter().filter(|r| !ignored_for(**r, kind)).map(|r| r.pointer(&at)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_follow_applies_to() {
        assert_eq!(scope(Field::ClusterSpec), Scope::ManagedOnly);
        assert_eq!(scope(Field::EncryptionProviderKey), Scope::ManagedOnly);
        assert_eq!(scope(Field::SshFlags), Scope::DedicatedOnly);
        assert_eq!(scope(Field::MasterCount), Scope::DedicatedOnly);
        assert_eq!(scope(Field::Name), Scope::Any);
        assert_eq!(scope(Field::NodepoolsInterconnectMode), Scope::Other);
    }

    #[test]
    fn a_present_field_gives_the_indices_of_its_pointer() {
        for m in crate::spec::FIELD_META.iter() {
            for at in [&[][..], &[2], &[3, 12]] {
                let present = Present::at(m.field, at);
                assert_eq!(present.indices(), indices(&present.pointer()), "{}", m.path);
            }
        }
    }

    #[test]
    fn pointers_are_taken_apart() {
        assert_eq!(indices("/nodepools/2/scaling_group/data_disks/0/size"), vec![2, 0]);
        assert_eq!(pool_index("/nodepools/2/scaling_group/data_disks/0/size"), Some(2));
        assert_eq!(pool_index("/nodepools"), None);
        assert_eq!(pool_index("/master_count"), None);
        let masters = vec!["master_count".to_string(), "master_period".to_string()];
        assert_eq!(counted(Lang::En, &masters, &Noun::Fields), "2 `master_*` fields");
        let mixed = ["key_pair".to_string(), "worker_period".to_string()];
        assert_eq!(counted(Lang::En, &mixed, &Noun::Settings), "2 settings");
        assert_eq!(counted(Lang::ZhCn, &masters, &Noun::Fields), "2 个 `master_*` 字段");
        assert_eq!(
            replacements(Field::NodepoolsCount, "/nodepools/4/count", ClusterKind::Managed),
            vec!["/nodepools/4/scaling_group/desired_size".to_string()]
        );
        assert_eq!(
            replacements(Field::KeyPair, "/key_pair", ClusterKind::Managed),
            vec!["/nodepools/*/scaling_group/key_pair".to_string()]
        );
    }

    #[test]
    fn descendants_are_recognised() {
        let reported = vec!["/nodepools/0/interconnect_config".to_string()];
        assert!(below_any("/nodepools/0/interconnect_config/cen_id", &reported));
        assert!(!below_any("/nodepools/0/interconnect_config", &reported));
        assert!(!below_any("/nodepools/0/interconnect_configx", &reported));
    }
}
