use super::named;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::fix::Fix;
use crate::model::Addon;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// The same component appears twice in `addons`.
    ///
    /// ## Why is this bad?
    /// Each component is installed once, with one `config`. When a name appears twice, no source says whether
    /// the service refuses the request or keeps one of the entries, so you cannot tell which settings win. A
    /// duplicate usually comes from merging two lists of components.
    ///
    /// This is a warning because the only basis is that reasoning: no refusal has been observed and the API
    /// documentation does not address repeated names.
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
    /// ## Fix
    /// Safe, when the later entry is an exact copy of the earlier one: removing it changes nothing. When the
    /// entries differ there is no fix, since merging two `config`s, or choosing one, is up to you.
    ///
    /// ## References
    /// - API reference (`addons`): the list of components to install when the cluster is created.
    /// - Rule catalog §3.10: unique names are derived, not taken from a source.
    pub(crate) struct DuplicateAddonName {
        code: "ADD001",
        name: "duplicate-addon-name",
        severity: Warning,
        fix: Safe,
    }
}

impl DuplicateAddonName {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        let items: Vec<(usize, &Addon, &str)> = named(cx).collect();
        // An entry with a value of the wrong type is not known in full: it is never called a copy.
        let whole = |i: usize| {
            !cx.wrong_type.iter().any(|p| {
                p.strip_prefix(&format!("/addons/{i}")).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
            })
        };
        for (pos, &(i, addon, name)) in items.iter().enumerate() {
            let Some(&(first, earlier, _)) = items[..pos].iter().find(|(_, _, n)| *n == name) else { continue };
            let copy = addon == earlier && whole(i) && whole(first);
            let d = Self::META
                .diagnostic(t!(lang, "add001", name, first, index = i))
                .at(Field::AddonsName.pointer(&[i]))
                .label(t!(lang, "add001.label"))
                .with(Label::at(Field::AddonsName.pointer(&[first]), t!(lang, "add001.label-first")))
                .help(t!(lang, "add001.help", name));
            let fix = || {
                Fix::safe(t!(lang, "add001.fix", index = i, first)).remove(format!("{}/{i}", Field::Addons.pointer(&[])))
            };
            out.push(if copy { d.fix(cx.fix(fix)) } else { d });
        }
    }
}
