use crate::t;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::fix::Fix;
use crate::rules::Context;
use crate::spec::Field;

crate::declare_rule! {
    /// A node pool sets both the deprecated `count` and its replacement `scaling_group.desired_size`.
    ///
    /// ## Why is this bad?
    /// Both fields give the number of nodes to create. `count` is deprecated in favour of `desired_size`;
    /// with both present it is unclear which number the author meant, and when they differ one of them is
    /// silently dropped.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" }, "count": 1, "scaling_group": { "desired_size": 3 } }
    /// ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" }, "scaling_group": { "desired_size": 3 } }
    /// ] }
    /// ```
    ///
    /// ## Fix
    /// It removes `count` and keeps `desired_size`. That is safe when both give the same number. When they
    /// differ it is unsafe: keeping the current field is the likely intent, but the service does not document
    /// which number it uses.
    ///
    /// ## References
    /// - SDK: `count` is deprecated; use `scaling_group.desired_size`.
    /// - Terraform node pool resource: `desired_size` conflicts with `node_count`.
    pub(crate) struct CountWithDesiredSize {
        code: "NP005",
        name: "nodepool-count-with-desired-size",
        severity: Warning,
        fix: Mixed,
    }
}

impl CountWithDesiredSize {
    // Deprecated fields read on purpose: this rule compares the deprecated `count` with `desired_size`.
    #[allow(deprecated)]
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for (i, pool) in cx.pools() {
            let desired = pool.scaling_group.as_ref().and_then(|s| s.desired_size);
            let (Some(count), Some(desired)) = (pool.count, desired) else { continue };
            let lang = cx.lang;
            let message =
                if count == desired { t!(lang, "np005-same", count, desired) } else { t!(lang, "np005-different", count, desired) };
            let fix = || {
                let fix = if count == desired {
                    Fix::safe(t!(lang, "np005-same.fix"))
                } else {
                    Fix::unsafe_(t!(lang, "np005-different.fix", desired))
                };
                fix.remove(Field::NodepoolsCount.pointer(&[i]))
            };
            out.push(
                Self::META
                    .diagnostic(message)
                    .at(Field::NodepoolsCount.pointer(&[i]))
                    .label(t!(lang, "np005.label"))
                    .with(Label::at(
                        Field::NodepoolsScalingGroupDesiredSize.pointer(&[i]),
                        t!(lang, "np005.label-replacement"),
                    ))
                    .help(t!(lang, "np005.help"))
                    .fix(cx.fix(fix)),
            );
        }
    }
}
