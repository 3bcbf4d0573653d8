use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::rules::messages::{join_and, pool_label};
use crate::model::SpotStrategy;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// A `SpotWithPriceLimit` node pool without a price limit for each of its instance types.
    ///
    /// ## Why is this bad?
    /// `SpotWithPriceLimit` buys spot instances only up to the hourly price given per instance type in
    /// `spot_price_limit`. Without the list there is no limit to bid with; an instance type missing from the
    /// list has no limit either, so the pool cannot use it as intended. Use `SpotAsPriceGo` to bid at the
    /// market price instead.
    ///
    /// ## Severity
    /// A warning: the SDK and Terraform's node-pool resource treat `spot_price_limit` as optional, the ECS
    /// documentation does not call the price mandatory, and no refusal has been observed. What the service
    /// bids for a type without a limit is not documented.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PostPaid",
    ///                                       "instance_types": ["ecs.g7.xlarge", "ecs.g6.xlarge"],
    ///                                       "spot_strategy": "SpotWithPriceLimit",
    ///                                       "spot_price_limit": [ { "instance_type": "ecs.g7.xlarge",
    ///                                                               "price_limit": "0.45" } ] } } ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PostPaid",
    ///                                       "instance_types": ["ecs.g7.xlarge", "ecs.g6.xlarge"],
    ///                                       "spot_strategy": "SpotWithPriceLimit",
    ///                                       "spot_price_limit": [ { "instance_type": "ecs.g7.xlarge",
    ///                                                               "price_limit": "0.45" },
    ///                                                             { "instance_type": "ecs.g6.xlarge",
    ///                                                               "price_limit": "0.39" } ] } } ] }
    /// ```
    ///
    /// ## References
    /// - SDK node-pool model: `spot_price_limit` gives the price limit of each instance type for
    ///   `SpotWithPriceLimit`.
    /// - Terraform node-pool resource: `spot_price_limit` is optional.
    /// - ECS instance documentation (Terraform `alicloud_instance`): `SpotWithPriceLimit` bids with a price
    ///   limit, without saying the request fails when it is absent.
    pub(crate) struct SpotPriceLimitMissing {
        code: "BIL008",
        name: "spot-price-limit-missing",
        severity: Warning,
    }
}

impl SpotPriceLimitMissing {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        for (i, pool, sg) in cx.scaling_groups() {
            if sg.spot_strategy != Some(SpotStrategy::SpotWithPriceLimit) {
                continue;
            }
            let strategy = Field::NodepoolsScalingGroupSpotStrategy.pointer(&[i]);
            let limits = sg.spot_price_limit.as_deref().unwrap_or_default();
            if limits.is_empty() {
                let pool = pool_label(lang, i, pool);
                let message = if sg.spot_price_limit.is_some() {
                    t!(lang, "bil008-empty", pool)
                } else {
                    t!(lang, "bil008-missing", pool)
                };
                let mut d =
                    Self::META.diagnostic(message).at(strategy).label(t!(lang, "bil008.label")).help(t!(lang, "bil008.help"));
                if sg.spot_price_limit.is_some() {
                    d = d.with(Label::at(
                        Field::NodepoolsScalingGroupSpotPriceLimit.pointer(&[i]),
                        t!(lang, "bil008.label-empty"),
                    ));
                }
                out.push(d);
                continue;
            }
            let Some(types) = &sg.instance_types else { continue };
            let covered = |t: &String| limits.iter().any(|l| l.instance_type.as_ref() == Some(t));
            let mut uncovered: Vec<&String> = types.iter().filter(|t| !covered(t)).collect();
            uncovered.dedup();
            if uncovered.is_empty() {
                continue;
            }
            let names: Vec<String> = uncovered.iter().map(|t| format!("`{t}`")).collect();
            let types = join_and(lang, &names);
            out.push(
                Self::META
                    .diagnostic(t!(lang, "bil008-uncovered", pool = pool_label(lang, i, pool), types = &types))
                    .at(Field::NodepoolsScalingGroupSpotPriceLimit.pointer(&[i]))
                    .label(t!(lang, "bil008-uncovered.label", types = &types))
                    .with(Label::at(
                        Field::NodepoolsScalingGroupInstanceTypes.pointer(&[i]),
                        t!(lang, "billing-label-instance-types"),
                    ))
                    .with(Label::at(strategy, t!(lang, "bil008-uncovered.label-strategy")))
                    .help(t!(lang, "bil008-uncovered.help", types)),
            );
        }
    }
}
