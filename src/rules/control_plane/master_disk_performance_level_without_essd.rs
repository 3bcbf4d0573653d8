use super::util::master_disks;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::fix::Fix;
use crate::rules::Context;
use crate::t;

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
        let lang = cx.lang;
        for disk in master_disks(cx) {
            let Some(category) = disk.effective_category else { continue };
            if category == ESSD {
                continue;
            }
            let level_field = disk.level_field.display();
            let mut d = Self::META
                .diagnostic(t!(
                    lang,
                    "cp005",
                    level_field,
                    level = disk.level.as_str(),
                    category_state = disk.describe_category(lang)
                ))
                .at(disk.level_field.pointer(&[]))
                .label(t!(lang, "cp005.label"))
                .help(t!(lang, "cp005.help", category_field = disk.category_field.display(), level_field));
            if disk.category.is_some() {
                d = d.with(Label::at(disk.category_field.pointer(&[]), t!(lang, "cp005.label-category", category)));
            }
            let fix = cx.fix(|| Fix::unsafe_(t!(lang, "cp005.fix", level_field)).remove(disk.level_field.pointer(&[])));
            out.push(d.fix(fix));
        }
    }
}
