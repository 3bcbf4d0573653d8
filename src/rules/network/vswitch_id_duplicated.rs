use super::util::vswitch_lists;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::t;

crate::declare_rule! {
    /// A vSwitch ID appears twice in one list.
    ///
    /// ## Why is this bad?
    /// A repeated entry adds no vSwitch: the list spans fewer zones and addresses than it seems to, which
    /// usually means one ID was pasted twice instead of the vSwitch of another zone. Checked in
    /// `vswitch_ids`, `pod_vswitch_ids` and each node pool's `scaling_group.vswitch_ids`.
    /// `master_vswitch_ids` and `worker_vswitch_ids` are left out: they take one entry per node, and the
    /// reference lets several nodes share a vSwitch.
    ///
    /// ## Example
    /// ```json
    /// { "vswitch_ids": ["vsw-bp1m7d4x9k2q5w8e1r3t6", "vsw-bp1m7d4x9k2q5w8e1r3t6", "vsw-bp1p9f6z1m4s7y0g3t5v8"] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "vswitch_ids": ["vsw-bp1m7d4x9k2q5w8e1r3t6", "vsw-bp1n8e5y0l3r6x9f2s4u7", "vsw-bp1p9f6z1m4s7y0g3t5v8"] }
    /// ```
    ///
    /// ## References
    /// - Derived: the API takes these lists as sets of vSwitches; no source gives a meaning to repeats.
    pub(crate) struct VswitchIdDuplicated {
        code: "NET014",
        name: "vswitch-id-duplicated",
        severity: Warning,
    }
}

impl VswitchIdDuplicated {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        for list in vswitch_lists(cx).iter().filter(|l| !l.repeats_allowed) {
            for (j, id) in list.ids.iter().enumerate() {
                let Some(first) = list.ids[..j].iter().position(|x| x == id) else { continue };
                out.push(
                    Self::META
                        .diagnostic(t!(lang, "net014", list = list.name(), index = j, id, first))
                        .at(list.item(j))
                        .label(t!(lang, "net014.label"))
                        .with(Label::at(list.item(first), t!(lang, "net014.label-first")))
                        .help(t!(lang, "net014.help")),
                );
            }
        }
    }
}
