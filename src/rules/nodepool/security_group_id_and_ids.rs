use crate::t;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::fix::Fix;
use crate::rules::Context;
use crate::spec::Field;

crate::declare_rule! {
    /// A node pool sets both `scaling_group.security_group_id` and `scaling_group.security_group_ids`.
    ///
    /// ## Why is this bad?
    /// The API asks for one of the two. When both are given, the list `security_group_ids` is used and
    /// the single `security_group_id` is ignored, so nodes do not join that group unless it is also in
    /// the list.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" },
    ///     "scaling_group": { "security_group_id": "sg-bp1a2b3c4d5e6f7g8h9i",
    ///                        "security_group_ids": ["sg-bp1j0k1l2m3n4o5p6q7r"] } }
    /// ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" },
    ///     "scaling_group": { "security_group_ids": ["sg-bp1a2b3c4d5e6f7g8h9i", "sg-bp1j0k1l2m3n4o5p6q7r"] } }
    /// ] }
    /// ```
    ///
    /// ## Fix
    /// It removes `security_group_id`. That is safe when `security_group_ids` already lists the group: nothing
    /// changes. Otherwise it is unsafe: the service ignores the field either way, but the nodes may have been
    /// meant to join that group too, which would call for adding it to `security_group_ids` instead.
    ///
    /// ## References
    /// - SDK: specify one of the two; when both are set, `security_group_ids` takes precedence.
    pub(crate) struct SecurityGroupIdAndIds {
        code: "NP008",
        name: "security-group-id-and-ids",
        severity: Warning,
        fix: Mixed,
    }
}

impl SecurityGroupIdAndIds {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for (i, _, sg) in cx.scaling_groups() {
            let (Some(id), Some(ids)) = (sg.security_group_id.as_deref(), sg.security_group_ids.as_ref()) else {
                continue;
            };
            if ids.is_empty() {
                continue;
            }
            let listed = ids.iter().any(|x| x == id);
            let lang = cx.lang;
            let help = if listed { t!(lang, "np008.help-listed") } else { t!(lang, "np008.help-unlisted", id) };
            let fix = || {
                let fix = if listed {
                    Fix::safe(t!(lang, "np008.fix-listed"))
                } else {
                    Fix::unsafe_(t!(lang, "np008.fix-unlisted"))
                };
                fix.remove(Field::NodepoolsScalingGroupSecurityGroupId.pointer(&[i]))
            };
            out.push(
                Self::META
                    .diagnostic(t!(lang, "np008", id))
                    .at(Field::NodepoolsScalingGroupSecurityGroupId.pointer(&[i]))
                    .label(t!(lang, "np008.label"))
                    .with(Label::at(
                        Field::NodepoolsScalingGroupSecurityGroupIds.pointer(&[i]),
                        t!(lang, "np008.label-ids"),
                    ))
                    .help(help)
                    .fix(cx.fix(fix)),
            );
        }
    }
}
