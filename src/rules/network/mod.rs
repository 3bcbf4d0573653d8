//! Network plugin, CIDR ranges and vSwitches.

mod pod_service_cidr_overlap;

pub use pod_service_cidr_overlap::PodServiceCidrOverlap;

use crate::rules::Rule;

/// The rules of this group, in code order.
pub static RULES: &[&dyn Rule] = &[&PodServiceCidrOverlap];
