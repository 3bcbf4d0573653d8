use super::{Kind, Owner, disks};
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// A node-pool system disk outside the 40 to 500 GiB that CreateCluster documents for node pools.
    ///
    /// ## Why is this bad?
    /// The SDK's CreateCluster node-pool model gives the system disk 40 to 500 GiB, the same range as the
    /// worker system disks that node pools replace. The separate CreateClusterNodePool call and Terraform
    /// allow 20 to 2048 GiB depending on the category, so the schema accepts that wider range, but a size
    /// outside 40 to 500 may be refused when the pool is created together with the cluster. A system disk
    /// also can never be smaller than the image.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PostPaid",
    ///                                       "system_disk_category": "cloud_essd",
    ///                                       "system_disk_size": 1024 } } ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PostPaid",
    ///                                       "system_disk_category": "cloud_essd",
    ///                                       "system_disk_size": 500 } } ] }
    /// ```
    ///
    /// ## References
    /// - SDK node-pool model of CreateCluster: `system_disk_size` 40 to 500 GiB.
    /// - SDK of CreateClusterNodePool and Terraform node-pool docs: 20 to 2048 GiB by category.
    pub(crate) struct SystemDiskSizeOutOfRange {
        code: "STO001",
        name: "system-disk-size-out-of-range",
        severity: Warning,
    }
}

impl SystemDiskSizeOutOfRange {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        // CreateCluster's node-pool range is that of the worker system disks node pools replace.
        let documented = Field::WorkerSystemDiskSize.meta();
        let (min, max) = (documented.minimum.unwrap_or(40), documented.maximum.unwrap_or(500));
        let schema = Field::NodepoolsScalingGroupSystemDiskSize.meta();
        for disk in disks(cx).iter().filter(|d| d.owner == Owner::Pool && d.kind == Kind::System) {
            let Some(size) = disk.size.value else { continue };
            let outside_schema = schema.minimum.is_some_and(|m| size < m) || schema.maximum.is_some_and(|m| size > m);
            if (min..=max).contains(&size) || outside_schema {
                continue;
            }
            let help = if size < min { t!(lang, "sto001.help-small", min) } else { t!(lang, "sto001.help-large", max) };
            out.push(
                Self::META
                    .diagnostic(t!(lang, "sto001", disk = &disk.what, size, min, max))
                    .at(disk.pointer(disk.size.field))
                    .label(t!(lang, "sto001.label", min, max))
                    .help(help),
            );
        }
    }
}
