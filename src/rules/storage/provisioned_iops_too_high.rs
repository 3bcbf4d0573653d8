use super::{Owner, disks};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::t;

/// Highest IOPS of any AutoPL disk, and of its baseline (ECS).
const IOPS_CAP: i64 = 50_000;

/// The baseline IOPS of an AutoPL disk of `size` GiB, and the most IOPS that can be provisioned on top.
fn limits(size: i64) -> (i64, i64) {
    let baseline = (1800 + 50 * size).min(IOPS_CAP);
    (baseline, (1000 * size - baseline).clamp(0, IOPS_CAP))
}

crate::declare_rule! {
    /// Provisioned IOPS above what an AutoPL disk (`cloud_auto`) of that size can get.
    ///
    /// ## Why is this bad?
    /// An AutoPL disk has a baseline of min(1800 + 50 × size, 50000) IOPS. On top of it, at most
    /// min(50000, 1000 × size − baseline) IOPS can be provisioned, so small disks take much less than the
    /// overall cap of 50000 (a 40 GiB disk takes 36200). A higher value is refused.
    ///
    /// A data disk without `size` gets 120 GiB; a system disk without size is not checked.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PostPaid",
    ///                                       "system_disk_category": "cloud_auto",
    ///                                       "system_disk_size": 40,
    ///                                       "system_disk_provisioned_iops": 40000 } } ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PostPaid",
    ///                                       "system_disk_category": "cloud_auto",
    ///                                       "system_disk_size": 40,
    ///                                       "system_disk_provisioned_iops": 36000 } } ] }
    /// ```
    ///
    /// ## Severity
    /// An error, except for node-pool disks of a cluster with `auto_mode.enable: true`, where it is a warning:
    /// Terraform says the service sets most disk settings of auto-mode node pools itself (whether the
    /// cluster-level switch of CreateCluster does the same for the pools in the body is unverified).
    ///
    /// ## References
    /// - SDK node-pool and data-disk models: provisioned IOPS range from 0 to min(50000, 1000 × size −
    ///   baseline), baseline = min(1800 + 50 × size, 50000).
    /// - Terraform node-pool docs: the same formula. The two sources agree; no refusal has been observed.
    pub(crate) struct ProvisionedIopsTooHigh {
        code: "STO006",
        name: "provisioned-iops-too-high",
        severity: Error,
    }
}

impl ProvisionedIopsTooHigh {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        for disk in disks(cx) {
            let Some(iops) = &disk.iops else { continue };
            let Some(value) = iops.value else { continue };
            if iops.field.meta().maximum.is_some_and(|m| value > m) || !disk.may_be("cloud_auto") {
                // Above the schema's cap (the structure check reports it), or ignored (another rule).
                continue;
            }
            let Some((size, defaulted)) = disk.size_or_default() else { continue };
            let (baseline, max) = limits(size);
            if value <= max {
                continue;
            }
            let size_text =
                if defaulted { t!(lang, "sto006-size.default", size) } else { t!(lang, "sto006-size.given", size) };
            let formula = if max == IOPS_CAP {
                t!(lang, "sto006-formula.cap", cap = IOPS_CAP)
            } else {
                t!(lang, "sto006-formula.size", size, baseline)
            };
            let mut d = Self::META
                .diagnostic(t!(
                    lang,
                    "sto006",
                    key = iops.field.meta().key,
                    disk = &disk.what,
                    value,
                    size = size_text,
                    max,
                    formula
                ))
                .at(disk.pointer(iops.field))
                .label(t!(lang, "sto006.label", max))
                .help(t!(lang, "sto006.help", max, cap = IOPS_CAP));
            if disk.size.value.is_some() {
                d = d.with(Label::at(disk.pointer(disk.size.field), t!(lang, "storage-size", size)));
            }
            out.push(if disk.owner == Owner::Pool { cx.pool_setting_finding(d) } else { d });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::limits;

    #[test]
    fn limits_follow_the_documented_formula() {
        assert_eq!(limits(40), (3800, 36200));
        assert_eq!(limits(1), (1850, 0));
        assert_eq!(limits(100), (6800, 50_000));
        assert_eq!(limits(2000), (50_000, 50_000));
    }
}
