//! Master nodes of dedicated clusters: their count, vSwitches, instance types and system disks.

mod master_count_conflict;
mod master_disk_performance_level_without_essd;
mod master_disk_too_small_for_performance_level;
mod master_fields_mixed_with_control_plane_config;
mod master_instance_type_count_mismatch;
mod master_instance_type_too_small;
mod master_settings_missing;
mod master_vswitch_count_mismatch;
mod masters_share_vswitches;
mod util;

pub use master_count_conflict::MasterCountConflict;
pub use master_disk_performance_level_without_essd::MasterDiskPerformanceLevelWithoutEssd;
pub use master_disk_too_small_for_performance_level::MasterDiskTooSmallForPerformanceLevel;
pub use master_fields_mixed_with_control_plane_config::MasterFieldsMixedWithControlPlaneConfig;
pub use master_instance_type_count_mismatch::MasterInstanceTypeCountMismatch;
pub use master_instance_type_too_small::MasterInstanceTypeTooSmall;
pub use master_settings_missing::MasterSettingsMissing;
pub use master_vswitch_count_mismatch::MasterVswitchCountMismatch;
pub use masters_share_vswitches::MastersShareVswitches;

use crate::rules::Rule;

/// The rules of this group, in code order.
pub static RULES: &[&dyn Rule] = &[
    &MasterCountConflict,
    &MasterVswitchCountMismatch,
    &MasterInstanceTypeCountMismatch,
    &MasterSettingsMissing,
    &MasterDiskPerformanceLevelWithoutEssd,
    &MasterDiskTooSmallForPerformanceLevel,
    &MasterInstanceTypeTooSmall,
    &MasterFieldsMixedWithControlPlaneConfig,
    &MastersShareVswitches,
];
