//! Views of the request that several rules read (every disk, every billed group, every login): each is
//! built on first use and kept for the rest of one lint, instead of once per rule that reads it.

use crate::rules::billing::Billed;
use crate::rules::login::util::Login;
use crate::rules::naming::util::TagRef;
use crate::rules::network::util::VswitchList;
use crate::rules::storage::Disk;
use crate::rules::versions::RuntimeChoice;
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
    /// See [`crate::rules::network::util::vswitch_lists`].
    pub vswitch_lists: OnceCell<Vec<VswitchList<'a>>>,
    /// See [`crate::rules::naming::util::tag_lists`].
    pub tag_lists: OnceCell<Vec<Vec<TagRef<'a>>>>,
    /// See [`crate::rules::versions::runtimes`].
    pub runtimes: OnceCell<Vec<RuntimeChoice<'a>>>,
    /// See [`crate::rules::addons::parsed_configs`].
    pub addon_configs: OnceCell<Vec<Option<serde_json::Result<serde_json::Value>>>>,
}
