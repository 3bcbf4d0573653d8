//! Rules of the `storage` group: system and data disks of node pools, the deprecated `worker_*` disks and,
//! for the AutoPL settings, the masters' system disk.

use crate::i18n::Lang;
use crate::model::{
    ControlPlaneConfig, CreateClusterRequest, DiskPerformanceLevel, NodepoolScalingGroup, NodepoolScalingGroupDataDisk,
    WorkerDataDisk,
};
use crate::rules::Context;
use crate::rules::messages::{backticked, pool_label};
pub(crate) use crate::rules::views::disks::{Disk, Kind, Owner, Value};
use crate::spec::Field;
use crate::t;

crate::rules::group_rules! {
    system_disk_size_out_of_range,
    data_disk_size_out_of_range,
    performance_level_without_essd,
    system_disk_too_small_for_performance_level,
    autopl_settings_without_cloud_auto,
    provisioned_iops_too_high,
    kms_key_without_encryption,
    snapshot_disk_size_ignored,
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

    /// How the category reads in a message: "`category` is `cloud_ssd`", "`category` is not set and defaults to
    /// `cloud_efficiency`".
    pub fn category_phrase(&self, lang: Lang) -> String {
        let key = self.category.field.meta().key;
        match (self.category.value, self.candidates.is_empty(), self.default_category) {
            (Some(category), _, _) => t!(lang, "storage-category.given", key, category),
            (None, false, _) => {
                let categories = backticked(self.candidates).join(&t!(lang, "list-separator"));
                t!(lang, "storage-category.candidates", categories)
            }
            (None, true, Some(category)) => t!(lang, "storage-category.default", key, category),
            (None, true, None) => t!(lang, "storage-category.unset", key),
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

// Deprecated fields read on purpose: older bodies still describe disks with `master_*`/`worker_*` fields.
#[allow(deprecated)]
fn collect_disks<'a>(cx: &Context<'a>) -> Vec<Disk<'a>> {
    let (r, lang) = (cx.request, cx.lang);
    let mut out = Vec::new();
    for (i, pool, sg) in cx.scaling_groups() {
        let pool = pool_label(lang, i, pool);
        out.push(pool_system_disk(i, sg, pool_system_disk_name(lang, &pool)));
        out.extend(
            sg.data_disks
                .iter()
                .flatten()
                .enumerate()
                .map(|(j, disk)| pool_data_disk(i, j, disk, pool_data_disk_name(lang, &pool, j))),
        );
    }
    out.push(worker_system_disk(r, t!(lang, "storage-disk.worker-system")));
    out.extend(
        r.worker_data_disks
            .iter()
            .flatten()
            .enumerate()
            .map(|(j, disk)| worker_data_disk(j, disk, t!(lang, "storage-disk.worker-data", index = j))),
    );
    if let (true, Some(cp)) = (cx.is_dedicated(), &r.control_plane_config) {
        out.push(master_system_disk(r, cp, t!(lang, "storage-disk.masters-system")));
    }
    out
}

/// How messages name the system disk of a node pool (`pool`: how they name the pool).
pub(crate) fn pool_system_disk_name(lang: Lang, pool: &str) -> String {
    t!(lang, "storage-disk.pool-system", pool)
}

/// How messages name data disk `index` of a node pool.
pub(crate) fn pool_data_disk_name(lang: Lang, pool: &str, index: usize) -> String {
    t!(lang, "storage-disk.pool-data", pool, index)
}

/// The system disk of node pool `i` (`what`: how messages name it).
fn pool_system_disk<'a>(i: usize, sg: &'a NodepoolScalingGroup, what: String) -> Disk<'a> {
    Disk {
        owner: Owner::Pool,
        kind: Kind::System,
        what,
        indices: vec![i],
        category: value(sg.system_disk_category.as_deref(), Field::NodepoolsScalingGroupSystemDiskCategory),
        candidates: sg.system_disk_categories.as_deref().unwrap_or_default(),
        default_category: Field::NodepoolsScalingGroupSystemDiskCategory.default_str(),
        performance_level: value(
            sg.system_disk_performance_level.as_ref(),
            Field::NodepoolsScalingGroupSystemDiskPerformanceLevel,
        ),
        size: value(sg.system_disk_size, Field::NodepoolsScalingGroupSystemDiskSize),
        default_size: Field::NodepoolsScalingGroupSystemDiskSize.default_i64(),
        iops: Some(value(sg.system_disk_provisioned_iops, Field::NodepoolsScalingGroupSystemDiskProvisionedIops)),
        bursting: Some(value(sg.system_disk_bursting_enabled, Field::NodepoolsScalingGroupSystemDiskBurstingEnabled)),
        snapshot_id: None,
    }
}

