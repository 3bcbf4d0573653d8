//! Helpers shared by the control-plane rules: the master count and the master system disks.

use crate::i18n::Lang;
use crate::model::DiskPerformanceLevel;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;

/// "3 masters": the label on the field that gives the master count.
pub(crate) fn masters_label(lang: Lang, count: i64) -> String {
    t!(lang, "control-plane-masters", count)
}

/// The pointer of item `index` of a string array field.
pub(crate) fn item(field: Field, index: usize) -> String {
    format!("{}/{index}", field.pointer(&[]))
}

/// How many masters the body asks for, and which field says so (`None`: the spec default).
pub(crate) struct MasterCount {
    /// The number of masters.
    pub value: i64,
    /// `master_count` or `control_plane_config.size`; `None` when neither is set.
    pub field: Option<Field>,
}

impl MasterCount {
    /// "`master_count` is 3" or "the master count defaults to 3".
    pub fn describe(&self, lang: Lang) -> String {
        let value = self.value;
        match self.field {
            Some(f) => t!(lang, "control-plane-count.given", field = f.display(), value),
            None => t!(lang, "control-plane-count.default", value),
        }
    }
}

/// The master count of the body, or `None` when it cannot be trusted: `master_count` and
/// `control_plane_config.size` disagree (rule `master-count-conflict` reports it) or the count is not one of
/// the spec's values (the structure check reports it).
// Deprecated fields read on purpose: dedicated bodies still give the masters with the deprecated `master_*` fields.
#[allow(deprecated)]
pub(crate) fn master_count(cx: &Context<'_>) -> Option<MasterCount> {
    let legacy = cx.request.master_count;
    let modern = cx.request.control_plane_config.as_ref().and_then(|c| c.size);
    let (value, field) = match (legacy, modern) {
        (Some(a), Some(b)) if a != b => return None,
        (_, Some(b)) => (b, Some(Field::ControlPlaneConfigSize)),
        (Some(a), None) => (a, Some(Field::MasterCount)),
        (None, None) => (Field::MasterCount.default_i64()?, None),
    };
    let allowed = field.unwrap_or(Field::MasterCount).meta().values;
    if !allowed.is_empty() && !allowed.contains(&value) {
        return None;
    }
    Some(MasterCount { value, field })
}

/// Whether an array of `len` items is inside the item bounds of `field` (outside, the structure check reports).
pub(crate) fn within_item_bounds(field: Field, len: usize) -> bool {
    let meta = field.meta();
    let len = len as u64;
    meta.min_items.is_none_or(|min| len >= min) && meta.max_items.is_none_or(|max| len <= max)
}

/// A per-master list (`master_vswitch_ids`, `master_instance_types`) of a dedicated cluster whose length differs
/// from the master count: its length and the count. `None` when they match, or when the structure check owns the
/// problem (an empty list, or one outside the spec's item bounds).
pub(crate) fn per_master_mismatch(
    cx: &Context<'_>,
    field: Field,
    list: Option<&Vec<String>>,
) -> Option<(i64, MasterCount)> {
    if !cx.is_dedicated() {
        return None;
    }
    let list = list?;
    if list.is_empty() || !within_item_bounds(field, list.len()) {
        return None;
    }
    let count = master_count(cx)?;
    let len = list.len() as i64;
    (len != count.value).then_some((len, count))
}

/// Minimum disk size in GiB of the ESSD performance levels that need more than the smallest master disk
/// (ECS limits: PL2 from 461 GiB, PL3 from 1261 GiB).
pub(crate) const PL_MIN_SIZE: &[(DiskPerformanceLevel, i64)] =
    &[(DiskPerformanceLevel::Pl2, 461), (DiskPerformanceLevel::Pl3, 1261)];

