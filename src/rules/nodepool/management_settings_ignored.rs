use crate::t;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::fix::Fix;
use crate::rules::Context;
use crate::rules::messages::{backticked, join_and};
use crate::spec::Field;

crate::declare_rule! {
    /// `management.enable` is `false`, yet the pool sets automatic repair, upgrade or patching options.
    ///
    /// ## Why is this bad?
    /// The `management` sub-settings (`auto_repair`, `auto_upgrade`, `auto_vul_fix`, their policies and
    /// `upgrade_config`) take effect only on a managed node pool, that is when `management.enable` is
    /// `true`. With `enable` false they are ignored, and the nodes are neither repaired nor upgraded
    /// automatically, which is rarely what the author of those settings wanted.
    ///
    /// ## Example
    /// ```json
    /// { "cluster_type": "ManagedKubernetes",
    ///   "nodepools": [
    ///   { "nodepool_info": { "name": "web" }, "management": { "enable": false, "auto_repair": true } }
    /// ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "cluster_type": "ManagedKubernetes",
    ///   "nodepools": [
    ///   { "nodepool_info": { "name": "web" }, "management": { "enable": true, "auto_repair": true } }
    /// ] }
    /// ```
    ///
    /// ## Fix
    /// Unsafe: it removes the settings the finding names and keeps `enable: false`. The service ignores them,
    /// so the pool is the same; but if you meant a managed node pool, the right change is `management.enable:
    /// true`, and the fix cannot tell.
    ///
    /// ## References
    /// - SDK: the management options take effect only when `enable` is true.
    pub(crate) struct ManagementSettingsIgnored {
        code: "NP011",
        name: "management-settings-ignored",
        severity: Warning,
        fix: Unsafe,
    }
}

impl ManagementSettingsIgnored {
    // Deprecated fields read on purpose: this rule reports the deprecated `upgrade_config` among the ignored settings.
    #[allow(deprecated)]
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for (i, pool) in cx.pools() {
            let Some(m) = &pool.management else { continue };
            if m.enable != Some(false) {
                continue;
            }
            let ignored: Vec<(&str, Field)> = [
                (m.auto_repair == Some(true), "auto_repair", Field::NodepoolsManagementAutoRepair),
                (m.auto_repair_policy.is_some(), "auto_repair_policy", Field::NodepoolsManagementAutoRepairPolicy),
                (m.auto_upgrade == Some(true), "auto_upgrade", Field::NodepoolsManagementAutoUpgrade),
                (m.auto_upgrade_policy.is_some(), "auto_upgrade_policy", Field::NodepoolsManagementAutoUpgradePolicy),
                (m.auto_vul_fix == Some(true), "auto_vul_fix", Field::NodepoolsManagementAutoVulFix),
                (m.auto_vul_fix_policy.is_some(), "auto_vul_fix_policy", Field::NodepoolsManagementAutoVulFixPolicy),
                (m.upgrade_config.is_some(), "upgrade_config", Field::NodepoolsManagementUpgradeConfig),
            ]
            .into_iter()
            .filter(|c| c.0)
            .map(|c| (c.1, c.2))
            .collect();
            if ignored.is_empty() {
                continue;
            }
            let names: Vec<&str> = ignored.iter().map(|(n, _)| *n).collect();
            let lang = cx.lang;
            let fields = join_and(lang, &backticked(&names));
            let count = names.len();
            let mut d = Self::META
                .diagnostic(t!(lang, "np011", fields = fields.as_str(), count))
                .at(Field::NodepoolsManagementEnable.pointer(&[i]))
                .label(t!(lang, "np011.label"))
                .help(t!(lang, "np011.help"));
            for (_, field) in &ignored {
                d = d.with(Label::at(field.pointer(&[i]), t!(lang, "np011.label-ignored")));
            }
            let fix = cx.fix(|| {
                ignored.iter().fold(
                    Fix::unsafe_(t!(lang, "np011.fix", fields = fields.as_str(), count)),
                    |fix, (_, field)| fix.remove(field.pointer(&[i])),
                )
            });
            out.push(d.fix(fix));
        }
    }
}
