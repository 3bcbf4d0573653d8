use super::util::{cidr, overlaps, text, uses_pod_cidr, vswitch_lists};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;
use ipnet::Ipv4Net;
use crate::t;

crate::declare_rule! {
    /// The pod or service range overlaps the VPC or one of its vSwitches (needs network context).
    ///
    /// ## Why is this bad?
    /// Pod and Service addresses must be distinguishable from the addresses of nodes and of everything else in
    /// the VPC. When `container_cidr` (Flannel) or `service_cidr` overlaps the VPC's range or a vSwitch's
    /// range, packets to those addresses are routed into the cluster instead of to the hosts that own them,
    /// and the service refuses the request. None of these ranges can be changed later.
    ///
    /// The request body does not say which ranges the VPC and its vSwitches have, so this rule only runs when
    /// they are given as network context (the VPC range and a list of vSwitch ID and range pairs). Without
    /// context it stays quiet. Give the context in `acklint.toml` (`[network]` with `vpc-cidr` and
    /// `vswitch-cidrs`) or through the library's `LintOptions::with_vpc_cidr`. When `service_cidr` is absent, its default 172.19.0.0/20 is checked.
    ///
    /// ## Example
    /// With the network context in `acklint.toml`:
    /// ```toml
    /// [network]
    /// vpc-cidr = "172.16.0.0/12"
    /// ```
    /// ```json
    /// { "container_cidr": "172.20.0.0/16" }
    /// ```
    ///
    /// ## Use instead
    /// With the same network context:
    /// ```toml
    /// [network]
    /// vpc-cidr = "172.16.0.0/12"
    /// ```
    /// ```json
    /// { "container_cidr": "10.0.0.0/16", "service_cidr": "192.168.0.0/20" }
    /// ```
    ///
    /// ## References
    /// - API reference and SDK: `container_cidr` must not conflict with the VPC's range, and `service_cidr`
    ///   must not repeat the VPC's range or those of other clusters in it.
    /// - ACK network planning: pod, Service, VPC and vSwitch ranges must not overlap.
    /// - terraform-provider-alicloud PRs 88 and 4606, which the rule catalog (§6 #4) cites for cluster
    ///   creations that failed on such overlaps (the exact error code is not published).
    pub(crate) struct CidrOverlapsVpc {
        code: "NET017",
        name: "cidr-overlaps-vpc",
        severity: Error,
    }
}

/// One range of the body to check: the field, its range, and whether it is the spec default.
struct Range {
    field: Field,
    net: Ipv4Net,
    default: bool,
}

impl CidrOverlapsVpc {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let context = cx.network;
        if context.vpc_cidr.is_none() && context.vswitch_cidrs.is_empty() {
            return;
        }
        let lang = cx.lang;
        let mut ranges = Vec::new();
        if uses_pod_cidr(cx)
            && let Some(net) = cidr(&cx.request.container_cidr)
        {
            ranges.push(Range { field: Field::ContainerCidr, net, default: false });
        }
        if text(&cx.request.service_cidr).is_some() {
            if let Some(net) = cidr(&cx.request.service_cidr) {
                ranges.push(Range { field: Field::ServiceCidr, net, default: false });
            }
        } else if let Some(net) = Field::ServiceCidr.default_str().and_then(|s| s.parse::<Ipv4Net>().ok()) {
            ranges.push(Range { field: Field::ServiceCidr, net, default: true });
        }
        let lists = vswitch_lists(cx);
        for range in &ranges {
            let field = range.field.meta().key;
            let net = range.net.to_string();
            let vpcid = text(&cx.request.vpcid).map(|_| Field::Vpcid.pointer(&[]));
            let (name, pointer, label, help) = if range.default {
                // The field is absent: point at the VPC the default collides with (or the whole body).
                (
                    t!(lang, "net017-range.default", field, range = &net),
                    vpcid.clone().unwrap_or_default(),
                    t!(lang, "net017.label-default"),
                    t!(lang, "net017.help-default", field),
                )
            } else {
                (
                    t!(lang, "net017-range.set", field, range = &net),
                    range.field.pointer(&[]),
                    t!(lang, "net017.label"),
                    t!(lang, "net017.help", field),
                )
            };
            if let Some(vpc) = context.vpc_cidr.filter(|v| overlaps(*v, range.net)) {
                let vpc = vpc.to_string();
                let mut d = Self::META
                    .diagnostic(t!(lang, "net017-vpc", range = &name, vpc = &vpc))
                    .at(pointer)
                    .label(label)
                    .help(help);
                if let Some(vpcid) = vpcid.filter(|_| !range.default) {
                    d = d.with(Label::at(vpcid, t!(lang, "net017.label-vpc", vpc = &vpc)));
                }
                out.push(d);
                // vSwitches lie inside the VPC: one finding says it all.
                continue;
            }
            for (id, vswitch) in context.vswitch_cidrs.iter().filter(|(_, n)| overlaps(*n, range.net)) {
                let vswitch = vswitch.to_string();
                let mut d = Self::META
                    .diagnostic(t!(lang, "net017-vswitch", range = &name, id, vswitch = &vswitch))
                    .at(pointer.clone())
                    .label(label.clone())
                    .help(help.clone());
                let used = lists.iter().find_map(|l| l.ids.iter().position(|x| x == id).map(|j| l.item(j)));
                if let Some(at) = used {
                    d = d.with(Label::at(at, t!(lang, "net017.label-vswitch", vswitch = &vswitch)));
                }
                out.push(d);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::CidrOverlapsVpc;
    use crate::diagnostic::Diagnostic;
    use crate::network_context::NetworkContext;
    use crate::rules::Context;
    use serde_json::{Value, json};

    fn base() -> Value {
        json!({
            "cluster_type": "Kubernetes",
            "vpcid": "vpc-bp1kd7yn4qnrvuzzjg0ph",
            "vswitch_ids": ["vsw-bp1m7d4x9k2q5w8e1r3t6"],
            "pod_vswitch_ids": [],
            "container_cidr": "172.20.0.0/16",
            "service_cidr": "172.21.0.0/20",
            "addons": [{ "name": "flannel" }]
        })
    }

    fn lint(body: &Value, network: &NetworkContext) -> Vec<Diagnostic> {
        let request = crate::model::load(body).unwrap_or_default();
        let facts = Default::default();
        let cx = Context::new(&request, network, &facts);
        let mut out = Vec::new();
        CidrOverlapsVpc::run(&cx, &mut out);
        out
    }

    fn vpc(cidr: &str) -> NetworkContext {
        NetworkContext { vpc_cidr: cidr.parse().ok(), vswitch_cidrs: vec![] }
    }

    #[test]
    fn quiet_without_context() {
        assert!(lint(&base(), &NetworkContext::default()).is_empty());
    }

    #[test]
    fn quiet_when_disjoint() {
        assert!(lint(&base(), &vpc("192.168.0.0/16")).is_empty());
    }

    #[test]
    fn pod_range_inside_vpc() {
        let found = lint(&base(), &vpc("172.16.0.0/12"));
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].pointer.as_deref(), Some("/container_cidr"));
        assert_eq!(found[0].message, "`container_cidr` 172.20.0.0/16 overlaps the VPC range 172.16.0.0/12");
        assert_eq!(found[0].labels[0].pointer.as_deref(), Some("/vpcid"));
        assert_eq!(found[1].pointer.as_deref(), Some("/service_cidr"));
    }

