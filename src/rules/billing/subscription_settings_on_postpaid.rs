use super::billed;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::fix::Fix;
use crate::rules::Context;
use crate::rules::messages::join_and;
use crate::t;

crate::declare_rule! {
    /// Subscription settings (period, unit, automatic renewal) on pay-as-you-go masters or node pools.
    ///
    /// ## Why is this bad?
    /// `period`, `period_unit`, `auto_renew` and `auto_renew_period` only take effect when the charge type is
    /// `PrePaid`. With `PostPaid`, which is also the default when no charge type is given, the service ignores
    /// them, so the masters or nodes are not subscribed as the settings suggest. Either the charge type was
    /// forgotten, or the settings are leftovers.
    ///
    /// Zero values (`0`, `false`, `""`), which some clients send for every unset field, are not reported. The
    /// masters are checked on dedicated clusters only.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PostPaid", "period_unit": "Month",
    ///                                       "period": 12 } } ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PrePaid", "period_unit": "Month",
    ///                                       "period": 12, "auto_renew": false } } ] }
    /// ```
    ///
    /// ## Fix
    /// Unsafe: it removes the subscription settings the finding names. The service ignores them, so the
    /// masters or nodes are billed the same; but if you meant a subscription, the right change is the charge
    /// type (`PrePaid`), and the fix cannot tell.
    ///
    /// ## References
    /// - API reference: the master period, unit and renewal settings take effect only with `PrePaid`.
    /// - SDK node-pool model: `period`, `period_unit`, `auto_renew` and `auto_renew_period` apply only when
    ///   `instance_charge_type` is `PrePaid`.
    pub(crate) struct SubscriptionSettingsOnPostpaid {
        code: "BIL005",
        name: "subscription-settings-on-postpaid",
        severity: Warning,
        fix: Unsafe,
    }
}

impl SubscriptionSettingsOnPostpaid {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        for b in billed(cx) {
            if b.prepaid().is_some() {
                continue;
            }
            let settings = b.subscription_settings();
            let Some((_, first)) = settings.first() else { continue };
            let names: Vec<String> = settings.iter().map(|(n, _)| format!("`{n}`")).collect();
            let (charge, default) = match b.charge.first() {
                Some(c) => (c.value.as_str(), "no"),
                None => (b.keys.charge.default_str().unwrap_or("PostPaid"), "yes"),
            };
            let settings_list = join_and(lang, &names);
            let count = names.len();
            let mut d = Self::META
                .diagnostic(t!(
                    lang,
                    "bil005",
                    subject = b.subject(),
                    who = &b.who,
                    charge,
                    default,
                    settings = &settings_list,
                    count,
                ))
                .at(first.clone())
                .label(t!(lang, "bil005.label"))
                .help(t!(lang, "bil005.help", field = b.keys.charge.display_in_pool()));
            for (_, pointer) in settings.iter().skip(1) {
                d = d.with(Label::at(pointer.clone(), t!(lang, "billing-label-ignored")));
            }
            for c in &b.charge {
                d = d.with(Label::at(c.pointer.clone(), t!(lang, "bil005.label-charge")));
            }
            let fix = cx.fix(|| {
                settings.iter().fold(
                    Fix::unsafe_(t!(lang, "billing-remove-ignored", settings = settings_list, count)),
                    |fix, (_, pointer)| fix.remove(pointer.clone()),
                )
            });
            out.push(d.fix(fix));
        }
    }
}
