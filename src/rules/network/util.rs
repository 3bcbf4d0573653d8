//! Helpers shared by the network rules: CIDR parsing, the network plugin's addon, vSwitch lists, node counts.

use crate::i18n::Lang;
use crate::model::CreateClusterRequest;
use crate::rules::context::TERWAY_ADDONS;
use crate::rules::messages::{join_or, pool_label};
pub use crate::rules::views::vswitches::VswitchList;
use crate::rules::{ClusterKind, Cni, Context};
use crate::spec::Field;
use crate::t;
use ipnet::Ipv4Net;
use std::net::Ipv4Addr;

/// The private IPv4 blocks of RFC 1918, the only ones ACK takes for pod and Service ranges.
pub const PRIVATE_RANGES: [Ipv4Net; 3] = [
    Ipv4Net::new_assert(Ipv4Addr::new(10, 0, 0, 0), 8),
    Ipv4Net::new_assert(Ipv4Addr::new(172, 16, 0, 0), 12),
    Ipv4Net::new_assert(Ipv4Addr::new(192, 168, 0, 0), 16),
];

/// `10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16` (`10.0.0.0/8、172.16.0.0/12 或 192.168.0.0/16`), for messages.
pub fn private_ranges_text(lang: Lang) -> String {
    join_or(lang, &PRIVATE_RANGES.map(|r| r.to_string()))
}

/// Whether `net` lies inside one of the RFC 1918 blocks.
pub fn is_private(net: Ipv4Net) -> bool {
    PRIVATE_RANGES.iter().any(|p| p.contains(&net))
}

/// Whether two ranges share at least one address.
pub fn overlaps(a: Ipv4Net, b: Ipv4Net) -> bool {
    a.contains(&b.network()) || b.contains(&a.network())
}

/// The string value when it is present and not empty (Terraform sends `""` for fields it does not use).
pub fn text(value: &Option<String>) -> Option<&str> {
    value.as_deref().filter(|s| !s.is_empty())
}

/// A CIDR field's range with host bits cleared, when it parses; `cidr-invalid` reports the rest.
pub fn cidr(value: &Option<String>) -> Option<Ipv4Net> {
    text(value).and_then(|s| s.parse::<Ipv4Net>().ok()).map(|n| n.trunc())
}

/// Whether the cluster's pods take addresses from `container_cidr` (Flannel, or no plugin: the service then
/// behaves as Flannel).
pub fn uses_pod_cidr(cx: &Context<'_>) -> bool {
    cx.cni != Cni::Terway && cx.kind != ClusterKind::External
}

/// Whether the body creates a cluster that needs a network plugin addon: dedicated or managed, but not the
/// Serverless or ACS flavours, whose pods run on virtual nodes without a network plugin.
pub fn needs_network_plugin(cx: &Context<'_>) -> bool {
    matches!(cx.kind, ClusterKind::Dedicated | ClusterKind::Managed) && !cx.is_serverless()
}

/// Whether the body can carry network-plugin settings at all (not a registered cluster, not Serverless).
pub fn has_network_plugin_settings(cx: &Context<'_>) -> bool {
    cx.kind != ClusterKind::External && !cx.is_serverless()
}

/// Pointer and name of each addon that selects a network plugin, in document order.
pub fn network_addons(request: &CreateClusterRequest) -> Vec<(String, &str)> {
    request
        .addons
        .iter()
        .flatten()
        .enumerate()
        .filter_map(|(i, a)| a.name.as_deref().map(|n| (i, n)))
        .filter(|(_, n)| *n == "flannel" || TERWAY_ADDONS.contains(n))
        .map(|(i, n)| (Field::AddonsName.pointer(&[i]), n))
        .collect()
}

/// The first addon selecting Flannel (`flannel == true`) or Terway (`flannel == false`).
pub fn plugin_addon(request: &CreateClusterRequest, flannel: bool) -> Option<(String, &str)> {
    network_addons(request).into_iter().find(|(_, n)| (*n == "flannel") == flannel)
}

