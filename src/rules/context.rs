//! What rules get: the typed request plus facts derived from it once.

use crate::diagnostic::{Diagnostic, Severity};
use crate::fix::Fix;
use crate::model::{ClusterType, CreateClusterRequest, Nodepool, NodepoolScalingGroup};
use crate::network_context::NetworkContext;
use crate::presence::{DocumentFacts, Placeholder, PresentField};
use crate::rules::views::SharedViews;
use crate::spec::Field;
use std::collections::BTreeSet;

/// What kind of cluster the body creates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClusterKind {
    /// `cluster_type: Kubernetes` (ACK dedicated).
    Dedicated,
    /// `cluster_type: ManagedKubernetes` (ACK managed: Basic, Pro, Serverless, Edge).
    Managed,
    /// `cluster_type: ExternalKubernetes` (registered cluster).
    External,
    /// `cluster_type` is absent or not a known token: type-specific rules stay quiet.
    Unknown,
}

/// Which network plugin the `addons` select.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cni {
    /// The `flannel` addon.
    Flannel,
    /// A Terway addon (`terway-eniip`, `terway-eni`, …, or `terway-edge` on ACK Edge).
    Terway,
    /// No network addon: the service installs Flannel, so the Flannel rules treat it as Flannel by default.
    None,
    /// Both Flannel and Terway.
    Conflicting,
}

/// The input of every rule.
pub struct Context<'a> {
    /// The typed request (fields of the wrong type are absent).
    pub request: &'a CreateClusterRequest,
    /// Optional network context from flags or configuration.
    pub network: &'a NetworkContext,
    /// Extra tokens of the growing catalogues (`[known]` in `acklint.toml`).
    pub known: &'a crate::known::KnownTokens,
    /// The cluster type.
    pub kind: ClusterKind,
    /// The network plugin.
    pub cni: Cni,
    /// JSON pointers of values the structure check found to have the wrong type: present in the body but
    /// absent from the typed model.
    pub wrong_type: &'a BTreeSet<String>,
    /// Every known field the body sets (wrong-typed ones included), parents before children.
    pub present: &'a [PresentField],
    /// Identifiers and names that stand in for a real value.
    pub placeholders: &'a [Placeholder],
    /// The language of the findings' messages (see [`crate::i18n`]).
    pub lang: crate::i18n::Lang,
    /// Views several rules share, built on first use.
    pub(crate) views: SharedViews<'a>,
    /// Whether the findings' fixes are wanted (see [`Context::fix`]).
    fixes: bool,
}

/// Addon names that select Terway. `terway-edge` is Terway Edge, the Terway variant of ACK Edge clusters (ACK
/// component page "terway-edge").
pub const TERWAY_ADDONS: &[&str] = &["terway-eniip", "terway-eni", "terway-controlplane", "terway-edge"];

