use super::util::{has_network_plugin_settings, plugin_addon, text};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::fix::Fix;
use crate::rules::{Cni, Context};
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// `pod_vswitch_ids` is set but the network plugin is not Terway.
    ///
    /// ## Why is this bad?
    /// Pod vSwitches are a Terway setting. With Flannel, or with no network plugin addon (the service then
    /// installs Flannel), pods take their addresses from `container_cidr` and the pod vSwitches are ignored.
    /// The usual cause is a body written for Terway that forgot the `terway-eniip` addon; such a body then
    /// has no `container_cidr` either and fails with "pod or service cidr is empty", which
    /// `flannel-pod-cidr-missing` reports as an error.
    ///
    /// The list on its own is not known to make the request fail, so this is a warning: the service ignores
    /// the setting, or the body was meant for another plugin.
    ///
    /// ## Example
    /// ```json
    /// { "pod_vswitch_ids": ["vsw-bp1q0g7a2n5t8z1h4u6w9"] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "pod_vswitch_ids": null }
    /// ```
    ///
    /// ## Fix
    /// Unsafe: it removes `pod_vswitch_ids`, offered when `addons` names Flannel or the body sets
    /// `container_cidr`, that is when the cluster it describes is a Flannel one. Flannel ignores the list, so the
    /// cluster is the same; but if you meant Terway, the right change is the `terway-eniip` addon, and the fix
    /// cannot tell. Without either there is no fix: the body has no Flannel pod range, so it was most likely
    /// written for Terway.
    ///
    /// ## References
    /// - API reference: `pod_vswitch_ids` is described for Terway; with Flannel, `container_cidr` is required.
    /// - terraform-provider-alicloud issue 8822 and pulumi-alicloud issue 1027: a Terway body without a Terway
    ///   addon was refused with `EmptyCIDR`; the details also list `InvalidPodVswitchIds` "PodCidr conflict
    ///   with PodVswitch". The fix was to add `terway-eniip`. The refusal names the missing pod range, so the
    ///   error is left to `flannel-pod-cidr-missing`.
    pub(crate) struct PodVswitchesWithoutTerway {
        code: "NET004",
        name: "pod-vswitches-without-terway",
        severity: Warning,
        fix: Unsafe,
    }
}

impl PodVswitchesWithoutTerway {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if !matches!(cx.cni, Cni::Flannel | Cni::None) || !has_network_plugin_settings(cx) {
            return;
        }
        if cx.request.pod_vswitch_ids.as_ref().is_none_or(|l| l.is_empty()) {
            return;
        }
        let lang = cx.lang;
        let flannel_addon = plugin_addon(cx.request, true);
        let flannel_body = flannel_addon.is_some() || text(&cx.request.container_cidr).is_some();
        let mut d = match flannel_addon {
            Some((pointer, _)) => Self::META
                .diagnostic(t!(lang, "net004-flannel"))
                .with(Label::at(pointer, t!(lang, "network-flannel-selected")))
                .help(t!(lang, "net004-flannel.help")),
            None => Self::META.diagnostic(t!(lang, "net004-default")).help(t!(lang, "net004-default.help")),
        }
        .at(Field::PodVswitchIds.pointer(&[]))
        .label(t!(lang, "network-terway-setting"));
        if text(&cx.request.container_cidr).is_some() {
            d = d.with(Label::at(Field::ContainerCidr.pointer(&[]), t!(lang, "net004.label-pods")));
        }
        if flannel_body {
            d = d.fix(cx.fix(|| Fix::unsafe_(t!(lang, "net004.fix")).remove(Field::PodVswitchIds.pointer(&[]))));
        }
        out.push(d);
    }
}
