use super::util::vswitch_lists;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::t;

crate::declare_rule! {
    /// A vSwitch ID does not look like `vsw-` followed by lowercase letters and digits.
    ///
    /// ## Why is this bad?
    /// vSwitch IDs have the form `vsw-` plus lowercase letters and digits. Anything else (a vSwitch name, a
    /// CIDR block, an ID in capitals, stray spaces) matches no vSwitch, and the request fails. Checked in
    /// `vswitch_ids`, `master_vswitch_ids`, `worker_vswitch_ids`, `pod_vswitch_ids` and each node pool's
    /// `scaling_group.vswitch_ids`. A placeholder such as `vsw-****` is left to `placeholder-value`, which
    /// says what to put there.
    ///
    /// ACK Edge clusters are checked too: the ENS vSwitches that Terway Edge uses also have `vsw-` IDs.
    ///
    /// ## Example
    /// ```json
    /// { "vswitch_ids": ["vsw-bp1m7d4x9k2q5w8e1r3t6", "VSW-BP1N8E5Y0L3R6X9F2S4U7", "vsw-bp1p9f6z1m4s7y0g3t5v8"] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "vswitch_ids": ["vsw-bp1m7d4x9k2q5w8e1r3t6", "vsw-bp1n8e5y0l3r6x9f2s4u7", "vsw-bp1p9f6z1m4s7y0g3t5v8"] }
    /// ```
    ///
    /// ## References
    /// - Terraform (dedicated and managed clusters): every vSwitch list is validated against
    ///   `^vsw-[a-z0-9]*$`.
    /// - API reference and SDK: the example IDs are `vsw-` plus lowercase letters and digits (the field
    ///   tables mask their tails with `****`).
    /// - ACK Edge, "Add a pod vSwitch": ENS vSwitch IDs take the `vsw-` form as well.
    pub(crate) struct VswitchIdMalformed {
        code: "NET013",
        name: "vswitch-id-malformed",
        severity: Error,
    }
}

/// `vsw-` and at least one lowercase letter or digit.
fn well_formed(id: &str) -> bool {
    id.strip_prefix("vsw-")
        .is_some_and(|rest| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

impl VswitchIdMalformed {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        for list in vswitch_lists(cx) {
            for (j, id) in list.ids.iter().enumerate() {
                // A placeholder (`vsw-****`) is reported once, by `placeholder-value`, with what to put there.
                if well_formed(id) || cx.placeholders.iter().any(|p| p.pointer == list.item(j)) {
                    continue;
                }
                let help = if well_formed(id.trim()) {
                    t!(lang, "net013.help-spaces", id = id.trim())
                } else if well_formed(&id.to_ascii_lowercase()) {
                    t!(lang, "net013.help-case", id = id.to_ascii_lowercase())
                } else {
                    t!(lang, "net013.help")
                };
                out.push(
                    Self::META
                        .diagnostic(t!(lang, "net013", list = list.name(), index = j, value = format!("{id:?}")))
                        .at(list.item(j))
                        .label(t!(lang, "net013.label"))
                        .help(help),
                );
            }
        }
    }
}
