//! What the request pays for: the masters and each node pool, with their billing settings as the body spells
//! them. The billing rules build it (`billed` in `rules/billing/mod.rs`) and read it through the methods they
//! add there.

use crate::model::{InstanceChargeType, PeriodUnit};
use crate::spec::Field;

/// A billing setting as the body spells it.
pub(crate) struct Setting<T> {
    /// The value.
    pub value: T,
    /// Which key holds it.
    pub field: Field,
    /// Where it is.
    pub pointer: String,
}

/// The keys of one spelling of the billing settings.
#[derive(Clone, Copy)]
pub(crate) struct Keys {
    /// `PrePaid` or `PostPaid`.
    pub charge: Field,
    /// Subscription length.
    pub period: Field,
    /// Its unit.
    pub unit: Field,
    /// Whether the subscription renews itself.
    pub auto_renew: Field,
    /// Length of each renewal.
    pub renew: Field,
}

/// One thing the request pays for: the masters of a dedicated cluster, or one node pool.
///
/// The masters' settings may be spelled `control_plane_config.*`, `master_*`, or (mixed up) both: every
/// spelling present is collected, `control_plane_config` first.
pub(crate) struct Billed {
    /// How messages name a node pool (``node pool `general` ``, in the run's language); empty for the masters,
    /// which messages name themselves (`Billed::subject`).
    pub who: String,
    /// Whether these are the masters (their allowed periods differ from node pools').
    pub masters: bool,
    /// The spelling to name when a setting is missing: the one whose charge type is `PrePaid`.
    pub keys: Keys,
    /// The charge types given.
    pub charge: Vec<Setting<InstanceChargeType>>,
    /// The subscription lengths given.
    pub period: Vec<Setting<i64>>,
    /// Their units.
    pub unit: Vec<Setting<PeriodUnit>>,
    /// The automatic-renewal switches given.
    pub auto_renew: Vec<Setting<bool>>,
    /// The renewal lengths given.
    pub renew: Vec<Setting<i64>>,
}
