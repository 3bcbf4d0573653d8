use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::rules::messages::pool_label;
use crate::model::SpotStrategy;
use crate::spec::Field;
use crate::t;

/// Decimal places ECS keeps in a spot price limit.
const MAX_DECIMALS: usize = 3;

crate::declare_rule! {
    /// A spot price limit entry without an instance type or a price, or with a price of more than three decimals.
    ///
    /// ## Why is this bad?
    /// Each `spot_price_limit` entry pairs an `instance_type` with its `price_limit`, the highest hourly price
    /// accepted, written as a decimal string. An entry without one of them limits nothing. ECS takes prices
    /// with at most three decimal places.
    ///
    /// Checked when `spot_strategy` is `SpotWithPriceLimit`; with another strategy the whole list is ignored.
    /// A price that is not a decimal number at all is reported by the structure check.
    ///
    /// ## Severity
    /// An error, except in a cluster with `auto_mode.enable: true`, where it is a warning: Terraform says the
    /// service sets the billing and spot settings of auto-mode node pools itself (whether the cluster-level
    /// switch of CreateCluster does the same for the pools in the body is unverified). The error rests on the
    /// ECS documentation alone; no refusal has been observed, but no source contradicts it.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PostPaid",
    ///                                       "instance_types": ["ecs.g7.xlarge"],
    ///                                       "spot_strategy": "SpotWithPriceLimit",
    ///                                       "spot_price_limit": [ { "instance_type": "ecs.g7.xlarge",
    ///                                                               "price_limit": "0.4512" } ] } } ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PostPaid",
    ///                                       "instance_types": ["ecs.g7.xlarge"],
    ///                                       "spot_strategy": "SpotWithPriceLimit",
    ///                                       "spot_price_limit": [ { "instance_type": "ecs.g7.xlarge",
    ///                                                               "price_limit": "0.451" } ] } } ] }
    /// ```
    ///
    /// ## References
    /// - SDK node-pool model: each entry has `instance_type` and `price_limit`, a decimal string.
    /// - ECS instance documentation (Terraform `alicloud_instance`): the spot price limit has at most three
    ///   decimal places.
    /// - Terraform node-pool documentation: auto-mode node pools ignore the user's spot settings.
    pub(crate) struct SpotPriceLimitEntryInvalid {
        code: "BIL011",
        name: "spot-price-limit-entry-invalid",
        severity: Error,
    }
}

impl SpotPriceLimitEntryInvalid {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        for (i, pool, sg) in cx.scaling_groups() {
            if sg.spot_strategy != Some(SpotStrategy::SpotWithPriceLimit) {
                continue;
            }
            for (j, limit) in sg.spot_price_limit.iter().flatten().enumerate() {
                let who = pool_label(lang, i, pool);
                let has_type = limit.instance_type.as_deref().is_some_and(|t| !t.is_empty());
                let price = limit.price_limit.as_deref().filter(|p| !p.is_empty());
                if !has_type || price.is_none() {
                    let lacks = match (has_type, price.is_some()) {
                        (false, false) => "both",
                        (false, true) => "type",
                        (true, _) => "price",
                    };
                    // Point at what the entry has; an entry with neither key is shown on the list.
                    let at = if limit.price_limit.is_some() {
                        Field::NodepoolsScalingGroupSpotPriceLimitPriceLimit
                    } else if limit.instance_type.is_some() {
                        Field::NodepoolsScalingGroupSpotPriceLimitInstanceType
                    } else {
                        Field::NodepoolsScalingGroupSpotPriceLimit
                    };
                    out.push(cx.pool_setting_finding(
                        Self::META
                            .diagnostic(t!(lang, "bil011-incomplete", index = j, pool = who, lacks))
                            .at(at.pointer(&[i, j]))
                            .label(t!(lang, "bil011-incomplete.label"))
                            .help(t!(lang, "bil011-incomplete.help")),
                    ));
                    continue;
                }
                let Some(price) = price else { continue };
                let Some((_, decimals)) = price.split_once('.') else { continue };
                if decimals.len() <= MAX_DECIMALS || !decimals.chars().all(|c| c.is_ascii_digit()) {
                    continue;
                }
                let rounded = &price[..price.len() - (decimals.len() - MAX_DECIMALS)];
                out.push(cx.pool_setting_finding(
                    Self::META
                        .diagnostic(t!(
                            lang,
                            "bil011-decimals",
                            price,
                            pool = who,
                            decimals = decimals.len(),
                            max = MAX_DECIMALS
                        ))
                        .at(Field::NodepoolsScalingGroupSpotPriceLimitPriceLimit.pointer(&[i, j]))
                        .label(t!(lang, "bil011-decimals.label"))
                        .with(Label::at(
                            Field::NodepoolsScalingGroupSpotPriceLimitInstanceType.pointer(&[i, j]),
                            t!(lang, "bil011-decimals.label-type"),
                        ))
                        .help(t!(lang, "bil011-decimals.help", max = MAX_DECIMALS, rounded)),
                ));
            }
        }
    }
}
