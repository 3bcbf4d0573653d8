use super::pool_data_disk_name;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::fix::Fix;
use crate::rules::Context;
use crate::rules::messages::pool_label;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// A data disk created from a snapshot that also gives a `size`, which is then ignored.
    ///
    /// ## Why is this bad?
    /// A data disk with `snapshot_id` is created from that snapshot and takes the snapshot's size; the SDK
    /// says `size` is ignored then. A size given alongside does not make the disk larger, which matters when
    /// the disk was meant to have room to grow.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PostPaid",
    ///                                       "data_disks": [ { "category": "cloud_essd", "size": 500,
    ///                                                         "snapshot_id": "s-bp1a2b3c4d5e6f7g8h9i" } ] } } ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PostPaid",
    ///                                       "data_disks": [ { "category": "cloud_essd",
    ///                                                         "snapshot_id": "s-bp1a2b3c4d5e6f7g8h9i" } ] } } ] }
    /// ```
    ///
    /// ## Fix
    /// Unsafe: it removes `size`. The disk takes the snapshot's size either way; but if you meant an empty disk
    /// of that size, the right change is to remove `snapshot_id` instead, and the fix cannot tell.
    ///
    /// ## References
    /// - SDK data-disk model: with `snapshot_id` the disk takes the snapshot's size and `size` is ignored.
    pub(crate) struct SnapshotDiskSizeIgnored {
        code: "STO008",
        name: "snapshot-disk-size-ignored",
        severity: Info,
        fix: Unsafe,
    }
}

impl SnapshotDiskSizeIgnored {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        for (i, pool, sg) in cx.scaling_groups() {
            for (j, disk) in sg.data_disks.iter().flatten().enumerate() {
                let (Some(snapshot), Some(size)) = (disk.snapshot_id.as_deref().filter(|s| !s.is_empty()), disk.size)
                else {
                    continue;
                };
                let size_pointer = Field::NodepoolsScalingGroupDataDisksSize.pointer(&[i, j]);
                let disk = pool_data_disk_name(lang, &pool_label(lang, i, pool), j);
                out.push(
                    Self::META
                        .diagnostic(t!(lang, "sto008", disk, snapshot, size))
                        .at(size_pointer.clone())
                        .label(t!(lang, "sto008.label"))
                        .with(Label::at(
                            Field::NodepoolsScalingGroupDataDisksSnapshotId.pointer(&[i, j]),
                            t!(lang, "sto008.label-snapshot"),
                        ))
                        .help(t!(lang, "sto008.help"))
                        .fix(cx.fix(|| Fix::unsafe_(t!(lang, "sto008.fix")).remove(size_pointer))),
                );
            }
        }
    }
}