/// Data disk `j` of node pool `i`.
fn pool_data_disk<'a>(i: usize, j: usize, disk: &'a NodepoolScalingGroupDataDisk, what: String) -> Disk<'a> {
    Disk {
        owner: Owner::Pool,
        kind: Kind::Data,
        what,
        indices: vec![i, j],
        category: value(disk.category.as_deref(), Field::NodepoolsScalingGroupDataDisksCategory),
        candidates: &[],
        default_category: Field::NodepoolsScalingGroupDataDisksCategory.default_str(),
        performance_level: value(
            disk.performance_level.as_ref(),
            Field::NodepoolsScalingGroupDataDisksPerformanceLevel,
        ),
        size: value(disk.size, Field::NodepoolsScalingGroupDataDisksSize),
        default_size: Field::NodepoolsScalingGroupDataDisksSize.default_i64(),
        iops: Some(value(disk.provisioned_iops, Field::NodepoolsScalingGroupDataDisksProvisionedIops)),
        bursting: Some(value(disk.bursting_enabled, Field::NodepoolsScalingGroupDataDisksBurstingEnabled)),
        snapshot_id: disk.snapshot_id.as_deref().filter(|s| !s.is_empty()),
    }
}

/// The deprecated `worker_system_disk_*` disk.
// Deprecated fields read on purpose: older bodies still describe disks with `master_*`/`worker_*` fields.
#[allow(deprecated)]
fn worker_system_disk(r: &CreateClusterRequest, what: String) -> Disk<'_> {
    Disk {
        owner: Owner::Worker,
        kind: Kind::System,
        what,
        indices: Vec::new(),
        category: value(r.worker_system_disk_category.as_deref(), Field::WorkerSystemDiskCategory),
        candidates: &[],
        default_category: Field::WorkerSystemDiskCategory.default_str(),
        performance_level: value(
            r.worker_system_disk_performance_level.as_ref(),
            Field::WorkerSystemDiskPerformanceLevel,
        ),
        size: value(r.worker_system_disk_size, Field::WorkerSystemDiskSize),
        default_size: Field::WorkerSystemDiskSize.default_i64(),
        iops: None,
        bursting: None,
        snapshot_id: None,
    }
}

/// Item `j` of the deprecated `worker_data_disks`.
fn worker_data_disk(j: usize, disk: &WorkerDataDisk, what: String) -> Disk<'_> {
    Disk {
        owner: Owner::Worker,
        kind: Kind::Data,
        what,
        indices: vec![j],
        category: value(disk.category.as_deref(), Field::WorkerDataDisksCategory),
        candidates: &[],
        default_category: None,
        performance_level: value(disk.performance_level.as_ref(), Field::WorkerDataDisksPerformanceLevel),
        // The deprecated worker data disk takes its size as a string.
        size: value(disk.size.as_deref().and_then(|s| s.trim().parse().ok()), Field::WorkerDataDisksSize),
        default_size: None,
        iops: None,
        bursting: None,
        snapshot_id: None,
    }
}

/// The masters' system disk of a dedicated cluster's `control_plane_config`.
// Deprecated fields read on purpose: older bodies still describe disks with `master_*`/`worker_*` fields.
#[allow(deprecated)]
fn master_system_disk<'a>(r: &'a CreateClusterRequest, cp: &'a ControlPlaneConfig, what: String) -> Disk<'a> {
    // `control_plane_config` has no defaults of its own; it replaces `master_system_disk_*`.
    let category = match (&cp.system_disk_category, &r.master_system_disk_category) {
        (Some(c), _) => value(Some(c.as_str()), Field::ControlPlaneConfigSystemDiskCategory),
        (None, Some(c)) => value(Some(c.as_str()), Field::MasterSystemDiskCategory),
        (None, None) => value(None, Field::ControlPlaneConfigSystemDiskCategory),
    };
    Disk {
        owner: Owner::Masters,
        kind: Kind::System,
        what,
        indices: Vec::new(),
        category,
        candidates: &[],
        default_category: Field::MasterSystemDiskCategory.default_str(),
        performance_level: value(
            cp.system_disk_performance_level.as_ref(),
            Field::ControlPlaneConfigSystemDiskPerformanceLevel,
        ),
        size: value(cp.system_disk_size, Field::ControlPlaneConfigSystemDiskSize),
        default_size: r.master_system_disk_size.or_else(|| Field::MasterSystemDiskSize.default_i64()),
        iops: Some(value(cp.system_disk_provisioned_iops, Field::ControlPlaneConfigSystemDiskProvisionedIops)),
        bursting: Some(value(cp.system_disk_bursting_enabled, Field::ControlPlaneConfigSystemDiskBurstingEnabled)),
        snapshot_id: None,
    }
}

/// Minimum size in GiB of an ESSD at a performance level (ECS): PL2 461, PL3 1261; PL0 and PL1 fit any size
/// the request allows.
pub(crate) fn essd_min_size(level: &DiskPerformanceLevel) -> Option<i64> {
    match level {
        DiskPerformanceLevel::Pl2 => Some(461),
        DiskPerformanceLevel::Pl3 => Some(1261),
        _ => None,
    }
}
