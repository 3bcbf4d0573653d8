//! Node pools: names, auto scaling, sizing, images, public IPs and managed-pool settings.

mod util;

crate::rules::group_rules! {
    nodepool_name_duplicate,
    auto_scaling_min_above_max,
    auto_scaling_spot_mismatch,
    auto_scaling_settings_ignored,
    nodepool_count_with_desired_size,
    nodepool_size_outside_auto_scaling_range,
    edge_fields_on_regular_pool,
    security_group_id_and_ids,
    image_id_with_image_type,
    centos_image,
    management_settings_ignored,
    managed_nodepool_on_dedicated_cluster,
    upgrade_surge_and_surge_percentage,
    eip_with_public_ip,
    public_ip_settings_incomplete,
    private_pool_target_without_id,
    hardening_and_soc_both_enabled,
}
