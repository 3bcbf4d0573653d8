use super::{billed, lengths_not_allowed};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::rules::messages::one_of;
use crate::t;

crate::declare_rule! {
    /// A subscription length that the masters or a node pool cannot be bought for.
    ///
    /// ## Why is this bad?
    /// Subscriptions come in fixed lengths. For masters the API reference lists 1, 2, 3, 6, 12, 24, 36, 48 and
    /// 60 months; node pools created with the cluster take 1, 2, 3, 6 or 12 months. Counted in weeks (see
    /// `prepaid-period-unit-week`), the length is 1 to 4 weeks. `0`, which some clients send for "unset", is
    /// no length at all.
    ///
    /// The schema accepts the union of what any client sends (Terraform and ROS also take 4, 5, 7, 8 and 9
    /// months for masters; CreateClusterNodePool takes up to 60 months for pools); this rule checks the set
    /// documented for this request and this unit. Because other clients send the extra lengths and evidently
    /// get clusters, a finding is a warning, not an error.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PrePaid", "period_unit": "Month",
    ///                                       "period": 24, "auto_renew": false } } ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PrePaid", "period_unit": "Month",
    ///                                       "period": 12, "auto_renew": false } } ] }
    /// ```
    ///
    /// ## References
    /// - API reference and SDK: `master_period` takes 1, 2, 3, 6, 12, 24, 36, 48 or 60 months.
    /// - SDK node-pool model of CreateCluster: `period` takes 1, 2, 3, 6 or 12 months; CreateClusterNodePool
    ///   and ROS give 1 to 4 for weeks.
    pub(crate) struct PrepaidPeriodNotAllowed {
        code: "BIL003",
        name: "prepaid-period-not-allowed",
        severity: Warning,
    }
}

impl PrepaidPeriodNotAllowed {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        for b in billed(cx) {
            let Some(charge) = b.prepaid() else { continue };
            let unit = b.unit();
            let allowed = b.allowed_periods(unit);
            for period in lengths_not_allowed(&b.period, allowed) {
                let allowed = one_of(lang, allowed);
                let field = period.name();
                let mut d = Self::META
                    .diagnostic(t!(
                        lang,
                        "bil003",
                        field,
                        value = period.value.to_string(),
                        subject = b.subject(),
                        who = &b.who,
                        allowed = &allowed,
                        unit,
                    ))
                    .at(period.pointer.clone())
                    .label(t!(lang, "bil003.label"))
                    .with(Label::at(charge.pointer.clone(), t!(lang, "billing-label-prepaid")))
                    .help(t!(lang, "bil003.help", field, allowed));
                if let Some(u) = b.unit.first() {
                    d = d.with(Label::at(u.pointer.clone(), t!(lang, "billing-label-unit", unit)));
                }
                out.push(d);
            }
        }
    }
}
