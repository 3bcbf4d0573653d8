use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::fix::Fix;
use crate::rules::Context;
use crate::rules::messages::{join_and, pool_label};
use crate::model::MultiAzPolicy;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// Settings of the `COST_OPTIMIZED` multi-zone policy on a node pool with another policy.
    ///
    /// ## Why is this bad?
    /// `on_demand_base_capacity`, `on_demand_percentage_above_base_capacity`, `spot_instance_pools`,
    /// `spot_instance_remedy` and `compensate_with_on_demand` shape the mix of pay-as-you-go and spot
    /// instances that `multi_az_policy: COST_OPTIMIZED` creates. With `PRIORITY` (the default) or `BALANCE`
    /// the service ignores them, so the pool does not get the mix they describe.
    ///
    /// Zero values (`0`, `false`), which some clients send for every unset field, are not reported.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PostPaid",
    ///                                       "multi_az_policy": "BALANCE",
    ///                                       "on_demand_base_capacity": 2,
    ///                                       "spot_instance_pools": 2 } } ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PostPaid",
    ///                                       "multi_az_policy": "COST_OPTIMIZED",
    ///                                       "spot_strategy": "SpotAsPriceGo",
    ///                                       "on_demand_base_capacity": 2,
    ///                                       "spot_instance_pools": 2 } } ] }
    /// ```
    ///
    /// ## Fix
    /// Unsafe: it removes the settings the finding names. The service ignores them, so the pool is the same;
    /// but if you meant a mix of pay-as-you-go and spot instances, the right change is `multi_az_policy:
    /// COST_OPTIMIZED`, and the fix cannot tell.
    ///
    /// ## References
    /// - SDK node-pool model: these settings take effect only when `multi_az_policy` is `COST_OPTIMIZED`.
    pub(crate) struct CostOptimizedSettingsIgnored {
        code: "BIL013",
        name: "cost-optimized-settings-ignored",
        severity: Warning,
        fix: Unsafe,
    }
}

impl CostOptimizedSettingsIgnored {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        for (i, pool, sg) in cx.scaling_groups() {
            let default = Field::NodepoolsScalingGroupMultiAzPolicy.default_str();
            let cost_optimized = match &sg.multi_az_policy {
                Some(given) => *given == MultiAzPolicy::CostOptimized,
                None => default.map(MultiAzPolicy::from) == Some(MultiAzPolicy::CostOptimized),
            };
            if cost_optimized {
                continue;
            }
            let nonzero = |v: Option<i64>| v.is_some_and(|v| v != 0);
            let set: Vec<Field> = [
                (nonzero(sg.on_demand_base_capacity), Field::NodepoolsScalingGroupOnDemandBaseCapacity),
                (
                    nonzero(sg.on_demand_percentage_above_base_capacity),
                    Field::NodepoolsScalingGroupOnDemandPercentageAboveBaseCapacity,
                ),
                (nonzero(sg.spot_instance_pools), Field::NodepoolsScalingGroupSpotInstancePools),
                (sg.spot_instance_remedy == Some(true), Field::NodepoolsScalingGroupSpotInstanceRemedy),
                (sg.compensate_with_on_demand == Some(true), Field::NodepoolsScalingGroupCompensateWithOnDemand),
            ]
            .into_iter()
            .filter_map(|(on, f)| on.then_some(f))
            .collect();
            let Some(first) = set.first() else { continue };
            let names: Vec<String> = set.iter().map(|f| format!("`{}`", f.meta().key)).collect();
            let (source, policy) = match (&sg.multi_az_policy, default) {
                (Some(p), _) => ("given", p.as_str()),
                (None, Some(p)) => ("default", p),
                (None, None) => ("none", ""),
            };
            let settings = join_and(lang, &names);
            let count = set.len();
            let mut d = Self::META
                .diagnostic(t!(
                    lang,
                    "bil013",
                    pool = pool_label(lang, i, pool),
                    source,
                    policy,
                    settings = &settings,
                    count
                ))
                .at(first.pointer(&[i]))
                .label(t!(lang, "bil013.label"))
                .help(t!(lang, "bil013.help"));
            for f in set.iter().skip(1) {
                d = d.with(Label::at(f.pointer(&[i]), t!(lang, "billing-label-ignored")));
            }
            if sg.multi_az_policy.is_some() {
                d = d.with(Label::at(
                    Field::NodepoolsScalingGroupMultiAzPolicy.pointer(&[i]),
                    t!(lang, "bil013.label-policy"),
                ));
            }
            let fix = cx.fix(|| {
                let message = t!(lang, "billing-remove-ignored", settings, count);
                set.iter().fold(Fix::unsafe_(message), |fix, f| fix.remove(f.pointer(&[i])))
            });
            out.push(d.fix(fix));
        }
    }
}
