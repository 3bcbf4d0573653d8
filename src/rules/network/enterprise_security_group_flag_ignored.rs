use super::util::text;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::fix::Fix;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// `is_enterprise_security_group` is `true` although `security_group_id` names an existing group.
    ///
    /// ## Why is this bad?
    /// `is_enterprise_security_group` only chooses the kind of security group the service creates when
    /// `security_group_id` is empty. With an existing group the nodes join that group and the flag does
    /// nothing, whatever kind the existing group is. Setting both suggests the author expects an advanced
    /// (enterprise) group that may not be what they get; the API reference and Terraform treat the two as
    /// alternatives.
    ///
    /// ## Example
    /// ```json
    /// { "security_group_id": "sg-bp1bdue0qc1g7k3xyz9a", "is_enterprise_security_group": true }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "security_group_id": "sg-bp1bdue0qc1g7k3xyz9a", "is_enterprise_security_group": null }
    /// ```
    ///
    /// ## Fix
    /// Unsafe: it removes `is_enterprise_security_group`. The nodes join the existing group either way, so the
    /// cluster is the same; but if you meant the service to create an advanced security group, the right
    /// change is to remove `security_group_id` instead, and the fix cannot tell.
    ///
    /// ## References
    /// - API reference: choose one of `security_group_id` and `is_enterprise_security_group`.
    /// - Terraform (dedicated and managed clusters): the two arguments conflict.
    pub(crate) struct EnterpriseSecurityGroupFlagIgnored {
        code: "NET016",
        name: "enterprise-security-group-flag-ignored",
        severity: Warning,
        fix: Unsafe,
    }
}

impl EnterpriseSecurityGroupFlagIgnored {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let Some(group) = text(&cx.request.security_group_id) else { return };
        if cx.request.is_enterprise_security_group != Some(true) {
            return;
        }
        let lang = cx.lang;
        out.push(
            Self::META
                .diagnostic(t!(lang, "net016", group))
                .at(Field::IsEnterpriseSecurityGroup.pointer(&[]))
                .label(t!(lang, "net016.label"))
                .with(Label::at(Field::SecurityGroupId.pointer(&[]), t!(lang, "net016.label-group")))
                .help(t!(lang, "net016.help", group))
                .fix(cx.fix(|| Fix::unsafe_(t!(lang, "net016.fix")).remove(Field::IsEnterpriseSecurityGroup.pointer(&[])))),
        );
    }
}
