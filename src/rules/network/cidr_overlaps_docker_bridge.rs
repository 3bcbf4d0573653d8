use super::util::{cidr, overlaps, uses_pod_cidr};
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;
use ipnet::Ipv4Net;
use std::net::Ipv4Addr;
use crate::t;

crate::declare_rule! {
    /// The pod or service range overlaps 172.17.0.0/16, Docker's default bridge network.
    ///
    /// ## Why is this bad?
    /// Docker creates the `docker0` bridge with 172.17.0.0/16 on every host where it runs. On nodes that run
    /// Docker (the `docker` runtime, or Docker installed by user data or an image), addresses of pods or
    /// Services in that range are routed to the local bridge instead of into the cluster. This is a
    /// precaution reported by users, not a documented limit: with containerd only it does no harm.
    ///
    /// ## Example
    /// ```json
    /// { "container_cidr": "172.16.0.0/14" }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "container_cidr": "172.20.0.0/16" }
    /// ```
    ///
    /// ## References
    /// - User report (CSDN blog) of pod traffic lost to the Docker bridge; not confirmed by ACK documentation.
    pub(crate) struct CidrOverlapsDockerBridge {
        code: "NET018",
        name: "cidr-overlaps-docker-bridge",
        severity: Info,
    }
}

const DOCKER_BRIDGE: Ipv4Net = Ipv4Net::new_assert(Ipv4Addr::new(172, 17, 0, 0), 16);

impl CidrOverlapsDockerBridge {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        let mut fields = vec![(Field::ServiceCidr, &cx.request.service_cidr)];
        if uses_pod_cidr(cx) {
            fields.insert(0, (Field::ContainerCidr, &cx.request.container_cidr));
        }
        let bridge = DOCKER_BRIDGE.to_string();
        for (field, value) in fields {
            let Some(net) = cidr(value).filter(|n| overlaps(*n, DOCKER_BRIDGE)) else { continue };
            let key = field.meta().key;
            out.push(
                Self::META
                    .diagnostic(t!(lang, "net018", field = key, range = net.to_string(), bridge = &bridge))
                    .at(field.pointer(&[]))
                    .label(t!(lang, "net018.label"))
                    .help(t!(lang, "net018.help", field = key, bridge = &bridge)),
            );
        }
    }
}
