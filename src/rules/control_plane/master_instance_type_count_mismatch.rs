use super::util::{masters_label, per_master_mismatch};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// `master_instance_types` does not list one instance type per master.
    ///
    /// ## Why is this bad?
    /// The deprecated `master_instance_types` gives the instance type of each master in turn, matched by
    /// position with `master_vswitch_ids`, so it needs exactly as many entries as there are masters
    /// (`master_count` or `control_plane_config.size`, 3 when neither is set). With too few or too many entries
    /// the request does not describe the masters consistently.
    ///
    /// `control_plane_config.instance_types` works differently: it is a list of candidate types for all
    /// masters, and a single type is fine.
    ///
    /// ## Example
    /// ```json
    /// {
    ///   "control_plane_config": null,
    ///   "key_pair": "ops-keypair",
    ///   "master_count": 5,
    ///   "master_instance_types": ["ecs.g7.xlarge", "ecs.g7.xlarge", "ecs.g7.xlarge"],
    ///   "master_vswitch_ids": ["vsw-bp1m7d4x9k2q5w8e1r3t6", "vsw-bp1n8e5y0l3r6x9f2s4u7", "vsw-bp1p9f6z1m4s7y0g3t5v8",
    ///                          "vsw-bp1m7d4x9k2q5w8e1r3t6", "vsw-bp1n8e5y0l3r6x9f2s4u7"]
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// {
    ///   "control_plane_config": null,
    ///   "key_pair": "ops-keypair",
    ///   "master_count": 5,
    ///   "master_instance_types": ["ecs.g7.xlarge", "ecs.g7.xlarge", "ecs.g7.xlarge", "ecs.g7.xlarge", "ecs.g7.xlarge"],
    ///   "master_vswitch_ids": ["vsw-bp1m7d4x9k2q5w8e1r3t6", "vsw-bp1n8e5y0l3r6x9f2s4u7", "vsw-bp1p9f6z1m4s7y0g3t5v8",
    ///                          "vsw-bp1m7d4x9k2q5w8e1r3t6", "vsw-bp1n8e5y0l3r6x9f2s4u7"]
    /// }
    /// ```
    ///
    /// Only dedicated clusters (`cluster_type: Kubernetes`) are checked; managed clusters have no masters of
    /// their own.
    ///
    /// ## References
    /// - ROS spec of the dedicated cluster (an older ROS-CDK snapshot): each master instance type goes with the
    ///   master vSwitch at the same position. This pairing, together with the SDK's rule that the vSwitches
    ///   match `master_count`, is the evidence for the error.
    /// - Terraform dedicated-cluster resource: 3 to 5 master instance types.
    /// - Neither the API reference nor the SDK states a length for `master_instance_types`: both only describe
    ///   it as the masters' instance types. No refusal of a mismatch has been observed.
    pub(crate) struct MasterInstanceTypeCountMismatch {
        code: "CP003",
        name: "master-instance-type-count-mismatch",
        severity: Error,
    }
}

impl MasterInstanceTypeCountMismatch {
    // Deprecated fields read on purpose: dedicated bodies still give the masters with the deprecated `master_*` fields.
    #[allow(deprecated)]
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let field = Field::MasterInstanceTypes;
        let Some((len, count)) = per_master_mismatch(cx, field, cx.request.master_instance_types.as_ref()) else {
            return;
        };
        let lang = cx.lang;
        let name = field.display();
        let mut d = Self::META
            .diagnostic(t!(lang, "cp003", field = name, len, count = count.describe(lang)))
            .at(field.pointer(&[]))
            .label(t!(lang, "cp003.label", len))
            .help(t!(lang, "cp003.help", masters = count.value, field = name));
        if let Some(f) = count.field {
            d = d.with(Label::at(f.pointer(&[]), masters_label(lang, count.value)));
        }
        out.push(d);
    }
}
