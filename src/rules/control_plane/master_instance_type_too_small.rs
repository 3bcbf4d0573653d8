use super::util::{item, name};
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;

crate::declare_rule! {
    /// A master instance type looks too small for ACK: fewer than 4 vCPUs, or a burstable type.
    ///
    /// ## Why is this bad?
    /// ACK does not accept master (or worker) instance types with fewer than 4 vCPUs, nor burstable
    /// instances (`ecs.t5`, `ecs.t6`), unless the account has been granted an exemption. Even where they are
    /// allowed, masters that small run etcd and the API server with too little headroom.
    ///
    /// The vCPU count is guessed from the type name: in `ecs.<family>.<size>`, the sizes `small`, `medium` and
    /// `large` have 1 to 2 vCPUs and `xlarge` has 4. Types that do not follow that naming are not checked.
    ///
    /// ## Example
    /// ```json
    /// { "control_plane_config": { "instance_types": ["ecs.g7.large"] } }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "control_plane_config": { "instance_types": ["ecs.g7.xlarge"] } }
    /// ```
    ///
    /// ## References
    /// - ACK documentation on choosing ECS instances for masters and workers: types with fewer than 4 vCPUs
    ///   and burstable families are not supported without a quota exemption.
    /// - API reference: its own example uses `ecs.c6.large` (2 vCPUs) for the masters.
    pub struct MasterInstanceTypeTooSmall {
        code: "CP007",
        name: "master-instance-type-too-small",
        group: ControlPlane,
        severity: Warning,
    }
}

/// Why `instance_type` is too small for a master, when its name shows it, and a short label.
fn too_small(instance_type: &str) -> Option<(String, &'static str)> {
    let rest = instance_type.strip_prefix("ecs.")?;
    let (family, size) = rest.rsplit_once('.')?;
    if ["t5", "t6"].iter().any(|t| family == *t || family.starts_with(&format!("{t}-"))) {
        return Some(("a burstable type".to_string(), "burstable"));
    }
    if ["small", "medium", "large"].contains(&size) {
        return Some((format!("a `{size}` type with fewer than 4 vCPUs"), "fewer than 4 vCPUs"));
    }
    None
}

impl MasterInstanceTypeTooSmall {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if !cx.is_dedicated() {
            return;
        }
        let r = cx.request;
        let lists = [
            (Field::MasterInstanceTypes, r.master_instance_types.as_ref()),
            (
                Field::ControlPlaneConfigInstanceTypes,
                r.control_plane_config.as_ref().and_then(|c| c.instance_types.as_ref()),
            ),
        ];
        for (field, types) in lists {
            for (j, t) in types.into_iter().flatten().enumerate() {
                let Some((why, label)) = too_small(t) else { continue };
                out.push(
                    Self::META
                        .diagnostic(format!("`{}` lists `{t}`, {why}, which is too small for a master", name(field)))
                        .at(item(field, j))
                        .label(label)
                        .help("use a type with at least 4 vCPUs that is not burstable, for example `ecs.g7.xlarge`"),
                );
            }
        }
    }
}
