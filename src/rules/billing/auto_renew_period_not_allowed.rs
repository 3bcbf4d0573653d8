use super::{billed, lengths_not_allowed};
use crate::Label;
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::Context;
use crate::rules::messages::one_of;
use crate::t;

crate::declare_rule! {
    /// An automatic-renewal length that subscription masters or node pools cannot be renewed for.
    ///
    /// ## Why is this bad?
    /// With automatic renewal on (the default), a subscription is extended by `auto_renew_period` units each
    /// time it expires. CreateCluster documents 1, 2, 3, 6 or 12 months for the masters and for node pools,
    /// and 1 to 3 for weeks. `0`, which some clients send for "unset", renews nothing.
    ///
    /// `control_plane_config.auto_renew_period` has no value set of its own in the SDK; it replaces
    /// `master_auto_renew_period` and is checked against the same lengths. The masters are checked on
    /// dedicated clusters only.
    ///
    /// ## Severity
    /// - **error** for the masters: the API reference, the SDK, Terraform's dedicated-cluster resource (a
    ///   fixed list of values) and ROS all agree on 1, 2, 3, 6 or 12 months.
    /// - **warning** for node pools: the sources disagree. The SDK node-pool model of CreateCluster lists 1, 2,
    ///   3, 6 and 12 but uses `0` as its own example value, Terraform's node-pool resource accepts 0, and the
    ///   SDK of CreateClusterNodePool also accepts 24 to 60 months.
    ///
    /// ## Example
    /// ```json
    /// { "control_plane_config": { "charge_type": "PrePaid", "period_unit": "Month", "period": 12,
    ///                             "auto_renew": true, "auto_renew_period": 24 } }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "control_plane_config": { "charge_type": "PrePaid", "period_unit": "Month", "period": 12,
    ///                             "auto_renew": true, "auto_renew_period": 12 } }
    /// ```
    ///
    /// ## References
    /// - API reference and SDK: `master_auto_renew_period` takes 1, 2, 3, 6 or 12.
    /// - Terraform dedicated-cluster resource and ROS: the same five values for the masters.
    /// - SDK node-pool model of CreateCluster: `auto_renew_period` takes 1, 2, 3, 6 or 12 (example value 0);
    ///   ROS and CreateClusterNodePool give 1 to 3 for weeks, and CreateClusterNodePool adds 24, 36, 48 and 60
    ///   months.
    /// - Terraform node-pool resource: accepts 0 besides the five values.
    pub(crate) struct AutoRenewPeriodNotAllowed {
        code: "BIL004",
        name: "auto-renew-period-not-allowed",
        severity: Error,
    }
}

impl AutoRenewPeriodNotAllowed {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        for b in billed(cx) {
            let Some(charge) = b.prepaid() else { continue };
            if !b.auto_renew_on() {
                continue;
            }
            let unit = b.unit();
            let allowed = b.allowed_renewals(unit);
            for renew in lengths_not_allowed(&b.renew, allowed) {
                let allowed = one_of(lang, allowed);
                let field = renew.name();
                let mut d = Self::META
                    .diagnostic(t!(
                        lang,
                        "bil004",
                        field,
                        value = renew.value.to_string(),
                        subject = b.subject(),
                        who = &b.who,
                        allowed = &allowed,
                        unit,
                    ))
                    .at(renew.pointer.clone())
                    .label(t!(lang, "bil004.label"))
                    .with(Label::at(charge.pointer.clone(), t!(lang, "billing-label-prepaid")))
                    .help(t!(lang, "bil004.help", field, allowed));
                if !b.masters {
                    // Node-pool sources disagree (see the `Severity` section).
                    d = d.severity(Severity::Warning);
                }
                for s in b.auto_renew.iter().filter(|s| s.value) {
                    d = d.with(Label::at(s.pointer.clone(), t!(lang, "billing-label-auto-renew")));
                }
                if let Some(u) = b.unit.first() {
                    d = d.with(Label::at(u.pointer.clone(), t!(lang, "billing-label-unit", unit)));
                }
                out.push(d);
            }
        }
    }
}
