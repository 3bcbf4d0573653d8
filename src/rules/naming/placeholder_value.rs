use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;

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
        for p in cx.placeholders {
            out.push(
                Self::META
                    .diagnostic(format!(
                        "`{}` is a placeholder, not a real value: `{}`",
                        crate::rules::dotted(&p.pointer),
                        p.value
                    ))
                    .at(p.pointer.clone())
                    .label(p.reason)
                    .help(format!("put {} there", what_goes_there(p.field))),
            );
        }
    }
}

/// What a field holds and where the user finds it, from the words of its key.
fn what_goes_there(field: Field) -> String {
    let key = field.meta().key;
    let found = [
        ("vpc", "the ID of your VPC (VPC console, or the DescribeVpcs API)"),
        ("vswitch", "the ID of a vSwitch of your VPC (VPC console, or DescribeVSwitches)"),
        ("security_group", "the ID of a security group of your VPC (ECS console, or DescribeSecurityGroups)"),
        ("key_pair", "the name of an ECS key pair in this region (ECS console, or DescribeKeyPairs)"),
        ("image", "the ID of an ECS image (ECS console, or DescribeImages)"),
        ("resource_group", "the ID of a resource group (Resource Management console, or ListResourceGroups)"),
        ("deploymentset", "the ID of a deployment set (ECS console, or DescribeDeploymentSets)"),
        ("kms", "the ID of a KMS key (KMS console, or ListKeys)"),
        ("snapshot", "the ID of a snapshot or snapshot policy (ECS console)"),
        ("rds", "the IDs of your RDS instances (RDS console, or DescribeDBInstances)"),
        ("zone", "a zone ID of the region, such as `cn-hangzhou-k` (DescribeZones)"),
        ("region", "a region ID such as `cn-hangzhou` (DescribeRegions)"),
    ]
    .into_iter()
    .find(|(word, _)| key.contains(word));
    match found {
        Some((_, what)) => what.to_string(),
        None if key == "name" || key.ends_with("_name") => "a name of your own".to_string(),
        None => format!("the real value of `{key}`"),
    }
}
