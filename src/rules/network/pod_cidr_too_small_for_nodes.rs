use super::util::{
    MASK_RANGE, addresses, cidr, legacy_worker_nodes, master_nodes, node_mask, pool_nodes, uses_pod_cidr,
};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;

crate::declare_rule! {
    /// The Flannel pod range has fewer node slices than the cluster may have nodes.
    ///
    /// ## Why is this bad?
    /// Flannel cuts `container_cidr` into one slice of prefix length `node_cidr_mask` (default 26) per node,
    /// so a /P pod range with mask M holds 2^(M − P) nodes, masters included. A node that finds no free slice
    /// gets no pod network and stays unusable; scaling out stops there. The count here is the masters of a
    /// dedicated cluster (`control_plane_config.size` or `master_count`, default 3) plus the most nodes each
    /// node pool may reach (the largest of `scaling_group.desired_size`, `count` and, with auto scaling on,
    /// `auto_scaling.max_instances`), plus legacy `num_of_nodes` and `instances`. Neither `container_cidr` nor
    /// `node_cidr_mask` can be changed later.
    ///
    /// ## Example
    /// ```json
    /// { "container_cidr": "172.20.0.0/24", "node_cidr_mask": "26" }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "container_cidr": "172.20.0.0/16", "node_cidr_mask": "26" }
    /// ```
    ///
    /// ## References
    /// - ACK network planning for Flannel: the pod range is divided evenly among the nodes, one slice of
    ///   `node_cidr_mask` each.
    /// - Terraform documentation: a mask of 24 leaves a node 256 addresses.
    pub struct PodCidrTooSmallForNodes {
        code: "NET011",
        name: "pod-cidr-too-small-for-nodes",
        group: Network,
        severity: Error,
    }
}

impl PodCidrTooSmallForNodes {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if !uses_pod_cidr(cx) {
            return;
        }
        let Some(pods) = cidr(&cx.request.container_cidr) else { return };
        let Some(mask) = node_mask(cx.request) else { return };
        let prefix = u64::from(pods.prefix_len());
        // Other ranges are `node-cidr-mask-out-of-range`.
        if !MASK_RANGE.contains(&mask.value) || mask.value <= prefix {
            return;
        }
        let slots = 1u64 << (mask.value - prefix);
        let sources: Vec<_> = master_nodes(cx)
            .into_iter()
            .chain(pool_nodes(cx.request))
            .chain(legacy_worker_nodes(cx.request))
            .filter(|s| s.count > 0)
            .collect();
        let requested = sources.iter().fold(0u64, |sum, s| sum.saturating_add(s.count));
        if requested <= slots {
            return;
        }
        let parts: Vec<String> = sources
            .iter()
            .map(|s| {
                let default = if s.pointer.is_none() { " (default)" } else { "" };
                format!("{} {}{default}", s.count, s.what)
            })
            .collect();
        let per_node = addresses(mask.value);
        let mask_text = if mask.explicit {
            format!("`node_cidr_mask` {}", mask.value)
        } else {
            format!("the default `node_cidr_mask` {}", mask.value)
        };
        let mut d = Self::META
            .diagnostic(format!(
                "`container_cidr` {pods} cut into /{} node slices ({per_node} pod addresses per node, {mask_text}) has \
                 room for {slots} nodes, but the body asks for up to {requested}: {}",
                mask.value,
                parts.join(" + ")
            ))
            .at(Field::ContainerCidr.pointer(&[]))
            .label(format!("room for {slots} nodes"));
        if mask.explicit {
            d = d.with(Label::at(Field::NodeCidrMask.pointer(&[]), format!("{per_node} pod addresses per node")));
        }
        for s in &sources {
            if let Some(pointer) = &s.pointer {
                d = d.with(Label::at(pointer.clone(), format!("{} {}", s.count, s.what)));
            }
        }
        // Bits of node index needed for `requested` nodes.
        let bits = u64::from(64 - (requested - 1).leading_zeros());
        let mut help = Vec::new();
        if let Some(wider) = mask.value.checked_sub(bits).filter(|p| *p >= 8) {
            help.push(format!("a /{wider} or larger `container_cidr` (room for {} nodes)", 1u64 << bits));
        }
        let longer = prefix + bits;
        if MASK_RANGE.contains(&longer) {
            help.push(format!(
                "`node_cidr_mask` {longer} ({} pod addresses per node, room for {} nodes)",
                addresses(longer),
                1u64 << bits
            ));
        }
        d = d.help(if help.is_empty() {
            "plan fewer nodes, or a larger pod range".to_string()
        } else {
            format!("use {}", help.join(", or "))
        });
        out.push(d);
    }
}
