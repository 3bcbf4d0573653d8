use crate::i18n::Lang;
use super::billed;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::fix::Fix;
use crate::rules::Context;
use crate::rules::messages::join_and;

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
        for b in billed(cx) {
            if b.prepaid().is_some() {
                continue;
            }
            let settings = b.subscription_settings();
            let Some((_, first)) = settings.first() else { continue };
            let names: Vec<String> = settings.iter().map(|(n, _)| format!("`{n}`")).collect();
            let charge = match b.charge.first() {
                Some(c) => format!("`{}`", c.value),
                None => format!("`{}` (the default)", b.keys.charge.default_str().unwrap_or("PostPaid")),
            };
            let verb = if names.len() == 1 { "is" } else { "are" };
            let mut d = Self::META
                .diagnostic(format!("{} {} {charge}, so {} {verb} ignored", b.who, b.is(), join_and(Lang::En, &names)))
                .at(first.clone())
                .label("ignored without `PrePaid`")
                .help(format!(
                    "set `{}` to `PrePaid` for a subscription, or remove the subscription settings",
                    b.keys.charge.display_in_pool()
                ));
            for (_, pointer) in settings.iter().skip(1) {
                d = d.with(Label::at(pointer.clone(), "ignored"));
            }
            for c in &b.charge {
                d = d.with(Label::at(c.pointer.clone(), "pay-as-you-go"));
            }
            let fix = settings.iter().fold(
                Fix::unsafe_(format!("remove {}, which {verb} ignored", join_and(Lang::En, &names))),
                |fix, (_, pointer)| fix.remove(pointer.clone()),
            );
            out.push(d.fix(fix));
        }
    }
}
