use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::rules::messages::join_and;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// Deprecated `master_*` fields are set together with `control_plane_config`.
    ///
    /// ## Why is this bad?
    /// `control_plane_config` replaces the top-level `master_*` fields (count, instance types, system disk,
    /// billing). Describing the masters half in one style and half in the other leaves it to the service to
    /// decide which setting wins, which is not documented; a value in the style it ignores is silently lost.
    ///
    /// ## Example
    /// ```json
    /// { "master_system_disk_size": 200 }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "control_plane_config": { "system_disk_size": 200 } }
    /// ```
    ///
    /// ## References
    /// - SDK: every `master_*` field is deprecated in favour of `control_plane_config` (or, for
    ///   `master_vswitch_ids`, the top-level `vswitch_ids`).
    pub(crate) struct MasterFieldsMixedWithControlPlaneConfig {
        code: "CP008",
        name: "master-fields-mixed-with-control-plane-config",
        severity: Warning,
    }
}

impl MasterFieldsMixedWithControlPlaneConfig {
    // Deprecated fields read on purpose: this rule reports the deprecated `master_*` fields.
    #[allow(deprecated)]
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if !cx.is_dedicated() || cx.request.control_plane_config.is_none() {
            return;
        }
        let r = cx.request;
        let set = [
            (Field::MasterAutoRenew, r.master_auto_renew.is_some()),
            (Field::MasterAutoRenewPeriod, r.master_auto_renew_period.is_some()),
            (Field::MasterCount, r.master_count.is_some()),
            (Field::MasterInstanceChargeType, r.master_instance_charge_type.is_some()),
            (Field::MasterInstanceTypes, r.master_instance_types.is_some()),
            (Field::MasterPeriod, r.master_period.is_some()),
            (Field::MasterPeriodUnit, r.master_period_unit.is_some()),
            (Field::MasterSystemDiskCategory, r.master_system_disk_category.is_some()),
            (Field::MasterSystemDiskPerformanceLevel, r.master_system_disk_performance_level.is_some()),
            (Field::MasterSystemDiskSize, r.master_system_disk_size.is_some()),
            (Field::MasterSystemDiskSnapshotPolicyId, r.master_system_disk_snapshot_policy_id.is_some()),
            (Field::MasterVswitchIds, r.master_vswitch_ids.is_some()),
        ];
        let fields: Vec<Field> = set.iter().filter(|(_, s)| *s).map(|(f, _)| *f).collect();
        let Some((&first, rest)) = fields.split_first() else { return };
        let lang = cx.lang;
        let names: Vec<String> = fields.iter().map(|f| format!("`{}`", f.display())).collect();
        let mut d = Self::META
            .diagnostic(t!(lang, "cp008", count = fields.len(), fields = join_and(lang, &names)))
            .at(first.pointer(&[]))
            .label(t!(lang, "cp008.label"));
        // The keys are peers: the finding starts at whichever comes first in the text.
        for f in rest {
            d = d.peer(Label::at(f.pointer(&[]), t!(lang, "cp008.label")));
        }
        let replacements: Vec<String> =
            fields.iter().flat_map(|f| f.meta().replacement.iter().map(|r| format!("`{}`", r.display()))).collect();
        let current = t!(lang, "cp008.label-control-plane");
        out.push(
            d.with(Label::at(Field::ControlPlaneConfig.pointer(&[]), current))
                .help(t!(lang, "cp008.help", replacements = join_and(lang, &replacements))),
        );
    }
}
