//! What every rule declares about itself.

use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::Context;
use serde::Serialize;

/// The area of the request a rule looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    /// Network plugin, CIDRs, vSwitches.
    Network,
    /// Master nodes of dedicated clusters.
    ControlPlane,
    /// Subscription and pay-as-you-go settings.
    Billing,
    /// System and data disks.
    Storage,
    /// Key pairs and passwords.
    Login,
    /// Node pools and their scaling.
    Nodepool,
    /// Names, domains, tags, labels and taints.
    Naming,
    /// Cluster components.
    Addons,
    /// Kubernetes and runtime version gates.
    Versions,
    /// Deprecated fields and fields that do not apply to the cluster type.
    Lifecycle,
}

impl Group {
    /// Every group, in documentation order.
    pub const ALL: [Group; 10] = [
        Group::Network,
        Group::ControlPlane,
        Group::Billing,
        Group::Storage,
        Group::Login,
        Group::Nodepool,
        Group::Naming,
        Group::Addons,
        Group::Versions,
        Group::Lifecycle,
    ];

    /// The name used in configuration and folders: `network`, `control_plane`, ….
    pub const fn as_str(self) -> &'static str {
        match self {
            Group::Network => "network",
            Group::ControlPlane => "control_plane",
            Group::Billing => "billing",
            Group::Storage => "storage",
            Group::Login => "login",
            Group::Nodepool => "nodepool",
            Group::Naming => "naming",
            Group::Addons => "addons",
            Group::Versions => "versions",
            Group::Lifecycle => "lifecycle",
        }
    }

    /// The start of every code of the group: `NET` for `NET001`.
    pub const fn code_prefix(self) -> &'static str {
        match self {
            Group::Network => "NET",
            Group::ControlPlane => "CP",
            Group::Billing => "BIL",
            Group::Storage => "STO",
            Group::Login => "LOG",
            Group::Nodepool => "NP",
            Group::Naming => "NAM",
            Group::Addons => "ADD",
            Group::Versions => "VER",
            Group::Lifecycle => "LIF",
        }
    }

    /// The group of the rule declared in `module` (its `module_path!()`): the folder of the rule's file,
    /// `acklint::rules::network::pod_service_cidr_overlap` → `Network`. Evaluated at compile time, so a rule
    /// outside a group's folder does not build.
    pub const fn of_module(module: &str) -> Group {
        let folder = parent_segment(module.as_bytes());
        let mut i = 0;
        while i < Group::ALL.len() {
            if bytes_eq(folder, Group::ALL[i].as_str().as_bytes()) {
                return Group::ALL[i];
            }
            i += 1;
        }
        panic!("a rule's file must be in the folder of its group: src/rules/<group>/<rule>.rs")
    }
}

/// The second-to-last segment of a module path: `folder` in `crate::rules::folder::file`.
const fn parent_segment(path: &[u8]) -> &[u8] {
    let Some(last) = rfind_separator(path, path.len()) else { return &[] };
    let start = match rfind_separator(path, last) {
        Some(i) => i + 2,
        None => 0,
    };
    path.split_at(last).0.split_at(start).1
}

/// Where the last `::` that ends at or before `end` starts.
const fn rfind_separator(path: &[u8], end: usize) -> Option<usize> {
    let mut i = end;
    while i >= 2 {
        if path[i - 2] == b':' && path[i - 1] == b':' {
            return Some(i - 2);
        }
        i -= 1;
    }
    None
}

const fn bytes_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Identity and documentation of a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleMeta {
    /// Stable code such as `NET001`; never reused.
    pub code: &'static str,
    /// Kebab-case name that names the defect.
    pub name: &'static str,
    /// The area it checks: the folder of its file (see [`Group::of_module`]).
    pub group: Group,
    /// Default severity.
    pub severity: Severity,
    /// The rule's documentation (Markdown): summary line, why, examples, references.
    pub docs: &'static str,
    /// Whether its findings carry fixes, and of which kind.
    pub fix: crate::fix::FixAvailability,
    /// The module that declares it (`acklint::rules::network::pod_service_cidr_overlap`): its folder is its
    /// group, its file its name.
    pub module: &'static str,
}

