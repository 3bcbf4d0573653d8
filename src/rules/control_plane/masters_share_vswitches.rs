use super::util::{item, master_count};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;

/// The number of distinct vSwitches (and so, at best, zones) the masters should be spread over.
const RECOMMENDED: usize = 3;

crate::declare_rule! {
    /// The masters are placed in fewer than three different vSwitches.
    ///
    /// ## Why is this bad?
    /// `master_vswitch_ids` names the vSwitch of each master, and an ID may repeat. But masters that share a
    /// vSwitch share its zone, and when that zone fails the cluster can lose the etcd majority and with it
    /// the API server. Three vSwitches in three different zones keep the control plane up through the loss of
    /// a zone.
    ///
    /// ## Example
    /// ```json
    /// {
    ///   "control_plane_config": null,
    ///   "key_pair": "ops-keypair",
    ///   "master_instance_types": ["ecs.g7.xlarge", "ecs.g7.xlarge", "ecs.g7.xlarge"],
    ///   "master_vswitch_ids": ["vsw-bp1m7d4x9k2q5w8e1r3t6", "vsw-bp1m7d4x9k2q5w8e1r3t6", "vsw-bp1n8e5y0l3r6x9f2s4u7"]
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// {
    ///   "control_plane_config": null,
    ///   "key_pair": "ops-keypair",
    ///   "master_instance_types": ["ecs.g7.xlarge", "ecs.g7.xlarge", "ecs.g7.xlarge"],
    ///   "master_vswitch_ids": ["vsw-bp1m7d4x9k2q5w8e1r3t6", "vsw-bp1n8e5y0l3r6x9f2s4u7", "vsw-bp1p9f6z1m4s7y0g3t5v8"]
    /// }
    /// ```
    ///
    /// ## References
    /// - SDK: recommends three vSwitches in different zones for the masters; repeated IDs are allowed (the API
    ///   reference's example repeats one).
    /// - Alibaba's infraguard policy `ack-cluster-node-multi-zone`: nodes should span several zones.
    pub(crate) struct MastersShareVswitches {
        code: "CP009",
        name: "masters-share-vswitches",
        severity: Info,
    }
}

impl MastersShareVswitches {
    // Deprecated fields read on purpose: dedicated bodies still give the masters with the deprecated `master_*` fields.
    #[allow(deprecated)]
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if !cx.is_dedicated() {
            return;
        }
        let Some(ids) = cx.request.master_vswitch_ids.as_ref() else { return };
        let field = Field::MasterVswitchIds;
        // (index of a repeated ID, index of its first use)
        let repeats: Vec<(usize, usize)> = ids
            .iter()
            .enumerate()
            .filter_map(|(j, id)| ids[..j].iter().position(|x| x == id).map(|first| (j, first)))
            .collect();
        let distinct = ids.len() - repeats.len();
        let Some(&(j, first)) = repeats.first() else { return };
        if distinct >= RECOMMENDED {
            return;
        }
        let masters = master_count(cx).map_or(ids.len() as i64, |c| c.value);
        let lang = cx.lang;
        let mut d = Self::META
            .diagnostic(t!(lang, "cp009", field = field.display(), masters, distinct, repeated = &ids[j]))
            .at(item(field, j))
            .label(t!(lang, "cp009.label"))
            .with(Label::at(item(field, first), t!(lang, "cp009.label-first")));
        for &(k, _) in &repeats[1..] {
            d = d.with(Label::at(item(field, k), t!(lang, "cp009.label")));
        }
        out.push(d.help(t!(lang, "cp009.help", recommended = RECOMMENDED)));
    }
}
