use crate::i18n::Lang;
use crate::t;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::fix::Fix;
use crate::rules::Context;
use crate::model::InternetChargeType;
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
        let lang = cx.lang;
        for (i, _, sg) in cx.scaling_groups() {
            // Built only for a finding.
            let charge_ptr = || Field::NodepoolsScalingGroupInternetChargeType.pointer(&[i]);
            let bw_ptr = || Field::NodepoolsScalingGroupInternetMaxBandwidthOut.pointer(&[i]);
            match (sg.internet_charge_type.as_ref().map(InternetChargeType::as_str), sg.internet_max_bandwidth_out) {
                (Some(charge), None) => out.push(
                    Self::META
                        .diagnostic(t!(lang, "np015-unset", charge))
                        .at(charge_ptr())
                        .label(t!(lang, "np015.label"))
                        .help(t!(lang, "np015-unset.help"))
                        .fix(cx.fix(|| remove_charge_type(lang, charge_ptr()))),
                ),
                (Some(charge), Some(0)) => out.push(
                    Self::META
                        .diagnostic(t!(lang, "np015-zero", charge))
                        .at(charge_ptr())
                        .label(t!(lang, "np015.label"))
                        .with(Label::at(bw_ptr(), t!(lang, "np015-zero.label-bandwidth")))
                        .help(t!(lang, "np015-zero.help"))
                        .fix(cx.fix(|| remove_charge_type(lang, charge_ptr()))),
                ),
                (None, Some(bw)) if bw > 0 => out.push(
                    Self::META
                        .diagnostic(t!(lang, "np015-no-charge-type", bandwidth = bw))
                        .at(bw_ptr())
                        .label(t!(lang, "np015-no-charge-type.label"))
                        .help(t!(lang, "np015-no-charge-type.help")),
                ),
                _ => {}
            }
        }
    }
}

/// Removes the charge type that, without bandwidth, is ignored.
fn remove_charge_type(lang: Lang, pointer: String) -> Fix {
    Fix::unsafe_(t!(lang, "np015.fix")).remove(pointer)
}
