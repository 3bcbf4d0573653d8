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
    pub fn as_str(self) -> &'static str {
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
}

/// Identity and documentation of a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleMeta {
    /// Stable code such as `NET001`; never reused.
    pub code: &'static str,
    /// Kebab-case name that names the defect.
    pub name: &'static str,
    /// The area it checks.
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

/// Declares a rule: its doc comment is its documentation, and the fields are its metadata.
///
/// A rule whose findings carry fixes says so with `fix: Safe`, `fix: Unsafe` or `fix: Mixed` after its
/// severity. The rule's logic goes in an inherent `fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>)`.
#[macro_export]
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        pub struct $name:ident {
            code: $code:literal,
            name: $rule_name:literal,
            group: $group:ident,
            severity: $severity:ident
            $(, fix: $fix:ident)? $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        pub struct $name;

        impl $name {
            /// This rule's metadata.
            pub const META: $crate::rules::RuleMeta = $crate::rules::RuleMeta {
                code: $code,
                name: $rule_name,
                group: $crate::rules::Group::$group,
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
        /// `cargo test pod_service_cidr_overlap` runs just that rule.
        #[cfg(test)]
        #[test]
        fn fixtures() {
            $crate::rules::fixtures::check(&$name::META);
        }
    };
}
