use super::{Kind, Owner, disks, essd_min_size};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::model::DiskPerformanceLevel;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// An ESSD system disk smaller than its performance level needs (PL2: 461 GiB, PL3: 1261 GiB).
    ///
    /// ## Why is this bad?
    /// ECS sells an ESSD at PL2 only from 461 GiB and at PL3 only from 1261 GiB. A node-pool system disk
    /// created with the cluster is at most 500 GiB, and the deprecated worker system disk too, so PL3 is
    /// impossible there and PL2 needs 461 to 500 GiB. A system disk without a size is small (40 GiB or the
    /// image size for node pools, 120 GiB for workers).
    ///
    /// Master disks are checked by the control-plane rules.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PostPaid",
    ///                                       "system_disk_category": "cloud_essd",
    ///                                       "system_disk_performance_level": "PL2",
    ///                                       "system_disk_size": 120 } } ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PostPaid",
    ///                                       "system_disk_category": "cloud_essd",
    ///                                       "system_disk_performance_level": "PL1",
    ///                                       "system_disk_size": 120 } } ] }
    /// ```
    ///
    /// ## Severity
    /// An error, except for node-pool disks of a cluster with `auto_mode.enable: true`, where it is a warning:
    /// Terraform says the service sets most disk settings of auto-mode node pools itself (whether the
    /// cluster-level switch of CreateCluster does the same for the pools in the body is unverified).
    ///
    /// ## References
    /// - ECS disk documentation (Terraform `alicloud_ecs_disk`): ESSD PL2 461 GiB and PL3 1261 GiB minimum.
    /// - Terraform node-pool docs: system disk ranges PL2 461 to 2048 GiB, PL3 1261 to 2048 GiB.
    /// - SDK node-pool model of CreateCluster: system disk 40 to 500 GiB.
    pub(crate) struct SystemDiskTooSmallForPerformanceLevel {
        code: "STO004",
        name: "system-disk-too-small-for-performance-level",
        severity: Error,
    }
}

impl SystemDiskTooSmallForPerformanceLevel {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        for disk in disks(cx).iter().filter(|d| d.kind == Kind::System && d.owner != Owner::Masters) {
            let Some(level) = disk.performance_level.value else { continue };
            let Some(min) = essd_min_size(level) else { continue };
            let level = level.as_str();
            if !disk.may_be("cloud_essd") {
                continue;
            }
            // The largest system disk this request documents for the owner.
            let cap = match disk.owner {
                Owner::Pool | Owner::Worker => Field::WorkerSystemDiskSize.meta().maximum,
                Owner::Masters => None,
            };
            let size_text = match disk.size_or_default() {
                Some((size, _)) if size >= min => continue,
                Some((size, false)) => t!(lang, "sto004-size.given", size),
                Some((size, true)) => t!(lang, "sto004-size.default", size),
                None => t!(lang, "sto004-size.image", floor = Field::WorkerSystemDiskSize.meta().minimum.unwrap_or(40)),
            };
            let disk_name = &disk.what;
            let (message, help) = match cap.filter(|c| *c < min) {
                None => (
                    t!(lang, "sto004", disk = disk_name, size = size_text, level, min),
                    t!(lang, "sto004.help", min),
                ),
                Some(cap) => (
                    t!(lang, "sto004-beyond-cap", disk = disk_name, size = size_text, level, min, cap),
                    t!(lang, "sto004-beyond-cap.help", pl2_min = essd_min_size(&DiskPerformanceLevel::Pl2).unwrap_or(461)),
                ),
            };
            let at = if disk.size.value.is_some() { disk.size.field } else { disk.performance_level.field };
            let mut d =
                Self::META.diagnostic(message).at(disk.pointer(at)).label(t!(lang, "sto004.label", min)).help(help);
            if at != disk.performance_level.field {
                d = d.with(Label::at(
                    disk.pointer(disk.performance_level.field),
                    t!(lang, "storage-value", value = level),
                ));
            }
            if disk.category.value.is_some() {
                d = d.with(Label::at(disk.pointer(disk.category.field), t!(lang, "sto004.label-category")));
            }
            out.push(if disk.owner == Owner::Pool { cx.pool_setting_finding(d) } else { d });
        }
    }
}
