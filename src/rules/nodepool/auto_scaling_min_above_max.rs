use crate::t;
use super::util::auto_scaled;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;

crate::declare_rule! {
    /// Auto scaling is enabled with `min_instances` larger than `max_instances`.
    ///
    /// ## Why is this bad?
    /// With auto scaling on, the pool keeps between `min_instances` and `max_instances` nodes. A lower
    /// bound above the upper bound describes no valid size, and the scaling group cannot be created.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" },
    ///     "auto_scaling": { "enable": true, "min_instances": 5, "max_instances": 2 } }
    /// ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" },
    ///     "auto_scaling": { "enable": true, "min_instances": 2, "max_instances": 5 } }
    /// ] }
    /// ```
    ///
    /// ## References
    /// - SDK (CreateClusterNodePool): `max_instances` ranges from `min_instances` to 2000.
    /// - Auto Scaling (ESS): a scaling group's minimum size cannot exceed its maximum.
    /// - No source contradicts this; no refusal by CreateCluster has been observed.
    pub(crate) struct AutoScalingMinAboveMax {
        code: "NP002",
        name: "auto-scaling-min-above-max",
        severity: Error,
    }
}

impl AutoScalingMinAboveMax {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for (i, _, min, max) in auto_scaled(cx) {
            if min > max {
                out.push(
                    Self::META
                        .diagnostic(t!(cx.lang, "np002", max, min))
                        .at(Field::NodepoolsAutoScalingMaxInstances.pointer(&[i]))
                        .label(t!(cx.lang, "np002.label"))
                        .with(Label::at(
                            Field::NodepoolsAutoScalingMinInstances.pointer(&[i]),
                            t!(cx.lang, "np002.label-min"),
                        ))
                        .help(t!(cx.lang, "np002.help", min, max)),
                );
            }
        }
    }
}
