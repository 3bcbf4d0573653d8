//! Logon credentials: key pairs, passwords and SSH access.

mod key_pair_and_password_both_set;
mod login_credentials_missing;
mod login_password_too_weak;
mod master_ssh_open_to_internet;
mod node_pool_needs_key_pair;
pub(crate) mod util;

pub use key_pair_and_password_both_set::KeyPairAndPasswordBothSet;
pub use login_credentials_missing::LoginCredentialsMissing;
pub use login_password_too_weak::LoginPasswordTooWeak;
pub use master_ssh_open_to_internet::MasterSshOpenToInternet;
pub use node_pool_needs_key_pair::NodePoolNeedsKeyPair;

use crate::rules::Rule;

/// The rules of this group, in code order.
pub static RULES: &[&dyn Rule] = &[
    &KeyPairAndPasswordBothSet,
    &LoginCredentialsMissing,
    &LoginPasswordTooWeak,
    &NodePoolNeedsKeyPair,
    &MasterSshOpenToInternet,
];
