use crate::t;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;

crate::declare_rule! {
    /// `management.upgrade_config` sets both `surge` and `surge_percentage`.
    ///
    /// ## Why is this bad?
    /// The extra nodes added during an upgrade are given either as a number (`surge`) or as a percentage
    /// of the pool (`surge_percentage`); giving both leaves it unclear which one the upgrade follows. A value
    /// of 0 is treated here as not set, since some clients send every field with a zero value.
    ///
    /// ## Severity
    /// A warning: the SDK says to set `surge_percentage` or `surge` but does not say that both are refused,
    /// and its own examples set both (to 0). Terraform marks both fields deprecated, and `upgrade_config` as a
    /// whole is deprecated. No refusal has been observed.
    ///
    /// ## Example
    /// ```json
    /// { "cluster_type": "ManagedKubernetes",
    ///   "nodepools": [
    ///   { "nodepool_info": { "name": "web" },
    ///     "management": { "enable": true, "upgrade_config": { "surge": 2, "surge_percentage": 20 } } }
    /// ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "cluster_type": "ManagedKubernetes",
    ///   "nodepools": [
    ///   { "nodepool_info": { "name": "web" },
    ///     "management": { "enable": true, "upgrade_config": { "surge_percentage": 20 } } }
    /// ] }
    /// ```
    ///
    /// ## References
    /// - SDK node-pool model: `surge_percentage` is to be set "or" `surge`; the example value of both is 0.
    /// - Terraform node-pool resource: both fields are deprecated.
    pub(crate) struct UpgradeSurgeAndSurgePercentage {
        code: "NP013",
        name: "upgrade-surge-and-surge-percentage",
        severity: Warning,
    }
}

impl UpgradeSurgeAndSurgePercentage {
    // Deprecated fields read on purpose: this rule checks the deprecated `upgrade_config`.
    #[allow(deprecated)]
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for (i, pool) in cx.pools() {
            let Some(up) = pool.management.as_ref().and_then(|m| m.upgrade_config.as_ref()) else { continue };
            let (Some(surge), Some(percent)) = (up.surge, up.surge_percentage) else { continue };
            if surge == 0 || percent == 0 {
                continue;
            }
            out.push(
                Self::META
                    .diagnostic(t!(cx.lang, "np013", surge, percent))
                    .at(Field::NodepoolsManagementUpgradeConfigSurgePercentage.pointer(&[i]))
                    .label(t!(cx.lang, "np013.label"))
                    .with(Label::at(
                        Field::NodepoolsManagementUpgradeConfigSurge.pointer(&[i]),
                        t!(cx.lang, "np013.label-surge"),
                    ))
                    .help(t!(cx.lang, "np013.help")),
            );
        }
    }
}
