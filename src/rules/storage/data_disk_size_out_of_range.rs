use super::{Kind, Owner, disks, essd_min_size};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::model::DiskPerformanceLevel;
use crate::t;

/// Largest basic (`cloud`) disk, in GiB (ECS).
const CLOUD_MAX: i64 = 2000;
/// Size range of elastic ephemeral disks, in GiB (ECS).
const EPHEMERAL: (i64, i64) = (64, 8192);

crate::declare_rule! {
    /// A data disk whose size is outside what its category and performance level allow.
    ///
    /// ## Why is this bad?
    /// ECS sizes depend on the disk category: an ESSD at PL2 needs at least 461 GiB and at PL3 at least
    /// 1261 GiB (a higher level buys more IOPS per GiB, and ECS sells it only from that size up), elastic
    /// ephemeral disks take 64 to 8192 GiB, and a basic `cloud` disk at most 2000 GiB. The request is refused
    /// with "The specified parameter Size is not valid".
    ///
    /// An ESSD without a performance level is PL1. A disk without `size` gets 120 GiB, unless it is created
    /// from a snapshot. The overall 40 to 32768 GiB range is checked by the structure check.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PostPaid",
    ///                                       "data_disks": [ { "category": "cloud_essd", "size": 200,
    ///                                                         "performance_level": "PL2" } ] } } ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PostPaid",
    ///                                       "data_disks": [ { "category": "cloud_essd", "size": 500,
    ///                                                         "performance_level": "PL2" } ] } } ] }
    /// ```
    ///
    /// ## Severity
    /// An error, except for node-pool disks of a cluster with `auto_mode.enable: true`, where it is a warning:
    /// Terraform says the service sets most disk settings of auto-mode node pools itself (whether the
    /// cluster-level switch of CreateCluster does the same for the pools in the body is unverified).
    ///
    /// ## References
    /// - ECS disk documentation (Terraform `alicloud_ecs_disk`): ESSD PL2 461 GiB and PL3 1261 GiB minimum,
    ///   elastic ephemeral disks 64 to 8192 GiB, basic disks up to 2000 GiB.
    /// - alibaba-cloud-csi-driver issue 767: ECS refused a size that did not fit the category with "The
    ///   specified parameter Size is not valid".
    /// - SDK data-disk model: `size` 40 to 32768 GiB, default 120.
    pub(crate) struct DataDiskSizeOutOfRange {
        code: "STO002",
        name: "data-disk-size-out-of-range",
        severity: Error,
    }
}

impl DataDiskSizeOutOfRange {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        for disk in disks(cx).iter().filter(|d| d.kind == Kind::Data) {
            if disk.size.value.is_none() && disk.snapshot_id.is_some() {
                continue;
            }
            let Some((size, defaulted)) = disk.size_or_default() else { continue };
            let schema = disk.size.field.meta();
            if schema.minimum.is_some_and(|m| size < m) || schema.maximum.is_some_and(|m| size > m) {
                continue;
            }
            let Some(category) = disk.category.value.or(disk.default_category) else { continue };
            let level = disk.performance_level.value;
            let (needs, ok) = match category {
                "cloud_essd" => {
                    let level = level.unwrap_or(&DiskPerformanceLevel::Pl1);
                    match essd_min_size(level) {
                        Some(min) => (t!(lang, "sto002-needs.essd", level = level.as_str(), min), size >= min),
                        None => continue,
                    }
                }
                "cloud" => (t!(lang, "sto002-needs.cloud", max = CLOUD_MAX), size <= CLOUD_MAX),
                "elastic_ephemeral_disk_premium" | "elastic_ephemeral_disk_standard" => (
                    t!(lang, "sto002-needs.ephemeral", category, min = EPHEMERAL.0, max = EPHEMERAL.1),
                    (EPHEMERAL.0..=EPHEMERAL.1).contains(&size),
                ),
                _ => continue,
            };
            if ok {
                continue;
            }
            let size_text =
                if defaulted { t!(lang, "sto002-size.default", size) } else { t!(lang, "sto002-size.given", size) };
            let help = if category == "cloud_essd" { t!(lang, "sto002.help-essd") } else { t!(lang, "sto002.help-other") };
            // Point at the size; without one, at what makes the default too small.
            let at = if !defaulted {
                disk.size.field
            } else if level.is_some() {
                disk.performance_level.field
            } else {
                disk.category.field
            };
            let mut d = Self::META
                .diagnostic(t!(lang, "sto002", disk = &disk.what, size = size_text, needs))
                .at(disk.pointer(at))
                .label(if defaulted { t!(lang, "sto002.label-default") } else { t!(lang, "storage-size", size) })
                .help(help);
            if disk.category.value.is_some() && at != disk.category.field {
                d = d.with(Label::at(disk.pointer(disk.category.field), t!(lang, "storage-value", value = category)));
            }
            if let Some(level) = level.filter(|_| category == "cloud_essd" && at != disk.performance_level.field) {
                d = d.with(Label::at(disk.pointer(disk.performance_level.field), t!(lang, "storage-value", value = level.as_str())));
            }
            out.push(if disk.owner == Owner::Pool { cx.pool_setting_finding(d) } else { d });
        }
    }
}
