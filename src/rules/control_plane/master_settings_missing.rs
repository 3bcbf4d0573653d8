use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// A dedicated cluster does not say which instance types or which vSwitches its masters use.
    ///
    /// ## Why is this bad?
    /// In a dedicated cluster (`cluster_type: Kubernetes`) you create and pay for the masters yourself, so the
    /// request must describe them: their ECS instance types (`control_plane_config.instance_types`, or the
    /// deprecated `master_instance_types`) and the vSwitches they go into (the top-level `vswitch_ids`, or the
    /// deprecated `master_vswitch_ids`). Without them the masters cannot be created.
    ///
    /// ## Example
    /// ```json
    /// { "control_plane_config": { "instance_types": null } }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "control_plane_config": { "instance_types": ["ecs.g7.xlarge"] } }
    /// ```
    ///
    /// Only dedicated clusters are checked. A managed body never gets this finding, even when it carries
    /// stray `master_*` keys: those are ignored there, which another rule reports.
    ///
    /// ## References
    /// - Terraform dedicated-cluster resource: master vSwitches and master instance types are required.
    /// - ROS spec of the dedicated cluster: master vSwitches and instance types are required.
    /// - API reference and SDK describe both fields but do not mark them required; no source contradicts
    ///   Terraform and ROS.
    pub(crate) struct MasterSettingsMissing {
        code: "CP004",
        name: "master-settings-missing",
        severity: Error,
    }
}

/// Whether a list field is given with at least one item.
fn given<T>(list: Option<&Vec<T>>) -> bool {
    list.is_some_and(|l| !l.is_empty())
}

impl MasterSettingsMissing {
    // Deprecated fields read on purpose: dedicated bodies still give the masters with the deprecated `master_*` fields.
    #[allow(deprecated)]
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if !cx.is_dedicated() {
            return;
        }
        let r = cx.request;
        let cp = r.control_plane_config.as_ref();
        let cluster_type = Field::ClusterType.pointer(&[]);
        let lang = cx.lang;
        // A list of the wrong JSON type (or with a wrong item) is there, just malformed: the structure check
        // reports it.
        let has_types = given(r.master_instance_types.as_ref())
            || given(cp.and_then(|c| c.instance_types.as_ref()))
            || cx.has_wrong_type(Field::MasterInstanceTypes, &[])
            || cx.has_wrong_type(Field::ControlPlaneConfigInstanceTypes, &[]);
        if !has_types {
            let modern = Field::ControlPlaneConfigInstanceTypes.display();
            let mut d = Self::META
                .diagnostic(t!(lang, "cp004-instance-types", modern, legacy = Field::MasterInstanceTypes.display()))
                .at(&cluster_type)
                .label(t!(lang, "cp004.label"))
                .help(t!(lang, "cp004-instance-types.help", modern));
            if cp.is_some() {
                let here = t!(lang, "cp004-instance-types.label-control-plane");
                d = d.with(Label::at(Field::ControlPlaneConfig.pointer(&[]), here));
            }
            out.push(d);
        }
        let has_vswitches = given(r.master_vswitch_ids.as_ref())
            || given(r.vswitch_ids.as_ref())
            || cx.has_wrong_type(Field::MasterVswitchIds, &[])
            || cx.has_wrong_type(Field::VswitchIds, &[]);
        if !has_vswitches {
            let modern = Field::VswitchIds.display();
            out.push(
                Self::META
                    .diagnostic(t!(lang, "cp004-vswitches", modern, legacy = Field::MasterVswitchIds.display()))
                    .at(&cluster_type)
                    .label(t!(lang, "cp004.label"))
                    .help(t!(lang, "cp004-vswitches.help", modern)),
            );
        }
    }
}
