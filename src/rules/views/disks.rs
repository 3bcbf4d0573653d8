//! Every disk the body describes, one shape for node pools, legacy workers and masters. The storage rules build
//! it (`disks` in `rules/storage/mod.rs`) and read it through the methods they add there.

use crate::model::DiskPerformanceLevel;
use crate::spec::Field;

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
    /// How messages name it, in the run's language (`storage-disk` in `locales/*/storage.ftl`): "the system disk
    /// of node pool `general`", "data disk 0 of node pool `general`".
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
    pub performance_level: Value<&'a DiskPerformanceLevel>,
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
