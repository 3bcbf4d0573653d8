//! Names and strings: cluster name, time zone, tags, Kubernetes labels and taints, node naming, user
//! data and certificate names.

mod cluster_name_leading_separator;
mod duplicate_label_key;
mod duplicate_tag_key;
mod duplicate_taint;
mod invalid_cluster_taint;
mod invalid_san;
mod label_key_prefix_too_long;
mod node_name_mode_is_node_name;
mod placeholder_value;
mod reserved_tag_prefix;
mod restricted_node_label;
mod timezone_not_iana;
mod too_many_nodepool_tags;
mod user_data_not_base64;
pub(crate) mod util;

pub use cluster_name_leading_separator::ClusterNameLeadingSeparator;
pub use duplicate_label_key::DuplicateLabelKey;
pub use duplicate_tag_key::DuplicateTagKey;
pub use duplicate_taint::DuplicateTaint;
pub use invalid_cluster_taint::InvalidClusterTaint;
pub use invalid_san::InvalidSan;
pub use label_key_prefix_too_long::LabelKeyPrefixTooLong;
pub use node_name_mode_is_node_name::NodeNameModeIsNodeName;
pub use placeholder_value::PlaceholderValue;
pub use reserved_tag_prefix::ReservedTagPrefix;
pub use restricted_node_label::RestrictedNodeLabel;
pub use timezone_not_iana::TimezoneNotIana;
pub use too_many_nodepool_tags::TooManyNodepoolTags;
pub use user_data_not_base64::UserDataNotBase64;

use crate::rules::Rule;

/// The rules of this group, in code order.
pub static RULES: &[&dyn Rule] = &[
    &ClusterNameLeadingSeparator,
    &TimezoneNotIana,
    &DuplicateTagKey,
    &ReservedTagPrefix,
    &TooManyNodepoolTags,
    &DuplicateLabelKey,
    &RestrictedNodeLabel,
    &LabelKeyPrefixTooLong,
    &InvalidClusterTaint,
    &DuplicateTaint,
    &NodeNameModeIsNodeName,
    &UserDataNotBase64,
    &InvalidSan,
    &PlaceholderValue,
];
