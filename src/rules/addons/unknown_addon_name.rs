use super::{KNOWN_ADDONS, MANAGED_PREFIX, is_known, named};
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;
use crate::suggest::closest;

crate::declare_rule! {
    /// An addon name that acklint does not know, often a misspelling of a known component.
    ///
    /// ## Why is this bad?
    /// The service installs components by exact name. A misspelled name (`csi-plugins`, `logtail`) makes the
    /// request fail, or leaves the cluster without the component you meant to install, such as storage or log
    /// collection.
    ///
    /// acklint's list of names is not complete: the DescribeAddons API returns the components that your
    /// region, cluster type and Kubernetes version offer. If the name is right, ignore this warning.
    ///
    /// ## Example
    /// ```json
    /// {
    ///   "addons": [
    ///     { "name": "flannel" },
    ///     { "name": "csi-plugin" },
    ///     { "name": "csi-provisioner" },
    ///     { "name": "logtail" }
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
    /// - API reference: the example component names (`flannel`, `terway-eniip`, `csi-plugin`, `logtail-ds`, …).
    /// - Terraform documentation: addon names must match what DescribeAddons returns.
    pub struct UnknownAddonName {
        code: "ADD002",
        name: "unknown-addon-name",
        group: Addons,
        severity: Warning,
    }
}

impl UnknownAddonName {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for (i, _, name) in named(cx) {
            if is_known(name) {
                continue;
            }
            let help = match closest(name, KNOWN_ADDONS.iter().copied()) {
                Some(c) => format!("did you mean `{c}`?"),
                None => format!(
                    "check the name against the DescribeAddons API (known examples: `flannel`, `terway-eniip`, \
                     `csi-plugin`, `logtail-ds`, `{MANAGED_PREFIX}…`); ignore this warning if the name is right"
                ),
            };
            out.push(
                Self::META
                    .diagnostic(format!("unknown addon `{name}`"))
                    .at(Field::AddonsName.pointer(&[i]))
                    .label("not a known component")
                    .help(help),
            );
        }
    }
}
