use super::util::pools;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;

crate::declare_rule! {
    /// `management.upgrade_config` sets both `surge` and `surge_percentage`.
    ///
    /// ## Why is this bad?
    /// The extra nodes added during an upgrade are given either as a number (`surge`) or as a percentage
    /// of the pool (`surge_percentage`), never both; the API asks for exactly one of them. A value of 0 is
    /// treated here as not set, since some clients send every field with a zero value.
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
    /// - SDK: `surge` and `surge_percentage` are alternatives; set one of them.
    pub struct UpgradeSurgeAndSurgePercentage {
        code: "NP013",
        name: "upgrade-surge-and-surge-percentage",
        group: Nodepool,
        severity: Error,
    }
}

impl UpgradeSurgeAndSurgePercentage {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for (i, pool) in pools(cx) {
            let Some(up) = pool.management.as_ref().and_then(|m| m.upgrade_config.as_ref()) else { continue };
            let (Some(surge), Some(percent)) = (up.surge, up.surge_percentage) else { continue };
            if surge == 0 || percent == 0 {
                continue;
            }
            out.push(
                Self::META
                    .diagnostic(format!(
                        "`upgrade_config` sets both `surge` {surge} and `surge_percentage` {percent}"
                    ))
                    .at(Field::NodepoolsManagementUpgradeConfigSurgePercentage.pointer(&[i]))
                    .label("percentage")
                    .with(Label::at(Field::NodepoolsManagementUpgradeConfigSurge.pointer(&[i]), "node count"))
                    .help("keep one of them: `surge` for a fixed number of extra nodes, or `surge_percentage` for a share of the pool"),
            );
        }
    }
}
