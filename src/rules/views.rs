//! Views of the request that several rules read (every disk, every billed group, every login): each is
//! built on first use and kept for the rest of one lint, instead of once per rule that reads it.

use crate::rules::billing::Billed;
use crate::rules::login::util::Login;
use crate::rules::storage::Disk;
use std::cell::OnceCell;

/// The views built so far during one lint.
#[derive(Default)]
pub(crate) struct SharedViews<'a> {
    /// See [`crate::rules::storage::disks`].
    pub disks: OnceCell<Vec<Disk<'a>>>,
    /// See [`crate::rules::billing::billed`].
    pub billed: OnceCell<Vec<Billed>>,
    /// See [`crate::rules::login::util::cluster_level`].
    pub cluster_login: OnceCell<Login>,
    /// See [`crate::rules::login::util::pools`].
    pub pool_logins: OnceCell<Vec<Login>>,
}
