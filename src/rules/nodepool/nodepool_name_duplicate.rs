use crate::t;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;
use std::collections::HashMap;

crate::declare_rule! {
    /// Two node pools of the request have the same `nodepool_info.name`.
    ///
    /// ## Why is this bad?
    /// A node pool name must be unique within its cluster. The service rejects a pool whose name is
    /// already taken (`InvalidParameter.Name`, "nodepool name … is already exist in cluster"), so the
    /// whole request fails.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" } },
    ///   { "nodepool_info": { "name": "general" } }
    /// ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" } },
    ///   { "nodepool_info": { "name": "batch" } }
    /// ] }
    /// ```
    ///
    /// ## References
    /// - terraform-provider-alicloud issue 6502: the service answered `InvalidParameter.Name` ("… is already
    ///   exist in cluster") for a pool name used twice. That was seen through CreateClusterNodePool; the same
    ///   check inside CreateCluster is assumed.
    /// - SDK node-pool model: `nodepool_info.name` is required. Neither the SDK nor the API reference states
    ///   that names must be unique; the observed error is the evidence.
    pub(crate) struct NodepoolNameDuplicate {
        code: "NP001",
        name: "nodepool-name-duplicate",
        severity: Error,
    }
}

impl NodepoolNameDuplicate {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let mut first: HashMap<&str, usize> = HashMap::new();
        for (i, pool) in cx.pools() {
            let Some(name) = pool.nodepool_info.as_ref().and_then(|n| n.name.as_deref()) else { continue };
            match first.get(name) {
                Some(&j) => out.push(
                    Self::META
                        .diagnostic(t!(cx.lang, "np001", name, first = j, second = i))
                        .at(Field::NodepoolsNodepoolInfoName.pointer(&[i]))
                        .label(t!(cx.lang, "np001.label"))
                        .with(Label::at(Field::NodepoolsNodepoolInfoName.pointer(&[j]), t!(cx.lang, "np001.label-first")))
                        .help(t!(cx.lang, "np001.help")),
                ),
                None => {
                    first.insert(name, i);
                }
            }
        }
    }
}
