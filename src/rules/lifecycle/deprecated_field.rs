use super::{Noun, below, below_any, counted, ignored_for, pool_index, present_fields};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::fix::Fix;
use crate::i18n::Lang;
use crate::presence::PresentField;
use crate::rules::messages::{backticked, join_and, pool_label_at};
use crate::rules::{ClusterKind, Context};
use crate::spec::{Field, JsonType, display_pointer, display_pointer_in_pool};
use crate::t;
use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet};

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
    /// ## Fix
    /// Unsafe, one per finding. It rewrites every field of the group that has a mechanical answer and leaves
    /// the rest to you:
    ///
    /// - a successor in the same object is a rename in place (`nat_gateway` → `snat_entry`,
    ///   `scaling_group.platform` → `scaling_group.image_type`); a successor elsewhere gets the value moved
    ///   there, with the objects on the way created (`enable_rrsa` → `rrsa_config.enabled`, the `master_*`
    ///   fields → `control_plane_config`);
    /// - a string whose successor is a list becomes one: `custom_san` split at its commas, `zoneid` a list of
    ///   one zone; the `runtime` object gives its name to `control_plane_config.runtime` and to each node
    ///   pool's `runtime`, and its version to the pools' `runtime_version`;
    /// - a cluster-wide setting is copied into `control_plane_config` (dedicated clusters) and into each node
    ///   pool that does not set it, then removed. Without node pools there is no fix: a new pool needs a name
    ///   and a size, which only you can choose;
    /// - where the body already sets a successor (a node pool's own deprecated spelling, such as `count`,
    ///   counts), that value is kept and the deprecated field removed;
    /// - a field with no successor is removed, and so is `os_type` `Linux`, which only repeats the default
    ///   (`Windows` names no image and is left).
    ///
    /// Not fixed: a value of the wrong type, two deprecated fields for one successor (`cis_enabled` and
    /// `security_hardening_os`), and `control_plane_config` when `cluster_type` is not `Kubernetes`.
    ///
    /// The fix is unsafe because the service still reads the deprecated fields and does not document that it
    /// treats them exactly like their successors; a value dropped in favour of a successor, or a field without
    /// one, may have had an effect; and the legacy worker settings become settings of the existing node pools
    /// rather than a group of workers of their own. Review the diff.
    ///
    /// ## References
    /// - SDK: the fields marked `Deprecated` and the successors their descriptions name.
    /// - API reference: its example still uses `master_*`, `enable_rrsa`, `custom_san` and other deprecated
    ///   fields.
    pub(crate) struct DeprecatedField {
        code: "LIF001",
        name: "deprecated-field",
        severity: Warning,
        fix: Unsafe,
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
    /// Where the `successors` of the deprecated field at `pointer` live.
    fn of(pointer: &str, successors: &[Field]) -> Move {
        if successors.is_empty() {
            return Move::Remove;
        }
        if pool_index(pointer).is_some() {
            return Move::Rename;
        }
        // Read from the spec paths: filling their `*`s changes neither prefix.
        let in_control_plane = |s: &Field| s.path().starts_with("/control_plane_config/");
        let in_pools = |s: &Field| s.path().starts_with("/nodepools/");
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

/// A deprecated field the body sets, with the successors that apply to its cluster type (worked out once: the
/// message, the labels and the fix all ask for them).
struct Found {
    pointer: String,
    field: Field,
    /// The array indices in `pointer`.
    at: Vec<usize>,
    /// The successor fields that apply to this cluster type.
    successor_fields: Vec<Field>,
}

impl Found {
    /// The successors' pointers, with the indices of `pointer` where they share its arrays (`*` where they do
    /// not): built on demand, as only the fix and a few messages need them.
    fn successors(&self) -> impl Iterator<Item = String> + '_ {
        self.successor_fields.iter().map(|r| r.pointer(&self.at))
    }

    /// Whether the pointer of `successor` has every `*` filled from `at` (it shares all its arrays).
    fn concrete(&self, successor: Field) -> bool {
        successor.arrays() <= self.at.len()
    }

    /// The label on the field: its successors, named as seen from its node pool when it is in one.
    fn label(&self, lang: Lang) -> String {
        match self.successor_fields.as_slice() {
            [] => t!(lang, "lif001.label-none"),
            // Most fields have one successor: named without building a list, the message adding its backticks.
            [one] => t!(lang, "lif001.label-one", successor = name_in_pool(*one, &self.at)),
            many => {
                let names: Vec<Cow<'_, str>> = many.iter().map(|&r| name_in_pool(r, &self.at)).collect();
                t!(lang, "lif001.label", successors = join_and(lang, &backticked(&names)))
            }
        }
    }

    /// Its name as seen from its node pool ([`display_pointer_in_pool`] of its pointer).
    fn name_in_pool(&self) -> Cow<'static, str> {
        name_in_pool(self.field, &self.at)
    }
}

