use super::{
    and_list, below_any, counted, dotted, ignored_for, name_in_pool, pool_index, pool_label, present_fields,
    replacements,
};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;

crate::declare_rule! {
    /// A field that the API marks deprecated.
    ///
    /// ## Why is this bad?
    /// Deprecated fields are kept only for old clients. The service may ignore them, may translate them with
    /// surprising results, or may reject them in a later API version. Most have a successor: the `master_*`
    /// settings moved to `control_plane_config`, the `worker_*` settings and the cluster-wide node settings
    /// moved into `nodepools`, `enable_rrsa` became `rrsa_config.enabled` and `custom_san` became `extra_sans`.
    /// The message names the successor when the API names one that applies to this cluster type.
    ///
    /// ## One finding per move, not per key
    /// A body written from an old template often carries dozens of deprecated keys, and one finding per key
    /// would bury everything else. The fields are grouped by what you have to do about them, and each group
    /// is one finding:
    ///
    /// - the `master_*` fields and others whose successors are all in `control_plane_config` ("11 `master_*`
    ///   fields are deprecated: move them into `control_plane_config` and `vswitch_ids`");
    /// - fields whose successors are all in the node pools (the `worker_*` settings, `num_of_nodes`, …);
    /// - cluster-wide node settings split between `control_plane_config` and the node pools (`key_pair`,
    ///   `runtime`, `image_type`, …);
    /// - fields replaced by a field elsewhere (`enable_rrsa`, `custom_san`);
    /// - fields with no replacement, to remove.
    ///
    /// Fields inside a node pool are grouped per pool. The finding points at the first field of its group in
    /// the text, and every field of the group gets a label that names its successor
    /// (`→ control_plane_config.size`), so an editor still marks each key. A group of one field keeps the short
    /// message "`enable_rrsa` is deprecated; use `rrsa_config.enabled` instead". An `ignore` limited to a
    /// `pointer` matches a group through its first field only.
    ///
    /// A field that does not apply to the cluster type at all is reported as ignored instead
    /// (`managed-only-field-on-dedicated`, `dedicated-only-field-on-managed`).
    ///
    /// ## Example
    /// ```json
    /// { "enable_rrsa": true }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "rrsa_config": { "enabled": true } }
    /// ```
    ///
    /// ## References
    /// - SDK: the fields marked `Deprecated` and the successors their descriptions name.
    /// - API reference: its example still uses `master_*`, `enable_rrsa`, `custom_san` and other deprecated
    ///   fields.
    pub struct DeprecatedField {
        code: "LIF001",
        name: "deprecated-field",
        group: Lifecycle,
        severity: Warning,
    }
}

/// What the user has to do with a deprecated field: where its successors live.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Move {
    /// A `master_*` field, or one whose successors are all in `control_plane_config`: it describes the masters
    /// of a dedicated cluster.
    Masters,
    /// Every successor is in the node pools (the workers).
    NodePools,
    /// A cluster-wide node setting whose successors are in `control_plane_config` and in the node pools.
    Split,
    /// A successor elsewhere: a rename, or a move inside the same node pool.
    Rename,
    /// The API names no replacement.
    Remove,
}

impl Move {
    /// Where the `successors` (pointers) of the deprecated field at `pointer` live.
    fn of(pointer: &str, successors: &[String]) -> Move {
        if successors.is_empty() {
            return Move::Remove;
        }
        if pool_index(pointer).is_some() {
            return Move::Rename;
        }
        let in_control_plane = |s: &String| s.starts_with("/control_plane_config/");
        let in_pools = |s: &String| s.starts_with("/nodepools/");
        if pointer.starts_with("/master_") || successors.iter().all(in_control_plane) {
            Move::Masters
        } else if successors.iter().all(in_pools) {
            Move::NodePools
        } else if successors.iter().all(|s| in_control_plane(s) || in_pools(s)) {
            Move::Split
        } else {
            Move::Rename
        }
    }
}

