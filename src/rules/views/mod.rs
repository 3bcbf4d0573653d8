//! Views of the request that several rules read (every disk, every billed group, every login): each is
//! built on first use and kept for the rest of one lint, instead of once per rule that reads it.
//!
//! The views' types live here, below the rule groups, so that the context can hold them without depending on
//! any group; each group builds its view and gives it the methods its rules read it with.

pub(crate) mod billed;
pub(crate) mod disks;
pub(crate) mod logins;
pub(crate) mod runtimes;
pub(crate) mod tags;
pub(crate) mod vswitches;

use billed::Billed;
use disks::Disk;
use logins::Login;
use runtimes::RuntimeChoice;
use std::cell::OnceCell;
use tags::TagRef;
use vswitches::VswitchList;

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