/// [`display_pointer_in_pool`] of `field.pointer(at)`, read from the spec's names when `at` fills no more than the
/// node pool's index (findings name many fields: building and splitting each pointer would cost more).
fn name_in_pool(field: Field, at: &[usize]) -> Cow<'static, str> {
    let path = field.path();
    match at {
        // The pointer is the spec path, `*`s kept: named in full.
        [] => Cow::Borrowed(field.display()),
        [_] if path.starts_with("/nodepools/*/") || !path.contains('*') => Cow::Borrowed(field.display_in_pool()),
        _ => Cow::Owned(display_pointer_in_pool(&field.pointer(at))),
    }
}

/// [`display_pointer`] of `field.pointer(at)`, read from the spec's name.
fn name_at(field: Field, at: &[usize]) -> Cow<'static, str> {
    if at.is_empty() { Cow::Borrowed(field.display()) } else { Cow::Owned(field.display_at(at)) }
}

/// The fields the body sets, asked whether it sets a successor: a few questions, so a scan of the fields rather
/// than the sorted copy the fixes search, with a filter before it, as a legacy body sets few of the successors.
struct SetFields<'a> {
    present: &'a [PresentField],
    /// A bit per field (fields 512 apart share one), clear when the body sets the field nowhere.
    filter: [u64; 8],
}

