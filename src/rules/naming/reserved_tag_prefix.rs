use super::util::{TagRef, tag_lists};
use crate::diagnostic::Diagnostic;
use crate::rules::Context;

/// Prefixes reserved by Alibaba Cloud for cluster tag keys and values.
const CLUSTER_PREFIXES: &[&str] = &["aliyun", "acs:", "http://", "https://"];
/// Prefixes reserved for ECS (node-pool) tag keys and values.
const ECS_PREFIXES: &[&str] = &["aliyun", "acs:"];
/// Text that ECS tag keys and values must not contain anywhere.
const ECS_FORBIDDEN: &[&str] = &["http://", "https://"];

crate::declare_rule! {
    /// A tag key or value uses a reserved prefix (`aliyun`, `acs:`) or a URL scheme (`http://`, `https://`).
    ///
    /// ## Why is this bad?
    /// Alibaba Cloud reserves tags that start with `aliyun` or `acs:` for its own services, and refuses
    /// URL schemes in tags. For cluster `tags`, neither keys nor values may start with `aliyun`, `acs:`,
    /// `http://` or `https://`. For node-pool `scaling_group.tags` (tags of the ECS instances), keys and
    /// values must not start with `aliyun` or `acs:` and must not contain `http://` or `https://` anywhere.
    /// The request is rejected. The prefixes are matched without regard to case, as Alibaba Cloud
    /// services do for reserved tag prefixes.
    ///
    /// ## Example
    /// ```json
    /// { "tags": [{ "key": "aliyun-team", "value": "payments" }] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "tags": [{ "key": "team", "value": "payments" }] }
    /// ```
    ///
    /// ## References
    /// - API reference: tag keys and values must not start with `aliyun`, `acs:`, `https://` or `http://`.
    /// - SDK and Terraform node pool docs: ECS tag keys and values must not start with `aliyun` or `acs:`
    ///   and must not contain `http://` or `https://`.
    /// - OSS tag error page (0010-00000213): reserved prefixes are matched regardless of case. This backs
    ///   the case-insensitive match; no ACK page says so.
    pub(crate) struct ReservedTagPrefix {
        code: "NAM004",
        name: "reserved-tag-prefix",
        severity: Error,
    }
}

impl ReservedTagPrefix {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for list in tag_lists(cx) {
            for tag in list {
                // Pointers are built only for a finding.
                for (what, text, is_key) in [("key", tag.key, true), ("value", tag.value, false)] {
                    let Some(text) = text else { continue };
                    if let Some(problem) = problem(tag, text) {
                        out.push(
                            Self::META
                                .diagnostic(format!("tag {what} `{text}` in `{}` {problem}", tag.list))
                                .at(if is_key { tag.key_pointer() } else { tag.value_pointer() })
                                .label("reserved")
                                .help(format!(
                                    "choose a {what} without {}",
                                    if tag.pool {
                                        "a leading `aliyun` or `acs:` and without `http://` or `https://`"
                                    } else {
                                        "a leading `aliyun`, `acs:`, `http://` or `https://`"
                                    }
                                )),
                        );
                    }
                }
            }
        }
    }
}

/// What is wrong with a key or value `text` of `tag`, if anything.
fn problem(tag: &TagRef<'_>, text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let prefixes = if tag.pool { ECS_PREFIXES } else { CLUSTER_PREFIXES };
    if let Some(p) = prefixes.iter().find(|p| lower.starts_with(*p)) {
        return Some(format!("starts with the reserved prefix `{p}`"));
    }
    if tag.pool
        && let Some(s) = ECS_FORBIDDEN.iter().find(|s| lower.contains(*s))
    {
        return Some(format!("contains `{s}`, which ECS tags do not allow"));
    }
    None
}
