//! Rules of the `billing` group: subscription (`PrePaid`) and pay-as-you-go settings of the masters and the
//! node pools, the top-level fields that only bill the API-server load balancer, spot instances and the
//! cost-optimized multi-zone policy.

use crate::i18n::Lang;
use crate::model::{InstanceChargeType, SpotStrategy};
use crate::rules::Context;
use crate::rules::messages::pool_label;
pub(crate) use crate::rules::views::billed::{Billed, Keys, Setting};
use crate::spec::Field;
use crate::t;

crate::rules::group_rules! {
    prepaid_period_missing,
    prepaid_period_unit_week,
    prepaid_period_not_allowed,
    auto_renew_period_not_allowed,
    subscription_settings_on_postpaid,
    top_level_billing_only_bills_clb,
    spot_with_prepaid,
    spot_price_limit_missing,
    spot_price_limit_unknown_instance_type,
    spot_price_limit_ignored,
    spot_price_limit_entry_invalid,
    cost_optimized_without_effect,
    cost_optimized_settings_ignored,
}

/// Subscription lengths in months for `PrePaid` masters (API reference and SDK; Terraform and ROS also
/// accept 4, 5, 7, 8 and 9).
const MASTER_MONTHS: &[i64] = &[1, 2, 3, 6, 12, 24, 36, 48, 60];
/// Subscription lengths in months for `PrePaid` node pools of CreateCluster (SDK `Nodepool`).
const POOL_MONTHS: &[i64] = &[1, 2, 3, 6, 12];
/// Automatic renewal lengths in months, masters and node pools alike.
const RENEW_MONTHS: &[i64] = &[1, 2, 3, 6, 12];
/// Subscription lengths in weeks (ROS for masters, CreateClusterNodePool for node pools).
const WEEKS: &[i64] = &[1, 2, 3, 4];
/// Automatic renewal lengths in weeks (ROS, CreateClusterNodePool).
const RENEW_WEEKS: &[i64] = &[1, 2, 3];

impl<T> Setting<T> {
    /// The key as messages name it (a node pool's from inside the pool: `scaling_group.period`).
    pub fn name(&self) -> &'static str {
        self.field.display_in_pool()
    }
}

/// The lengths in `settings` that `allowed` does not hold. A value outside the schema's own set is left to the
/// structure check, which reports it.
pub(crate) fn lengths_not_allowed<'a>(
    settings: &'a [Setting<i64>],
    allowed: &'a [i64],
) -> impl Iterator<Item = &'a Setting<i64>> {
    settings.iter().filter(move |s| {
        let schema = s.field.meta().values;
        !allowed.contains(&s.value) && (schema.is_empty() || schema.contains(&s.value))
    })
}

/// The deprecated `master_*` spelling.
const MASTER_KEYS: Keys = Keys {
    charge: Field::MasterInstanceChargeType,
    period: Field::MasterPeriod,
    unit: Field::MasterPeriodUnit,
    auto_renew: Field::MasterAutoRenew,
    renew: Field::MasterAutoRenewPeriod,
};

/// The `control_plane_config` spelling.
const CONTROL_PLANE_KEYS: Keys = Keys {
    charge: Field::ControlPlaneConfigChargeType,
    period: Field::ControlPlaneConfigPeriod,
    unit: Field::ControlPlaneConfigPeriodUnit,
    auto_renew: Field::ControlPlaneConfigAutoRenew,
    renew: Field::ControlPlaneConfigAutoRenewPeriod,
};

/// A node pool's `scaling_group`.
const POOL_KEYS: Keys = Keys {
    charge: Field::NodepoolsScalingGroupInstanceChargeType,
    period: Field::NodepoolsScalingGroupPeriod,
    unit: Field::NodepoolsScalingGroupPeriodUnit,
    auto_renew: Field::NodepoolsScalingGroupAutoRenew,
    renew: Field::NodepoolsScalingGroupAutoRenewPeriod,
};

impl Billed {
    /// The `$subject` of the group's messages: `masters`, or `pool` (named by `$who`).
    pub fn subject(&self) -> &'static str {
        if self.masters { "masters" } else { "pool" }
    }

    /// The charge type that makes this a subscription, if any.
    pub fn prepaid(&self) -> Option<&Setting<InstanceChargeType>> {
        self.charge.iter().find(|c| c.value == InstanceChargeType::PrePaid)
    }

    /// Whether the subscription renews itself: the first switch given, else the service's default (for the
    /// masters that of `master_auto_renew`, which `control_plane_config.auto_renew` replaces).
    pub fn auto_renew_on(&self) -> bool {
        let default = if self.masters { MASTER_KEYS.auto_renew } else { self.keys.auto_renew };
        self.auto_renew.first().map_or_else(|| default.default_bool() == Some(true), |s| s.value)
    }

    /// The unit of the subscription length: the first one given, else `Month`.
    pub fn unit(&self) -> &str {
        self.unit.first().map_or("Month", |u| u.value.as_str())
    }

    /// The subscription lengths allowed in `unit`.
    pub fn allowed_periods(&self, unit: &str) -> &'static [i64] {
        match (unit, self.masters) {
            ("Week", _) => WEEKS,
            (_, true) => MASTER_MONTHS,
            (_, false) => POOL_MONTHS,
        }
    }

    /// The renewal lengths allowed in `unit`.
    pub fn allowed_renewals(&self, unit: &str) -> &'static [i64] {
        if unit == "Week" { RENEW_WEEKS } else { RENEW_MONTHS }
    }

    /// Every subscription setting given besides the charge type, with its pointer, for "ignored" reports.
    /// Zero values (`0`, `false`, `""`), which some clients send for every unset field, are left out.
    pub fn subscription_settings(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        out.extend(self.period.iter().filter(|s| s.value != 0).map(|s| (s.name(), s.pointer.clone())));
        out.extend(self.unit.iter().filter(|s| !s.value.as_str().is_empty()).map(|s| (s.name(), s.pointer.clone())));
        out.extend(self.auto_renew.iter().filter(|s| s.value).map(|s| (s.name(), s.pointer.clone())));
        out.extend(self.renew.iter().filter(|s| s.value != 0).map(|s| (s.name(), s.pointer.clone())));
        out
    }
}

