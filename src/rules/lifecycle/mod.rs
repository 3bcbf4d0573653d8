//! Deprecated fields, fields that do not apply to the cluster type, and the cluster type itself.
//!
//! The field rules are driven by the spec (`FieldMeta.deprecated`, `.replacement`, `.applies_to`): they walk
//! the fields present in the typed request and look each one up, so a new spec entry needs no code here.

mod cluster_type_missing;
mod dedicated_cluster_end_of_sale;
mod dedicated_only_field_on_managed;
mod deprecated_field;
mod managed_only_field_on_dedicated;

pub use cluster_type_missing::ClusterTypeMissing;
pub use dedicated_cluster_end_of_sale::DedicatedClusterEndOfSale;
pub use dedicated_only_field_on_managed::DedicatedOnlyFieldOnManaged;
pub use deprecated_field::DeprecatedField;
pub use managed_only_field_on_dedicated::ManagedOnlyFieldOnDedicated;

use crate::rules::{ClusterKind, Context, Rule};
use crate::spec::Field;

/// The rules of this group, in code order.
pub static RULES: &[&dyn Rule] = &[
    &DeprecatedField,
    &ManagedOnlyFieldOnDedicated,
    &DedicatedOnlyFieldOnManaged,
    &DedicatedClusterEndOfSale,
    &ClusterTypeMissing,
];

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
    reported.iter().any(|r| pointer.strip_prefix(r.as_str()).is_some_and(|rest| rest.starts_with('/')))
}

pub use crate::rules::dotted;

/// `a`, `a` and `b`, `a`, `b` and `c`, each in backticks.
pub fn and_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// The unsafe fix that removes the ignored fields at `pointers`: "remove `a` and `b`", or "remove 14
/// `master_*` fields" for more than four.
pub fn removal(pointers: &[String]) -> crate::fix::Fix {
    let names: Vec<String> = pointers.iter().map(|p| dotted(p)).collect();
    let what = if names.len() <= 4 { and_list(&names) } else { counted(&names, "ignored fields") };
    pointers.iter().fold(crate::fix::Fix::unsafe_(format!("remove {what}")), |fix, p| fix.remove(p.clone()))
}

/// The node pool a concrete pointer lies in: `/nodepools/2/count` → `Some(2)`, `/master_count` → `None`.
pub fn pool_index(pointer: &str) -> Option<usize> {
    pointer.strip_prefix("/nodepools/")?.split('/').next()?.parse().ok()
}

/// How messages name node pool `index`: "node pool `web`", or "`nodepools[1]`" when it has no name.
pub fn pool_label(cx: &Context<'_>, index: usize) -> String {
    let pool = cx.request.nodepools.as_ref().and_then(|p| p.get(index));
    match pool.and_then(|p| p.nodepool_info.as_ref()).and_then(|i| i.name.as_deref()).filter(|n| !n.is_empty()) {
        Some(name) => format!("node pool `{name}`"),
        None => format!("`nodepools[{index}]`"),
    }
}

/// A field's dotted name as seen from inside its node pool (`scaling_group.desired_size`), or the whole
/// dotted name for a field outside any pool.
pub fn name_in_pool(pointer: &str) -> String {
    // `/nodepools/2/scaling_group/…`: the part after the pool's index names a member of the pool.
    let inside = pointer.strip_prefix("/nodepools/").and_then(|rest| {
        let (index, inner) = rest.split_once('/')?;
        let first = inner.split('/').next().unwrap_or_default();
        // Only an index written as `dotted` writes it (`01` or `+1` stay in the name).
        let canonical = index.parse::<usize>().is_ok_and(|i| i.to_string() == index);
        let member = canonical && first != "*" && first.parse::<usize>().is_err();
        member.then(|| &pointer[pointer.len() - inner.len() - 1..])
    });
    dotted(inside.unwrap_or(pointer))
}

/// How a message counts a group of fields named `names`: "14 `master_*` fields" when they all share the
/// legacy `master_` or `worker_` prefix (the shape of old templates), "3 {noun}" otherwise.
pub fn counted(names: &[String], noun: &str) -> String {
    let n = names.len();
    for prefix in ["master_", "worker_"] {
        if names.iter().all(|name| name.starts_with(prefix)) {
            return format!("{n} `{prefix}*` fields");
        }
    }
    format!("{n} {noun}")
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
    fn names_in_pools_drop_the_pool() {
        for (pointer, name) in [
            ("/nodepools/0/count", "count"),
            ("/nodepools/12/scaling_group/data_disks/1/size", "scaling_group.data_disks[1].size"),
            ("/nodepools/0", "nodepools[0]"),
            ("/nodepools/0/3", "nodepools[0][3]"),
            ("/nodepools/*/count", "nodepools[].count"),
            ("/nodepools/x/count", "nodepools.x.count"),
            ("/nodepools/01/count", "nodepools[01].count"),
            ("/nodepools/+1/count", "nodepools[+1].count"),
            ("/master_count", "master_count"),
        ] {
            assert_eq!(name_in_pool(pointer), name, "{pointer}");
        }
    }

    #[test]
    fn names_are_dotted() {
        assert_eq!(dotted("/nodepools/0/count"), "nodepools[0].count");
        assert_eq!(dotted("/nodepools/*/scaling_group/key_pair"), "nodepools[].scaling_group.key_pair");
        assert_eq!(dotted("/master_count"), "master_count");
        assert_eq!(and_list(&["a".into(), "b".into(), "c".into()]), "`a`, `b` and `c`");
        assert_eq!(and_list(&["a".into()]), "`a`");
        assert_eq!(indices("/nodepools/2/scaling_group/data_disks/0/size"), vec![2, 0]);
        assert_eq!(pool_index("/nodepools/2/scaling_group/data_disks/0/size"), Some(2));
        assert_eq!(pool_index("/nodepools"), None);
        assert_eq!(pool_index("/master_count"), None);
        assert_eq!(name_in_pool("/nodepools/2/scaling_group/desired_size"), "scaling_group.desired_size");
        assert_eq!(name_in_pool("/master_count"), "master_count");
        let masters = vec!["master_count".to_string(), "master_period".to_string()];
        assert_eq!(counted(&masters, "fields"), "2 `master_*` fields");
        assert_eq!(counted(&["key_pair".to_string(), "worker_period".to_string()], "settings"), "2 settings");
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
