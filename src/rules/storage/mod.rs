//! Rules of the `storage` group: system and data disks of node pools, the deprecated `worker_*` disks and,
//! for the AutoPL settings, the masters' system disk.

mod autopl_settings_without_cloud_auto;
mod data_disk_size_out_of_range;
mod kms_key_without_encryption;
mod performance_level_without_essd;
mod provisioned_iops_too_high;
mod snapshot_disk_size_ignored;
mod system_disk_size_out_of_range;
mod system_disk_too_small_for_performance_level;

pub use autopl_settings_without_cloud_auto::AutoplSettingsWithoutCloudAuto;
pub use data_disk_size_out_of_range::DataDiskSizeOutOfRange;
pub use kms_key_without_encryption::KmsKeyWithoutEncryption;
pub use performance_level_without_essd::PerformanceLevelWithoutEssd;
pub use provisioned_iops_too_high::ProvisionedIopsTooHigh;
pub use snapshot_disk_size_ignored::SnapshotDiskSizeIgnored;
pub use system_disk_size_out_of_range::SystemDiskSizeOutOfRange;
pub use system_disk_too_small_for_performance_level::SystemDiskTooSmallForPerformanceLevel;

use crate::rules::messages::pool_label;
use crate::rules::{Context, Rule};
use crate::spec::Field;

/// The rules of this group, in code order.
pub static RULES: &[&dyn Rule] = &[
    &SystemDiskSizeOutOfRange,
    &DataDiskSizeOutOfRange,
    &PerformanceLevelWithoutEssd,
    &SystemDiskTooSmallForPerformanceLevel,
    &AutoplSettingsWithoutCloudAuto,
    &ProvisionedIopsTooHigh,
    &KmsKeyWithoutEncryption,
    &SnapshotDiskSizeIgnored,
];

/// Whose disk it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Owner {
    /// A node pool's `scaling_group`.
    Pool,
    /// The deprecated `worker_*` fields.
    Worker,
    /// `control_plane_config` of a dedicated cluster.
    Masters,
}

/// System or data disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// The disk the operating system boots from.
    System,
    /// An extra disk.
    Data,
}

/// A value of a disk and the key it comes from.
#[derive(Debug, Clone)]
pub(crate) struct Value<T> {
    /// The value, when the body gives one.
    pub value: Option<T>,
    /// The key that holds it.
    pub field: Field,
}

/// One disk described by the body, with the keys of its settings.
#[derive(Debug, Clone)]
pub(crate) struct Disk<'a> {
    /// Whose disk it is.
    pub owner: Owner,
    /// System or data disk.
    pub kind: Kind,
    /// How messages name it: "the system disk of node pool `general`", "data disk 0 of node pool `general`".
    pub what: String,
    /// Indices that fill the `*` of its keys' paths.
    pub indices: Vec<usize>,
    /// `category` / `system_disk_category`.
    pub category: Value<&'a str>,
    /// Categories the service may choose from when no category is given (`system_disk_categories`).
    pub candidates: &'a [String],
    /// The category used when none is given.
    pub default_category: Option<&'static str>,
    /// The ESSD performance level.
    pub performance_level: Value<&'a str>,
    /// Size in GiB.
    pub size: Value<i64>,
    /// The size used when none is given.
    pub default_size: Option<i64>,
    /// Provisioned IOPS of an AutoPL disk, where the owner has the key.
    pub iops: Option<Value<i64>>,
    /// Burst switch of an AutoPL disk, where the owner has the key.
    pub bursting: Option<Value<bool>>,
    /// Source snapshot of a data disk.
    pub snapshot_id: Option<&'a str>,
}

