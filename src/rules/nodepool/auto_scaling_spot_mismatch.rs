use crate::t;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::model::{AutoScalingType, SpotStrategy};
use crate::spec::Field;

crate::declare_rule! {
    /// The auto-scaling `type` and `scaling_group.spot_strategy` disagree about spot instances.
    ///
    /// ## Why is this bad?
    /// An auto-scaling pool of `type` `spot` is meant to add preemptible instances, but the instances
    /// are only bought as spot when `scaling_group.spot_strategy` is `SpotWithPriceLimit` or
    /// `SpotAsPriceGo`; with `NoSpot` (or no strategy) the pool scales with regular pay-as-you-go
    /// instances. The other way round, a spot strategy on a `cpu` auto-scaling pool makes the pool
    /// preemptible while the autoscaler treats it as a regular one. GPU pools may use spot instances, so
    /// `gpu` and `gpushare` are left alone.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "spot" },
    ///     "auto_scaling": { "enable": true, "min_instances": 0, "max_instances": 10, "type": "spot" },
    ///     "scaling_group": { "spot_strategy": "NoSpot" } }
    /// ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "spot" },
    ///     "auto_scaling": { "enable": true, "min_instances": 0, "max_instances": 10, "type": "spot" },
    ///     "scaling_group": { "spot_strategy": "SpotAsPriceGo" } }
    /// ] }
    /// ```
    ///
    /// ## References
    /// - SDK and Terraform node pool docs: `auto_scaling.type` `spot` selects preemptible instances, and
    ///   `spot_strategy` decides whether the scaling group buys spot instances.
    pub(crate) struct AutoScalingSpotMismatch {
        code: "NP003",
        name: "auto-scaling-spot-mismatch",
        severity: Warning,
    }
}

impl AutoScalingSpotMismatch {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        for (i, pool) in cx.pools() {
            let Some(auto) = &pool.auto_scaling else { continue };
            if auto.enable != Some(true) {
                continue;
            }
            let strategy = pool.scaling_group.as_ref().and_then(|s| s.spot_strategy.as_ref());
            let spot_strategy =
                matches!(strategy, Some(SpotStrategy::SpotWithPriceLimit | SpotStrategy::SpotAsPriceGo));
            let default = || Field::NodepoolsAutoScalingType.default_str().map(AutoScalingType::from);
            let kind = auto.r#type.clone().or_else(default);
            let strategy = strategy.map(SpotStrategy::as_str);
            // Built only for a finding.
            let type_ptr = || Field::NodepoolsAutoScalingType.pointer(&[i]);
            let strategy_ptr = || Field::NodepoolsScalingGroupSpotStrategy.pointer(&[i]);
            if kind == Some(AutoScalingType::Spot) && !spot_strategy {
                let message = match strategy {
                    Some(strategy) => t!(lang, "np003-spot-set", strategy),
                    None => t!(lang, "np003-spot-unset"),
                };
                let mut d = Self::META
                    .diagnostic(message)
                    .at(type_ptr())
                    .label(t!(lang, "np003-spot.label"))
                    .help(t!(lang, "np003-spot.help"));
                if strategy.is_some() {
                    d = d.with(Label::at(strategy_ptr(), t!(lang, "np003-spot.label-strategy")));
                }
                out.push(d);
            } else if kind == Some(AutoScalingType::Cpu) && spot_strategy {
                let strategy = strategy.unwrap_or_default();
                let message = match auto.r#type {
                    Some(_) => t!(lang, "np003-cpu-set", strategy),
                    None => t!(lang, "np003-cpu-default", strategy),
                };
                let mut d = Self::META
                    .diagnostic(message)
                    .at(strategy_ptr())
                    .label(t!(lang, "np003-cpu.label"))
                    .help(t!(lang, "np003-cpu.help"));
                d = match auto.r#type {
                    Some(_) => d.with(Label::at(type_ptr(), t!(lang, "np003-cpu.label-type"))),
                    None => d.with(Label::at(
                        Field::NodepoolsAutoScalingEnable.pointer(&[i]),
                        t!(lang, "np003-cpu.label-default"),
                    )),
                };
                out.push(d);
            }
        }
    }
}