impl RuleMeta {
    /// The first line of the documentation.
    pub fn summary(&self) -> &'static str {
        self.docs.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or_default()
    }

    /// A finding of this rule.
    pub fn diagnostic(&self, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(self.code, self.name, self.severity, message)
    }
}

/// A cross-field check.
pub trait Rule: Sync + Send {
    /// Its identity and documentation.
    fn meta(&self) -> &'static RuleMeta;
    /// Adds its findings on `cx.request` to `out`.
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>);
}

/// Declares a rule: its doc comment is its documentation, and the fields are its metadata. Its group is the
/// folder of its file ([`Group::of_module`]), and its module gets a `RULE` constant that the group's
/// `group_rules!` list reads.
///
/// A rule whose findings carry fixes says so with `fix: Safe`, `fix: Unsafe` or `fix: Mixed` after its
/// severity. The rule's logic goes in an inherent `fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>)`.
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        pub(crate) struct $name:ident {
            code: $code:literal,
            name: $rule_name:literal,
            severity: $severity:ident
            $(, fix: $fix:ident)? $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        pub(crate) struct $name;

        /// This module's rule, for its group's list.
        pub(crate) const RULE: &dyn $crate::rules::Rule = &$name;

        impl $name {
            /// This rule's metadata.
            pub const META: $crate::rules::RuleMeta = $crate::rules::RuleMeta {
                code: $code,
                name: $rule_name,
                group: $crate::rules::Group::of_module(module_path!()),
                severity: $crate::diagnostic::Severity::$severity,
                docs: concat!($($doc, "\n"),*),
                fix: {
                    #[allow(unused_variables)]
                    let fix = $crate::fix::FixAvailability::None;
                    $(let fix = $crate::fix::FixAvailability::$fix;)?
                    fix
                },
                module: module_path!(),
            };
        }

        impl $crate::rules::Rule for $name {
            fn meta(&self) -> &'static $crate::rules::RuleMeta {
                &Self::META
            }
            fn check(&self, cx: &$crate::rules::Context<'_>, out: &mut Vec<$crate::diagnostic::Diagnostic>) {
                Self::run(cx, out)
            }
        }

        /// The rule's fixtures (`tests/rules/<name>/`): one test per rule, named after its file, so
        /// `cargo test pod_service_cidr_overlap` runs just that rule. Its snapshot shows fixes as a unified diff,
        /// which the `cli` feature draws.
        #[cfg(all(test, feature = "cli"))]
        #[test]
        fn fixtures() {
            $crate::rules::fixtures::check(&$name::META);
        }
    };
}
pub(crate) use declare_rule;

/// Declares a group's rules, one line each: the name of the rule's file. Written once in the group's
/// `mod.rs`, it declares each file as a module and lists the rules, in code order, in the group's `RULES`.
macro_rules! group_rules {
    ($($rule:ident),+ $(,)?) => {
        $(mod $rule;)+

        /// The rules of this group, in code order.
        pub(crate) static RULES: &[&dyn $crate::rules::Rule] = &[$($rule::RULE),+];
    };
}
pub(crate) use group_rules;

#[cfg(test)]
mod tests {
    use super::Group;

    #[test]
    fn a_rule_s_group_is_the_folder_of_its_file() {
        assert_eq!(Group::of_module("acklint::rules::network::pod_service_cidr_overlap"), Group::Network);
        assert_eq!(Group::of_module("acklint::rules::control_plane::master_count_invalid"), Group::ControlPlane);
        for group in Group::ALL {
            assert_eq!(Group::of_module(&format!("rules::{}::x", group.as_str())), group);
        }
    }

    #[test]
    #[should_panic(expected = "the folder of its group")]
    fn a_rule_outside_a_group_folder_has_no_group() {
        Group::of_module("acklint::rules::views::x");
    }
}
