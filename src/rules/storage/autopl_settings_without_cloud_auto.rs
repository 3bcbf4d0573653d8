use super::disks;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::fix::Fix;
use crate::rules::Context;
use crate::rules::messages::{backticked, join_and};
use crate::t;

crate::declare_rule! {
    /// Provisioned IOPS or bursting on a disk that is not an AutoPL disk (`cloud_auto`).
    ///
    /// ## Why is this bad?
    /// `provisioned_iops` and `bursting_enabled` (`system_disk_provisioned_iops` and
    /// `system_disk_bursting_enabled` for system disks) configure ESSD AutoPL disks, whose performance is set
    /// apart from their size. Other categories ignore them, so the disk does not get the IOPS the setting
    /// asks for.
    ///
    /// A disk without a category gets the default one (`cloud_efficiency` for node-pool disks, `cloud_ssd`
    /// for masters). `0` and `false`, which some clients send for every unset field, are not reported.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PostPaid",
    ///                                       "data_disks": [ { "category": "cloud_essd", "size": 200,
    ///                                                         "provisioned_iops": 5000,
    ///                                                         "bursting_enabled": true } ] } } ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PostPaid",
    ///                                       "data_disks": [ { "category": "cloud_auto", "size": 200,
    ///                                                         "provisioned_iops": 5000,
    ///                                                         "bursting_enabled": true } ] } } ] }
    /// ```
    ///
    /// ## Fix
    /// Unsafe: it removes the settings the finding names. The disk gets the same performance either way; but
    /// if you meant an AutoPL disk, the right change is the category (`cloud_auto`), and the fix cannot tell.
    ///
    /// ## References
    /// - SDK node-pool and data-disk models: provisioned IOPS and bursting apply to `cloud_auto` disks only.
    /// - Terraform node-pool docs: the same, for system and data disks.
    pub(crate) struct AutoplSettingsWithoutCloudAuto {
        code: "STO005",
        name: "autopl-settings-without-cloud-auto",
        severity: Warning,
        fix: Unsafe,
    }
}

impl AutoplSettingsWithoutCloudAuto {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        for disk in disks(cx) {
            let mut set = Vec::new();
            if let Some(iops) = disk.iops.as_ref().filter(|v| v.value.is_some_and(|v| v != 0)) {
                set.push(iops.field);
            }
            if let Some(burst) = disk.bursting.as_ref().filter(|v| v.value == Some(true)) {
                set.push(burst.field);
            }
            let Some(first) = set.first() else { continue };
            if disk.may_be("cloud_auto") || disk.categories().is_empty() {
                continue;
            }
            let names = backticked(&set.iter().map(|f| f.meta().key).collect::<Vec<_>>());
            let (settings, count) = (join_and(lang, &names), set.len());
            let mut d = Self::META
                .diagnostic(t!(
                    lang,
                    "sto005",
                    settings = &settings,
                    disk = &disk.what,
                    count,
                    category = disk.category_phrase(lang)
                ))
                .at(disk.pointer(*first))
                .label(t!(lang, "sto005.label"))
                .help(t!(
                    lang,
                    "sto005.help",
                    category_key = disk.category.field.meta().key,
                    settings = &settings
                ));
            for f in set.iter().skip(1) {
                d = d.with(Label::at(disk.pointer(*f), t!(lang, "sto005.label")));
            }
            if disk.category.value.is_some() {
                d = d.with(Label::at(disk.pointer(disk.category.field), t!(lang, "sto005.label-category")));
            }
            let fix = cx.fix(|| {
                set.iter()
                    .fold(Fix::unsafe_(t!(lang, "sto005.fix", settings = &settings, count)), |fix, f| {
                        fix.remove(disk.pointer(*f))
                    })
            });
            out.push(d.fix(fix));
        }
    }
}
