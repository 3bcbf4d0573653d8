use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::Context;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// `node_name_mode` holds a finished node name such as `aliyun.com00055test` instead of a naming mode.
    ///
    /// ## Why is this bad?
    /// `node_name_mode` describes how node names are built, as comma-separated parts: in a node pool
    /// `customized,<prefix>,ip,<suffix>` (each node is named prefix + private IP + suffix), and at the top
    /// level `customized,<prefix>,<n>,<suffix>` with the last `n` (5 to 12) characters of the IP. The help
    /// shows the mode that yields a name like the one given.
    ///
    /// For a node pool's `kubernetes_config.node_name_mode` the sources agree on the mode form: the SDK's
    /// example is `customized,aliyun,ip,com`, as is Terraform's; only the 2024 API reference's node-pool
    /// example holds a node name (`aliyun.com00055test`).
    ///
    /// For the deprecated top-level `node_name_mode` they do not: the SDK's example value is the node name
    /// `aliyun.com00055test` and the API reference's table shows `aliyun.com192.168.0.55test`, while its
    /// example body uses `customized,aliyun,5,test` and Terraform's validation only takes the mode form.
    ///
    /// ## Severity
    /// - Node pool `kubernetes_config.node_name_mode`: error.
    /// - Top-level `node_name_mode`: warning, since the SDK's own example is a node name.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" },
    ///     "kubernetes_config": { "node_name_mode": "aliyun.com00055test" } }
    /// ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" },
    ///     "kubernetes_config": { "node_name_mode": "customized,aliyun.com,ip,test" } }
    /// ] }
    /// ```
    ///
    /// ## References
    /// - SDK (`nodepool_model.go`): the node-pool value has the form `customized,aliyun,ip,com`; Terraform's
    ///   node pool documentation uses the same form.
    /// - SDK (`create_cluster_request_model.go`): the top-level field is deprecated and its example value is
    ///   `aliyun.com00055test`.
    /// - API reference: the top-level table example is `aliyun.com192.168.0.55test`, its example body has
    ///   `customized,aliyun,5,test`, and its node-pool example has `aliyun.com00055test`.
    /// - Terraform (dedicated and managed clusters): the top-level value must match the mode form (lowercase,
    ///   5 to 12 IP characters).
    pub(crate) struct NodeNameModeIsNodeName {
        code: "NAM011",
        name: "node-name-mode-is-node-name",
        severity: Error,
    }
}

impl NodeNameModeIsNodeName {
    // Deprecated fields read on purpose: this rule checks the deprecated top-level `node_name_mode`.
    #[allow(deprecated)]
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let r = cx.request;
        if let Some(mode) = r.node_name_mode.as_deref() {
            Self::check(cx, mode, "node_name_mode", false, Field::NodeNameMode.pointer(&[]), out);
        }
        for (i, pool) in cx.pools() {
            let Some(mode) = pool.kubernetes_config.as_ref().and_then(|k| k.node_name_mode.as_deref()) else {
                continue;
            };
            let pointer = Field::NodepoolsKubernetesConfigNodeNameMode.pointer(&[i]);
            Self::check(cx, mode, "kubernetes_config.node_name_mode", true, pointer, out);
        }
    }

    fn check(cx: &Context<'_>, mode: &str, field: &str, pool: bool, pointer: String, out: &mut Vec<Diagnostic>) {
        if mode.is_empty() || mode.contains(',') {
            return;
        }
        let (prefix, ip_len, suffix) = split_node_name(&mode.to_ascii_lowercase());
        let middle = if pool { "ip".to_string() } else { ip_len.clamp(5, 12).to_string() };
        let form = if pool { "customized,<prefix>,ip,<suffix>" } else { "customized,<prefix>,<5-12>,<suffix>" };
        let example = format!("customized,{prefix},{middle},{suffix}");
        let lang = cx.lang;
        let d = Self::META
            .diagnostic(t!(lang, "nam011", field, mode))
            .at(pointer)
            .label(t!(lang, "nam011.label"))
            .help(t!(lang, "nam011.help", form, example));
        // At the top level the SDK's own example is a node name: the sources disagree.
        out.push(if pool { d } else { d.severity(Severity::Warning) });
    }
}

/// Splits a node name around its IP part: the longest run of digits and dots that holds a digit.
/// Returns the prefix, the length of the IP part and the suffix.
fn split_node_name(name: &str) -> (String, usize, String) {
    let bytes = name.as_bytes();
    let mut best: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() || bytes[i] == b'.' {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.') {
                i += 1;
            }
            let run = &name[start..i];
            let run = run.trim_matches('.');
            if !run.is_empty() && best.is_none_or(|(s, e)| e - s < run.len()) {
                let s = start + name[start..i].find(run).unwrap_or(0);
                best = Some((s, s + run.len()));
            }
        } else {
            i += 1;
        }
    }
    match best {
        Some((s, e)) => {
            (name[..s].trim_end_matches('.').to_string(), e - s, name[e..].trim_start_matches('.').to_string())
        }
        None => (name.to_string(), 0, String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::split_node_name;

    #[test]
    fn splits() {
        assert_eq!(split_node_name("aliyun.com00055test"), ("aliyun.com".into(), 5, "test".into()));
        assert_eq!(split_node_name("aliyun.com192.168.0.55test"), ("aliyun.com".into(), 12, "test".into()));
        assert_eq!(split_node_name("node"), ("node".into(), 0, String::new()));
        assert_eq!(split_node_name("web-10.0.0.1"), ("web-".into(), 8, String::new()));
    }
}
