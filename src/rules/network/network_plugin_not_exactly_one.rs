use super::util::{needs_network_plugin, network_addons, text};
use crate::Label;
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::{Cni, Context};
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// `addons` must select exactly one network plugin: `flannel` or a Terway addon.
    ///
    /// ## Why is this bad?
    /// The network plugin decides where pods get their addresses: Flannel carves them out of
    /// `container_cidr`, Terway takes them from the vSwitches in `pod_vswitch_ids`. The API reference makes the
    /// plugin mandatory and lets you pick one of the two; the plugin cannot be changed once the cluster exists.
    ///
    /// Naming both `flannel` and a Terway addon is contradictory: no cluster can run both.
    ///
    /// When `addons` names no network plugin at all, or the body has no `addons`, the service does not
    /// refuse: it installs Flannel, and bodies without a network addon are known to have created clusters.
    /// Flannel's requirements then apply (acklint's Flannel rules treat such a body as Flannel): a body
    /// written for Terway (with `pod_vswitch_ids` and no `container_cidr`) fails with "pod or service cidr
    /// is empty", and any other body gets a plugin it never named.
    ///
    /// Registered clusters (`ExternalKubernetes`) and managed clusters with `profile` `Serverless` or `Acs`
    /// have no network plugin addon and are not checked for a missing one.
    ///
    /// ## Severity
    /// - Two network plugins (`flannel` and a Terway addon): error. The API reference allows one of the two.
    /// - No network plugin: warning. The reference calls the plugin required, but the service installs Flannel
    ///   instead of refusing, so the body can succeed; the warning says which plugin it gets.
    ///
    /// ## Example
    /// ```json
    /// { "addons": [{ "name": "flannel" }, { "name": "terway-eniip" }, { "name": "csi-plugin" }, { "name": "csi-provisioner" }] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "addons": [{ "name": "flannel" }, { "name": "csi-plugin" }, { "name": "csi-provisioner" }] }
    /// ```
    ///
    /// ## References
    /// - API reference (`addons`): the network component is required; Flannel or Terway, choose one.
    /// - Terraform documentation for managed clusters: the Flannel addon conflicts with the Terway addons.
    /// - terraform-provider-alicloud issue 8822: a Terway body without the Terway addon is treated as Flannel
    ///   and rejected with "pod or service cidr is empty", that is, the service falls back to Flannel.
    pub(crate) struct NetworkPluginNotExactlyOne {
        code: "NET002",
        name: "network-plugin-not-exactly-one",
        severity: Error,
    }
}

impl NetworkPluginNotExactlyOne {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        match cx.cni {
            Cni::Conflicting => {
                let addons = network_addons(cx.request);
                let Some(((first_pointer, first), rest)) = addons.split_first() else { return };
                let names: Vec<String> = addons.iter().map(|(_, n)| format!("`{n}`")).collect();
                let mut d = Self::META
                    .diagnostic(t!(
                        lang,
                        "net002-several",
                        count = names.len(),
                        names = names.join(&t!(lang, "list-separator"))
                    ))
                    .at(first_pointer.clone())
                    .label(t!(lang, "net002-several.label", name = *first))
                    .help(t!(lang, "net002-several.help"));
                for (pointer, name) in rest {
                    d = d.with(Label::at(pointer.clone(), t!(lang, "net002-several.label-also", name = *name)));
                }
                out.push(d);
            }
            Cni::None if needs_network_plugin(cx) => {
                // A wrong-typed `addons`, or an item without a readable name (which might be the plugin), is the
                // structure check's to report.
                if cx.has_wrong_type(Field::Addons, &[]) {
                    return;
                }
                let d = match &cx.request.addons {
                    Some(addons) if addons.iter().any(|a| a.name.is_none()) => return,
                    Some(_) => Self::META.diagnostic(t!(lang, "net002-none-in-addons")).at(Field::Addons.pointer(&[])),
                    // Bodies without `addons` are known to create clusters: with Flannel.
                    None => Self::META.diagnostic(t!(lang, "net002-no-addons")).at(String::new()),
                };
                let pod_vswitches = cx.request.pod_vswitch_ids.as_ref().is_some_and(|l| !l.is_empty());
                let mut d = d.severity(Severity::Warning).label(t!(lang, "net002-none.label"));
                if pod_vswitches {
                    d = d
                        .with(Label::at(Field::PodVswitchIds.pointer(&[]), t!(lang, "network-terway-setting")))
                        .help(t!(lang, "net002-none.help-terway"));
                } else {
                    if text(&cx.request.container_cidr).is_some() {
                        d = d.with(Label::at(Field::ContainerCidr.pointer(&[]), t!(lang, "net002-none.label-flannel")));
                    }
                    d = d.help(t!(lang, "net002-none.help"));
                }
                out.push(d);
            }
            _ => {}
        }
    }
}