/// The pointer of item `j` of the string array `field` (with `indices` for the `*` in its path).
pub fn item_pointer(field: Field, indices: &[usize], j: usize) -> String {
    format!("{}/{j}", field.pointer(indices))
}

impl VswitchList<'_> {
    /// The pointer of item `j`.
    pub fn item(&self, j: usize) -> String {
        item_pointer(self.field, &self.indices, j)
    }

    /// `vswitch_ids`, `nodepools[1].scaling_group.vswitch_ids`.
    pub fn name(&self) -> String {
        self.field.display_at(&self.indices)
    }
}

/// Every vSwitch list of the body that loaded (a list with an item of the wrong type is left out).
pub fn vswitch_lists<'c, 'a>(cx: &'c Context<'a>) -> &'c [VswitchList<'a>] {
    cx.views.vswitch_lists.get_or_init(|| collect_vswitch_lists(cx.request))
}

// Deprecated fields read on purpose: older bodies still give vSwitches with `master_*`/`worker_*` fields.
#[allow(deprecated)]
fn collect_vswitch_lists(request: &CreateClusterRequest) -> Vec<VswitchList<'_>> {
    fn list(field: Field, indices: Vec<usize>, ids: &Option<Vec<String>>, node: bool) -> Option<VswitchList<'_>> {
        // One entry per master or legacy worker: several may share a vSwitch.
        let repeats_allowed = matches!(field, Field::MasterVswitchIds | Field::WorkerVswitchIds);
        ids.as_deref().map(|ids| VswitchList { field, indices, ids, for_nodes: node, repeats_allowed })
    }
    let mut lists: Vec<_> = [
        list(Field::VswitchIds, vec![], &request.vswitch_ids, true),
        list(Field::MasterVswitchIds, vec![], &request.master_vswitch_ids, true),
        list(Field::WorkerVswitchIds, vec![], &request.worker_vswitch_ids, true),
        list(Field::PodVswitchIds, vec![], &request.pod_vswitch_ids, false),
    ]
    .into_iter()
    .flatten()
    .collect();
    for (i, pool) in request.nodepools.iter().flatten().enumerate() {
        if let Some(sg) = &pool.scaling_group {
            lists.extend(list(Field::NodepoolsScalingGroupVswitchIds, vec![i], &sg.vswitch_ids, true));
        }
    }
    lists
}

/// The value of `node_cidr_mask` in effect: the field's integer, or the spec default when it is absent.
pub struct NodeMask {
    /// The prefix length (saturated for absurdly long digit strings).
    pub value: u64,
    /// Whether the body sets it (otherwise it is the spec default).
    pub explicit: bool,
    /// The digits as written.
    pub text: String,
}

/// `node_cidr_mask` as a number; `None` when it is not a decimal integer (the structure check reports that).
pub fn node_mask(request: &CreateClusterRequest) -> Option<NodeMask> {
    let (text, explicit) = match text(&request.node_cidr_mask) {
        Some(s) => (s.to_string(), true),
        None => (Field::NodeCidrMask.default_str()?.to_string(), false),
    };
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(NodeMask { value: text.parse::<u64>().unwrap_or(u64::MAX), explicit, text })
}

/// Inclusive range of `node_cidr_mask` that Terraform and the console accept (256 down to 16 pods per node).
pub const MASK_RANGE: std::ops::RangeInclusive<u64> = 24..=28;

/// Addresses in a range of prefix length `prefix` (`prefix` ≤ 32).
pub fn addresses(prefix: u64) -> u64 {
    1u64 << (32 - prefix.min(32))
}

/// A number of nodes the body asks for, and the field that says so.
pub struct NodeSource {
    /// How many nodes.
    pub count: u64,
    /// Where the number is, `None` for a default.
    pub pointer: Option<String>,
    /// The count and what they are, for labels and messages: `3 masters`, ``5 nodes in node pool `web` ``.
    pub text: String,
}

