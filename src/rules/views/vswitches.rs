//! The lists of vSwitch IDs in the body. The network rules build them (`vswitch_lists` in
//! `rules/network/util.rs`).

use crate::spec::Field;

/// One list of vSwitch IDs in the body.
pub struct VswitchList<'a> {
    /// The array field.
    pub field: Field,
    /// Indices for the `*` of its path (the node pool).
    pub indices: Vec<usize>,
    /// Its items.
    pub ids: &'a [String],
    /// Whether nodes are created in these vSwitches (all lists but `pod_vswitch_ids`).
    pub for_nodes: bool,
    /// Whether one ID may repeat on purpose (one entry per master or legacy worker).
    pub repeats_allowed: bool,
}
