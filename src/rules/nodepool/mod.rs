//! Node pools: names, auto scaling, sizing, images, public IPs and managed-pool settings.

mod auto_scaling_min_above_max;
mod auto_scaling_settings_ignored;
mod auto_scaling_spot_mismatch;
mod centos_image;
mod edge_fields_on_regular_pool;
mod eip_with_public_ip;
mod hardening_and_soc_both_enabled;
mod image_id_with_image_type;
mod managed_nodepool_on_dedicated_cluster;
mod management_settings_ignored;
mod nodepool_count_with_desired_size;
mod nodepool_name_duplicate;
mod nodepool_size_outside_auto_scaling_range;
mod private_pool_target_without_id;
mod public_ip_settings_incomplete;
mod security_group_id_and_ids;
mod upgrade_surge_and_surge_percentage;
mod util;

pub use auto_scaling_min_above_max::AutoScalingMinAboveMax;
pub use auto_scaling_settings_ignored::AutoScalingSettingsIgnored;
pub use auto_scaling_spot_mismatch::AutoScalingSpotMismatch;
pub use centos_image::CentosImage;
pub use edge_fields_on_regular_pool::EdgeFieldsOnRegularPool;
pub use eip_with_public_ip::EipWithPublicIp;
pub use hardening_and_soc_both_enabled::HardeningAndSocBothEnabled;
pub use image_id_with_image_type::ImageIdWithImageType;
pub use managed_nodepool_on_dedicated_cluster::ManagedNodepoolOnDedicatedCluster;
pub use management_settings_ignored::ManagementSettingsIgnored;
pub use nodepool_count_with_desired_size::CountWithDesiredSize;
pub use nodepool_name_duplicate::NodepoolNameDuplicate;
pub use nodepool_size_outside_auto_scaling_range::SizeOutsideAutoScalingRange;
pub use private_pool_target_without_id::PrivatePoolTargetWithoutId;
pub use public_ip_settings_incomplete::PublicIpSettingsIncomplete;
pub use security_group_id_and_ids::SecurityGroupIdAndIds;
pub use upgrade_surge_and_surge_percentage::UpgradeSurgeAndSurgePercentage;

use crate::rules::Rule;

/// The rules of this group, in code order.
pub static RULES: &[&dyn Rule] = &[
    &NodepoolNameDuplicate,
    &AutoScalingMinAboveMax,
    &AutoScalingSpotMismatch,
    &AutoScalingSettingsIgnored,
    &CountWithDesiredSize,
    &SizeOutsideAutoScalingRange,
    &EdgeFieldsOnRegularPool,
    &SecurityGroupIdAndIds,
    &ImageIdWithImageType,
    &CentosImage,
    &ManagementSettingsIgnored,
    &ManagedNodepoolOnDedicatedCluster,
    &UpgradeSurgeAndSurgePercentage,
    &EipWithPublicIp,
    &PublicIpSettingsIncomplete,
    &PrivatePoolTargetWithoutId,
    &HardeningAndSocBothEnabled,
];
