use super::billed;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::model::PeriodUnit;
use crate::t;

crate::declare_rule! {
    /// A subscription counted in weeks, which CreateCluster documents only in months.
    ///
    /// ## Why is this bad?
    /// The API reference and the SDK document `Month` as the only unit of `master_period_unit`, and the SDK's
    /// CreateCluster node-pool model allows only `Month` for `scaling_group.period_unit`. `Week` is accepted
    /// by Terraform and ROS for masters and by the separate CreateClusterNodePool call for node pools, so it
    /// may work, but it is undocumented for this request and weekly subscriptions have their own, shorter,
    /// allowed lengths.
    ///
    /// ## Example
    /// ```json
    /// { "control_plane_config": { "charge_type": "PrePaid", "period_unit": "Week", "period": 2,
    ///                             "auto_renew": false } }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "control_plane_config": { "charge_type": "PrePaid", "period_unit": "Month", "period": 1,
    ///                             "auto_renew": false } }
    /// ```
    ///
    /// ## References
    /// - API reference and SDK: `master_period_unit` takes `Month` only.
    /// - SDK node-pool models: CreateCluster allows `Month`; CreateClusterNodePool also `Week`.
    /// - Terraform dedicated-cluster resource and ROS: `Week` or `Month` for masters.
    pub(crate) struct PrepaidPeriodUnitWeek {
        code: "BIL002",
        name: "prepaid-period-unit-week",
        severity: Warning,
    }
}

impl PrepaidPeriodUnitWeek {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        for b in billed(cx) {
            let Some(charge) = b.prepaid() else { continue };
            for unit in b.unit.iter().filter(|u| u.value == PeriodUnit::Week) {
                out.push(
                    Self::META
                        .diagnostic(t!(lang, "bil002", field = unit.name(), subject = b.subject(), who = &b.who))
                        .at(unit.pointer.clone())
                        .label(t!(lang, "bil002.label"))
                        .with(Label::at(charge.pointer.clone(), t!(lang, "billing-label-prepaid")))
                        .help(t!(lang, "bil002.help")),
                );
            }
        }
    }
}
