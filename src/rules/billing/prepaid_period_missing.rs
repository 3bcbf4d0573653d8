use super::{MASTER_KEYS, billed, join_steps};
use crate::Label;
use crate::diagnostic::{Diagnostic, Severity};
use crate::fix::Fix;
use crate::rules::Context;
use crate::rules::messages::{join_and, one_of};
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// Subscription (`PrePaid`) masters or node pools without their subscription length, its unit or the renewal length.
    ///
    /// ## Why is this bad?
    /// A subscription is bought for a fixed time, so the service needs to know how long: `period_unit` and
    /// `period`, and, when automatic renewal is on (the default), `auto_renew_period`. The API reference
    /// requires them for subscription masters and the SDK for subscription node pools, yet both document a
    /// default for most of them, which the service may use instead.
    ///
    /// The masters of a dedicated cluster are billed by `control_plane_config.charge_type` (or the deprecated
    /// `master_instance_charge_type`), each node pool by `scaling_group.instance_charge_type`. A setting given
    /// in either spelling of the masters' keys counts. The masters are checked on dedicated clusters only: a
    /// managed body with stray master billing keys gets an "ignored" warning from another rule instead.
    ///
    /// ## Severity
    /// - **error**: subscription masters without a period unit (`control_plane_config.period_unit` or
    ///   `master_period_unit`). The API reference and the SDK both require it and give no default. The finding
    ///   also lists any other setting missing from the masters.
    /// - **warning**: everything else. The masters' `master_period` and `master_auto_renew_period` are called
    ///   required, yet the API reference and the SDK give both a default of 1. For node pools the SDK gives
    ///   `period` and `auto_renew_period` a default of 1 (its example value is 0), and the CreateClusterNodePool
    ///   SDK gives `period_unit` a default of `Month`. The sources disagree on whether these are mandatory, and
    ///   no refusal has been observed.
    ///
    /// Node-pool findings are therefore warnings in a cluster with `auto_mode.enable: true` too, where
    /// Terraform says the service sets the billing of auto-mode node pools itself (whether the cluster-level
    /// switch of CreateCluster does the same for the pools in the body is unverified).
    ///
    /// ## Example
    /// ```json
    /// { "control_plane_config": { "charge_type": "PrePaid" } }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "control_plane_config": { "charge_type": "PrePaid", "period_unit": "Month", "period": 12,
    ///                             "auto_renew": true, "auto_renew_period": 1 } }
    /// ```
    ///
    /// ## Fix
    /// Unsafe. It sets each missing setting to the default the sources document, next to the charge type and
    /// in the same spelling: the unit to `Month`, the length to 1 and, when automatic renewal is on, the
    /// renewal length to 1. How long to subscribe is a purchase decision, and one month is only the documented
    /// default, not necessarily what you meant to buy.
    ///
    /// ## References
    /// - API reference: `master_period_unit` must be given for subscription masters (only `Month`);
    ///   `master_period` and `master_auto_renew_period` are required there too, but each defaults to 1.
    /// - SDK (CreateCluster): the same for the `master_*` fields.
    /// - SDK node-pool model of CreateCluster: `period`, `period_unit` and `auto_renew_period` are required for
    ///   subscription node pools, while `period` and `auto_renew_period` default to 1; `auto_renew` defaults
    ///   to `true`.
    /// - SDK of CreateClusterNodePool: `period_unit` defaults to `Month`.
    /// - No error code for a subscription without a period is known (rules catalog, observed errors).
    pub(crate) struct PrepaidPeriodMissing {
        code: "BIL001",
        name: "prepaid-period-missing",
        severity: Error,
        fix: Unsafe,
    }
}