impl<'a> SetFields<'a> {
    fn new(present: &'a [PresentField]) -> SetFields<'a> {
        let mut filter = [0; 8];
        for p in present {
            let (word, bit) = SetFields::bit(p.field);
            filter[word] |= bit;
        }
        SetFields { present, filter }
    }

    fn bit(field: Field) -> (usize, u64) {
        let n = field as usize % 512;
        (n / 64, 1 << (n % 64))
    }

    /// Whether the body sets `field` at `indices`.
    fn contains(&self, field: Field, indices: &[usize]) -> bool {
        let (word, bit) = SetFields::bit(field);
        self.filter[word] & bit != 0 && self.present.contains(&PresentField::at(field, indices))
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
    display_pointer(&first[..len].join("/"))
}

impl DeprecatedField {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let present = present_fields(cx);
        // The fields reported already (the ignored ones here, the deprecated ones in `groups`): nothing below
        // them is reported again.
        let mut ignored_pointers: Vec<String> = Vec::new();
        let mut groups: Vec<Group> = Vec::new();
        for p in present {
            let ignored = ignored_for(p.field, cx.kind);
            if !ignored && !p.field.meta().deprecated {
                continue;
            }
            let pointer = p.pointer();
            let below_found = groups.iter().flat_map(|g| &g.fields).any(|f| below(&pointer, &f.pointer));
            if below_found || below_any(&pointer, &ignored_pointers) {
                continue;
            }
            // An ignored field: the "ignored" rules report it and everything below it.
            if ignored {
                ignored_pointers.push(pointer);
                continue;
            }
            let at = p.indices();
            let successor_fields = successor_fields(cx, p.field);
            let (pool, to) = (pool_index(&pointer), Move::of(&pointer, &successor_fields));
            let found = Found { pointer, field: p.field, at, successor_fields };
            match groups.iter_mut().find(|g| g.pool == pool && g.to == to) {
                Some(g) => g.fields.push(found),
                None => groups.push(Group { pool, to, fields: vec![found] }),
            }
        }
        if groups.is_empty() {
            return;
        }
        // What the fixes need to know of the whole body: worked out only when a fix is.
        let facts = OnceCell::new();
        let set = SetFields::new(present);
        for i in 0..groups.len() {
            let fix = cx.fix(|| fix(cx, facts.get_or_init(|| Facts::new(cx, &groups)), &groups[i]));
            // The finding takes the group's fields (their pointers move into it): the facts, if any fix needs
            // them, were worked out with the first group's fix.
            let group = Group { fields: std::mem::take(&mut groups[i].fields), ..groups[i] };
            out.push(Self::finding(cx, &set, group).fix(fix));
        }
    }

    /// The one finding of a group: at its first field in the text, with a label on every field.
    fn finding(cx: &Context<'_>, set: &SetFields<'_>, group: Group) -> Diagnostic {
        let lang = cx.lang;
        let single = group.fields.len() == 1;
        let mut d = match group.fields.first() {
            Some(first) if single => Self::single(lang, first),
            _ => Self::grouped(cx, &group),
        };
        // Point at a successor the body already sets (the successors are those fields, at the same indices).
        for f in &group.fields {
            for &field in f.successor_fields.iter().filter(|&&r| f.concrete(r)) {
                if set.contains(field, &f.at) {
                    let note = if single {
                        t!(lang, "lif001.label-set")
                    } else {
                        t!(lang, "lif001.label-set-replaces", name = f.name_in_pool())
                    };
                    d = d.with(Label::at(field.pointer(&f.at), note));
                }
            }
        }
        // At the first field in the text, with a label on every field: the peers' labels go before those notes
        // (see `Diagnostic::peer`).
        let mut fields = group.fields.into_iter();
        let first = fields.next().expect("a group has a field");
        d = d.label(first.label(lang)).at(first.pointer);
        for f in fields {
            let label = f.label(lang);
            d = d.peer(Label::at(f.pointer, label));
        }
        d
    }

    /// The message and help of a group of one field.
    fn single(lang: Lang, f: &Found) -> Diagnostic {
        let name = &*name_at(f.field, &f.at);
        if f.successor_fields.is_empty() {
            return Self::META
                .diagnostic(t!(lang, "lif001-one-none", name))
                .help(t!(lang, "lif001-one-none.help", name));
        }
        let names: Vec<Cow<'_, str>> = f.successor_fields.iter().map(|&r| name_at(r, &f.at)).collect();
        let successors = join_and(lang, &backticked(&names));
        Self::META
            .diagnostic(t!(lang, "lif001-one", name, successors = &successors))
            .help(t!(lang, "lif001-one.help", name, successors))
    }

    /// The message and help of a group of several fields.
    fn grouped(cx: &Context<'_>, group: &Group) -> Diagnostic {
        let lang = cx.lang;
        let names: Vec<Cow<'_, str>> = group.fields.iter().map(Found::name_in_pool).collect();
        let noun = match (group.pool, group.to) {
            (Some(i), _) => Noun::PoolFields(pool_label_at(lang, cx.request, i)),
            (None, Move::NodePools) => Noun::WorkerSettings,
            (None, Move::Split) => Noun::NodeSettings,
            (None, _) => Noun::Fields,
        };
        let subject = counted(lang, &names, &noun);
        let (message, help) = match group.to {
            Move::Masters => {
                // `control_plane_config`, and `vswitch_ids` for `master_vswitch_ids`.
                let mut targets: Vec<String> = Vec::new();
                // The first segment of a path is a key: the same in the path and the pointer.
                for s in group.fields.iter().flat_map(|f| &f.successor_fields) {
                    let top = s.path().split('/').nth(1).unwrap_or_default().to_string();
                    if !targets.contains(&top) {
                        targets.push(top);
                    }
                }
                let targets = join_and(lang, &backticked(&targets));
                (t!(lang, "lif001-masters", subject, targets), t!(lang, "lif001-masters.help"))
            }
            Move::NodePools => {
                let successors: Vec<String> = group.fields.iter().flat_map(Found::successors).collect();
                let container = common_container(&successors.iter().collect::<Vec<_>>());
                (t!(lang, "lif001-nodepools", subject, container), t!(lang, "lif001-nodepools.help"))
            }
            Move::Split => (t!(lang, "lif001-split", subject), t!(lang, "lif001-split.help")),
            Move::Rename => (t!(lang, "lif001-rename", subject), t!(lang, "lif001-rename.help")),
            Move::Remove => (t!(lang, "lif001-remove", subject), t!(lang, "lif001-remove.help")),
        };
        Self::META.diagnostic(message).help(help)
    }
}

/// What the fix needs to know about the whole body.
struct Facts {
    /// Every field the body sets, sorted (looked up by field and indices: building every pointer would cost
    /// more than the rest of the rule).
    present: Vec<PresentField>,
    /// Successors (concrete pointers) that a deprecated field inside a node pool moves to: the pool's own
    /// setting, which a cluster-wide field must not overwrite.
    pool_claims: BTreeSet<String>,
    /// Successors that two cluster-wide deprecated fields both name (`cis_enabled` and
    /// `security_hardening_os`): which value was meant is the user's choice.
    contested: BTreeSet<Field>,
    /// How many node pools the body has.
    pools: usize,
}

impl Facts {
    fn new(cx: &Context<'_>, groups: &[Group]) -> Facts {
        let mut present = present_fields(cx).to_vec();
        present.sort_unstable();
        let mut pool_claims = BTreeSet::new();
        let mut named: BTreeMap<Field, usize> = BTreeMap::new();
        for f in groups.iter().flat_map(|g| &g.fields) {
            if pool_index(&f.pointer).is_some() {
                pool_claims.extend(f.successors());
            } else if f.field != Field::OsType {
                for &r in &f.successor_fields {
                    *named.entry(r).or_default() += 1;
                }
            }
        }
        let contested = named.into_iter().filter(|(_, n)| *n > 1).map(|(f, _)| f).collect();
        let pools = cx.request.nodepools.as_ref().map_or(0, Vec::len);
        Facts { present, pool_claims, contested, pools }
    }

