//! Master nodes of dedicated clusters: their count, vSwitches, instance types and system disks.

mod util;

crate::rules::group_rules! {
    master_count_conflict,
    master_vswitch_count_mismatch,
    master_instance_type_count_mismatch,
    master_settings_missing,
    master_disk_performance_level_without_essd,
    master_disk_too_small_for_performance_level,
    master_instance_type_too_small,
    master_fields_mixed_with_control_plane_config,
    masters_share_vswitches,
}