impl PrepaidPeriodMissing {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for b in billed(cx) {
            let Some(charge) = b.prepaid() else { continue };
            let keys = b.keys;
            // A setting of the wrong JSON type is there, just malformed: the structure check reports it.
            let parent = charge.pointer.rsplit_once('/').map_or("", |(p, _)| p);
            let malformed = |f: Field| cx.wrong_type.contains(&format!("{parent}/{}", f.meta().key));
            if malformed(keys.period) || malformed(keys.unit) || malformed(keys.renew) {
                continue;
            }
            let lang = cx.lang;
            let renew_needed = b.auto_renew_on() && b.renew.is_empty();
            let unit = b.unit();
            let mut missing = Vec::new();
            let mut fixes = Vec::new();
            // The documented defaults, set next to the charge type in its spelling.
            let mut defaults: Vec<(Field, String)> = Vec::new();
            if b.unit.is_empty() {
                missing.push(format!("`{}`", keys.unit.display_in_pool()));
                fixes.push(t!(lang, "bil001-set", field = keys.unit.display_in_pool(), value = "`Month`"));
                defaults.push((keys.unit, "\"Month\"".to_string()));
            }
            if b.period.is_empty() {
                missing.push(format!("`{}`", keys.period.display_in_pool()));
                let value = one_of(lang, b.allowed_periods(unit));
                fixes.push(t!(lang, "bil001-set", field = keys.period.display_in_pool(), value));
                defaults.push((keys.period, default_length(keys.period, MASTER_KEYS.period)));
            }
            if renew_needed {
                defaults.push((keys.renew, default_length(keys.renew, MASTER_KEYS.renew)));
                missing.push(format!("`{}`", keys.renew.display_in_pool()));
                fixes.push(t!(
                    lang,
                    "bil001-set.renew",
                    field = keys.renew.display_in_pool(),
                    value = one_of(lang, b.allowed_renewals(unit)),
                    switch = keys.auto_renew.display_in_pool(),
                ));
            }
            if missing.is_empty() {
                continue;
            }
            let renew_default = if renew_needed && b.auto_renew.is_empty() { "yes" } else { "no" };
            // Only the masters' unit has no documented default (see the `Severity` section).
            let severity = if b.masters && b.unit.is_empty() { Severity::Error } else { Severity::Warning };
            let mut d = Self::META
                .diagnostic(t!(
                    lang,
                    "bil001",
                    subject = b.subject(),
                    who = &b.who,
                    missing = join_and(lang, &missing),
                    count = missing.len(),
                    renew_default,
                ))
                .at(charge.pointer.clone())
                .label(t!(lang, "billing-label-prepaid"))
                .help(t!(lang, "bil001.help", steps = join_steps(lang, &fixes)))
                .severity(severity);
            d = d.fix(cx.fix(|| {
                let what: Vec<String> = defaults
                    .iter()
                    .map(|(f, json)| {
                        // Shown as a value: `"Month"` becomes `` `Month` `` (outside `t!`, whose scanner reads no char literals).
                        let value = json.replace('"', "`");
                        t!(lang, "bil001-set", field = f.display_in_pool(), value)
                    })
                    .collect();
                let message = t!(lang, "bil001.fix", steps = join_steps(lang, &what), count = what.len());
                defaults
                    .iter()
                    .fold(Fix::unsafe_(message), |fix, (f, json)| fix.set(format!("{parent}/{}", f.meta().key), json.clone()))
            }));
            for s in &b.unit {
                d = d.with(Label::at(s.pointer.clone(), t!(lang, "bil001.label-unit", unit = s.value.as_str())));
            }
            for s in &b.period {
                d = d.with(Label::at(s.pointer.clone(), t!(lang, "bil001.label-period", period = s.value.to_string())));
            }
            for s in b.auto_renew.iter().filter(|s| s.value && renew_needed) {
                d = d.with(Label::at(s.pointer.clone(), t!(lang, "billing-label-auto-renew")));
            }
            out.push(d);
        }
    }
}

/// The documented default of a subscription or renewal length: the field's own, else that of the `master_*`
/// field it replaces, else 1; as JSON text, for the fix.
fn default_length(field: Field, legacy: Field) -> String {
    field.default_i64().or(legacy.default_i64()).unwrap_or(1).to_string()
}
