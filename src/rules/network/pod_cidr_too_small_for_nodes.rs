use super::util::{
    MASK_RANGE, addresses, cidr, legacy_worker_nodes, master_nodes, node_mask, pool_nodes, uses_pod_cidr,
};
use crate::Label;
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::Context;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// The Flannel pod range has fewer node slices than the cluster may have nodes.
    ///
    /// ## Why is this bad?
    /// Flannel cuts `container_cidr` into one slice of prefix length `node_cidr_mask` (default 26) per node,
    /// so a /P pod range with mask M holds 2^(M − P) nodes, masters included. A node that finds no free slice
    /// gets no pod network and stays unusable; scaling out stops there. The count here is the masters of a
    /// dedicated cluster (`control_plane_config.size` or `master_count`, default 3) plus the nodes of each
    /// node pool (the larger of `scaling_group.desired_size` and `count`, or, with auto scaling on,
    /// `auto_scaling.max_instances` when that is larger), plus legacy `num_of_nodes` and `instances`. Neither
    /// `container_cidr` nor `node_cidr_mask` can be changed later.
    ///
    /// Pods take addresses from `container_cidr` with Flannel, chosen or by default; Terway is not checked.
    ///
    /// ## Severity
    /// - Error when the nodes created with the cluster already outnumber the slices: some of them get no pod
    ///   network.
    /// - Warning when only `auto_scaling.max_instances` does: the cluster is created fine and stops growing
    ///   before its maximum.
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
    ///   `node_cidr_mask` each. The node limit is derived from that; no refusal by the API is documented.
    /// - API reference (`node_cidr_mask`): the mask sets how many addresses a node gets, Flannel only,
    ///   default 26.
    /// - Terraform documentation: a mask of 24 leaves a node 256 addresses.
    pub(crate) struct PodCidrTooSmallForNodes {
        code: "NET011",
        name: "pod-cidr-too-small-for-nodes",
        severity: Error,
    }
}

impl PodCidrTooSmallForNodes {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if !uses_pod_cidr(cx) {
            return;
        }
        let lang = cx.lang;
        let Some(pods) = cidr(&cx.request.container_cidr) else { return };
        let Some(mask) = node_mask(cx.request) else { return };
        let prefix = u64::from(pods.prefix_len());
        // Other ranges are `node-cidr-mask-out-of-range`.
        if !MASK_RANGE.contains(&mask.value) || mask.value <= prefix {
            return;
        }
        let slots = 1u64 << (mask.value - prefix);
        let count = |with_growth: bool| {
            let sources: Vec<_> = master_nodes(cx)
                .into_iter()
                .chain(pool_nodes(lang, cx.request, with_growth))
                .chain(legacy_worker_nodes(lang, cx.request))
                .filter(|s| s.count > 0)
                .collect();
            let total = sources.iter().fold(0u64, |sum, s| sum.saturating_add(s.count));
            (sources, total)
        };
        let (at_most, most) = count(true);
        if most <= slots {
            return;
        }
        // The nodes created at once already overflow: an error. Only auto-scaling growth does: a warning.
        let (created, now) = count(false);
        let growth_only = now <= slots;
        let (sources, requested) = if growth_only { (at_most, most) } else { (created, now) };
        let parts: Vec<String> = sources
            .iter()
            .map(|s| match s.pointer {
                None => t!(lang, "network-nodes-default", nodes = &s.text),
                Some(_) => s.text.clone(),
            })
            .collect();
        let per_node = addresses(mask.value);
        let mask_text = if mask.explicit {
            t!(lang, "net011-mask.set", mask = mask.value)
        } else {
            t!(lang, "net011-mask.default", mask = mask.value)
        };
        // The total comes from the body: as text, since a Fluent number is an `f64`.
        let asks = if growth_only {
            t!(lang, "net011-asks.growth", requested = requested.to_string())
        } else {
            t!(lang, "net011-asks.created", requested = requested.to_string())
        };
        let mut d = Self::META
            .diagnostic(t!(
                lang,
                "net011",
                pods = pods.to_string(),
                mask = mask.value,
                per_node,
                mask_text,
                slots,
                asks,
                parts = parts.join(" + ")
            ))
            .at(Field::ContainerCidr.pointer(&[]))
            .label(t!(lang, "net011.label", slots));
        if growth_only {
            d = d.severity(Severity::Warning);
        }
        if mask.explicit {
            d = d.with(Label::at(Field::NodeCidrMask.pointer(&[]), t!(lang, "net011.label-mask", per_node)));
        }
        for s in &sources {
            if let Some(pointer) = &s.pointer {
                d = d.with(Label::at(pointer.clone(), s.text.clone()));
            }
        }
        // Bits of node index needed for `requested` nodes.
        let bits = u64::from(64 - (requested - 1).leading_zeros());
        let mut options = Vec::new();
        if let Some(wider) = mask.value.checked_sub(bits).filter(|p| *p >= 8) {
            options.push(t!(lang, "net011-option.wider", prefix = wider, nodes = 1u64 << bits));
        }
        let longer = prefix + bits;
        if MASK_RANGE.contains(&longer) {
            options.push(t!(
                lang,
                "net011-option.longer",
                mask = longer,
                per_node = addresses(longer),
                nodes = 1u64 << bits
            ));
        }
        d = d.help(match options.as_slice() {
            [] => t!(lang, "net011.help-none"),
            [option] => t!(lang, "net011.help-one", option),
            [first, second, ..] => t!(lang, "net011.help-two", first, second),
        });
        out.push(d);
    }
}
