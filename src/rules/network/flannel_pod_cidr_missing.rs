use super::util::{has_network_plugin_settings, plugin_addon};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::{Cni, Context};
use crate::spec::Field;

crate::declare_rule! {
    /// A Flannel cluster has no pod range in `container_cidr`.
    ///
    /// ## Why is this bad?
    /// Flannel gives each node a slice of `container_cidr` and each pod an address from its node's slice.
    /// When the VPC already exists there is no default for this range, so the service rejects the request
    /// with "pod or service cidr is empty".
    ///
    /// ## Example
    /// ```json
    /// { "container_cidr": null }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "container_cidr": "172.20.0.0/16" }
    /// ```
    ///
    /// ## References
    /// - API reference: `container_cidr` must be set when the network plugin is Flannel.
    /// - terraform-provider-alicloud issue 8822: `EmptyCIDR` "pod or service cidr is empty".
    pub struct FlannelPodCidrMissing {
        code: "NET005",
        name: "flannel-pod-cidr-missing",
        group: Network,
        severity: Error,
    }
}

impl FlannelPodCidrMissing {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if cx.cni != Cni::Flannel || !has_network_plugin_settings(cx) || cx.has_wrong_type(Field::ContainerCidr, &[]) {
            return;
        }
        let Some((addon_pointer, _)) = plugin_addon(cx.request, true) else { return };
        let help = "set `container_cidr` to a private range that overlaps neither `service_cidr` nor the VPC, for \
                    example 172.20.0.0/16";
        let d = match cx.request.container_cidr.as_deref() {
            Some(s) if !s.is_empty() => return,
            Some(_) => Self::META
                .diagnostic("`container_cidr` is empty, but the network plugin is Flannel")
                .at(Field::ContainerCidr.pointer(&[]))
                .label("no pod range")
                .with(Label::at(addon_pointer, "Flannel selected here")),
            None => Self::META
                .diagnostic("the network plugin is Flannel, but `container_cidr` is missing")
                .at(addon_pointer)
                .label("Flannel needs `container_cidr`"),
        };
        out.push(d.help(help));
    }
}
