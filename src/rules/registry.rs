//! The one list of rules. A test fails when a rule file is missing here.

use crate::rules::Rule;

/// Every rule, in code order.
pub static ALL: &[&dyn Rule] = &[];