impl Disk<'_> {
    /// The concrete pointer of one of this disk's keys.
    pub fn pointer(&self, field: Field) -> String {
        field.pointer(&self.indices)
    }

    /// The categories the disk may have: the one given, else the candidates, else the default.
    pub fn categories(&self) -> Vec<&str> {
        match (self.category.value, self.candidates.is_empty(), self.default_category) {
            (Some(c), _, _) => vec![c],
            (None, false, _) => self.candidates.iter().map(String::as_str).collect(),
            (None, true, Some(d)) => vec![d],
            (None, true, None) => Vec::new(),
        }
    }

    /// Whether the disk may be of `category`.
    pub fn may_be(&self, category: &str) -> bool {
        self.categories().contains(&category)
    }

    /// How the category reads in a message: "`category` is `cloud_ssd`", "`category` is not set (default
    /// `cloud_efficiency`)".
    pub fn category_phrase(&self) -> String {
        let key = self.category.field.meta().key;
        match (self.category.value, self.candidates.is_empty(), self.default_category) {
            (Some(c), _, _) => format!("`{key}` is `{c}`"),
            (None, false, _) => {
                let list: Vec<String> = self.candidates.iter().map(|c| format!("`{c}`")).collect();
                format!("`system_disk_categories` is {}", list.join(", "))
            }
            (None, true, Some(d)) => format!("`{key}` is not set and defaults to `{d}`"),
            (None, true, None) => format!("`{key}` is not set"),
        }
    }

    /// The size given, else the default, with whether it is the default.
    pub fn size_or_default(&self) -> Option<(i64, bool)> {
        match (self.size.value, self.default_size) {
            (Some(s), _) => Some((s, false)),
            (None, Some(d)) => Some((d, true)),
            (None, None) => None,
        }
    }
}

fn value<T>(value: Option<T>, field: Field) -> Value<T> {
    Value { value, field }
}

/// Every disk the body describes: per node pool its system disk and data disks, the deprecated worker disks,
/// and the masters' system disk of a dedicated cluster's `control_plane_config`.
pub(crate) fn disks<'c, 'a>(cx: &'c Context<'a>) -> &'c [Disk<'a>] {
    cx.views.disks.get_or_init(|| collect_disks(cx))
}

