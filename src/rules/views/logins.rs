//! Where each group of machines gets its login from. The login rules build it (`cluster_level` and `pools` in
//! `rules/login/util.rs`).

use crate::spec::Field;

/// A credential field that is set (an empty string counts as unset: some clients send every field).
#[derive(Clone)]
pub(crate) struct Given {
    /// The field.
    pub field: Field,
    /// Its pointer in this body.
    pub pointer: String,
    /// Its value (a password is secret: never put it in a finding).
    pub value: String,
}

/// Where one group of machines gets its login from.
pub(crate) struct Login {
    /// "the masters" or "node pool `general`".
    pub who: String,
    /// The object the credentials belong in (for findings about missing ones).
    pub parent: String,
    /// Key-pair fields that are set, most specific first.
    pub key_pairs: Vec<Given>,
    /// Password fields that are set, most specific first.
    pub passwords: Vec<Given>,
    /// The node pool index, or `None` for the masters.
    pub pool: Option<usize>,
}
