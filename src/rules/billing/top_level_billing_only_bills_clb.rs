use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::rules::messages::join_and;
use crate::model::ChargeType;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// Top-level billing fields, which since 2024-10-15 only bill the API-server load balancer.
    ///
    /// ## Why is this bad?
    /// Since 2024-10-15 the top-level billing fields no longer apply to the cluster's nodes: they only choose
    /// how the Classic Load Balancer (CLB) in front of the API server is paid for. Bodies written earlier, or
    /// copied from old examples, use them expecting subscription masters or workers and silently get
    /// pay-as-you-go instances. Besides, new CLB instances cannot be bought as subscriptions since
    /// 2024-12-01, and the fields are deprecated.
    ///
    /// Masters of a dedicated cluster are billed by `control_plane_config.charge_type` (with `period`,
    /// `period_unit`, `auto_renew`, `auto_renew_period` beside it); node pools by
    /// `scaling_group.instance_charge_type` and its neighbours.
    ///
    /// Zero values (`0`, `false`, `""`), which some clients send for every unset field, are not reported.
    ///
    /// ## Example
    /// ```json
    /// { "charge_type": "PrePaid", "period_unit": "Month", "period": 12 }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "control_plane_config": { "charge_type": "PrePaid", "period_unit": "Month", "period": 12,
    ///                             "auto_renew": false } }
    /// ```
    ///
    /// ## References
    /// - Alibaba Cloud announcement on the CreateCluster billing parameters (2024-10-15): the top-level
    ///   billing fields apply to the API-server CLB only.
    /// - SDK: the top-level billing fields are deprecated.
    pub(crate) struct TopLevelBillingOnlyBillsClb {
        code: "BIL006",
        name: "top-level-billing-only-bills-clb",
        severity: Warning,
    }
}

impl TopLevelBillingOnlyBillsClb {
    // Deprecated fields read on purpose: this rule reports the deprecated top-level billing fields.
    #[allow(deprecated)]
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        let r = cx.request;
        let mut used: Vec<Field> = Vec::new();
        if r.charge_type.as_ref().is_some_and(|v| !v.as_str().is_empty()) {
            used.push(Field::ChargeType);
        }
        if r.period.is_some_and(|v| v != 0) {
            used.push(Field::Period);
        }
        if r.period_unit.as_ref().is_some_and(|v| !v.as_str().is_empty()) {
            used.push(Field::PeriodUnit);
        }
        if r.auto_renew == Some(true) {
            used.push(Field::AutoRenew);
        }
        if r.auto_renew_period.is_some_and(|v| v != 0) {
            used.push(Field::AutoRenewPeriod);
        }
        let Some(first) = used.first() else { return };
        let names: Vec<String> = used.iter().map(|f| format!("`{}`", f.meta().key)).collect();
        let dedicated = if cx.is_dedicated() { "yes" } else { "no" };
        // The value is named only when the charge type is the one field.
        let prepaid = if used.len() == 1 && r.charge_type == Some(ChargeType::PrePaid) { "yes" } else { "no" };
        let help = if cx.is_dedicated() { t!(lang, "bil006.help-dedicated") } else { t!(lang, "bil006.help-managed") };
        let message =
            t!(lang, "bil006", fields = join_and(lang, &names), prepaid, count = used.len(), dedicated);
        let mut d = Self::META.diagnostic(message).at(first.pointer(&[])).label(t!(lang, "bil006.label")).help(help);
        for f in used.iter().skip(1) {
            d = d.with(Label::at(f.pointer(&[]), t!(lang, "bil006.label-other")));
        }
        out.push(d);
    }
}