fn collect_disks<'a>(cx: &Context<'a>) -> Vec<Disk<'a>> {
    let r = cx.request;
    let mut out = Vec::new();
    for (i, pool) in r.nodepools.iter().flatten().enumerate() {
        let Some(sg) = &pool.scaling_group else { continue };
        let label = pool_label(i, pool);
        out.push(Disk {
            owner: Owner::Pool,
            kind: Kind::System,
            what: format!("the system disk of {label}"),
            indices: vec![i],
            category: value(sg.system_disk_category.as_deref(), Field::NodepoolsScalingGroupSystemDiskCategory),
            candidates: sg.system_disk_categories.as_deref().unwrap_or_default(),
            default_category: Field::NodepoolsScalingGroupSystemDiskCategory.default_str(),
            performance_level: value(
                sg.system_disk_performance_level.as_deref(),
                Field::NodepoolsScalingGroupSystemDiskPerformanceLevel,
            ),
            size: value(sg.system_disk_size, Field::NodepoolsScalingGroupSystemDiskSize),
            default_size: Field::NodepoolsScalingGroupSystemDiskSize.default_i64(),
            iops: Some(value(sg.system_disk_provisioned_iops, Field::NodepoolsScalingGroupSystemDiskProvisionedIops)),
            bursting: Some(value(
                sg.system_disk_bursting_enabled,
                Field::NodepoolsScalingGroupSystemDiskBurstingEnabled,
            )),
            snapshot_id: None,
        });
        for (j, disk) in sg.data_disks.iter().flatten().enumerate() {
            out.push(Disk {
                owner: Owner::Pool,
                kind: Kind::Data,
                what: format!("data disk {j} of {label}"),
                indices: vec![i, j],
                category: value(disk.category.as_deref(), Field::NodepoolsScalingGroupDataDisksCategory),
                candidates: &[],
                default_category: Field::NodepoolsScalingGroupDataDisksCategory.default_str(),
                performance_level: value(
                    disk.performance_level.as_deref(),
                    Field::NodepoolsScalingGroupDataDisksPerformanceLevel,
                ),
                size: value(disk.size, Field::NodepoolsScalingGroupDataDisksSize),
                default_size: Field::NodepoolsScalingGroupDataDisksSize.default_i64(),
                iops: Some(value(disk.provisioned_iops, Field::NodepoolsScalingGroupDataDisksProvisionedIops)),
                bursting: Some(value(disk.bursting_enabled, Field::NodepoolsScalingGroupDataDisksBurstingEnabled)),
                snapshot_id: disk.snapshot_id.as_deref().filter(|s| !s.is_empty()),
            });
        }
    }
    out.push(Disk {
        owner: Owner::Worker,
        kind: Kind::System,
        what: "the worker system disk".into(),
        indices: Vec::new(),
        category: value(r.worker_system_disk_category.as_deref(), Field::WorkerSystemDiskCategory),
        candidates: &[],
        default_category: Field::WorkerSystemDiskCategory.default_str(),
        performance_level: value(
            r.worker_system_disk_performance_level.as_deref(),
            Field::WorkerSystemDiskPerformanceLevel,
        ),
        size: value(r.worker_system_disk_size, Field::WorkerSystemDiskSize),
        default_size: Field::WorkerSystemDiskSize.default_i64(),
        iops: None,
        bursting: None,
        snapshot_id: None,
    });
    for (j, disk) in r.worker_data_disks.iter().flatten().enumerate() {
        out.push(Disk {
            owner: Owner::Worker,
            kind: Kind::Data,
            what: format!("worker data disk {j}"),
            indices: vec![j],
            category: value(disk.category.as_deref(), Field::WorkerDataDisksCategory),
            candidates: &[],
            default_category: None,
            performance_level: value(disk.performance_level.as_deref(), Field::WorkerDataDisksPerformanceLevel),
            // The deprecated worker data disk takes its size as a string.
            size: value(disk.size.as_deref().and_then(|s| s.trim().parse().ok()), Field::WorkerDataDisksSize),
            default_size: None,
            iops: None,
            bursting: None,
            snapshot_id: None,
        });
    }
    if let (true, Some(cp)) = (cx.is_dedicated(), &r.control_plane_config) {
        // `control_plane_config` has no defaults of its own; it replaces `master_system_disk_*`.
        let category = match (&cp.system_disk_category, &r.master_system_disk_category) {
            (Some(c), _) => value(Some(c.as_str()), Field::ControlPlaneConfigSystemDiskCategory),
            (None, Some(c)) => value(Some(c.as_str()), Field::MasterSystemDiskCategory),
            (None, None) => value(None, Field::ControlPlaneConfigSystemDiskCategory),
        };
        out.push(Disk {
            owner: Owner::Masters,
            kind: Kind::System,
            what: "the master system disk".into(),
            indices: Vec::new(),
            category,
            candidates: &[],
            default_category: Field::MasterSystemDiskCategory.default_str(),
            performance_level: value(
                cp.system_disk_performance_level.as_deref(),
                Field::ControlPlaneConfigSystemDiskPerformanceLevel,
            ),
            size: value(cp.system_disk_size, Field::ControlPlaneConfigSystemDiskSize),
            default_size: r.master_system_disk_size.or_else(|| Field::MasterSystemDiskSize.default_i64()),
            iops: Some(value(cp.system_disk_provisioned_iops, Field::ControlPlaneConfigSystemDiskProvisionedIops)),
            bursting: Some(value(cp.system_disk_bursting_enabled, Field::ControlPlaneConfigSystemDiskBurstingEnabled)),
            snapshot_id: None,
        });
    }
    out
}

/// Minimum size in GiB of an ESSD at a performance level (ECS): PL2 461, PL3 1261; PL0 and PL1 fit any size
/// the request allows.
pub(crate) fn essd_min_size(level: &str) -> Option<i64> {
    match level {
        "PL2" => Some(461),
        "PL3" => Some(1261),
        _ => None,
    }
}