    #[test]
    fn vpc_inside_service_range() {
        let mut body = base();
        body["service_cidr"] = json!("192.168.0.0/16");
        let found = lint(&body, &vpc("192.168.10.0/24"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].message, "`service_cidr` 192.168.0.0/16 overlaps the VPC range 192.168.10.0/24");
    }

    #[test]
    fn terway_pod_range_is_not_checked() {
        let mut body = base();
        body["addons"] = json!([{ "name": "terway-eniip" }]);
        let found = lint(&body, &vpc("172.20.0.0/16"));
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn default_service_range_is_checked() {
        let mut body = base();
        body.as_object_mut().map(|o| o.remove("service_cidr"));
        let found = lint(&body, &vpc("172.19.0.0/16"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].pointer.as_deref(), Some("/vpcid"));
        assert_eq!(
            found[0].message,
            "the default `service_cidr` 172.19.0.0/20 (`service_cidr` is not set) overlaps the VPC range 172.19.0.0/16"
        );
    }

    #[test]
    fn vswitch_ranges_label_the_vswitch_in_the_body() {
        let network = NetworkContext {
            vpc_cidr: None,
            vswitch_cidrs: vec![
                ("vsw-bp1m7d4x9k2q5w8e1r3t6".into(), "172.21.8.0/24".parse().unwrap()),
                ("vsw-other".into(), "10.0.0.0/24".parse().unwrap()),
            ],
        };
        let found = lint(&base(), &network);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].message,
            "`service_cidr` 172.21.0.0/20 overlaps vSwitch vsw-bp1m7d4x9k2q5w8e1r3t6 (172.21.8.0/24)"
        );
        assert_eq!(found[0].labels[0].pointer.as_deref(), Some("/vswitch_ids/0"));
    }

    #[test]
    fn vswitch_outside_the_vpc_range_is_still_checked() {
        // A secondary VPC range: the vSwitch lies outside the primary one.
        let network = NetworkContext {
            vpc_cidr: "192.168.0.0/16".parse().ok(),
            vswitch_cidrs: vec![("vsw-secondary".into(), "172.20.64.0/20".parse().unwrap())],
        };
        let found = lint(&base(), &network);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].pointer.as_deref(), Some("/container_cidr"));
        assert!(found[0].labels.is_empty());
    }

    #[test]
    fn through_the_pipeline_with_the_shipped_example() {
        let bytes = std::fs::read("examples/dedicated-flannel.json").unwrap_or_default();
        let options = crate::LintOptions { network: vpc("172.16.0.0/12"), ..Default::default() };
        let report = crate::lint("dedicated-flannel.json", &bytes, &options);
        let found: Vec<_> = report.diagnostics.iter().filter(|d| d.code == "NET017").collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().all(|d| d.span.is_some() && d.labels.iter().all(|l| l.span.is_some())));
        let quiet = crate::lint("dedicated-flannel.json", &bytes, &crate::LintOptions::default());
        assert!(quiet.diagnostics.iter().all(|d| d.code != "NET017"), "{:?}", quiet.diagnostics);
    }
}
