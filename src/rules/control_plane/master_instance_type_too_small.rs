use super::util::item;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::i18n::Lang;
use crate::rules::Context;
use crate::rules::messages::join_and;
use crate::spec::Field;
use crate::t;

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
    /// A legacy body lists one type per master (`master_instance_types`), usually the same type three times:
    /// that is one choice, so the body gets one finding for all its too-small master types ("`master_instance_types`
    /// lists `ecs.c6.large` 3 times, …"), at the first of them, with a label on each listed item.
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
    pub(crate) struct MasterInstanceTypeTooSmall {
        code: "CP007",
        name: "master-instance-type-too-small",
        severity: Warning,
    }
}

/// Why an instance type is too small for a master.
#[derive(Debug, Clone, Copy)]
enum TooSmall<'a> {
    /// A burstable family (`ecs.t5`, `ecs.t6`).
    Burstable,
    /// A size (`small`, `medium`, `large`) with fewer than 4 vCPUs.
    FewVcpus(&'a str),
}

impl TooSmall<'_> {
    /// The reason in the message: "a burstable type".
    fn why(self, lang: Lang) -> String {
        match self {
            TooSmall::Burstable => t!(lang, "cp007-why.burstable"),
            TooSmall::FewVcpus(size) => t!(lang, "cp007-why.small", size),
        }
    }

    /// The short label on the item: "burstable".
    fn label(self, lang: Lang) -> String {
        match self {
            TooSmall::Burstable => t!(lang, "cp007-label.burstable"),
            TooSmall::FewVcpus(_) => t!(lang, "cp007-label.small"),
        }
    }
}

/// Why `instance_type` is too small for a master, when its name shows it.
fn too_small(instance_type: &str) -> Option<TooSmall<'_>> {
    let rest = instance_type.strip_prefix("ecs.")?;
    let (family, size) = rest.rsplit_once('.')?;
    if ["t5", "t6"].iter().any(|t| family == *t || family.starts_with(&format!("{t}-"))) {
        return Some(TooSmall::Burstable);
    }
    if ["small", "medium", "large"].contains(&size) {
        return Some(TooSmall::FewVcpus(size));
    }
    None
}

/// A too-small item of a master instance type list.
struct Small<'a> {
    field: Field,
    index: usize,
    instance_type: &'a str,
    why: TooSmall<'a>,
}

impl MasterInstanceTypeTooSmall {
    // Deprecated fields read on purpose: dedicated bodies still give the masters with the deprecated `master_*` fields.
    #[allow(deprecated)]
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
        let mut small: Vec<Small<'_>> = Vec::new();
        for (field, types) in lists {
            for (index, t) in types.into_iter().flatten().enumerate() {
                if let Some(why) = too_small(t) {
                    small.push(Small { field, index, instance_type: t, why });
                }
            }
        }
        let Some((first, rest)) = small.split_first() else { return };
        let lang = cx.lang;
        let mut d = Self::META
            .diagnostic(Self::message(lang, &small))
            .at(item(first.field, first.index))
            .label(first.why.label(lang))
            .help(t!(lang, "cp007.help"));
        for s in rest {
            d = d.with(Label::at(item(s.field, s.index), s.why.label(lang)));
        }
        out.push(d);
    }

    /// "`master_instance_types` lists `ecs.c6.large` 3 times, a `large` type …", or every distinct type with
    /// its reason when they differ.
    fn message(lang: Lang, small: &[Small<'_>]) -> String {
        let first = &small[0];
        let lists = if small.iter().all(|s| s.field == first.field) {
            t!(lang, "cp007-lists.field", field = first.field.display())
        } else {
            t!(lang, "cp007-lists.both")
        };
        let mut distinct: Vec<&Small<'_>> = Vec::new();
        for s in small {
            if !distinct.iter().any(|d| d.instance_type == s.instance_type) {
                distinct.push(s);
            }
        }
        if let [only] = distinct.as_slice() {
            let (instance_type, why) = (only.instance_type, only.why.why(lang));
            return t!(lang, "cp007-one", lists, instance_type, count = small.len(), why);
        }
        let types: Vec<String> = distinct
            .iter()
            .map(|s| t!(lang, "cp007-item", instance_type = s.instance_type, label = s.why.label(lang)))
            .collect();
        t!(lang, "cp007-several", lists, types = join_and(lang, &types))
    }
}
