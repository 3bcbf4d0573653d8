use super::named;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;

crate::declare_rule! {
    /// The same component appears twice in `addons`.
    ///
    /// ## Why is this bad?
    /// Each component is installed once, with one `config`. When a name appears twice the service either
    /// rejects the request or keeps one of the two entries, and you cannot tell which settings win. A duplicate
    /// usually comes from merging two lists of components.
    ///
    /// ## Example
    /// ```json
    /// {
    ///   "addons": [
    ///     { "name": "flannel" },
    ///     { "name": "csi-plugin" },
    ///     { "name": "csi-provisioner" },
    ///     { "name": "logtail-ds", "config": "{\"IngressDashboardEnabled\":\"true\"}" },
    ///     { "name": "logtail-ds", "config": "{\"sls_project_name\":\"ops-logs\"}" }
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
    ///     { "name": "logtail-ds", "config": "{\"IngressDashboardEnabled\":\"true\",\"sls_project_name\":\"ops-logs\"}" }
    ///   ]
    /// }
    /// ```
    ///
    /// ## References
    /// - API reference: `addons` lists the components to install, one object per component.
    /// - Rule catalog: addon names must be unique within the list.
    pub struct DuplicateAddonName {
        code: "ADD001",
        name: "duplicate-addon-name",
        group: Addons,
        severity: Error,
    }
}

impl DuplicateAddonName {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let items: Vec<(usize, &str)> = named(cx).map(|(i, _, n)| (i, n)).collect();
        for (pos, &(i, name)) in items.iter().enumerate() {
            let Some(&(first, _)) = items[..pos].iter().find(|(_, n)| *n == name) else { continue };
            out.push(
                Self::META
                    .diagnostic(format!("addon `{name}` is listed twice, in `addons[{first}]` and `addons[{i}]`"))
                    .at(Field::AddonsName.pointer(&[i]))
                    .label("repeated here")
                    .with(Label::at(Field::AddonsName.pointer(&[first]), "first listed here"))
                    .help(format!("keep one `{name}` entry and merge the settings of both into its `config`")),
            );
        }
    }
}
