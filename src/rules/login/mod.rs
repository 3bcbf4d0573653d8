//! Logon credentials: key pairs, passwords and SSH access.

pub(crate) mod util;

crate::rules::group_rules! {
    key_pair_and_password_both_set,
    login_credentials_missing,
    login_password_too_weak,
    node_pool_needs_key_pair,
    master_ssh_open_to_internet,
}
