use super::{find_disabled, find_installed};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::fix::Fix;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;

/// Names that provide the CSI provisioner: the node-side component or its managed control-plane variant.
const PROVISIONERS: &[&str] = &["csi-provisioner", "managed-csiprovisioner"];

crate::declare_rule! {
    /// Only one of the two CSI storage components is listed: `csi-plugin` needs `csi-provisioner`, and back.
    ///
    /// ## Why is this bad?
    /// CSI storage has two halves: `csi-plugin` attaches and mounts volumes on each node, and `csi-provisioner`
    /// creates disks, NAS and OSS volumes for PersistentVolumeClaims. With one half missing, claims stay
    /// `Pending` or pods cannot mount their volumes. The API reference installs CSI as the pair.
    ///
    /// `managed-csiprovisioner`, the provisioner that runs in the managed control plane, counts as
    /// `csi-provisioner`. Entries with `"disabled": true` are not installed and do not count.
    ///
    /// ACK Serverless and ACS clusters (`profile` `Serverless` or `Acs`) are not checked: they have no nodes of
    /// their own to run `csi-plugin` on, and `csi-provisioner` alone is what they take.
    ///
    /// ## Example
    /// ```json
    /// {
    ///   "addons": [
    ///     { "name": "flannel" },
    ///     { "name": "csi-plugin" },
    ///     { "name": "logtail-ds" }
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
    ///     { "name": "logtail-ds" }
    ///   ]
    /// }
    /// ```
    ///
    /// ## Fix
    /// Unsafe: appends the missing addon to `addons`. It installs a component, and removing the other one is
    /// an equally plain answer, so it is applied only with `--unsafe-fixes`. No fix when the missing addon is
    /// listed as disabled.
    ///
    /// ## References
    /// - API reference (`addons`): storage components support CSI only, given as `csi-plugin` plus
    ///   `csi-provisioner`.
    /// - Terraform examples: every one pairs `csi-plugin` with `csi-provisioner` or `managed-csiprovisioner`.
    /// - Real-world fidelity review (decided): a Serverless body lists `csi-provisioner` alone, since there
    ///   are no nodes for `csi-plugin`; hence the exception.
    pub(crate) struct CsiAddonIncomplete {
        code: "ADD005",
        name: "csi-addon-incomplete",
        severity: Error,
        fix: Unsafe,
    }
}

impl CsiAddonIncomplete {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        // No nodes of their own: the provisioner alone is the usual setup.
        if cx.is_serverless() {
            return;
        }
        let plugin = find_installed(cx, |n| n == "csi-plugin");
        let provisioner = find_installed(cx, |n| PROVISIONERS.contains(&n));
        let (i, present, missing) = match (plugin, provisioner) {
            (Some((i, n)), None) => (i, n, "csi-provisioner"),
            (None, Some((i, n))) => (i, n, "csi-plugin"),
            _ => return,
        };
        let mut d = Self::META
            .diagnostic(t!(lang, "add005", present, missing))
            .at(Field::AddonsName.pointer(&[i]))
            .label(t!(lang, "add005.label", missing))
            .help(t!(lang, "add005.help", missing, present));
        let partner = |n: &str| if missing == "csi-plugin" { n == missing } else { PROVISIONERS.contains(&n) };
        match find_disabled(cx, partner) {
            Some((j, name)) => {
                d = d.with(Label::at(Field::AddonsDisabled.pointer(&[j]), t!(lang, "addons-label-disabled", name)));
            }
            // Adding the partner installs a component: the other answer, removing `present`, is as plain.
            None => {
                let item = serde_json::json!({ "name": missing }).to_string();
                d = d.fix(cx.fix(|| Fix::unsafe_(t!(lang, "add005.fix", missing)).append("/addons", item)));
            }
        }
        out.push(d);
    }
}
