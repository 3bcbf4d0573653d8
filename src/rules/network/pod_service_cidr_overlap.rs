use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::{Cni, Context};
use crate::spec::Field;
use ipnet::Ipv4Net;
use crate::t;

crate::declare_rule! {
    /// The pod range (`container_cidr`) and the service range (`service_cidr`) overlap.
    ///
    /// ## Why is this bad?
    /// Pods and Services get their addresses from these two ranges. When they overlap, a Service address can
    /// equal a pod address and traffic goes to the wrong place, so the service rejects the request. Neither range
    /// can be changed after the cluster exists.
    ///
    /// With Terway, pods take addresses from their vSwitches and `container_cidr` is ignored, so this rule
    /// checks Flannel clusters only.
    ///
    /// ## Example
    /// ```json
    /// { "container_cidr": "172.20.0.0/16", "service_cidr": "172.20.16.0/20" }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "container_cidr": "172.20.0.0/16", "service_cidr": "172.21.0.0/20" }
    /// ```
    ///
    /// ## References
    /// - ACK network planning: pod, Service and VPC ranges must be disjoint.
    /// - ROS `ALIYUN::CS::ManagedKubernetesCluster` (`ServiceCidr`): must not conflict with the VPC or the pod
    ///   range.
    /// - terraform-provider-alicloud PR 5241: a fix for conflicting pod and Service ranges.
    /// - The API reference and the SDK forbid overlaps with the VPC and other clusters, but say nothing about
    ///   the pod range against the Service range.
    pub(crate) struct PodServiceCidrOverlap {
        code: "NET001",
        name: "pod-service-cidr-overlap",
        severity: Error,
    }
}

impl PodServiceCidrOverlap {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if cx.cni == Cni::Terway {
            return;
        }
        let lang = cx.lang;
        let parse = |s: &Option<String>| s.as_deref().and_then(|s| s.parse::<Ipv4Net>().ok());
        let (Some(pods), Some(services)) = (parse(&cx.request.container_cidr), parse(&cx.request.service_cidr)) else {
            return;
        };
        if pods.contains(&services.network()) || services.contains(&pods.network()) {
            out.push(
                Self::META
                    .diagnostic(t!(lang, "net001", services = services.to_string(), pods = pods.to_string()))
                    .at(Field::ServiceCidr.pointer(&[]))
                    .label(t!(lang, "net001.label"))
                    .with(Label::at(Field::ContainerCidr.pointer(&[]), t!(lang, "net001.label-pods")))
                    .help(t!(lang, "net001.help")),
            );
        }
    }
}
