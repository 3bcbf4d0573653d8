//! Network plugin, CIDR ranges and vSwitches.

mod cidr_invalid;
mod cidr_overlaps_docker_bridge;
mod cidr_overlaps_vpc;
mod dual_stack_without_terway;
mod enterprise_security_group_flag_ignored;
mod flannel_pod_cidr_missing;
mod network_plugin_not_exactly_one;
mod node_cidr_mask_out_of_range;
mod pod_cidr_not_private;
mod pod_cidr_too_small_for_nodes;
mod pod_service_cidr_overlap;
mod pod_vswitch_is_node_vswitch;
mod pod_vswitches_without_terway;
mod service_cidr_out_of_range;
mod terway_pod_cidr_ignored;
mod terway_pod_vswitches_missing;
pub(crate) mod util;
mod vswitch_id_duplicated;
mod vswitch_id_malformed;

pub use cidr_invalid::CidrInvalid;
pub use cidr_overlaps_docker_bridge::CidrOverlapsDockerBridge;
pub use cidr_overlaps_vpc::CidrOverlapsVpc;
pub use dual_stack_without_terway::DualStackWithoutTerway;
pub use enterprise_security_group_flag_ignored::EnterpriseSecurityGroupFlagIgnored;
pub use flannel_pod_cidr_missing::FlannelPodCidrMissing;
pub use network_plugin_not_exactly_one::NetworkPluginNotExactlyOne;
pub use node_cidr_mask_out_of_range::NodeCidrMaskOutOfRange;
pub use pod_cidr_not_private::PodCidrNotPrivate;
pub use pod_cidr_too_small_for_nodes::PodCidrTooSmallForNodes;
pub use pod_service_cidr_overlap::PodServiceCidrOverlap;
pub use pod_vswitch_is_node_vswitch::PodVswitchIsNodeVswitch;
pub use pod_vswitches_without_terway::PodVswitchesWithoutTerway;
pub use service_cidr_out_of_range::ServiceCidrOutOfRange;
pub use terway_pod_cidr_ignored::TerwayPodCidrIgnored;
pub use terway_pod_vswitches_missing::TerwayPodVswitchesMissing;
pub use vswitch_id_duplicated::VswitchIdDuplicated;
pub use vswitch_id_malformed::VswitchIdMalformed;

use crate::rules::Rule;

/// The rules of this group, in code order.
pub static RULES: &[&dyn Rule] = &[
    &PodServiceCidrOverlap,
    &NetworkPluginNotExactlyOne,
    &TerwayPodVswitchesMissing,
    &PodVswitchesWithoutTerway,
    &FlannelPodCidrMissing,
    &TerwayPodCidrIgnored,
    &CidrInvalid,
    &PodCidrNotPrivate,
    &ServiceCidrOutOfRange,
    &NodeCidrMaskOutOfRange,
    &PodCidrTooSmallForNodes,
    &PodVswitchIsNodeVswitch,
    &VswitchIdMalformed,
    &VswitchIdDuplicated,
    &DualStackWithoutTerway,
    &EnterpriseSecurityGroupFlagIgnored,
    &CidrOverlapsVpc,
    &CidrOverlapsDockerBridge,
];
