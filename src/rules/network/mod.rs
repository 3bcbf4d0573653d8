//! Network plugin, CIDR ranges and vSwitches.

pub(crate) mod util;

crate::rules::group_rules! {
    pod_service_cidr_overlap,
    network_plugin_not_exactly_one,
    terway_pod_vswitches_missing,
    pod_vswitches_without_terway,
    flannel_pod_cidr_missing,
    terway_pod_cidr_ignored,
    cidr_invalid,
    pod_cidr_not_private,
    service_cidr_out_of_range,
    node_cidr_mask_out_of_range,
    pod_cidr_too_small_for_nodes,
    pod_vswitch_is_node_vswitch,
    vswitch_id_malformed,
    vswitch_id_duplicated,
    dual_stack_without_terway,
    enterprise_security_group_flag_ignored,
    cidr_overlaps_vpc,
    cidr_overlaps_docker_bridge,
}
