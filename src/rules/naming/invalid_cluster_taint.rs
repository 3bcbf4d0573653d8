use super::util::{key_problem, value_problem};
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// A key or value in the top-level `taints` is not valid Kubernetes syntax.
    ///
    /// ## Why is this bad?
    /// Taint keys follow the label-key syntax (`[prefix/]name`: a DNS-subdomain prefix of at most 253
    /// characters, then a name of at most 63 letters, digits, `-`, `_` or `.` that starts and ends with a
    /// letter or digit), and values follow the label-value syntax (empty, or such a name). Kubernetes
    /// rejects other strings, so the nodes cannot be tainted. Node-pool taints are checked by the schema;
    /// the deprecated top-level `taints` are checked here.
    ///
    /// ## Example
    /// ```json
    /// { "taints": [{ "key": "dedicated team", "value": "gpu", "effect": "NoSchedule" }] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "taints": [{ "key": "dedicated-team", "value": "gpu", "effect": "NoSchedule" }] }
    /// ```
    ///
    /// ## References
    /// - SDK: taint keys and values use the Kubernetes label syntax.
    /// - Kubernetes "Taints and Tolerations" and "Labels and Selectors".
    pub(crate) struct InvalidClusterTaint {
        code: "NAM009",
        name: "invalid-cluster-taint",
        severity: Error,
    }
}

impl InvalidClusterTaint {
    // Deprecated fields read on purpose: this rule checks the deprecated top-level `taints`.
    #[allow(deprecated)]
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        for (j, taint) in cx.request.taints.iter().flatten().enumerate() {
            if let Some(key) = taint.key.as_deref()
                && let Some(problem) = key_problem(lang, key)
            {
                out.push(
                    Self::META
                        .diagnostic(t!(lang, "nam009-key", key, problem))
                        .at(Field::TaintsKey.pointer(&[j]))
                        .label(t!(lang, "nam009-key.label"))
                        .help(t!(lang, "nam009-key.help")),
                );
            }
            if let Some(value) = taint.value.as_deref()
                && let Some(problem) = value_problem(lang, value)
            {
                out.push(
                    Self::META
                        .diagnostic(t!(lang, "nam009-value", value, problem))
                        .at(Field::TaintsValue.pointer(&[j]))
                        .label(t!(lang, "nam009-value.label"))
                        .help(t!(lang, "nam009-value.help")),
                );
            }
        }
    }
}
