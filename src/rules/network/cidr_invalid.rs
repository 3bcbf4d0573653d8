use super::util::{text, uses_pod_cidr};
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::Context;
use crate::spec::Field;
use ipnet::Ipv4Net;
use crate::t;

crate::declare_rule! {
    /// `container_cidr` or `service_cidr` is not a valid IPv4 CIDR block with its host bits clear.
    ///
    /// ## Why is this bad?
    /// The service parses both ranges as IPv4 CIDR blocks (`address/prefix length`) and refuses the request
    /// with `InvalidCIDR` when it cannot, for example for a prefix length above 32, a missing prefix length
    /// or a stray space.
    ///
    /// An address with bits set after the prefix (`172.20.0.1/16`) still parses: it names a host inside the
    /// range rather than the range itself. Go's `net.ParseCIDR`, which the service very likely uses (its error
    /// text is Go's), accepts it and keeps the network `172.20.0.0/16`, and no refusal has been observed. It
    /// is still worth fixing, since the text hides which range is meant.
    ///
    /// `container_cidr` is checked only when pods take addresses from it (Flannel, chosen or by default);
    /// Terway ignores it.
    ///
    /// ## Severity
    /// - Not a CIDR block at all (bad or missing prefix length, spaces, not an address): error, observed as
    ///   `InvalidCIDR`.
    /// - Host bits set after the prefix: warning, since the block parses and its network is used.
    ///
    /// ## Example
    /// ```json
    /// { "container_cidr": "172.20.0.0/33" }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "container_cidr": "172.20.0.0/16" }
    /// ```
    ///
    /// ## References
    /// - terraform-provider-alicloud issue 8822: `InvalidCIDR` "Invalid pod CIDR: invalid CIDR address: ",
    ///   the wording of Go's `net.ParseCIDR`.
    /// - Go `net.ParseCIDR`: accepts `172.20.0.1/16` and returns the network 172.20.0.0/16 (inference about
    ///   the service's parser, not tested against the API).
    /// - API reference: the examples are 172.20.0.0/16 for `container_cidr` and 172.21.0.0/20 for
    ///   `service_cidr`.
    pub(crate) struct CidrInvalid {
        code: "NET007",
        name: "cidr-invalid",
        severity: Error,
    }
}

impl CidrInvalid {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        let mut fields = vec![(Field::ServiceCidr, &cx.request.service_cidr, "172.21.0.0/20")];
        if uses_pod_cidr(cx) {
            fields.insert(0, (Field::ContainerCidr, &cx.request.container_cidr, "172.20.0.0/16"));
        }
        for (field, value, example) in fields {
            let Some(value) = text(value) else { continue };
            let key = field.meta().key;
            let (message, label, help) = match value.parse::<Ipv4Net>() {
                Ok(net) if net == net.trunc() => continue,
                // The block parses and its network is used: a warning.
                Ok(net) => {
                    let network = net.trunc().to_string();
                    out.push(
                        Self::META
                            .diagnostic(t!(
                                lang,
                                "net007-host-bits",
                                field = key,
                                value,
                                prefix = net.prefix_len(),
                                network = &network
                            ))
                            .severity(Severity::Warning)
                            .at(field.pointer(&[]))
                            .label(t!(lang, "net007-host-bits.label"))
                            .help(t!(lang, "net007-host-bits.help", network = &network)),
                    );
                    continue;
                }
                Err(_) if value.trim() != value && value.trim().parse::<Ipv4Net>().is_ok() => (
                    t!(lang, "net007-spaces", field = key, value),
                    t!(lang, "net007-spaces.label"),
                    t!(lang, "net007-spaces.help", trimmed = value.trim()),
                ),
                Err(_) if !value.contains('/') && value.parse::<std::net::Ipv4Addr>().is_ok() => (
                    t!(lang, "net007-no-prefix", field = key, value),
                    t!(lang, "net007-no-prefix.label"),
                    t!(lang, "net007-no-prefix.help", value, length = example.split('/').nth(1).unwrap_or("16")),
                ),
                Err(_) => (
                    t!(lang, "net007-not-cidr", field = key, value),
                    t!(lang, "net007-not-cidr.label"),
                    t!(lang, "net007-not-cidr.help", example),
                ),
            };
            out.push(Self::META.diagnostic(message).at(field.pointer(&[])).label(label).help(help));
        }
    }
}
