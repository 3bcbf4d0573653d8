use super::util::{has_network_plugin_settings, plugin_addon};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::{Cni, Context};
use crate::spec::Field;

crate::declare_rule! {
    /// A Terway cluster has no `pod_vswitch_ids`.
    ///
    /// ## Why is this bad?
    /// Terway gives pods addresses from dedicated vSwitches of the VPC, listed in `pod_vswitch_ids`; it does
    /// not use `container_cidr`. Without pod vSwitches the service has no pod range at all and rejects the
    /// request. The API reference requires the list whenever the cluster uses Terway.
    ///
    /// ## Example
    /// ```json
    /// { "cluster_type": "ManagedKubernetes", "pod_vswitch_ids": [] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "cluster_type": "ManagedKubernetes", "pod_vswitch_ids": ["vsw-uf6p1q2r3s4t5u6v7w8x9", "vsw-uf6q2r3s4t5u6v7w8x9y0"] }
    /// ```
    ///
    /// ## References
    /// - API reference: a cluster with the Terway network type must be given `pod_vswitch_ids`.
    /// - Terraform documentation for dedicated and managed clusters: Terway needs pod vSwitches.
    pub struct TerwayPodVswitchesMissing {
        code: "NET003",
        name: "terway-pod-vswitches-missing",
        group: Network,
        severity: Error,
    }
}

impl TerwayPodVswitchesMissing {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if cx.cni != Cni::Terway || !has_network_plugin_settings(cx) || cx.has_wrong_type(Field::PodVswitchIds, &[]) {
            return;
        }
        let Some((addon_pointer, addon)) = plugin_addon(cx.request, false) else { return };
        let help = "list the vSwitches Terway takes pod addresses from in `pod_vswitch_ids`: at least one in the \
                    zone of every node vSwitch, none of them a node vSwitch";
        let d = match &cx.request.pod_vswitch_ids {
            Some(list) if !list.is_empty() => return,
            Some(_) => Self::META
                .diagnostic(format!("`pod_vswitch_ids` is empty, but the network plugin is Terway (`{addon}`)"))
                .at(Field::PodVswitchIds.pointer(&[]))
                .label("no pod vSwitch")
                .with(Label::at(addon_pointer, "Terway selected here")),
            None => Self::META
                .diagnostic(format!("the network plugin is Terway (`{addon}`), but `pod_vswitch_ids` is missing"))
                .at(addon_pointer)
                .label("Terway needs `pod_vswitch_ids`"),
        };
        out.push(d.help(help));
    }
}
