use super::util::vswitch_lists;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;

crate::declare_rule! {
    /// A vSwitch in `pod_vswitch_ids` is also a node vSwitch.
    ///
    /// ## Why is this bad?
    /// Terway hands out pod addresses from the pod vSwitches, while nodes take theirs from the node vSwitches
    /// (`vswitch_ids`, `master_vswitch_ids`, `worker_vswitch_ids` and each node pool's
    /// `scaling_group.vswitch_ids`). The API reference forbids reusing a node vSwitch for pods: pods would
    /// exhaust the addresses that new nodes need, and the two address plans could no longer be told apart.
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
    /// - API reference: pod vSwitches must not duplicate node vSwitches.
    /// - Terraform documentation for dedicated clusters and the ROS resource specification say the same.
    pub struct PodVswitchIsNodeVswitch {
        code: "NET012",
        name: "pod-vswitch-is-node-vswitch",
        group: Network,
        severity: Error,
    }
}

impl PodVswitchIsNodeVswitch {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
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
                .diagnostic(format!("pod vSwitch {id} is also a node vSwitch in `{first_list}`"))
                .at(pod_list.item(j))
                .label("pod vSwitch")
                .help(
                    "give Terway pod vSwitches of their own, one in each zone of the node vSwitches, and keep them \
                     out of every node vSwitch list",
                );
            for (pointer, _) in uses {
                d = d.with(Label::at(pointer, "node vSwitch"));
            }
            out.push(d);
        }
    }
}
