//! Names and strings: cluster name, time zone, tags, Kubernetes labels and taints, node naming, user
//! data and certificate names.

pub(crate) mod util;

crate::rules::group_rules! {
    cluster_name_leading_separator,
    timezone_not_iana,
    duplicate_tag_key,
    reserved_tag_prefix,
    too_many_nodepool_tags,
    duplicate_label_key,
    restricted_node_label,
    label_key_prefix_too_long,
    invalid_cluster_taint,
    duplicate_taint,
    node_name_mode_is_node_name,
    user_data_not_base64,
    invalid_san,
    placeholder_value,
}
