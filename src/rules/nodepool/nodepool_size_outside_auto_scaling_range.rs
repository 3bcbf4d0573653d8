use crate::t;
use super::util::auto_scaled;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;

crate::declare_rule! {
    /// With auto scaling on, `desired_size` or `count` lies outside `min_instances`..`max_instances`.
    ///
    /// ## Why is this bad?
    /// When `auto_scaling.enable` is `true`, the autoscaler keeps the pool between `min_instances` and
    /// `max_instances` nodes. A fixed node count outside that range contradicts the bounds: either the
    /// size is never reached or the autoscaler immediately scales the pool back, so one of the settings
    /// is not what the author meant.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" },
    ///     "auto_scaling": { "enable": true, "min_instances": 1, "max_instances": 10 },
    ///     "scaling_group": { "desired_size": 0 } }
    /// ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" },
    ///     "auto_scaling": { "enable": true, "min_instances": 1, "max_instances": 10 } }
    /// ] }
    /// ```
    ///
    /// ## References
    /// - SDK: with auto scaling enabled the node count follows the auto-scaling bounds.
    /// - API reference example: it combines `auto_scaling` 1..10 with `desired_size` 0 and `count` 1.
    pub(crate) struct SizeOutsideAutoScalingRange {
        code: "NP006",
        name: "nodepool-size-outside-auto-scaling-range",
        severity: Warning,
    }
}

impl SizeOutsideAutoScalingRange {
    // Deprecated fields read on purpose: `count` still sizes older bodies' pools.
    #[allow(deprecated)]
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for (i, pool, min, max) in auto_scaled(cx) {
            if min > max {
                continue; // auto-scaling-min-above-max reports it
            }
            let desired = pool.scaling_group.as_ref().and_then(|s| s.desired_size);
            for (value, name, pointer_field) in [
                (desired, "scaling_group.desired_size", Field::NodepoolsScalingGroupDesiredSize),
                (pool.count, "count", Field::NodepoolsCount),
            ] {
                let Some(value) = value else { continue };
                if (min..=max).contains(&value) {
                    continue;
                }
                out.push(
                    Self::META
                        .diagnostic(t!(cx.lang, "np006", field = name, value, min, max))
                        .at(pointer_field.pointer(&[i]))
                        .label(t!(cx.lang, "np006.label"))
                        .with(Label::at(
                            Field::NodepoolsAutoScalingMinInstances.pointer(&[i]),
                            t!(cx.lang, "np006.label-min"),
                        ))
                        .with(Label::at(
                            Field::NodepoolsAutoScalingMaxInstances.pointer(&[i]),
                            t!(cx.lang, "np006.label-max"),
                        ))
                        .help(t!(cx.lang, "np006.help", field = name, min, max)),
                );
            }
        }
    }
}
