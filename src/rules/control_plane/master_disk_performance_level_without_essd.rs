use super::util::master_disks;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::fix::Fix;
use crate::rules::Context;

/// The only disk category that has performance levels.
const ESSD: &str = "cloud_essd";

crate::declare_rule! {
    /// A master system disk has a performance level, but its category is not `cloud_essd`.
    ///
    /// ## Why is this bad?
    /// Performance levels (PL0 to PL3) exist only for ESSD disks. On any other category, such as the default
    /// `cloud_ssd`, the level is ignored, so the masters do not get the disk performance the request asks for.
    /// This applies to `master_system_disk_performance_level` with `master_system_disk_category` and to
    /// `control_plane_config.system_disk_performance_level` with `control_plane_config.system_disk_category`;
    /// when the category is absent, its default `cloud_ssd` counts.
    ///
    /// ## Example
    /// ```json
    /// { "control_plane_config": { "system_disk_category": "cloud_ssd", "system_disk_performance_level": "PL1" } }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "control_plane_config": { "system_disk_category": "cloud_essd", "system_disk_performance_level": "PL1" } }
    /// ```
    ///
    /// ## Fix
    /// Unsafe: it removes the performance level. The masters get the same disk either way; but if you meant
    /// ESSD masters at that level, the right change is the category (`cloud_essd`), and the fix cannot tell.
    ///
    /// ## References
    /// - API reference and SDK: the master system disk performance level only takes effect on `cloud_essd`.
    /// - API reference: the master system disk category defaults to `cloud_ssd`.
    pub(crate) struct MasterDiskPerformanceLevelWithoutEssd {
        code: "CP005",
        name: "master-disk-performance-level-without-essd",
        severity: Warning,
        fix: Unsafe,
    }
}

impl MasterDiskPerformanceLevelWithoutEssd {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if !cx.is_dedicated() {
            return;
        }
        for disk in master_disks(cx) {
            let Some(category) = disk.effective_category else { continue };
            if category == ESSD {
                continue;
            }
            let mut d = Self::META
                .diagnostic(format!(
                    "`{}` is {} but {}, and performance levels apply only to `{ESSD}` disks",
                    disk.level_field.display(),
                    disk.level,
                    disk.describe_category()
                ))
                .at(disk.level_field.pointer(&[]))
                .label("ignored")
                .help(format!(
                    "set `{}` to `{ESSD}`, or remove `{}`",
                    disk.category_field.display(),
                    disk.level_field.display()
                ));
            if disk.category.is_some() {
                d = d.with(Label::at(disk.category_field.pointer(&[]), format!("`{category}` has no levels")));
            }
            out.push(
                d.fix(
                    Fix::unsafe_(format!("remove `{}`, which has no effect", disk.level_field.display()))
                        .remove(disk.level_field.pointer(&[])),
                ),
            );
        }
    }
}
