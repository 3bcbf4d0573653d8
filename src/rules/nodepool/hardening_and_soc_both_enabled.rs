use crate::t;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;

crate::declare_rule! {
    /// Alibaba Cloud Linux security hardening (`security_hardening_os`) and MLPS hardening (`soc_enabled`) are both on.
    ///
    /// ## Why is this bad?
    /// The two switches pick different hardening baselines for the node operating system, and only one of
    /// them can be applied. The check covers `control_plane_config` (the masters of a dedicated cluster; it is
    /// not read on other cluster types, where the block does not apply) and the deprecated top-level fields,
    /// taking the `control_plane_config` value where both levels are set.
    ///
    /// ## Severity
    /// A warning: only Terraform's node-pool documentation forbids enabling both, and only for node pools. No
    /// source addresses `control_plane_config` or the top-level fields, the SDK's example value of both
    /// control-plane switches is `true`, and no refusal has been observed.
    ///
    /// ## Example
    /// ```json
    /// { "control_plane_config": { "security_hardening_os": true, "soc_enabled": true } }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "control_plane_config": { "security_hardening_os": true } }
    /// ```
    ///
    /// ## References
    /// - Terraform node-pool documentation: `security_hardening_os` and `soc_enabled` cannot both be true for
    ///   a node pool.
    /// - SDK of CreateClusterNodePool: MLPS hardening is available only on Alibaba Cloud Linux 2 and 3; it
    ///   does not say the two switches exclude each other.
    /// - SDK (CreateCluster): `control_plane_config.security_hardening_os` and `.soc_enabled` both have `true`
    ///   as their example value.
    pub(crate) struct HardeningAndSocBothEnabled {
        code: "NP017",
        name: "hardening-and-soc-both-enabled",
        severity: Warning,
    }
}

impl HardeningAndSocBothEnabled {
    // Deprecated fields read on purpose: top-level switches still apply to older bodies.
    #[allow(deprecated)]
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let r = cx.request;
        // `control_plane_config` describes the masters of a dedicated cluster only.
        let cp = r.control_plane_config.as_ref().filter(|_| cx.is_dedicated());
        // The effective value and where it comes from: `control_plane_config` wins over the deprecated top level.
        let pick = |cp_value: Option<bool>, cp_field: Field, top: Option<bool>, top_field: Field| match cp_value {
            Some(v) => Some((v, cp_field)),
            None => top.map(|v| (v, top_field)),
        };
        let hardening = pick(
            cp.and_then(|c| c.security_hardening_os),
            Field::ControlPlaneConfigSecurityHardeningOs,
            r.security_hardening_os,
            Field::SecurityHardeningOs,
        );
        let soc =
            pick(cp.and_then(|c| c.soc_enabled), Field::ControlPlaneConfigSocEnabled, r.soc_enabled, Field::SocEnabled);
        let (Some((true, hardening_field)), Some((true, soc_field))) = (hardening, soc) else { return };
        out.push(
            Self::META
                .diagnostic(t!(
                    cx.lang,
                    "np017",
                    hardening = hardening_field.display(),
                    soc = soc_field.display(),
                ))
                .at(soc_field.pointer(&[]))
                .label(t!(cx.lang, "np017.label"))
                .with(Label::at(hardening_field.pointer(&[]), t!(cx.lang, "np017.label-hardening")))
                .help(t!(cx.lang, "np017.help")),
        );
    }
}
