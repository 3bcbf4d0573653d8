use super::{Owner, disks};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::fix::Fix;
use crate::rules::Context;
use crate::model::DiskPerformanceLevel;
use crate::t;

crate::declare_rule! {
    /// A performance level on a disk that is not an ESSD (`cloud_essd`).
    ///
    /// ## Why is this bad?
    /// Performance levels (`PL0` to `PL3`) are a property of ESSDs only. On any other category the level is
    /// ignored, so the disk is slower (or the bill different) than the setting suggests. The API reference's
    /// own example sets `PL1` on a `cloud_efficiency` system disk and a `cloud_ssd` data disk.
    ///
    /// A disk without a category gets the default one (`cloud_efficiency` for node-pool disks, `cloud_ssd` for
    /// the worker system disk). When a node pool lists `system_disk_categories` instead, the level is
    /// accepted if `cloud_essd` is among them. Master disks are checked by the control-plane rules.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PostPaid",
    ///                                       "system_disk_category": "cloud_efficiency",
    ///                                       "system_disk_performance_level": "PL1" } } ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PostPaid",
    ///                                       "system_disk_category": "cloud_essd",
    ///                                       "system_disk_performance_level": "PL1" } } ] }
    /// ```
    ///
    /// ## Fix
    /// Unsafe: it removes the performance level. The disk gets the same category and speed either way; but if
    /// you meant an ESSD at that level, the right change is the category (`cloud_essd`), and the fix cannot
    /// tell.
    ///
    /// ## References
    /// - API reference and SDK: the performance level only applies to ESSDs.
    pub(crate) struct PerformanceLevelWithoutEssd {
        code: "STO003",
        name: "performance-level-without-essd",
        severity: Warning,
        fix: Unsafe,
    }
}

impl PerformanceLevelWithoutEssd {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        for disk in disks(cx).iter().filter(|d| d.owner != Owner::Masters) {
            let Some(level) = disk.performance_level.value.map(DiskPerformanceLevel::as_str).filter(|l| !l.is_empty())
            else {
                continue;
            };
            if disk.may_be("cloud_essd") || disk.categories().is_empty() {
                continue;
            }
            let key = disk.performance_level.field.meta().key;
            let mut d = Self::META
                .diagnostic(t!(lang, "sto003", key, level, disk = &disk.what, category = disk.category_phrase(lang)))
                .at(disk.pointer(disk.performance_level.field))
                .label(t!(lang, "sto003.label"))
                .help(t!(lang, "sto003.help", key, category_key = disk.category.field.meta().key));
            if disk.category.value.is_some() {
                d = d.with(Label::at(disk.pointer(disk.category.field), t!(lang, "sto003.label-category")));
            }
            out.push(
                d.fix(cx.fix(|| Fix::unsafe_(t!(lang, "sto003.fix", key)).remove(disk.pointer(disk.performance_level.field)))),
            );
        }
    }
}