/// One set of master system-disk settings that carries a performance level: the deprecated
/// `master_system_disk_*` fields or `control_plane_config.system_disk_*`.
pub(crate) struct MasterDisk<'a> {
    /// The performance level as given.
    pub level: &'a DiskPerformanceLevel,
    /// Its field.
    pub level_field: Field,
    /// The category as given.
    pub category: Option<&'a str>,
    /// The category the service uses: as given, or the spec default.
    pub effective_category: Option<&'a str>,
    /// Its field.
    pub category_field: Field,
    /// The size in GiB as given.
    pub size: Option<i64>,
    /// The size the service uses: as given, or the spec default.
    pub effective_size: Option<i64>,
    /// Its field.
    pub size_field: Field,
}

impl MasterDisk<'_> {
    /// "`master_system_disk_category` is `cloud_ssd`" or "… is not set and defaults to `cloud_ssd`".
    pub fn describe_category(&self, lang: Lang) -> String {
        let field = self.category_field.display();
        match (self.category, self.effective_category) {
            (Some(category), _) => t!(lang, "control-plane-disk-category.given", field, category),
            (None, Some(category)) => t!(lang, "control-plane-disk-category.default", field, category),
            (None, None) => t!(lang, "control-plane-disk-category.unset", field),
        }
    }

    /// "`master_system_disk_size` is 120 GiB" or "… is not set and defaults to 120 GiB".
    pub fn describe_size(&self, lang: Lang) -> String {
        let field = self.size_field.display();
        match (self.size, self.effective_size) {
            (Some(size), _) => t!(lang, "control-plane-disk-size.given", field, size),
            (None, Some(size)) => t!(lang, "control-plane-disk-size.default", field, size),
            (None, None) => t!(lang, "control-plane-disk-size.unset", field),
        }
    }
}

/// Whether `size` is inside the spec's bounds for `field` (outside, the structure check reports it).
fn plausible_size(field: Field, size: Option<i64>) -> bool {
    let meta = field.meta();
    size.is_none_or(|s| meta.minimum.is_none_or(|min| s >= min) && meta.maximum.is_none_or(|max| s <= max))
}

/// The master system disks of the body that have a performance level. Defaults come from the spec; the
/// `control_plane_config` fields fall back to the defaults of the `master_*` fields they replace. Disks whose
/// level or size the structure check already rejects are left out.
// Deprecated fields read on purpose: dedicated bodies still give the masters with the deprecated `master_*` fields.
#[allow(deprecated)]
pub(crate) fn master_disks<'a>(cx: &Context<'a>) -> Vec<MasterDisk<'a>> {
    let r = cx.request;
    let mut out = Vec::new();
    if let Some(level) = r.master_system_disk_performance_level.as_ref() {
        let category = r.master_system_disk_category.as_deref();
        out.push(MasterDisk {
            level,
            level_field: Field::MasterSystemDiskPerformanceLevel,
            category,
            effective_category: category.or(Field::MasterSystemDiskCategory.default_str()),
            category_field: Field::MasterSystemDiskCategory,
            size: r.master_system_disk_size,
            effective_size: r.master_system_disk_size.or_else(|| Field::MasterSystemDiskSize.default_i64()),
            size_field: Field::MasterSystemDiskSize,
        });
    }
    if let Some(cp) = &r.control_plane_config
        && let Some(level) = cp.system_disk_performance_level.as_ref()
    {
        let category = cp.system_disk_category.as_deref();
        let default_category = Field::ControlPlaneConfigSystemDiskCategory
            .default_str()
            .or_else(|| Field::MasterSystemDiskCategory.default_str());
        let default_size =
            Field::ControlPlaneConfigSystemDiskSize.default_i64().or_else(|| Field::MasterSystemDiskSize.default_i64());
        out.push(MasterDisk {
            level,
            level_field: Field::ControlPlaneConfigSystemDiskPerformanceLevel,
            category,
            effective_category: category.or(default_category),
            category_field: Field::ControlPlaneConfigSystemDiskCategory,
            size: cp.system_disk_size,
            effective_size: cp.system_disk_size.or(default_size),
            size_field: Field::ControlPlaneConfigSystemDiskSize,
        });
    }
    // An unknown level is the structure check's finding.
    out.retain(|d| !d.level.is_unknown() && plausible_size(d.size_field, d.size));
    out
}
