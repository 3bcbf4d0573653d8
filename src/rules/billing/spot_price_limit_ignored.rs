use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::fix::Fix;
use crate::rules::Context;
use crate::rules::messages::pool_label;
use crate::model::SpotStrategy;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// Spot price limits on a node pool whose `spot_strategy` is not `SpotWithPriceLimit`.
    ///
    /// ## Why is this bad?
    /// `spot_price_limit` is read only with `spot_strategy: SpotWithPriceLimit`. With `SpotAsPriceGo` the pool
    /// pays the market price whatever the list says, and with `NoSpot` (the default) it buys no spot
    /// instances at all. Either the strategy is not the intended one, or the list is a leftover.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PostPaid",
    ///                                       "instance_types": ["ecs.g7.xlarge"],
    ///                                       "spot_strategy": "NoSpot",
    ///                                       "spot_price_limit": [ { "instance_type": "ecs.g7.xlarge",
    ///                                                               "price_limit": "0.45" } ] } } ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PostPaid",
    ///                                       "instance_types": ["ecs.g7.xlarge"],
    ///                                       "spot_strategy": "SpotWithPriceLimit",
    ///                                       "spot_price_limit": [ { "instance_type": "ecs.g7.xlarge",
    ///                                                               "price_limit": "0.45" } ] } } ] }
    /// ```
    ///
    /// ## Fix
    /// Unsafe: it removes `spot_price_limit`. The service ignores the caps, so the pool it creates is the same;
    /// but if you meant capped spot instances, the right change is `spot_strategy: SpotWithPriceLimit`, and
    /// the fix cannot tell.
    ///
    /// ## References
    /// - SDK node-pool model: `spot_price_limit` applies to `SpotWithPriceLimit`.
    /// - ECS instance documentation (Terraform `alicloud_instance`): the price limit takes effect only with
    ///   `SpotWithPriceLimit`.
    pub(crate) struct SpotPriceLimitIgnored {
        code: "BIL010",
        name: "spot-price-limit-ignored",
        severity: Warning,
        fix: Unsafe,
    }
}

impl SpotPriceLimitIgnored {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        for (i, pool, sg) in cx.scaling_groups() {
            let strategy = sg.spot_strategy.as_ref();
            if strategy == Some(&SpotStrategy::SpotWithPriceLimit) || sg.spot_price_limit.as_ref().is_none_or(Vec::is_empty) {
                continue;
            }
            let (reason, help) = match strategy {
                Some(SpotStrategy::SpotAsPriceGo) => (t!(lang, "bil010-reason.price-go"), t!(lang, "bil010.help-price-go")),
                Some(s) if !s.as_str().is_empty() => {
                    (t!(lang, "bil010-reason.other", strategy = s.as_str()), t!(lang, "bil010.help"))
                }
                _ => (t!(lang, "bil010-reason.unset"), t!(lang, "bil010.help")),
            };
            let mut d = Self::META
                .diagnostic(t!(lang, "bil010", pool = pool_label(lang, i, pool), reason))
                .at(Field::NodepoolsScalingGroupSpotPriceLimit.pointer(&[i]))
                .label(t!(lang, "bil010.label"))
                .help(help)
                .fix(cx.fix(|| {
                    Fix::unsafe_(t!(lang, "bil010.fix")).remove(Field::NodepoolsScalingGroupSpotPriceLimit.pointer(&[i]))
                }));
            if strategy.is_some() {
                d = d.with(Label::at(
                    Field::NodepoolsScalingGroupSpotStrategy.pointer(&[i]),
                    t!(lang, "bil010.label-strategy"),
                ));
            }
            out.push(d);
        }
    }
}
