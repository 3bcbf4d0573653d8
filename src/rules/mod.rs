//! The cross-field rules: checks on the typed request that no JSON Schema can express.
//!
//! One rule per file under `rules/<group>/`, declared with [`declare_rule!`](crate::declare_rule) so that
//! its code, name, group, severity and documentation sit next to its logic, and listed once in
//! [`registry::ALL`].

mod context;
mod meta;
mod registry;

pub use context::{ClusterKind, Cni, Context, NetworkContext};
pub use meta::{Group, Rule, RuleMeta};
pub use registry::ALL;

use crate::diagnostic::Diagnostic;
use crate::lint::LintOptions;
use crate::model::CreateClusterRequest;

/// Runs every registered rule on `request`.
pub fn run(request: &CreateClusterRequest, options: &LintOptions, out: &mut Vec<Diagnostic>) {
    let cx = Context::new(request, &options.network);
    for rule in ALL {
        rule.check(&cx, out);
    }
}

/// The rule with this code (`NET001`) or name (`pod-service-cidr-overlap`), case-insensitively for codes.
pub fn find(code_or_name: &str) -> Option<&'static dyn Rule> {
    ALL.iter().copied().find(|r| r.meta().code.eq_ignore_ascii_case(code_or_name) || r.meta().name == code_or_name)
}
