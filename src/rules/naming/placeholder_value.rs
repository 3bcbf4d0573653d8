use crate::diagnostic::Diagnostic;
use crate::i18n::Lang;
use crate::placeholder::PlaceholderReason;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// An ID or name is a placeholder (`vpc-xxx`, `vsw-****`, `<your-vpc-id>`, `${VPC_ID}`), not a real value.
    ///
    /// ## Why is this bad?
    /// Bodies copied from documentation, blog posts and templates carry stand-ins for the IDs of the
    /// user's own resources: `xxx` or `****` where the random characters of an ID go, text in angle
    /// brackets, template variables that were never filled in, words such as `replace` or `your`. No
    /// VPC, vSwitch, security group or key pair has such an ID, so the API refuses the request (the
    /// resource is not found) — after the request is sent. `acklint init` writes such placeholders on
    /// purpose, so a body is not sent before they are filled in.
    ///
    /// Template syntax (`${…}`, `{{…}}`, `<…>`, `%s`) is reported in IDs and names; filler words and masks only
    /// in IDs, where a real value is a prefix and random characters (`vsw-bp1m7d4x9k2q5w8e1r3t6`), so that a
    /// name chosen on purpose is never reported. Secret fields are never examined.
    ///
    /// ## Example
    /// ```json
    /// { "vpcid": "vpc-xxx" }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "vpcid": "vpc-bp1kd7yn4qnjvn5b2xk8q" }
    /// ```
    ///
    /// ## References
    /// - The API reference's and SDK's examples mask IDs with `****` and `xxx`; copying them unchanged is the
    ///   most common source of such values.
    /// - ECS and VPC refuse unknown IDs (`InvalidVpcId.NotFound`, `InvalidVSwitchId.NotFound`,
    ///   `InvalidSecurityGroupId.NotFound`, `InvalidKeyPairName.NotFound`).
    pub(crate) struct PlaceholderValue {
        code: "NAM014",
        name: "placeholder-value",
        severity: Error,
    }
}

impl PlaceholderValue {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        for p in cx.placeholders {
            let field = crate::spec::display_pointer(&p.pointer);
            out.push(
                Self::META
                    .diagnostic(t!(lang, "nam014", field, value = &p.value))
                    .at(p.pointer.clone())
                    .label(reason(lang, p.reason))
                    .help(what_goes_there(lang, p.field)),
            );
        }
    }
}

/// Why the value is a placeholder, in words.
fn reason(lang: Lang, reason: PlaceholderReason) -> String {
    match reason {
        PlaceholderReason::TemplateSyntax => t!(lang, "nam014-reason.template"),
        PlaceholderReason::AngleBrackets => t!(lang, "nam014-reason.angle-brackets"),
        PlaceholderReason::FormatSpecifier => t!(lang, "nam014-reason.format-specifier"),
        PlaceholderReason::Asterisks => t!(lang, "nam014-reason.asterisks"),
        PlaceholderReason::Xs => t!(lang, "nam014-reason.xs"),
        PlaceholderReason::AllZero => t!(lang, "nam014-reason.all-zero"),
        PlaceholderReason::AsksForValue => t!(lang, "nam014-reason.asks-for-value"),
    }
}

/// What a field holds and where the user finds it, from the words of its key.
fn what_goes_there(lang: Lang, field: Field) -> String {
    let key = field.meta().key;
    let words = [
        "vpc",
        "vswitch",
        "security_group",
        "key_pair",
        "image",
        "resource_group",
        "deploymentset",
        "kms",
        "snapshot",
        "rds",
        "zone",
        "region",
    ];
    match words.into_iter().find(|word| key.contains(word)) {
        Some("vpc") => t!(lang, "nam014.help-vpc"),
        Some("vswitch") => t!(lang, "nam014.help-vswitch"),
        Some("security_group") => t!(lang, "nam014.help-security-group"),
        Some("key_pair") => t!(lang, "nam014.help-key-pair"),
        Some("image") => t!(lang, "nam014.help-image"),
        Some("resource_group") => t!(lang, "nam014.help-resource-group"),
        Some("deploymentset") => t!(lang, "nam014.help-deployment-set"),
        Some("kms") => t!(lang, "nam014.help-kms"),
        Some("snapshot") => t!(lang, "nam014.help-snapshot"),
        Some("rds") => t!(lang, "nam014.help-rds"),
        Some("zone") => t!(lang, "nam014.help-zone"),
        // The last word left: `region`.
        Some(_) => t!(lang, "nam014.help-region"),
        None if key == "name" || key.ends_with("_name") => t!(lang, "nam014.help-name"),
        None => t!(lang, "nam014.help-other", key),
    }
}
