use super::util::{cidr, is_private, private_ranges_text, uses_pod_cidr};
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// The pod range `container_cidr` is not inside the private blocks 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.
    ///
    /// ## Why is this bad?
    /// ACK takes Flannel pod ranges only from the private address blocks of RFC 1918 (or subnets of them).
    /// A public range would also shadow real Internet addresses inside the cluster: pods could no longer reach
    /// the hosts that own them. Carrier-grade NAT space (100.64.0.0/10) and other special ranges are refused
    /// as well.
    ///
    /// ## Example
    /// ```json
    /// { "container_cidr": "100.64.0.0/16" }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "container_cidr": "172.20.0.0/16" }
    /// ```
    ///
    /// ## References
    /// - SDK (`container_cidr`) and Terraform documentation for managed clusters: the pod range must lie in
    ///   10.0.0.0/8, 172.16-31.0.0/12-16 or 192.168.0.0/16, or a subnet of them.
    /// - The API reference gives no list for `container_cidr` (only for `service_cidr`); no source
    ///   contradicts the SDK, but no refusal has been observed either.
    pub(crate) struct PodCidrNotPrivate {
        code: "NET008",
        name: "pod-cidr-not-private",
        severity: Error,
    }
}

impl PodCidrNotPrivate {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if !uses_pod_cidr(cx) {
            return;
        }
        let Some(pods) = cidr(&cx.request.container_cidr) else { return };
        if is_private(pods) {
            return;
        }
        let lang = cx.lang;
        out.push(
            Self::META
                .diagnostic(t!(lang, "net008", pods = pods.to_string(), ranges = private_ranges_text(lang)))
                .at(Field::ContainerCidr.pointer(&[]))
                .label(t!(lang, "net008.label"))
                .help(t!(lang, "net008.help")),
        );
    }
}
