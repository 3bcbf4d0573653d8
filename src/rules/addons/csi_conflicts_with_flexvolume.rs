use super::{find_installed, installed};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;

/// The CSI storage components.
const CSI: &[&str] = &["csi-plugin", "csi-provisioner", "managed-csiprovisioner"];

crate::declare_rule! {
    /// `addons` installs both CSI storage and the legacy FlexVolume plugin.
    ///
    /// ## Why is this bad?
    /// A cluster uses one storage plugin family: CSI (`csi-plugin` and `csi-provisioner`) or the legacy
    /// `flexvolume`. Both would try to serve the same disk, NAS and OSS volumes, and the service documents them as
    /// mutually exclusive; new clusters support CSI only.
    ///
    /// ## Example
    /// ```json
    /// {
    ///   "addons": [
    ///     { "name": "flannel" },
    ///     { "name": "csi-plugin" },
    ///     { "name": "csi-provisioner" },
    ///     { "name": "flexvolume" },
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
    /// ## References
    /// - API reference (`addons`): storage components support only the CSI type.
    /// - Terraform documentation for managed clusters: the CSI storage addon conflicts with the FlexVolume
    ///   addon.
    /// - No refusal has been observed, but no source allows both; the error stands on the two above.
    pub(crate) struct CsiConflictsWithFlexvolume {
        code: "ADD006",
        name: "csi-conflicts-with-flexvolume",
        severity: Error,
    }
}

impl CsiConflictsWithFlexvolume {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        let Some((flex, _)) = find_installed(cx, |n| n == "flexvolume") else { return };
        let csi: Vec<(usize, &str)> = installed(cx).filter(|(_, n)| CSI.contains(n)).collect();
        let Some(&(_, first)) = csi.first() else { return };
        let mut d = Self::META
            .diagnostic(t!(lang, "add006", name = first))
            .at(Field::AddonsName.pointer(&[flex]))
            .label(t!(lang, "add006.label"))
            .help(t!(lang, "add006.help"));
        for (i, name) in csi {
            d = d.with(Label::at(Field::AddonsName.pointer(&[i]), t!(lang, "add006.label-csi", name)));
        }
        out.push(d);
    }
}
