use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::fix::Fix;
use crate::rules::Context;
use crate::spec::Field;

crate::declare_rule! {
    /// Only one of `scaling_group.internet_charge_type` and `scaling_group.internet_max_bandwidth_out` is set.
    ///
    /// ## Why is this bad?
    /// Nodes get a public IP when `internet_max_bandwidth_out` is above 0, billed as `internet_charge_type`
    /// says. A charge type without bandwidth gives no public IP, so the charge type is ignored; a bandwidth
    /// without a charge type leaves the billing method to a default the author did not choose.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" }, "scaling_group": { "internet_charge_type": "PayByTraffic" } }
    /// ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" },
    ///     "scaling_group": { "internet_charge_type": "PayByTraffic", "internet_max_bandwidth_out": 10 } }
    /// ] }
    /// ```
    ///
    /// ## Fix
    /// When the charge type is ignored (no bandwidth, or 0), the fix removes `internet_charge_type`; it is
    /// unsafe because the nodes get no public IP either way, but if you meant them to have one, the right change
    /// is a bandwidth, and the fix cannot tell. A bandwidth without a charge type has no fix: the billing method
    /// is yours to choose.
    ///
    /// ## References
    /// - SDK and Terraform node pool docs: `internet_charge_type` and `internet_max_bandwidth_out` are set
    ///   together to give nodes public IPs.
    pub(crate) struct PublicIpSettingsIncomplete {
        code: "NP015",
        name: "public-ip-settings-incomplete",
        severity: Warning,
        fix: Unsafe,
    }
}

impl PublicIpSettingsIncomplete {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for (i, _, sg) in cx.scaling_groups() {
            // Built only for a finding.
            let charge_ptr = || Field::NodepoolsScalingGroupInternetChargeType.pointer(&[i]);
            let bw_ptr = || Field::NodepoolsScalingGroupInternetMaxBandwidthOut.pointer(&[i]);
            match (sg.internet_charge_type.as_deref(), sg.internet_max_bandwidth_out) {
                (Some(charge), None) => out.push(
                    Self::META
                        .diagnostic(format!(
                            "`internet_charge_type` is `{charge}` but `internet_max_bandwidth_out` is not set, so nodes get no public IP"
                        ))
                        .at(charge_ptr())
                        .label("ignored without bandwidth")
                        .help("set `internet_max_bandwidth_out` (1 to 100 Mbit/s) for public IPs, or remove `internet_charge_type`")
                        .fix(remove_charge_type(charge_ptr())),
                ),
                (Some(charge), Some(0)) => out.push(
                    Self::META
                        .diagnostic(format!(
                            "`internet_charge_type` is `{charge}` but `internet_max_bandwidth_out` is 0, so nodes get no public IP"
                        ))
                        .at(charge_ptr())
                        .label("ignored without bandwidth")
                        .with(Label::at(bw_ptr(), "no public bandwidth"))
                        .help("raise `internet_max_bandwidth_out` (1 to 100 Mbit/s) for public IPs, or remove `internet_charge_type`")
                        .fix(remove_charge_type(charge_ptr())),
                ),
                (None, Some(bw)) if bw > 0 => out.push(
                    Self::META
                        .diagnostic(format!(
                            "`internet_max_bandwidth_out` is {bw} Mbit/s but `internet_charge_type` is not set"
                        ))
                        .at(bw_ptr())
                        .label("public IP bandwidth")
                        .help("set `internet_charge_type` to `PayByTraffic` or `PayByBandwidth`"),
                ),
                _ => {}
            }
        }
    }
}

/// Removes the charge type that, without bandwidth, is ignored.
fn remove_charge_type(pointer: String) -> Fix {
    Fix::unsafe_("remove `internet_charge_type`, which is ignored without bandwidth").remove(pointer)
}