impl<'a> Context<'a> {
    /// Derives the shared facts of `request`.
    pub fn new(
        request: &'a CreateClusterRequest,
        network: &'a NetworkContext,
        facts: &'a DocumentFacts,
    ) -> Context<'a> {
        let kind = match &request.cluster_type {
            Some(ClusterType::Kubernetes) => ClusterKind::Dedicated,
            Some(ClusterType::ManagedKubernetes) => ClusterKind::Managed,
            Some(ClusterType::ExternalKubernetes) => ClusterKind::External,
            _ => ClusterKind::Unknown,
        };
        let names = || request.addons.iter().flatten().filter_map(|a| a.name.as_deref());
        let flannel = names().any(|n| n == "flannel");
        let terway = names().any(|n| TERWAY_ADDONS.contains(&n));
        let cni = match (flannel, terway) {
            (true, true) => Cni::Conflicting,
            (true, false) => Cni::Flannel,
            (false, true) => Cni::Terway,
            (false, false) => Cni::None,
        };
        Context {
            request,
            network,
            known: crate::known::KnownTokens::none(),
            kind,
            cni,
            wrong_type: &facts.wrong_type,
            present: &facts.present,
            placeholders: &facts.placeholders,
            lang: crate::i18n::Lang::En,
            views: SharedViews::default(),
            fixes: true,
        }
    }

    /// The same context, with extra tokens for the catalogue rules.
    pub fn with_known(mut self, known: &'a crate::known::KnownTokens) -> Context<'a> {
        self.known = known;
        self
    }

    /// The same context, writing messages in `lang`.
    pub fn with_lang(mut self, lang: crate::i18n::Lang) -> Context<'a> {
        self.lang = lang;
        self
    }

    /// The same context, building fixes only when `fixes` is true.
    pub fn with_fixes(mut self, fixes: bool) -> Context<'a> {
        self.fixes = fixes;
        self
    }

    /// The fix `build` makes, or `None` without building it when the output wants no fixes
    /// ([`crate::LintOptions::skip_fixes`]). `build` may itself give `None` (no mechanical answer).
    pub fn fix<F: Into<Option<Fix>>>(&self, build: impl FnOnce() -> F) -> Option<Fix> {
        if self.fixes { build().into() } else { None }
    }

    /// Whether the body creates a dedicated cluster.
    pub fn is_dedicated(&self) -> bool {
        self.kind == ClusterKind::Dedicated
    }

    /// Whether the body has the field at these indices with a value of the wrong type: a rule that would call
    /// it missing stays quiet, since the structure check already reports it.
    pub fn has_wrong_type(&self, field: Field, indices: &[usize]) -> bool {
        if self.wrong_type.is_empty() {
            return false;
        }
        // The value itself, or an item or member of it (a list with one bad item is absent as a whole).
        let pointer = field.pointer(indices);
        let below = format!("{pointer}/");
        self.wrong_type.iter().any(|p| *p == pointer || p.starts_with(&below))
    }

    /// Every node pool of the request with its index in `nodepools`.
    pub fn pools(&self) -> impl Iterator<Item = (usize, &'a Nodepool)> + use<'a> {
        let request: &'a CreateClusterRequest = self.request;
        request.nodepools.iter().flatten().enumerate()
    }

    /// Every node pool that has a `scaling_group`, with its index and that group (a pool without one cannot be
    /// created, and the structure check reports it).
    pub fn scaling_groups(&self) -> impl Iterator<Item = (usize, &'a Nodepool, &'a NodepoolScalingGroup)> + use<'a> {
        self.pools().filter_map(|(i, pool)| pool.scaling_group.as_ref().map(|sg| (i, pool, sg)))
    }

    /// Whether the body creates a managed cluster.
    pub fn is_managed(&self) -> bool {
        self.kind == ClusterKind::Managed
    }

    /// Whether the body creates a cluster whose pods run on virtual nodes: a managed cluster with `profile`
    /// `Serverless` (ACK Serverless) or `Acs` (Container Compute Service). It has no nodes and no network
    /// plugin of its own.
    pub fn is_serverless(&self) -> bool {
        self.is_managed() && matches!(self.request.profile.as_deref(), Some("Serverless" | "Acs"))
    }

    /// Whether the body creates an ACK Edge cluster (`profile` `Edge`).
    pub fn is_edge(&self) -> bool {
        self.is_managed() && self.request.profile.as_deref() == Some("Edge")
    }

    /// Whether the body turns on auto mode (`auto_mode.enable: true`). Terraform says an auto-mode node pool
    /// gets its login, billing and most disk settings from the service; whether the cluster-level switch of
    /// CreateCluster does the same to the pools in the body is unverified, so rules soften such findings.
    pub fn is_auto_mode(&self) -> bool {
        self.request.auto_mode.as_ref().and_then(|a| a.enable) == Some(true)
    }

    /// A login, billing or disk finding about a node pool: a warning at most when auto mode is on, since the
    /// service may replace those settings (see [`Context::is_auto_mode`]).
    pub fn pool_setting_finding(&self, d: Diagnostic) -> Diagnostic {
        if self.is_auto_mode() && d.severity > Severity::Warning { d.severity(Severity::Warning) } else { d }
    }

    /// Whether the service creates the VPC itself: no `vpcid`, but zones to create it in (`zone_ids`, or the
    /// deprecated `zone_id` and older `zoneid`). The service then also picks a default pod range (API
    /// reference, `container_cidr`).
    // Deprecated fields read on purpose: `zone_id`/`zoneid` still name the zones of older bodies.
    #[allow(deprecated)]
    pub fn vpc_auto_created(&self) -> bool {
        let r = self.request;
        let given = |s: &Option<String>| s.as_deref().is_some_and(|s| !s.is_empty());
        !given(&r.vpcid)
            && (r.zone_ids.as_ref().is_some_and(|z| z.iter().any(|z| !z.is_empty()))
                || given(&r.zone_id)
                || given(&r.zoneid))
    }
}
