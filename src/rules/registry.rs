//! The one list of rules: each group lists its rules in its `mod.rs` (`group_rules!`, one line per rule file),
//! and this file lists the groups. A test fails when a rule file is not listed.

use crate::rules::Rule;
use crate::rules::{addons, billing, control_plane, lifecycle, login, naming, network, nodepool, storage, versions};
use std::sync::OnceLock;

/// Every group's rules, in group order.
const GROUPS: &[&[&dyn Rule]] = &[
    network::RULES,
    control_plane::RULES,
    billing::RULES,
    storage::RULES,
    login::RULES,
    nodepool::RULES,
    naming::RULES,
    addons::RULES,
    versions::RULES,
    lifecycle::RULES,
];

/// Every rule, in group order and code order within a group.
pub fn all() -> &'static [&'static dyn Rule] {
    static ALL: OnceLock<Vec<&'static dyn Rule>> = OnceLock::new();
    ALL.get_or_init(|| GROUPS.iter().flat_map(|g| g.iter().copied()).collect())
}
