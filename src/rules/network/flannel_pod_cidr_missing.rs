use super::util::{has_network_plugin_settings, plugin_addon};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::{Cni, Context};
use crate::spec::Field;

crate::declare_rule! {
    /// A Flannel cluster in an existing VPC has no pod range in `container_cidr`.
    ///
    /// ## Why is this bad?
    /// Flannel gives each node a slice of `container_cidr` and each pod an address from its node's slice.
    /// When the cluster goes into an existing VPC (`vpcid`), the range has no default, and the service refuses
    /// the request with `EmptyCIDR` "pod or service cidr is empty".
    ///
    /// This also holds when `addons` names no network plugin: the service then installs Flannel, so the
    /// body needs `container_cidr` just the same.
    ///
    /// When the service creates the VPC itself (`zone_ids`, or the deprecated `zone_id`, without `vpcid`), it
    /// also picks a default pod range, so the rule stays quiet. Terway clusters, registered clusters and
    /// Serverless or ACS clusters take no pod range and are not checked.
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
    /// - API reference (`container_cidr`): required for a Flannel cluster; when the VPC is created
    ///   automatically, 172.16.0.0/16 is used by default.
    /// - SDK (`container_cidr`): required when the cluster uses Flannel.
    /// - terraform-provider-alicloud issue 8822: `EmptyCIDR` "pod or service cidr is empty" for a body the
    ///   service treated as Flannel.
    pub(crate) struct FlannelPodCidrMissing {
        code: "NET005",
        name: "flannel-pod-cidr-missing",
        severity: Error,
    }
}

impl FlannelPodCidrMissing {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if !matches!(cx.cni, Cni::Flannel | Cni::None)
            || !has_network_plugin_settings(cx)
            || cx.vpc_auto_created()
            || cx.has_wrong_type(Field::ContainerCidr, &[])
        {
            return;
        }
        // Without any plugin addon the finding sits on `addons`, or on the root when that is absent too.
        let flannel = plugin_addon(cx.request, true);
        let (plugin_pointer, plugin_label, plugin_text) = match &flannel {
            Some((pointer, _)) => (pointer.clone(), "Flannel selected here", "the network plugin is Flannel"),
            None if cx.request.addons.is_some() => (
                Field::Addons.pointer(&[]),
                "no network plugin: Flannel by default",
                "`addons` names no network plugin, so the service installs Flannel by default",
            ),
            None => (
                String::new(),
                "no `addons`: Flannel by default",
                "the body has no `addons`, so the service installs Flannel by default",
            ),
        };
        let help = "set `container_cidr` to a private range that overlaps neither `service_cidr` nor the VPC, for \
                    example 172.20.0.0/16";
        let d = match cx.request.container_cidr.as_deref() {
            Some(s) if !s.is_empty() => return,
            Some(_) => Self::META
                .diagnostic(format!("`container_cidr` is empty, but {plugin_text}, which needs a pod range"))
                .at(Field::ContainerCidr.pointer(&[]))
                .label("no pod range")
                .with(Label::at(plugin_pointer, plugin_label)),
            None => Self::META
                .diagnostic(format!("{plugin_text}, but `container_cidr` is missing"))
                .at(plugin_pointer)
                .label("Flannel needs `container_cidr`"),
        };
        let d = match cx.request.vpcid.as_deref().filter(|v| !v.is_empty()) {
            Some(_) => d.with(Label::at(Field::Vpcid.pointer(&[]), "existing VPC: no default pod range")),
            None => d,
        };
        out.push(d.help(help));
    }
}