// Counts come from the body and may exceed what a Fluent number (an `f64`) holds exactly: they go in as text.

/// The masters of a dedicated cluster: `control_plane_config.size`, else `master_count`, else the default.
// Deprecated fields read on purpose: node counts and vSwitches of older bodies are still given with deprecated fields.
#[allow(deprecated)]
pub fn master_nodes(cx: &Context<'_>) -> Option<NodeSource> {
    if !cx.is_dedicated() {
        return None;
    }
    let size = cx.request.control_plane_config.as_ref().and_then(|c| c.size);
    let (count, pointer) = match (size, cx.request.master_count) {
        (Some(n), _) => (n, Some(Field::ControlPlaneConfigSize.pointer(&[]))),
        (None, Some(n)) => (n, Some(Field::MasterCount.pointer(&[]))),
        (None, None) => (Field::MasterCount.default_i64().unwrap_or(3), None),
    };
    let count = count.max(0) as u64;
    Some(NodeSource { count, pointer, text: t!(cx.lang, "network-nodes-masters", count = count.to_string()) })
}

/// The nodes each node pool asks for: the largest of `scaling_group.desired_size`, `count` and, when
/// `with_growth` and auto scaling is on, `auto_scaling.max_instances`. Pools of size 0 are left out.
// Deprecated fields read on purpose: node counts and vSwitches of older bodies are still given with deprecated fields.
#[allow(deprecated)]
pub fn pool_nodes(lang: Lang, request: &CreateClusterRequest, with_growth: bool) -> Vec<NodeSource> {
    let mut out = Vec::new();
    for (i, pool) in request.nodepools.iter().flatten().enumerate() {
        let mut candidates = Vec::new();
        if let Some(n) = pool.scaling_group.as_ref().and_then(|s| s.desired_size) {
            candidates.push((n, Field::NodepoolsScalingGroupDesiredSize));
        }
        if let Some(n) = pool.count {
            candidates.push((n, Field::NodepoolsCount));
        }
        if let Some(a) = pool.auto_scaling.as_ref().filter(|a| with_growth && a.enable == Some(true))
            && let Some(n) = a.max_instances
        {
            candidates.push((n, Field::NodepoolsAutoScalingMaxInstances));
        }
        // The first of equal candidates wins, so that the label sits on the field people set today.
        let best = candidates.into_iter().fold(None, |best: Option<(i64, Field)>, c| match best {
            Some(b) if b.0 >= c.0 => Some(b),
            _ => Some(c),
        });
        if let Some((n, field)) = best.filter(|b| b.0 > 0) {
            let text = t!(lang, "network-nodes-pool", count = n.to_string(), pool = pool_label(lang, i, pool));
            out.push(NodeSource { count: n as u64, pointer: Some(field.pointer(&[i])), text });
        }
    }
    out
}

/// Legacy worker nodes outside node pools: `num_of_nodes` and existing `instances`.
// Deprecated fields read on purpose: node counts and vSwitches of older bodies are still given with deprecated fields.
#[allow(deprecated)]
pub fn legacy_worker_nodes(lang: Lang, request: &CreateClusterRequest) -> Vec<NodeSource> {
    let mut out = Vec::new();
    if let Some(n) = request.num_of_nodes.filter(|n| *n > 0) {
        out.push(NodeSource {
            count: n as u64,
            pointer: Some(Field::NumOfNodes.pointer(&[])),
            text: t!(lang, "network-nodes-legacy-workers", count = n.to_string()),
        });
    }
    if let Some(list) = request.instances.as_ref().filter(|l| !l.is_empty()) {
        out.push(NodeSource {
            count: list.len() as u64,
            pointer: Some(Field::Instances.pointer(&[])),
            text: t!(lang, "network-nodes-instances", count = list.len().to_string()),
        });
    }
    out
}
