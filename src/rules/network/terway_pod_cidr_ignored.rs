use super::util::{has_network_plugin_settings, plugin_addon, text};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::fix::Fix;
use crate::rules::{Cni, Context};
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// `container_cidr` or `node_cidr_mask` is set on a Terway cluster, which ignores both.
    ///
    /// ## Why is this bad?
    /// Both fields only size Flannel's pod network. Terway takes pod addresses from the vSwitches in
    /// `pod_vswitch_ids`, so the service ignores them. Their presence usually means the body was copied from a
    /// Flannel cluster, or the pod range the author planned is not the one the cluster will use.
    ///
    /// ## Example
    /// ```json
    /// { "cluster_type": "ManagedKubernetes", "container_cidr": "172.20.0.0/16", "node_cidr_mask": "26" }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "cluster_type": "ManagedKubernetes", "container_cidr": null, "node_cidr_mask": null }
    /// ```
    ///
    /// ## Fix
    /// Unsafe: it removes the field. Terway ignores it, so the cluster is the same; but if you meant a Flannel
    /// cluster with that pod range, the right change is the network plugin addon, and the fix cannot tell.
    ///
    /// ## References
    /// - API reference: `container_cidr` need not be filled in with Terway; `node_cidr_mask` only takes effect
    ///   with Flannel.
    pub(crate) struct TerwayPodCidrIgnored {
        code: "NET006",
        name: "terway-pod-cidr-ignored",
        severity: Warning,
        fix: Unsafe,
    }
}

impl TerwayPodCidrIgnored {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if cx.cni != Cni::Terway || !has_network_plugin_settings(cx) {
            return;
        }
        let lang = cx.lang;
        let Some((addon_pointer, addon)) = plugin_addon(cx.request, false) else { return };
        let fields = [
            (Field::ContainerCidr, &cx.request.container_cidr, t!(lang, "net006-why.container-cidr")),
            (Field::NodeCidrMask, &cx.request.node_cidr_mask, t!(lang, "net006-why.node-cidr-mask")),
        ];
        for (field, value, why) in fields {
            let Some(value) = text(value) else { continue };
            let key = field.meta().key;
            out.push(
                Self::META
                    .diagnostic(t!(lang, "net006", field = key, value, addon, why))
                    .at(field.pointer(&[]))
                    .label(t!(lang, "net006.label"))
                    .with(Label::at(addon_pointer.clone(), t!(lang, "network-terway-selected")))
                    .help(t!(lang, "net006.help", field = key))
                    .fix(cx.fix(|| Fix::unsafe_(t!(lang, "net006.fix", field = key)).remove(field.pointer(&[])))),
            );
        }
    }
}
