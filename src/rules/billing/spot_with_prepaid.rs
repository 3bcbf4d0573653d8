use super::is_spot;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::rules::messages::pool_label;
use crate::model::{InstanceChargeType, SpotStrategy};
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// A node pool that asks for spot instances but is billed as a subscription (`PrePaid`).
    ///
    /// ## Why is this bad?
    /// Spot (preemptible) instances are a kind of pay-as-you-go instance: ECS only honours `spot_strategy`
    /// when the instances are `PostPaid`. A subscription pool cannot buy them, so the pool most likely gets
    /// regular subscription instances instead of the cheap, reclaimable capacity it was designed around.
    ///
    /// ## Severity
    /// A warning: the ECS documentation says the spot strategy is ignored for other charge types, not that the
    /// request is refused, and no ACK refusal has been observed.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PrePaid", "period_unit": "Month",
    ///                                       "period": 1, "auto_renew": false,
    ///                                       "spot_strategy": "SpotAsPriceGo" } } ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PostPaid",
    ///                                       "spot_strategy": "SpotAsPriceGo" } } ] }
    /// ```
    ///
    /// ## References
    /// - ECS instance documentation (Terraform `alicloud_instance`): the spot strategy takes effect only when
    ///   the instance charge type is `PostPaid`.
    /// - SDK node-pool model: lists the spot strategies without tying them to a charge type.
    pub(crate) struct SpotWithPrepaid {
        code: "BIL007",
        name: "spot-with-prepaid",
        severity: Warning,
    }
}

impl SpotWithPrepaid {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        for (i, pool, sg) in cx.scaling_groups() {
            let strategy = sg.spot_strategy.as_ref();
            if sg.instance_charge_type != Some(InstanceChargeType::PrePaid) || !is_spot(strategy) {
                continue;
            }
            out.push(
                Self::META
                    .diagnostic(t!(
                        lang,
                        "bil007",
                        pool = pool_label(lang, i, pool),
                        strategy = strategy.map(SpotStrategy::as_str).unwrap_or_default()
                    ))
                    .at(Field::NodepoolsScalingGroupSpotStrategy.pointer(&[i]))
                    .label(t!(lang, "bil007.label"))
                    .with(Label::at(
                        Field::NodepoolsScalingGroupInstanceChargeType.pointer(&[i]),
                        t!(lang, "bil007.label-charge"),
                    ))
                    .help(t!(lang, "bil007.help")),
            );
        }
    }
}
