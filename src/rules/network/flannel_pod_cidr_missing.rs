use super::util::{has_network_plugin_settings, plugin_addon};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::{Cni, Context};
use crate::spec::Field;
use crate::t;

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
        let lang = cx.lang;
        // Without any plugin addon the finding sits on `addons`, or on the root when that is absent too.
        let flannel = plugin_addon(cx.request, true);
        let (plugin_pointer, plugin_label, plugin) = match &flannel {
            Some((pointer, _)) => {
                (pointer.clone(), t!(lang, "network-flannel-selected"), t!(lang, "net005-plugin.flannel"))
            }
            None if cx.request.addons.is_some() => (
                Field::Addons.pointer(&[]),
                t!(lang, "net005.label-no-plugin"),
                t!(lang, "net005-plugin.no-plugin"),
            ),
            None => (String::new(), t!(lang, "net005.label-no-addons"), t!(lang, "net005-plugin.no-addons")),
        };
        let d = match cx.request.container_cidr.as_deref() {
            Some(s) if !s.is_empty() => return,
            Some(_) => Self::META
                .diagnostic(t!(lang, "net005-empty", plugin))
                .at(Field::ContainerCidr.pointer(&[]))
                .label(t!(lang, "net005-empty.label"))
                .with(Label::at(plugin_pointer, plugin_label)),
            None => Self::META
                .diagnostic(t!(lang, "net005-missing", plugin))
                .at(plugin_pointer)
                .label(t!(lang, "net005-missing.label")),
        };
        let d = match cx.request.vpcid.as_deref().filter(|v| !v.is_empty()) {
            Some(_) => d.with(Label::at(Field::Vpcid.pointer(&[]), t!(lang, "net005.label-vpc"))),
            None => d,
        };
        out.push(d.help(t!(lang, "net005.help")));
    }
}
