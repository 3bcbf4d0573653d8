use super::is_spot;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::rules::messages::pool_label;
use crate::model::MultiAzPolicy;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// `multi_az_policy: COST_OPTIMIZED` on a node pool with one instance type and no spot instances.
    ///
    /// ## Why is this bad?
    /// The cost-optimized policy creates instances from the cheapest of the pool's instance types, mixing in
    /// spot instances when a spot strategy is set. With a single instance type and no spot there is nothing
    /// to choose between, so the policy does nothing and the pool loses what `PRIORITY` or `BALANCE` would give
    /// it (a preferred vSwitch order, or an even spread across zones). The API reference's example has this
    /// combination.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PostPaid",
    ///                                       "instance_types": ["ecs.g7.xlarge"],
    ///                                       "multi_az_policy": "COST_OPTIMIZED" } } ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PostPaid",
    ///                                       "instance_types": ["ecs.g7.xlarge", "ecs.g6.xlarge"],
    ///                                       "multi_az_policy": "COST_OPTIMIZED" } } ] }
    /// ```
    ///
    /// ## References
    /// - SDK node-pool models: `COST_OPTIMIZED` takes effect only with several instance types or a spot
    ///   strategy.
    pub(crate) struct CostOptimizedWithoutEffect {
        code: "BIL012",
        name: "cost-optimized-without-effect",
        severity: Warning,
    }
}

impl CostOptimizedWithoutEffect {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        for (i, pool, sg) in cx.scaling_groups() {
            if sg.multi_az_policy != Some(MultiAzPolicy::CostOptimized) || is_spot(sg.spot_strategy.as_ref()) {
                continue;
            }
            let Some([only]) = sg.instance_types.as_deref() else { continue };
            let mut d = Self::META
                .diagnostic(t!(lang, "bil012", pool = pool_label(lang, i, pool), instance_type = only))
                .at(Field::NodepoolsScalingGroupMultiAzPolicy.pointer(&[i]))
                .label(t!(lang, "bil012.label"))
                .with(Label::at(Field::NodepoolsScalingGroupInstanceTypes.pointer(&[i]), t!(lang, "bil012.label-types")))
                .help(t!(lang, "bil012.help"));
            if sg.spot_strategy.is_some() {
                d = d.with(Label::at(Field::NodepoolsScalingGroupSpotStrategy.pointer(&[i]), t!(lang, "bil012.label-spot")));
            }
            out.push(d);
        }
    }
}
