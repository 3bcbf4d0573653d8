//! The cross-field rules: checks on the typed request that no JSON Schema can express.
//!
//! One rule per file under `rules/<group>/`, declared with [`declare_rule!`](crate::declare_rule) so that
//! its code, name, group, severity and documentation sit next to its logic, and listed once in
//! [`all`].

pub mod addons;
pub mod billing;
mod context;
pub mod control_plane;
pub mod docs;
#[cfg(test)]
mod fixtures;
pub mod lifecycle;
pub mod login;
mod meta;
pub mod naming;
pub mod network;
pub mod nodepool;
mod registry;
pub mod storage;
pub mod versions;
mod views;

pub use context::{ClusterKind, Cni, Context, NetworkContext};
pub use meta::{Group, Rule, RuleMeta};
pub use registry::all;

use crate::diagnostic::Diagnostic;
use crate::model::CreateClusterRequest;

/// Runs every registered rule on `request`, with what the document itself says (`facts`).
pub fn run(
    request: &CreateClusterRequest,
    network: &NetworkContext,
    facts: &crate::presence::DocumentFacts,
    out: &mut Vec<Diagnostic>,
) {
    run_with(request, network, crate::known::KnownTokens::none(), facts, out);
}

/// [`run`], with extra tokens the catalogue rules accept (`[known]` in `acklint.toml`).
pub fn run_with(
    request: &CreateClusterRequest,
    network: &NetworkContext,
    known: &crate::known::KnownTokens,
    facts: &crate::presence::DocumentFacts,
    out: &mut Vec<Diagnostic>,
) {
    let cx = Context::new(request, network, facts).with_known(known);
    for rule in all() {
        rule.check(&cx, out);
    }
}

/// The rule with this code (`NET001`) or name (`pod-service-cidr-overlap`), case-insensitively for codes.
pub fn find(code_or_name: &str) -> Option<&'static dyn Rule> {
    all().iter().copied().find(|r| r.meta().code.eq_ignore_ascii_case(code_or_name) || r.meta().name == code_or_name)
}

/// A pointer or spec path as a dotted name: `/nodepools/0/count` → `nodepools[0].count`,
/// `/nodepools/*/scaling_group/key_pair` → `nodepools[].scaling_group.key_pair`.
pub fn dotted(path: &str) -> String {
    let mut out = String::new();
    for segment in path.split('/').skip(1) {
        if segment == "*" {
            out.push_str("[]");
        } else if segment.parse::<usize>().is_ok() {
            out.push('[');
            out.push_str(segment);
            out.push(']');
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            if segment.contains('~') {
                out.push_str(&segment.replace("~1", "/").replace("~0", "~"));
            } else {
                out.push_str(segment);
            }
        }
    }
    out
}
