use super::util::{masters_label, per_master_mismatch};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// `master_vswitch_ids` does not list one vSwitch per master.
    ///
    /// ## Why is this bad?
    /// With the deprecated `master_*` fields, the masters are placed by `master_vswitch_ids`, one entry per
    /// master, so the list must have exactly as many entries as there are masters (`master_count` or
    /// `control_plane_config.size`, 3 when neither is set). Repeating a vSwitch ID is allowed; leaving one out
    /// is not.
    ///
    /// ## Example
    /// ```json
    /// {
    ///   "control_plane_config": null,
    ///   "key_pair": "ops-keypair",
    ///   "master_count": 3,
    ///   "master_instance_types": ["ecs.g7.xlarge", "ecs.g7.xlarge", "ecs.g7.xlarge"],
    ///   "master_vswitch_ids": ["vsw-bp1m7d4x9k2q5w8e1r3t6", "vsw-bp1n8e5y0l3r6x9f2s4u7"]
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// {
    ///   "control_plane_config": null,
    ///   "key_pair": "ops-keypair",
    ///   "master_count": 3,
    ///   "master_instance_types": ["ecs.g7.xlarge", "ecs.g7.xlarge", "ecs.g7.xlarge"],
    ///   "master_vswitch_ids": ["vsw-bp1m7d4x9k2q5w8e1r3t6", "vsw-bp1n8e5y0l3r6x9f2s4u7", "vsw-bp1p9f6z1m4s7y0g3t5v8"]
    /// }
    /// ```
    ///
    /// Only dedicated clusters (`cluster_type: Kubernetes`) are checked; managed clusters have no masters of
    /// their own.
    ///
    /// ## References
    /// - SDK (`master_vswitch_ids`): the number of master vSwitches must equal `master_count`. This is the
    ///   evidence for the error; no refusal of a mismatch has been observed.
    /// - API reference: shows `master_vswitch_ids` as a list but says nothing about its length.
    /// - Terraform dedicated-cluster resource: derives `master_count` from the number of master vSwitches.
    /// - Sources disagree on the allowed length: the SDK also says "up to three" vSwitches, Terraform allows 3
    ///   to 5 and the old ROS spec 1 to 3. The schema accepts 1 to 5; this rule checks the match with the
    ///   master count.
    pub(crate) struct MasterVswitchCountMismatch {
        code: "CP002",
        name: "master-vswitch-count-mismatch",
        severity: Error,
    }
}

impl MasterVswitchCountMismatch {
    // Deprecated fields read on purpose: dedicated bodies still give the masters with the deprecated `master_*` fields.
    #[allow(deprecated)]
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let field = Field::MasterVswitchIds;
        let Some((len, count)) = per_master_mismatch(cx, field, cx.request.master_vswitch_ids.as_ref()) else { return };
        let lang = cx.lang;
        let name = field.display();
        let mut d = Self::META
            .diagnostic(t!(lang, "cp002", field = name, len, count = count.describe(lang)))
            .at(field.pointer(&[]))
            .label(t!(lang, "cp002.label", len))
            .help(t!(lang, "cp002.help", masters = count.value, field = name));
        if let Some(f) = count.field {
            d = d.with(Label::at(f.pointer(&[]), masters_label(lang, count.value)));
        }
        out.push(d);
    }
}
