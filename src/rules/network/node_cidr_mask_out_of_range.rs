use super::util::{MASK_RANGE, addresses, cidr, node_mask, uses_pod_cidr};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// `node_cidr_mask` is outside 24 to 28, or not longer than the prefix of `container_cidr`.
    ///
    /// ## Why is this bad?
    /// With Flannel every node gets a slice of `container_cidr` of prefix length `node_cidr_mask`, and its
    /// pods take addresses from that slice: a /24 gives 256 addresses per node, a /28 only 16. Terraform and
    /// the console accept 24 to 28. A slice that is not smaller than the whole pod range (mask ≤ the prefix
    /// of `container_cidr`) cannot be handed out to more than one node, so the cluster cannot grow at all.
    ///
    /// When `node_cidr_mask` is absent, the default 26 applies. Terway ignores both fields.
    ///
    /// ## Example
    /// ```json
    /// { "node_cidr_mask": "30" }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "node_cidr_mask": "26" }
    /// ```
    ///
    /// ## References
    /// - Terraform (dedicated and managed clusters): `node_cidr_mask` between 24 and 28.
    /// - API reference and SDK (`node_cidr_mask`): it sets how many addresses a node gets, only with Flannel;
    ///   default 26, example 25. Neither gives a range.
    /// - ACK network planning for Flannel: each node's pod range is a slice of `container_cidr`.
    pub(crate) struct NodeCidrMaskOutOfRange {
        code: "NET010",
        name: "node-cidr-mask-out-of-range",
        severity: Error,
    }
}

impl NodeCidrMaskOutOfRange {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if !uses_pod_cidr(cx) {
            return;
        }
        let lang = cx.lang;
        let Some(mask) = node_mask(cx.request) else { return };
        let (lo, hi) = (*MASK_RANGE.start(), *MASK_RANGE.end());
        let mask_pointer = Field::NodeCidrMask.pointer(&[]);
        if !MASK_RANGE.contains(&mask.value) {
            // Only an explicit value can be out of range; the default is 26.
            let message = if mask.value <= 32 {
                let per_node = addresses(mask.value);
                t!(lang, "net010-outside", mask = &mask.text, per_node, lo, hi)
            } else {
                t!(lang, "net010-outside-beyond-32", mask = &mask.text, lo, hi)
            };
            out.push(
                Self::META
                    .diagnostic(message)
                    .at(mask_pointer)
                    .label(t!(lang, "net010-outside.label", lo, hi))
                    .help(t!(
                        lang,
                        "net010-outside.help",
                        lo,
                        hi,
                        lo_addresses = addresses(lo),
                        hi_addresses = addresses(hi)
                    )),
            );
            return;
        }
        let Some(pods) = cidr(&cx.request.container_cidr) else { return };
        let prefix = u64::from(pods.prefix_len());
        if mask.value > prefix {
            return;
        }
        let pods_pointer = Field::ContainerCidr.pointer(&[]);
        let consequence = if mask.value == prefix {
            t!(lang, "net010-consequence.equal")
        } else {
            t!(lang, "net010-consequence.larger")
        };
        let help =
            t!(lang, "net010.help", mask = mask.value, nodes = addresses(16) / addresses(mask.value));
        let pods = pods.to_string();
        let d = if mask.explicit {
            Self::META
                .diagnostic(t!(lang, "net010-not-longer", mask = mask.value, prefix, pods = &pods, consequence))
                .at(mask_pointer)
                .label(t!(lang, "net010-not-longer.label"))
                .with(Label::at(pods_pointer, t!(lang, "net010-not-longer.label-pods")))
        } else {
            Self::META
                .diagnostic(t!(lang, "net010-default-mask", pods = &pods, mask = mask.value, consequence))
                .at(pods_pointer)
                .label(t!(lang, "net010-default-mask.label"))
        };
        out.push(d.help(help));
    }
}