    /// Whether the body already sets the successor `field` at `indices` for the deprecated field at `from`,
    /// and if not, its pointer (`None` when set). The pointer is built only for a successor not set yet: in
    /// a legacy body most are.
    fn unset_target(&self, from: &str, field: Field, indices: &[usize]) -> Option<String> {
        if self.sets(field, indices) {
            return None;
        }
        let target = field.pointer(indices);
        (pool_index(from).is_some() || !self.pool_claims.contains(&target)).then_some(target)
    }

    /// Whether the body sets `field` at `indices`.
    fn sets(&self, field: Field, indices: &[usize]) -> bool {
        self.present.binary_search(&PresentField::at(field, indices)).is_ok()
    }
}

/// The successor fields of the deprecated `field` that apply to this cluster type.
fn successor_fields(cx: &Context<'_>, field: Field) -> Vec<Field> {
    field.meta().replacement.iter().copied().filter(|r| !ignored_for(*r, cx.kind)).collect()
}

/// What the fix does with one deprecated field.
enum Plan {
    /// Its value goes to the successors not set yet (`writes`), then the field goes.
    Move(Vec<Write>),
    /// Its one successor is a sibling not set yet: the key is renamed in place, and the value converted when
    /// the successor takes another JSON type.
    Rename { key: String, json: Option<String> },
    /// Every successor is already set: the field goes, the successors stay.
    Superseded,
    /// The API names no successor: the field goes.
    Removed,
    /// It holds its default, which its successors have no spelling for (`os_type` `Linux`): the field goes.
    Default,
}

/// A successor to write.
enum Write {
    /// The deprecated field's value, as written, at this pointer.
    Copy(String),
    /// This JSON text at this pointer (a value converted to the successor's type).
    Set(String, String),
}

/// The plan for the deprecated field `found`, or `None` when it cannot be
/// fixed mechanically.
// Deprecated fields read on purpose: this rule reads deprecated fields to convert them to their replacements.
#[allow(deprecated)]
fn plan(cx: &Context<'_>, facts: &Facts, found: &Found) -> Option<Plan> {
    let (pointer, field) = (found.pointer.as_str(), found.field);
    let at_or_below = |p: &str| p.strip_prefix(pointer).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'));
    if cx.wrong_type.iter().any(|p| at_or_below(p)) {
        return None;
    }
    let successors = &found.successor_fields;
    if successors.is_empty() {
        return Some(Plan::Removed);
    }
    if field == Field::OsType {
        // `os_type` names a platform, its successors an image: only the default converts (to nothing).
        let default = cx.request.os_type.as_ref().is_some_and(|os| field.default_str() == Some(os.as_str()));
        return default.then_some(Plan::Default);
    }
    // Every concrete successor: one per node pool for a cluster-wide field whose successor is in the pools.
    let at = &found.at;
    let mut targets: Vec<(Field, Option<usize>)> = Vec::new();
    for r in successors {
        if r.path().starts_with("/nodepools/*/") && pool_index(pointer).is_none() {
            if facts.pools == 0 {
                // Describing the workers as a node pool needs choices (a name, a size, …).
                return None;
            }
            targets.extend((0..facts.pools).map(|i| (*r, Some(i))));
        } else {
            targets.push((*r, None));
        }
    }
    // The successors not set yet, with their pointers.
    let open: Vec<(Field, String, Option<usize>)> = targets
        .iter()
        .filter_map(|&(r, pool)| {
            let indices = pool.as_ref().map_or(at.as_slice(), std::slice::from_ref);
            Some((r, facts.unset_target(pointer, r, indices)?, pool))
        })
        .collect();
    let versions = runtime_versions(cx, facts, field, &open);
    if open.is_empty() && versions.is_empty() {
        return Some(Plan::Superseded);
    }
    // The masters' settings apply to dedicated clusters only; two fields for one successor need a choice.
    let control_plane = open.iter().any(|(_, t, _)| t.starts_with("/control_plane_config/"));
    if control_plane && cx.kind != ClusterKind::Dedicated || successors.iter().any(|r| facts.contested.contains(r)) {
        return None;
    }
    let old = field.meta().json_type;
    fn parent(p: &str) -> Option<&str> {
        p.rsplit_once('/').map(|(parent, _)| parent)
    }
    if let [(r, target, _)] = open.as_slice()
        && targets.len() == 1
        && parent(target) == parent(pointer)
    {
        let json = if r.meta().json_type == old { None } else { Some(converted(cx, field, *r)?) };
        return Some(Plan::Rename { key: r.meta().key.to_string(), json });
    }
    let mut writes = Vec::new();
    for (r, target, _) in open {
        if r.meta().json_type == old {
            writes.push(Write::Copy(target));
            continue;
        }
        writes.push(Write::Set(target, converted(cx, field, r)?));
    }
    writes.extend(versions);
    Some(Plan::Move(writes))
}

/// For the cluster-wide `runtime` object: its version, for each node pool that runs its runtime (set by the
/// pool, or copied there by this fix) without a `runtime_version` of its own. A pool's version falls back to
/// the cluster runtime's, so removing the object must not lose it.
// Deprecated fields read on purpose: this rule reads deprecated fields to convert them to their replacements.
#[allow(deprecated)]
fn runtime_versions(
    cx: &Context<'_>,
    facts: &Facts,
    field: Field,
    open: &[(Field, String, Option<usize>)],
) -> Vec<Write> {
    let Some(runtime) = cx.request.runtime.as_ref().filter(|_| field == Field::Runtime) else { return Vec::new() };
    let (Some(name), Some(version)) = (runtime.name.as_ref(), runtime.version.as_deref()) else { return Vec::new() };
    let mut out = Vec::new();
    for (i, pool) in cx.pools() {
        let own = pool.kubernetes_config.as_ref().and_then(|k| k.runtime.as_ref());
        let copied = open.iter().any(|(_, _, p)| *p == Some(i));
        let field = Field::NodepoolsKubernetesConfigRuntimeVersion;
        if (copied || own == Some(name)) && !facts.sets(field, &[i]) {
            out.push(Write::Set(field.pointer(&[i]), json_string(version)));
        }
    }
    out
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// The value of the deprecated `field` as JSON text of the successor `to`'s type, when the conversion is
/// mechanical: a comma-separated string split into a list, a single string made a list of one, the runtime
/// object's name.
// Deprecated fields read on purpose: this rule reads deprecated fields to convert them to their replacements.
#[allow(deprecated)]
fn converted(cx: &Context<'_>, field: Field, to: Field) -> Option<String> {
    let r = cx.request;
    match (field, to.meta().json_type) {
        (Field::Runtime, JsonType::String) => Some(json_string(r.runtime.as_ref()?.name.as_ref()?.as_str())),
        (_, JsonType::StringArray) if field.meta().json_type == JsonType::String => {
            let text = match field {
                Field::CustomSan => r.custom_san.as_deref(),
                Field::Zoneid => r.zoneid.as_deref(),
                Field::ZoneId => r.zone_id.as_deref(),
                _ => None,
            }?;
            let items: Vec<&str> = if field.meta().content == Some("comma-list") {
                text.split(',').map(str::trim).filter(|s| !s.is_empty()).collect()
            } else {
                vec![text]
            };
            (!items.is_empty() && items.iter().all(|s| !s.is_empty())).then(|| {
                let quoted: Vec<String> = items.iter().map(|s| json_string(s)).collect();
                format!("[{}]", quoted.join(", "))
            })
        }
        _ => None,
    }
}

/// The fix of a group: one unsafe fix for every field of it that has a mechanical answer.
fn fix(cx: &Context<'_>, facts: &Facts, group: &Group) -> Option<Fix> {
    let mut changes: Vec<(&str, Plan)> = Vec::new();
    for f in &group.fields {
        if let Some(p) = plan(cx, facts, f) {
            changes.push((&f.pointer, p));
        }
    }
    if changes.is_empty() {
        return None;
    }
    let name = |p: &str| {
        if group.pool.is_some() && changes.len() > 1 { display_pointer_in_pool(p) } else { display_pointer(p) }
    };
    let mut fix = Fix::unsafe_(message(cx, group, &changes, name));
    // The plans' keys, pointers and JSON texts move into the fix.
    for (pointer, plan) in changes {
        fix = match plan {
            Plan::Rename { key, json } => {
                let renamed = fix.rename_key(pointer, key);
                match json {
                    Some(json) => renamed.replace(pointer, json),
                    None => renamed,
                }
            }
            Plan::Move(writes) => writes
                .into_iter()
                .fold(fix, |fix, w| match w {
                    Write::Copy(to) => fix.copy_to(pointer, to),
                    Write::Set(to, json) => fix.set(to, json),
                })
                .remove(pointer),
            Plan::Superseded | Plan::Removed | Plan::Default => fix.remove(pointer),
        };
    }
    Some(fix)
}

/// `a`, `a and b`, `a, b and c` for four or fewer names, else "12 `master_*` fields".
fn names_or_count(lang: Lang, names: &[String]) -> String {
    if names.len() <= 4 { join_and(lang, &backticked(names)) } else { counted(lang, names, &Noun::Fields) }
}

/// What the fix of a group does, in the imperative.
fn message(cx: &Context<'_>, group: &Group, changes: &[(&str, Plan)], name: impl Fn(&str) -> String) -> String {
    let lang = cx.lang;
    let pick = |want: fn(&Plan) -> bool| -> Vec<String> {
        changes.iter().filter(|(_, p)| want(p)).map(|(pointer, _)| name(pointer)).collect()
    };
    let moved = pick(|p| matches!(p, Plan::Move(_) | Plan::Rename { .. }));
    let superseded = pick(|p| matches!(p, Plan::Superseded));
    let removed = pick(|p| matches!(p, Plan::Removed));
    let default = pick(|p| matches!(p, Plan::Default));
    let mut parts = Vec::new();
    if !moved.is_empty() {
        let what = names_or_count(lang, &moved);
        let count = moved.len();
        parts.push(match group.to {
            Move::Masters => {
                let mut targets: Vec<String> = Vec::new();
                for (_, p) in changes {
                    let tops: Vec<String> = match p {
                        Plan::Move(writes) => writes
                            .iter()
                            .map(|w| match w {
                                Write::Copy(t) | Write::Set(t, _) => t.split('/').nth(1).unwrap_or_default().to_string(),
                            })
                            .collect(),
                        Plan::Rename { key, .. } => vec![key.clone()],
                        _ => Vec::new(),
                    };
                    for top in tops {
                        if !targets.contains(&top) {
                            targets.push(top);
                        }
                    }
                }
                t!(lang, "lif001-fix.masters", what, targets = join_and(lang, &backticked(&targets)))
            }
            Move::NodePools => t!(lang, "lif001-fix.nodepools", what, count),
            Move::Split => t!(lang, "lif001-fix.split", what, count),
            Move::Rename | Move::Remove if moved.len() <= 3 => {
                let phrases: Vec<String> = changes
                    .iter()
                    .filter_map(|(pointer, plan)| match plan {
                        Plan::Rename { key, json: None } => Some(t!(lang, "lif001-fix.rename", name = name(pointer), key)),
                        Plan::Rename { key, json: Some(_) } => {
                            Some(t!(lang, "lif001-fix.replace", name = name(pointer), key))
                        }
                        Plan::Move(writes) => {
                            let to: Vec<String> = writes
                                .iter()
                                .map(|w| match w {
                                    Write::Copy(t) | Write::Set(t, _) => name(t),
                                })
                                .collect();
                            let targets = join_and(lang, &backticked(&to));
                            Some(t!(lang, "lif001-fix.move", name = name(pointer), targets))
                        }
                        _ => None,
                    })
                    .collect();
                phrases.join(&t!(lang, "lif001-fix.phrase-separator"))
            }
            Move::Rename | Move::Remove => t!(lang, "lif001-fix.successors", what),
        });
    }
    if !superseded.is_empty() {
        let what = names_or_count(lang, &superseded);
        parts.push(t!(lang, "lif001-fix.superseded", what, count = superseded.len()));
    }
    if !removed.is_empty() {
        parts.push(t!(lang, "lif001-fix.removed", what = names_or_count(lang, &removed)));
    }
    if !default.is_empty() {
        parts.push(t!(lang, "lif001-fix.default", what = join_and(lang, &backticked(&default))));
    }
    let text = parts.join(&t!(lang, "lif001-fix.separator"));
    match group.pool.filter(|_| changes.len() > 1) {
        Some(i) => t!(lang, "lif001-fix.in-pool", text, pool = pool_label_at(lang, cx.request, i)),
        None => text,
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
        let field = |s: &&str| Field::from_path(s).or_else(|| Field::from_pointer(s)).expect("a spec field");
        let of = |p: &str, s: &[&str]| Move::of(p, &s.iter().map(field).collect::<Vec<_>>());
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
    fn names_read_from_the_spec_are_the_names_of_the_pointers() {
        for m in crate::spec::FIELD_META.iter() {
            for at in [&[][..], &[2], &[3, 1]] {
                let pointer = m.field.pointer(at);
                assert_eq!(name_in_pool(m.field, at), display_pointer_in_pool(&pointer), "{pointer}");
                assert_eq!(name_at(m.field, at), display_pointer(&pointer), "{pointer}");
            }
        }
    }

    #[test]
    fn the_common_container_is_the_deepest_shared_parent() {
        let sg = pointers(&["/nodepools/*/scaling_group/period", "/nodepools/*/scaling_group/instance_types"]);
        assert_eq!(common_container(&sg.iter().collect::<Vec<_>>()), "nodepools[].scaling_group");
        let mixed = pointers(&["/nodepools/*/scaling_group/period", "/nodepools/*/kubernetes_config/runtime"]);
        assert_eq!(common_container(&mixed.iter().collect::<Vec<_>>()), "nodepools[]");
    }

    /// The done criterion of the fixes: the API reference's example (comments and the missing comma taken out
    /// by hand) has no deprecated field left after every unsafe fix, still parses, and keeps its secrets as
    /// written.
    #[test]
    fn the_reference_example_loses_every_deprecated_field() {
        use crate::fix::{FixMode, fix_to_fixed_point};
        let text = include_str!("../../../tests/fixtures/reference-example-strict.json");
        let options = crate::LintOptions::default();
        let out = fix_to_fixed_point("reference.json", text.as_bytes(), &options, FixMode::Unsafe);
        let left: Vec<_> = out.report.diagnostics.iter().filter(|d| d.code == "LIF001").collect();
        assert!(left.is_empty(), "{left:#?}");
        let fixed: serde_json::Value = serde_json::from_str(&out.text).expect("the fixed body parses");
        // The login moved with the masters; LOG001's fix then kept the key pair and dropped the password.
        assert_eq!(fixed.pointer("/control_plane_config/key_pair"), Some(&"sin-name".into()));
        assert_eq!(fixed.pointer("/control_plane_config/login_password"), None);
        assert_eq!(fixed.pointer("/control_plane_config/size"), Some(&3.into()));
        assert_eq!(fixed.pointer("/extra_sans/0"), Some(&"cs.aliyuncs.com".into()));
        assert_eq!(fixed.pointer("/rrsa_config/enabled"), Some(&true.into()));
        assert_eq!(fixed.pointer("/nodepools/0/scaling_group/desired_size"), Some(&0.into()));
        // The fixed point: nothing more to do.
        let again = fix_to_fixed_point("reference.json", out.text.as_bytes(), &options, FixMode::Unsafe);
        assert!(!again.fixed.iter().any(|f| f.code == "LIF001"));
    }
}
