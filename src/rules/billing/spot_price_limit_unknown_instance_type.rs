use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::rules::messages::{join_or, pool_label};
use crate::model::SpotStrategy;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// A spot price limit for an instance type that the node pool does not use.
    ///
    /// ## Why is this bad?
    /// Each `spot_price_limit` entry caps the price of one of the pool's `instance_types`. An entry for another
    /// type limits nothing, and it usually means the list was copied from elsewhere or an instance type was
    /// renamed in one place only, so the type the entry was meant for has no limit. The API reference's own
    /// example has this mistake.
    ///
    /// ## Severity
    /// A warning: an extra entry limits nothing but harms nothing either, and no refusal has been observed. A
    /// pool type left without a limit is reported by `spot-price-limit-missing`.
    ///
    /// Checked when `spot_strategy` is `SpotWithPriceLimit`; with another strategy the whole list is ignored
    /// (see `spot-price-limit-ignored`).
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PostPaid",
    ///                                       "instance_types": ["ecs.g7.xlarge"],
    ///                                       "spot_strategy": "SpotWithPriceLimit",
    ///                                       "spot_price_limit": [ { "instance_type": "ecs.g7.xlarge",
    ///                                                               "price_limit": "0.45" },
    ///                                                             { "instance_type": "ecs.c6.large",
    ///                                                               "price_limit": "0.12" } ] } } ] }
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
    /// ## References
    /// - SDK node-pool model: each `spot_price_limit` entry gives the price cap of one instance type.
    /// - API reference example: a price limit for `ecs.c6.large` in a pool of `ecs.d1ne.2xlarge`.
    pub(crate) struct SpotPriceLimitUnknownInstanceType {
        code: "BIL009",
        name: "spot-price-limit-unknown-instance-type",
        severity: Warning,
    }
}

impl SpotPriceLimitUnknownInstanceType {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        for (i, pool, sg) in cx.scaling_groups() {
            if sg.spot_strategy != Some(SpotStrategy::SpotWithPriceLimit) {
                continue;
            }
            let (Some(types), Some(limits)) = (&sg.instance_types, &sg.spot_price_limit) else { continue };
            for (j, limit) in limits.iter().enumerate() {
                let Some(t) = limit.instance_type.as_deref().filter(|t| !t.is_empty()) else { continue };
                if types.iter().any(|x| x == t) {
                    continue;
                }
                let listed: Vec<String> = types.iter().map(|t| format!("`{t}`")).collect();
                out.push(
                    Self::META
                        .diagnostic(t!(
                            lang,
                            "bil009",
                            index = j,
                            instance_type = t,
                            pool = pool_label(lang, i, pool)
                        ))
                        .at(Field::NodepoolsScalingGroupSpotPriceLimitInstanceType.pointer(&[i, j]))
                        .label(t!(lang, "bil009.label"))
                        .with(Label::at(
                            Field::NodepoolsScalingGroupInstanceTypes.pointer(&[i]),
                            t!(lang, "billing-label-instance-types"),
                        ))
                        .help(t!(lang, "bil009.help", listed = join_or(lang, &listed), instance_type = t)),
                );
            }
        }
    }
}
