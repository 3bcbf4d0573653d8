use super::util::{PL_MIN_SIZE, master_disks};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::t;

crate::declare_rule! {
    /// A master system disk is too small for its ESSD performance level.
    ///
    /// ## Why is this bad?
    /// ECS ties ESSD performance levels to disk size: PL2 needs at least 461 GiB and PL3 at least 1261 GiB.
    /// A smaller disk cannot be created at that level, so the masters cannot be created. The deprecated
    /// `master_system_disk_size` is capped at 500 GiB, so PL3 is never possible there.
    ///
    /// The check applies to ESSD disks only (`cloud_essd`, given or as the effective category); on other
    /// categories the level is ignored, which rule `master-disk-performance-level-without-essd` reports. The
    /// disk size defaults to 120 GiB when absent.
    ///
    /// ## Example
    /// ```json
    /// { "control_plane_config": { "system_disk_performance_level": "PL2", "system_disk_size": 200 } }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "control_plane_config": { "system_disk_performance_level": "PL1", "system_disk_size": 200 } }
    /// ```
    ///
    /// Only dedicated clusters (`cluster_type: Kubernetes`) are checked; managed clusters have no masters of
    /// their own.
    ///
    /// ## References
    /// - ECS disk documentation (Terraform `alicloud_ecs_disk`): PL2 disks are 461 to 65536 GiB, PL3 disks
    ///   1261 to 65536 GiB.
    /// - API reference and SDK: master system disks are 40 to 500 GiB, 120 by default; the API reference adds
    ///   that the performance level depends on the disk size and points to the ESSD page.
    pub(crate) struct MasterDiskTooSmallForPerformanceLevel {
        code: "CP006",
        name: "master-disk-too-small-for-performance-level",
        severity: Error,
    }
}

impl MasterDiskTooSmallForPerformanceLevel {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if !cx.is_dedicated() {
            return;
        }
        let lang = cx.lang;
        for disk in master_disks(cx) {
            if disk.effective_category != Some("cloud_essd") {
                continue;
            }
            let Some((level, min)) = PL_MIN_SIZE.iter().find(|(l, _)| l == disk.level) else { continue };
            let (level, min) = (level.as_str(), *min);
            let size_field = disk.size_field.display();
            let level_field = disk.level_field.display();
            let max = disk.size_field.meta().maximum;
            let mut d = if let Some(max) = max.filter(|&max| max < min) {
                Self::META
                    .diagnostic(t!(lang, "cp006-above-maximum", level_field, level, min, max, size_field))
                    .help(t!(lang, "cp006-above-maximum.help", size_field, pl2_min = PL_MIN_SIZE[0].1))
            } else {
                let Some(size) = disk.effective_size else { continue };
                if size >= min {
                    continue;
                }
                let size_state = disk.describe_size(lang);
                Self::META
                    .diagnostic(t!(lang, "cp006-too-small", level_field, level, min, size_state))
                    .help(t!(lang, "cp006-too-small.help", size_field, min))
            }
            .at(disk.level_field.pointer(&[]))
            .label(t!(lang, "cp006.label", level, min));
            if disk.size.is_some() {
                d = d.with(Label::at(disk.size_field.pointer(&[]), t!(lang, "cp006.label-size")));
            }
            out.push(d);
        }
    }
}