fn push<T: Clone>(list: &mut Vec<Setting<T>>, value: &Option<T>, field: Field, indices: &[usize]) {
    if let Some(value) = value {
        list.push(Setting { value: value.clone(), field, pointer: field.pointer(indices) });
    }
}

/// The masters (dedicated clusters only) and every node pool that has a `scaling_group`.
pub(crate) fn billed<'c>(cx: &'c Context<'_>) -> &'c [Billed] {
    cx.views.billed.get_or_init(|| collect_billed(cx))
}

// Deprecated fields read on purpose: the masters' billing may still be spelled with the deprecated `master_*` fields.
#[allow(deprecated)]
fn collect_billed(cx: &Context<'_>) -> Vec<Billed> {
    let mut out = Vec::new();
    let r = cx.request;
    if cx.is_dedicated() {
        let mut b = Billed {
            // The messages name the masters themselves (`$subject`).
            who: String::new(),
            masters: true,
            keys: MASTER_KEYS,
            charge: Vec::new(),
            period: Vec::new(),
            unit: Vec::new(),
            auto_renew: Vec::new(),
            renew: Vec::new(),
        };
        if let Some(cp) = &r.control_plane_config {
            let k = CONTROL_PLANE_KEYS;
            push(&mut b.charge, &cp.charge_type, k.charge, &[]);
            push(&mut b.period, &cp.period, k.period, &[]);
            push(&mut b.unit, &cp.period_unit, k.unit, &[]);
            push(&mut b.auto_renew, &cp.auto_renew, k.auto_renew, &[]);
            push(&mut b.renew, &cp.auto_renew_period, k.renew, &[]);
        }
        let k = MASTER_KEYS;
        push(&mut b.charge, &r.master_instance_charge_type, k.charge, &[]);
        push(&mut b.period, &r.master_period, k.period, &[]);
        push(&mut b.unit, &r.master_period_unit, k.unit, &[]);
        push(&mut b.auto_renew, &r.master_auto_renew, k.auto_renew, &[]);
        push(&mut b.renew, &r.master_auto_renew_period, k.renew, &[]);
        b.keys = match (b.prepaid().or(b.charge.first()), &r.control_plane_config) {
            (Some(c), _) if c.field == Field::MasterInstanceChargeType => MASTER_KEYS,
            (Some(_), _) | (None, Some(_)) => CONTROL_PLANE_KEYS,
            (None, None) => MASTER_KEYS,
        };
        out.push(b);
    }
    for (i, pool, sg) in cx.scaling_groups() {
        let k = POOL_KEYS;
        let mut b = Billed {
            who: pool_label(cx.lang, i, pool),
            masters: false,
            keys: k,
            charge: Vec::new(),
            period: Vec::new(),
            unit: Vec::new(),
            auto_renew: Vec::new(),
            renew: Vec::new(),
        };
        push(&mut b.charge, &sg.instance_charge_type, k.charge, &[i]);
        push(&mut b.period, &sg.period, k.period, &[i]);
        push(&mut b.unit, &sg.period_unit, k.unit, &[i]);
        push(&mut b.auto_renew, &sg.auto_renew, k.auto_renew, &[i]);
        push(&mut b.renew, &sg.auto_renew_period, k.renew, &[i]);
        out.push(b);
    }
    out
}

/// Whether a spot strategy buys spot instances (`NoSpot` and absent do not).
pub(crate) fn is_spot(strategy: Option<&SpotStrategy>) -> bool {
    matches!(strategy, Some(s) if *s != SpotStrategy::NoSpot && !s.as_str().is_empty())
}

/// Steps of a help or fix text, one after the other: `a, b and c` in English; Chinese separates them with `；`,
/// since each step may hold a list of values of its own (`将 `period` 设为 1、2 或 3`).
pub(crate) fn join_steps(lang: Lang, steps: &[String]) -> String {
    match steps.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => {
            let head = rest.join(&t!(lang, "billing-steps.separator"));
            t!(lang, "billing-steps", head, last)
        }
    }
}
