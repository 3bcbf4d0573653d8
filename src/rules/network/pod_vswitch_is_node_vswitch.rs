use super::util::vswitch_lists;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// A vSwitch in `pod_vswitch_ids` is also a node vSwitch.
    ///
    /// ## Why is this bad?
    /// Terway hands out pod addresses from the pod vSwitches, while nodes take theirs from the node vSwitches
    /// (`vswitch_ids`, `master_vswitch_ids`, `worker_vswitch_ids` and each node pool's
    /// `scaling_group.vswitch_ids`). When one vSwitch serves both, pods can use up the addresses that new
    /// nodes need, and the two address plans can no longer be told apart.
    ///
    /// The sources disagree on whether this is forbidden. The API reference says pod vSwitches must not
    /// repeat node vSwitches, but Alibaba Cloud's own sample puts a pod vSwitch on a node vSwitch and the
    /// Terraform documentation for managed clusters only recommends separate ones. So this is a warning.
    ///
    /// ACK Edge clusters (`profile` `Edge`) are not checked: the Terway Edge guide lets pod vSwitches share
    /// address ranges with node vSwitches.
    ///
    /// ## Example
    /// ```json
    /// { "cluster_type": "ManagedKubernetes", "pod_vswitch_ids": ["vsw-uf6a1b2c3d4e5f6g7h8i9", "vsw-uf6q2r3s4t5u6v7w8x9y0"] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "cluster_type": "ManagedKubernetes", "pod_vswitch_ids": ["vsw-uf6p1q2r3s4t5u6v7w8x9", "vsw-uf6q2r3s4t5u6v7w8x9y0"] }
    /// ```
    ///
    /// ## References
    /// - API reference (`pod_vswitch_ids`): pod vSwitches must not repeat node vSwitches.
    /// - Terraform documentation for managed clusters: separate pod vSwitches are recommended, not required.
    /// - Alibaba Cloud's current sample body: a pod vSwitch that is also a node vSwitch (decided in the
    ///   real-world fidelity review).
    /// - ACK Edge, Terway Edge user guide: pod vSwitch ranges may overlap node vSwitch ranges.
    pub(crate) struct PodVswitchIsNodeVswitch {
        code: "NET012",
        name: "pod-vswitch-is-node-vswitch",
        severity: Warning,
    }
}

impl PodVswitchIsNodeVswitch {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if cx.is_edge() {
            return;
        }
        let lang = cx.lang;
        let lists = vswitch_lists(cx);
        let Some(pod_list) = lists.iter().find(|l| l.field == Field::PodVswitchIds) else { return };
        for (j, id) in pod_list.ids.iter().enumerate() {
            // Report a repeated pod vSwitch once.
            if pod_list.ids[..j].contains(id) {
                continue;
            }
            let uses: Vec<(String, String)> = lists
                .iter()
                .filter(|l| l.for_nodes)
                .flat_map(|l| l.ids.iter().enumerate().filter(|(_, x)| *x == id).map(|(k, _)| (l.item(k), l.name())))
                .collect();
            let Some((_, first_list)) = uses.first() else { continue };
            let mut d = Self::META
                .diagnostic(t!(lang, "net012", id, list = first_list))
                .at(pod_list.item(j))
                .label(t!(lang, "net012.label"))
                .help(t!(lang, "net012.help"));
            for (pointer, _) in uses {
                d = d.with(Label::at(pointer, t!(lang, "net012.label-node")));
            }
            out.push(d);
        }
    }
}
