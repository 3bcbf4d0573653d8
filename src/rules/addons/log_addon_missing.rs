use super::{find_disabled, find_installed};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::{ClusterKind, Context};
use crate::spec::Field;
use crate::t;

/// The log-collection components; either one enables cluster auditing.
const LOG_ADDONS: &[&str] = &["logtail-ds", "loongcollector"];

crate::declare_rule! {
    /// No log-collection component (`logtail-ds` or `loongcollector`) is installed, so cluster auditing is unavailable.
    ///
    /// ## Why is this bad?
    /// ACK's cluster auditing (who did what through the API server) and its log dashboards need the
    /// Simple Log Service agent. The API reference recommends installing it when the cluster is created;
    /// without it the audit features cannot be used. This is advice: you can add the component later.
    ///
    /// ## Example
    /// ```json
    /// {
    ///   "addons": [
    ///     { "name": "flannel" },
    ///     { "name": "csi-plugin" },
    ///     { "name": "csi-provisioner" }
    ///   ]
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// {
    ///   "addons": [
    ///     { "name": "flannel" },
    ///     { "name": "csi-plugin" },
    ///     { "name": "csi-provisioner" },
    ///     { "name": "logtail-ds", "config": "{\"IngressDashboardEnabled\":\"true\"}" }
    ///   ]
    /// }
    /// ```
    ///
    /// ## References
    /// - API reference: the log component is optional but recommended; without Log Service, cluster auditing
    ///   cannot be used.
    /// - Alibaba's infraguard policy `ack-cluster-log-plugin-installed`.
    pub(crate) struct LogAddonMissing {
        code: "ADD007",
        name: "log-addon-missing",
        severity: Info,
    }
}

impl LogAddonMissing {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        if cx.kind == ClusterKind::External || cx.request.addons.is_none() {
            return;
        }
        if find_installed(cx, |n| LOG_ADDONS.contains(&n)).is_some() {
            return;
        }
        let mut d = Self::META
            .diagnostic(t!(lang, "add007"))
            .at(Field::Addons.pointer(&[]))
            .label(t!(lang, "add007.label"))
            .help(t!(lang, "add007.help"));
        if let Some((j, name)) = find_disabled(cx, |n| LOG_ADDONS.contains(&n)) {
            d = d.with(Label::at(Field::AddonsDisabled.pointer(&[j]), t!(lang, "addons-label-disabled", name)));
        }
        out.push(d);
    }
}
