use super::util::{TagRef, tag_lists};
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::t;

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
        let lang = cx.lang;
        for list in tag_lists(cx) {
            for tag in list {
                // Pointers are built only for a finding.
                for (text, is_key) in [(tag.key, true), (tag.value, false)] {
                    let Some(text) = text else { continue };
                    let Some(problem) = problem(tag, text) else { continue };
                    let list = &tag.list;
                    let message = match (is_key, problem) {
                        (true, Problem::Prefix(prefix)) => t!(lang, "nam004-key-prefix", text, list, prefix),
                        (true, Problem::Contains(forbidden)) => t!(lang, "nam004-key-contains", text, list, forbidden),
                        (false, Problem::Prefix(prefix)) => t!(lang, "nam004-value-prefix", text, list, prefix),
                        (false, Problem::Contains(forbidden)) => {
                            t!(lang, "nam004-value-contains", text, list, forbidden)
                        }
                    };
                    let help = match (is_key, tag.pool) {
                        (true, true) => t!(lang, "nam004.help-key-pool"),
                        (true, false) => t!(lang, "nam004.help-key-cluster"),
                        (false, true) => t!(lang, "nam004.help-value-pool"),
                        (false, false) => t!(lang, "nam004.help-value-cluster"),
                    };
                    out.push(
                        Self::META
                            .diagnostic(message)
                            .at(if is_key { tag.key_pointer() } else { tag.value_pointer() })
                            .label(t!(lang, "nam004.label"))
                            .help(help),
                    );
                }
            }
        }
    }
}

/// What is wrong with a tag's key or value.
enum Problem {
    /// It starts with this reserved prefix.
    Prefix(&'static str),
    /// It contains this text, which ECS tags forbid.
    Contains(&'static str),
}

/// What is wrong with a key or value `text` of `tag`, if anything.
fn problem(tag: &TagRef<'_>, text: &str) -> Option<Problem> {
    let lower = text.to_ascii_lowercase();
    let prefixes = if tag.pool { ECS_PREFIXES } else { CLUSTER_PREFIXES };
    if let Some(p) = prefixes.iter().find(|p| lower.starts_with(*p)) {
        return Some(Problem::Prefix(p));
    }
    if tag.pool
        && let Some(s) = ECS_FORBIDDEN.iter().find(|s| lower.contains(*s))
    {
        return Some(Problem::Contains(s));
    }
    None
}
