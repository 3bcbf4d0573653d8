//! The cross-field rules: checks on the typed request that no JSON Schema can express.
//!
//! One rule per file under `rules/<group>/`, declared with [`declare_rule!`](crate::declare_rule) so that
//! its code, name, severity and documentation sit next to its logic (its group is its folder), and listed
//! once, by file name, in its group's `mod.rs`; [`all`] gathers the groups.

pub mod addons;
pub mod billing;
mod context;
pub mod control_plane;
pub mod docs;
#[cfg(all(test, feature = "cli"))]
mod fixtures;
pub mod lifecycle;
pub mod login;
pub mod messages;
mod meta;
pub mod naming;
pub mod network;
pub mod nodepool;
mod registry;
pub mod storage;
pub mod versions;
mod views;

pub use context::{ClusterKind, Cni, Context};
pub use meta::{Group, Rule, RuleMeta};
pub(crate) use meta::{declare_rule, group_rules};
pub use registry::all;

use crate::diagnostic::Diagnostic;
use crate::model::CreateClusterRequest;
use crate::network_context::NetworkContext;

/// Runs every registered rule on `request`, with what the document itself says (`facts`).
pub fn run(
    request: &CreateClusterRequest,
    network: &NetworkContext,
    facts: &crate::presence::DocumentFacts,
    out: &mut Vec<Diagnostic>,
) {
    run_with(request, network, crate::known::KnownTokens::none(), crate::i18n::Lang::En, true, facts, out);
}

/// [`run`], with extra tokens the catalogue rules accept (`[known]` in `acklint.toml`), writing messages in `lang`,
/// and building the findings' fixes only when `fixes` is true.
pub fn run_with(
    request: &CreateClusterRequest,
    network: &NetworkContext,
    known: &crate::known::KnownTokens,
    lang: crate::i18n::Lang,
    fixes: bool,
    facts: &crate::presence::DocumentFacts,
    out: &mut Vec<Diagnostic>,
) {
    let cx = Context::new(request, network, facts).with_known(known).with_lang(lang).with_fixes(fixes);
    for rule in all() {
        rule.check(&cx, out);
    }
}

/// The rule with this code (`NET001`) or name (`pod-service-cidr-overlap`), case-insensitively for codes; built-in
/// checks (`SCH001`) are not rules: [`crate::catalogue::find`] describes both.
pub fn find(code_or_name: &str) -> Option<&'static dyn Rule> {
    all().iter().copied().find(|r| r.meta().code.eq_ignore_ascii_case(code_or_name) || r.meta().name == code_or_name)
}
