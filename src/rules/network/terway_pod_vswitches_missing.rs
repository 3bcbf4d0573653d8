use super::util::{has_network_plugin_settings, plugin_addon};
use crate::Label;
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::{Cni, Context};
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// A Terway cluster has no `pod_vswitch_ids`.
    ///
    /// ## Why is this bad?
    /// Terway gives pods addresses from vSwitches of the VPC listed in `pod_vswitch_ids`; it does not use
    /// `container_cidr`. Without pod vSwitches it is unclear where pods get their addresses.
    ///
    /// The sources disagree on whether the list is still required. The API reference and the Terraform
    /// notes for dedicated and managed clusters require it for Terway. The SDK has marked `pod_vswitch_ids`
    /// as deprecated since its 2025-09 model, without naming a replacement, and Terraform keeps it optional.
    /// So a missing list is a warning, not an error.
    ///
    /// On ACK Edge (`profile` `Edge`) with Terway Edge, only cloud node pools take pod addresses from VPC pod
    /// vSwitches; edge node pools use ENS vSwitches configured after creation, or a pod CIDR. There a missing
    /// list is only reported as info. Registered, Serverless and ACS clusters are not checked.
    ///
    /// ## Severity
    /// - Warning by default: the reference requires the list, the SDK has deprecated it.
    /// - Info on ACK Edge, where pods of edge node pools do not use these vSwitches at all.
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
    /// - API reference (`pod_vswitch_ids`): a cluster with the Terway network type must be given
    ///   `pod_vswitch_ids`.
    /// - SDK (`create_cluster_request_model.go`, since the 2025-09-11 model): `pod_vswitch_ids` is marked
    ///   deprecated, though its text still asks for pod vSwitches with Terway.
    /// - Terraform documentation for dedicated and managed clusters: Terway needs pod vSwitches; the
    ///   managed-cluster resource keeps the argument optional.
    /// - ACK Edge, Terway Edge user guide: pod vSwitches serve cloud node pools; ENS pod vSwitches are added
    ///   to the `privateip-config` ConfigMap.
    pub(crate) struct TerwayPodVswitchesMissing {
        code: "NET003",
        name: "terway-pod-vswitches-missing",
        severity: Warning,
    }
}

impl TerwayPodVswitchesMissing {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if cx.cni != Cni::Terway || !has_network_plugin_settings(cx) || cx.has_wrong_type(Field::PodVswitchIds, &[]) {
            return;
        }
        let lang = cx.lang;
        let Some((addon_pointer, addon)) = plugin_addon(cx.request, false) else { return };
        let d = match &cx.request.pod_vswitch_ids {
            Some(list) if !list.is_empty() => return,
            Some(_) => Self::META
                .diagnostic(t!(lang, "net003-empty", addon))
                .at(Field::PodVswitchIds.pointer(&[]))
                .label(t!(lang, "net003-empty.label"))
                .with(Label::at(addon_pointer, t!(lang, "network-terway-selected"))),
            None => Self::META
                .diagnostic(t!(lang, "net003-missing", addon))
                .at(addon_pointer)
                .label(t!(lang, "net003-missing.label")),
        };
        let d = if cx.is_edge() {
            d.severity(Severity::Info).help(t!(lang, "net003.help-edge"))
        } else {
            d.help(t!(lang, "net003.help"))
        };
        out.push(d);
    }
}
