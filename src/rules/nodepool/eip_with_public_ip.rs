use crate::t;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::rules::messages::{backticked, join_and};
use crate::spec::Field;

crate::declare_rule! {
    /// A node pool asks for EIPs (`auto_scaling.is_bond_eip`, `eip_*`) and for public IPs (`scaling_group.internet_*`) at once.
    ///
    /// ## Why is this bad?
    /// A node gets Internet access either through an elastic IP bound by auto scaling or through a public
    /// IP assigned with `internet_charge_type` and `internet_max_bandwidth_out`, not both. The two are
    /// mutually exclusive and the request is rejected. The EIP fields are also deprecated.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" },
    ///     "auto_scaling": { "enable": true, "min_instances": 1, "max_instances": 5, "is_bond_eip": true },
    ///     "scaling_group": { "internet_charge_type": "PayByTraffic", "internet_max_bandwidth_out": 5 } }
    /// ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" },
    ///     "auto_scaling": { "enable": true, "min_instances": 1, "max_instances": 5 },
    ///     "scaling_group": { "internet_charge_type": "PayByTraffic", "internet_max_bandwidth_out": 5 } }
    /// ] }
    /// ```
    ///
    /// ## References
    /// - Terraform node pool resource: every EIP setting conflicts with `internet_charge_type`. Only
    ///   Terraform states the conflict, but no source contradicts it (an ECS instance with a fixed public IP
    ///   cannot also take an EIP).
    /// - SDK: `is_bond_eip` and the `eip_*` fields are deprecated.
    pub(crate) struct EipWithPublicIp {
        code: "NP014",
        name: "eip-with-public-ip",
        severity: Error,
    }
}

impl EipWithPublicIp {
    // Deprecated fields read on purpose: this rule checks the deprecated EIP settings.
    #[allow(deprecated)]
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for (i, pool) in cx.pools() {
            let (Some(auto), Some(sg)) = (&pool.auto_scaling, &pool.scaling_group) else { continue };
            // EIP fields other than `is_bond_eip` mean nothing once `is_bond_eip` is explicitly false.
            let eip: Vec<(&str, Field)> = if auto.is_bond_eip == Some(false) {
                Vec::new()
            } else {
                [
                    (auto.is_bond_eip == Some(true), "is_bond_eip", Field::NodepoolsAutoScalingIsBondEip),
                    (
                        auto.eip_internet_charge_type.is_some(),
                        "eip_internet_charge_type",
                        Field::NodepoolsAutoScalingEipInternetChargeType,
                    ),
                    (auto.eip_bandwidth.is_some(), "eip_bandwidth", Field::NodepoolsAutoScalingEipBandwidth),
                ]
                .into_iter()
                .filter(|c| c.0)
                .map(|c| (c.1, c.2))
                .collect()
            };
            let public: Vec<(&str, Field)> = [
                (
                    sg.internet_charge_type.is_some(),
                    "internet_charge_type",
                    Field::NodepoolsScalingGroupInternetChargeType,
                ),
                (
                    sg.internet_max_bandwidth_out.is_some_and(|b| b > 0),
                    "internet_max_bandwidth_out",
                    Field::NodepoolsScalingGroupInternetMaxBandwidthOut,
                ),
            ]
            .into_iter()
            .filter(|c| c.0)
            .map(|c| (c.1, c.2))
            .collect();
            let (Some(&(_, first)), false) = (eip.first(), public.is_empty()) else { continue };
            let eip_names: Vec<&str> = eip.iter().map(|(n, _)| *n).collect();
            let public_names: Vec<&str> = public.iter().map(|(n, _)| *n).collect();
            let lang = cx.lang;
            let mut d = Self::META
                .diagnostic(t!(
                    lang,
                    "np014",
                    eip = join_and(lang, &backticked(&eip_names)),
                    public = join_and(lang, &backticked(&public_names)),
                ))
                .at(first.pointer(&[i]))
                .label(t!(lang, "np014.label"))
                .help(t!(lang, "np014.help"));
            for (_, field) in eip.iter().skip(1) {
                d = d.with(Label::at(field.pointer(&[i]), t!(lang, "np014.label")));
            }
            for (_, field) in &public {
                d = d.with(Label::at(field.pointer(&[i]), t!(lang, "np014.label-public")));
            }
            out.push(d);
        }
    }
}
