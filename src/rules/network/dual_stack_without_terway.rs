use super::util::{has_network_plugin_settings, plugin_addon};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::{Cni, Context};
use crate::model::IpStack;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// `ip_stack` is `dual` but the network plugin is not Terway.
    ///
    /// ## Why is this bad?
    /// IPv4/IPv6 dual stack gives pods IPv6 addresses from their vSwitches, which only Terway can do. Flannel
    /// (also what the service uses when `addons` names no network plugin) is IPv4 only, so a dual-stack
    /// Flannel cluster cannot be created as asked.
    ///
    /// ## Example
    /// ```json
    /// { "ip_stack": "dual" }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "ip_stack": "ipv4" }
    /// ```
    ///
    /// ## References
    /// - ACK network planning: dual stack is supported with Terway only.
    /// - Terraform documentation for managed clusters (`ip_stack`): dual stack needs the Terway plugin.
    pub(crate) struct DualStackWithoutTerway {
        code: "NET015",
        name: "dual-stack-without-terway",
        severity: Error,
    }
}

impl DualStackWithoutTerway {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if cx.request.ip_stack != Some(IpStack::Dual) || !has_network_plugin_settings(cx) {
            return;
        }
        let lang = cx.lang;
        let d = match (cx.cni, plugin_addon(cx.request, true)) {
            (Cni::Flannel, Some((pointer, _))) => Self::META
                .diagnostic(t!(lang, "net015-flannel"))
                .with(Label::at(pointer, t!(lang, "network-flannel-selected"))),
            (Cni::None, _) => Self::META.diagnostic(t!(lang, "net015-default")),
            _ => return,
        };
        out.push(d.at(Field::IpStack.pointer(&[])).label(t!(lang, "net015.label")).help(t!(lang, "net015.help")));
    }
}