/// A deprecated field the body sets, with the successors that apply to its cluster type (pointers).
struct Found {
    pointer: String,
    successors: Vec<String>,
}

impl Found {
    /// The label on the field: its successors, named as seen from its node pool when it is in one.
    fn label(&self) -> String {
        if self.successors.is_empty() {
            "no replacement".to_string()
        } else {
            let names: Vec<String> = self.successors.iter().map(|s| name_in_pool(s)).collect();
            format!("→ {}", and_list(&names))
        }
    }
}

/// The deprecated fields that call for the same move, in one node pool or outside any.
struct Group {
    pool: Option<usize>,
    to: Move,
    fields: Vec<Found>,
}

/// The longest dotted path that contains every pointer of `pointers` (`nodepools[].scaling_group`).
fn common_container(pointers: &[&String]) -> String {
    let parents: Vec<Vec<&str>> =
        pointers.iter().map(|p| p.rsplit_once('/').map_or("", |(parent, _)| parent).split('/').collect()).collect();
    let Some(first) = parents.first() else { return String::new() };
    let len = (0..first.len()).take_while(|&i| parents.iter().all(|p| p.get(i) == first.get(i))).count();
    dotted(&first[..len].join("/"))
}

impl DeprecatedField {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let present = present_fields(cx);
        let mut reported: Vec<String> = Vec::new();
        let mut groups: Vec<Group> = Vec::new();
        for p in present {
            let ignored = ignored_for(p.field, cx.kind);
            if !ignored && !p.field.meta().deprecated {
                continue;
            }
            let pointer = p.pointer();
            if below_any(&pointer, &reported) {
                continue;
            }
            // An ignored field: the "ignored" rules report it and everything below it.
            reported.push(pointer.clone());
            if ignored {
                continue;
            }
            let successors = replacements(p.field, &pointer, cx.kind);
            let (pool, to) = (pool_index(&pointer), Move::of(&pointer, &successors));
            let found = Found { pointer, successors };
            match groups.iter_mut().find(|g| g.pool == pool && g.to == to) {
                Some(g) => g.fields.push(found),
                None => groups.push(Group { pool, to, fields: vec![found] }),
            }
        }
        for group in &groups {
            out.push(Self::finding(cx, group));
        }
    }

    /// The one finding of a group: at its first field in the text, with a label on every field.
    fn finding(cx: &Context<'_>, group: &Group) -> Diagnostic {
        let (first, rest) = group.fields.split_first().expect("a group has a field");
        let mut d = match rest {
            [] => Self::single(first),
            _ => Self::grouped(cx, group),
        }
        .at(first.pointer.clone())
        .label(first.label());
        for f in rest {
            d = d.peer(Label::at(f.pointer.clone(), f.label()));
        }
        // Point at a successor the body already sets.
        let present = present_fields(cx);
        for f in &group.fields {
            for r in f.successors.iter().filter(|r| !r.contains('*')) {
                let field = Field::from_pointer(r);
                if present.iter().any(|q| Some(q.field) == field && q.pointer() == *r) {
                    let note = if rest.is_empty() {
                        "replacement already set".to_string()
                    } else {
                        format!("already set; replaces `{}`", name_in_pool(&f.pointer))
                    };
                    d = d.with(Label::at(r.clone(), note));
                }
            }
        }
        d
    }

    /// The message and help of a group of one field.
    fn single(f: &Found) -> Diagnostic {
        let name = dotted(&f.pointer);
        if f.successors.is_empty() {
            return Self::META
                .diagnostic(format!("`{name}` is deprecated and the API names no replacement"))
                .help(format!("remove `{name}` unless you depend on its legacy behaviour"));
        }
        let names: Vec<String> = f.successors.iter().map(|r| dotted(r)).collect();
        let list = and_list(&names);
        Self::META
            .diagnostic(format!("`{name}` is deprecated; use {list} instead"))
            .help(format!("remove `{name}` and set {list} instead"))
    }

    /// The message and help of a group of several fields.
    fn grouped(cx: &Context<'_>, group: &Group) -> Diagnostic {
        let names: Vec<String> = group.fields.iter().map(|f| name_in_pool(&f.pointer)).collect();
        let noun = match (group.pool, group.to) {
            (Some(i), _) => format!("fields of {}", pool_label(cx, i)),
            (None, Move::NodePools) => "cluster-wide worker settings".to_string(),
            (None, Move::Split) => "cluster-wide node settings".to_string(),
            (None, _) => "fields".to_string(),
        };
        let subject = counted(&names, &noun);
        let (message, help) = match group.to {
            Move::Masters => {
                // `control_plane_config`, and `vswitch_ids` for `master_vswitch_ids`.
                let mut targets: Vec<String> = Vec::new();
                for s in group.fields.iter().flat_map(|f| &f.successors) {
                    let top = s.split('/').nth(1).unwrap_or_default().to_string();
                    if !targets.contains(&top) {
                        targets.push(top);
                    }
                }
                (
                    format!("{subject} are deprecated: move them into {}", and_list(&targets)),
                    "set the fields the labels name, then remove the deprecated ones".to_string(),
                )
            }
            Move::NodePools => {
                let successors: Vec<&String> = group.fields.iter().flat_map(|f| &f.successors).collect();
                (
                    format!("{subject} are deprecated: move them into the node pools (`{}`)", common_container(&successors)),
                    "describe the workers as node pools in `nodepools`: set in each pool the fields the labels name, then remove the deprecated ones".to_string(),
                )
            }
            Move::Split => (
                format!(
                    "{subject} are deprecated: set them in `control_plane_config` for the masters and in each node pool for the workers"
                ),
                "set the fields the labels name in `control_plane_config` and in each node pool, then remove the deprecated ones".to_string(),
            ),
            Move::Rename => (
                format!("{subject} are deprecated and have successors under other names"),
                "replace each field with the one its label names".to_string(),
            ),
            Move::Remove => (
                format!("{subject} are deprecated and the API names no replacement"),
                "remove them unless you depend on their legacy behaviour".to_string(),
            ),
        };
        Self::META.diagnostic(message).help(help)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pointers(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn moves_follow_where_the_successors_live() {
        let of = |p: &str, s: &[&str]| Move::of(p, &pointers(s));
        assert_eq!(of("/master_count", &["/control_plane_config/size"]), Move::Masters);
        assert_eq!(of("/master_vswitch_ids", &["/vswitch_ids"]), Move::Masters);
        assert_eq!(of("/soc_enabled", &["/control_plane_config/soc_enabled"]), Move::Masters);
        assert_eq!(of("/worker_period", &["/nodepools/*/scaling_group/period"]), Move::NodePools);
        let split = ["/control_plane_config/key_pair", "/nodepools/*/scaling_group/key_pair"];
        assert_eq!(of("/key_pair", &split), Move::Split);
        assert_eq!(of("/enable_rrsa", &["/rrsa_config/enabled"]), Move::Rename);
        assert_eq!(of("/nodepools/0/count", &["/nodepools/0/scaling_group/desired_size"]), Move::Rename);
        assert_eq!(of("/timeout_mins", &[]), Move::Remove);
        assert_eq!(of("/nodepools/1/management/upgrade_config", &[]), Move::Remove);
    }

    #[test]
    fn the_common_container_is_the_deepest_shared_parent() {
        let sg = pointers(&["/nodepools/*/scaling_group/period", "/nodepools/*/scaling_group/instance_types"]);
        assert_eq!(common_container(&sg.iter().collect::<Vec<_>>()), "nodepools[].scaling_group");
        let mixed = pointers(&["/nodepools/*/scaling_group/period", "/nodepools/*/kubernetes_config/runtime"]);
        assert_eq!(common_container(&mixed.iter().collect::<Vec<_>>()), "nodepools[]");
    }
}
