use super::util::{cidr, is_private, private_ranges_text};
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;
use ipnet::Ipv4Net;
use crate::t;

crate::declare_rule! {
    /// The service range `service_cidr` is not a /16 to /24 block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.
    ///
    /// ## Why is this bad?
    /// ACK accepts a Service range only inside the private address blocks of RFC 1918 and only with a prefix
    /// length from 16 to 24, that is from 65,536 down to 256 Service addresses. A longer prefix leaves too
    /// few addresses for the cluster's own Services; a shorter one, or a range outside the private blocks,
    /// is refused.
    ///
    /// ## Example
    /// ```json
    /// { "service_cidr": "172.21.0.0/26" }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "service_cidr": "172.21.0.0/20" }
    /// ```
    ///
    /// ## References
    /// - API reference and SDK (`service_cidr`): 10.0.0.0/16-24, 172.16-31.0.0/16-24 or 192.168.0.0/16-24,
    ///   default 172.19.0.0/20. Terraform does not check the range; no source contradicts it.
    pub(crate) struct ServiceCidrOutOfRange {
        code: "NET009",
        name: "service-cidr-out-of-range",
        severity: Error,
    }
}

const PREFIX_MIN: u8 = 16;
const PREFIX_MAX: u8 = 24;

impl ServiceCidrOutOfRange {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let Some(services) = cidr(&cx.request.service_cidr) else { return };
        let lang = cx.lang;
        let prefix = services.prefix_len();
        let (message, label, help) = if !is_private(services) {
            (
                t!(lang, "net009-not-private", services = services.to_string(), ranges = private_ranges_text(lang)),
                t!(lang, "net009-not-private.label"),
                t!(lang, "net009-not-private.help"),
            )
        } else if !(PREFIX_MIN..=PREFIX_MAX).contains(&prefix) {
            let fixed = Ipv4Net::new(services.network(), prefix.clamp(PREFIX_MIN, PREFIX_MAX)).map(|n| n.trunc());
            let size = if prefix > PREFIX_MAX { t!(lang, "net009-prefix.label-small") } else { t!(lang, "net009-prefix.label-large") };
            (
                t!(
                    lang,
                    "net009-prefix",
                    services = services.to_string(),
                    prefix,
                    addresses = 1u64 << (32 - u32::from(prefix))
                ),
                size,
                match fixed {
                    Ok(fixed) => t!(lang, "net009-prefix.help-example", example = fixed.to_string()),
                    Err(_) => t!(lang, "net009-prefix.help"),
                },
            )
        } else {
            return;
        };
        out.push(Self::META.diagnostic(message).at(Field::ServiceCidr.pointer(&[])).label(label).help(help));
    }
}
