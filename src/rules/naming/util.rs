//! Helpers shared by the naming rules: Kubernetes key syntax and the tag lists of the request.

use crate::rules::Context;
pub(crate) use crate::rules::views::tags::TagRef;
use crate::spec::Field;

/// Longest DNS-subdomain prefix of a Kubernetes label or taint key.
pub(super) const MAX_PREFIX: usize = 253;
/// Longest name part of a key, and longest label value.
pub(super) const MAX_NAME: usize = 63;

/// The `prefix` of a `prefix/name` key, if it has one.
pub(super) fn key_prefix(key: &str) -> Option<&str> {
    key.split_once('/').map(|(p, _)| p)
}

/// Why `key` is not a valid Kubernetes label or taint key (`[prefix/]name`), or `None` when it is.
pub(super) fn key_problem(key: &str) -> Option<String> {
    let (prefix, name) = match key.split_once('/') {
        Some((p, n)) => (Some(p), n),
        None => (None, key),
    };
    if let Some(p) = prefix {
        if p.is_empty() {
            return Some("the prefix before `/` is empty".into());
        }
        if p.chars().count() > MAX_PREFIX {
            return Some(format!("the prefix is {} characters long, more than {MAX_PREFIX}", p.chars().count()));
        }
        if !is_dns_subdomain(p) {
            return Some(format!(
                "the prefix `{p}` is not a DNS subdomain (lowercase letters, digits, `-` and `.`, alphanumeric at both ends of each part)"
            ));
        }
    }
    if name.is_empty() {
        return Some("the name is empty".into());
    }
    if name.contains('/') {
        return Some("a key has at most one `/`".into());
    }
    name_problem(name, "name")
}

/// Why `value` is not a valid Kubernetes label or taint value (may be empty), or `None` when it is.
pub(super) fn value_problem(value: &str) -> Option<String> {
    if value.is_empty() { None } else { name_problem(value, "value") }
}

/// Checks the `name` part of a key or a non-empty value: at most 63 characters, alphanumerics at both
/// ends, and `-`, `_` or `.` in between.
fn name_problem(s: &str, what: &str) -> Option<String> {
    let len = s.chars().count();
    if len > MAX_NAME {
        return Some(format!("the {what} is {len} characters long, more than {MAX_NAME}"));
    }
    if let Some(c) = s.chars().find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))) {
        let shown = if c.is_whitespace() { "a space".to_string() } else { format!("`{c}`") };
        return Some(format!("the {what} contains {shown}; only letters, digits, `-`, `_` and `.` are allowed"));
    }
    let alnum = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    if !alnum(s.chars().next()) || !alnum(s.chars().last()) {
        return Some(format!("the {what} must start and end with a letter or digit"));
    }
    None
}

/// A DNS subdomain as Kubernetes checks it: dot-separated parts of `[a-z0-9-]`, alphanumeric at both ends.
pub(super) fn is_dns_subdomain(s: &str) -> bool {
    !s.is_empty()
        && s.split('.').all(|part| {
            !part.is_empty()
                && part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !part.starts_with('-')
                && !part.ends_with('-')
        })
}

impl TagRef<'_> {
    /// Pointer of the tag's key.
    pub fn key_pointer(&self) -> String {
        if self.pool {
            Field::NodepoolsScalingGroupTagsKey.pointer(&[self.pool_index, self.index])
        } else {
            Field::TagsKey.pointer(&[self.index])
        }
    }

    /// Pointer of the tag's value.
    pub fn value_pointer(&self) -> String {
        if self.pool {
            Field::NodepoolsScalingGroupTagsValue.pointer(&[self.pool_index, self.index])
        } else {
            Field::TagsValue.pointer(&[self.index])
        }
    }
}

/// The tag lists of the request: the cluster's `tags` first, then each pool's `scaling_group.tags`.
pub(crate) fn tag_lists<'c, 'a>(cx: &'c Context<'a>) -> &'c [Vec<TagRef<'a>>] {
    cx.views.tag_lists.get_or_init(|| collect_tag_lists(cx))
}

fn collect_tag_lists<'a>(cx: &Context<'a>) -> Vec<Vec<TagRef<'a>>> {
    let r = cx.request;
    let mut lists = Vec::new();
    if let Some(tags) = &r.tags {
        lists.push(
            tags.iter()
                .enumerate()
                .map(|(index, t)| TagRef {
                    list: "tags".into(),
                    pool: false,
                    index,
                    pool_index: 0,
                    key: t.key.as_deref(),
                    value: t.value.as_deref(),
                })
                .collect(),
        );
    }
    for (p, pool) in cx.pools() {
        let Some(tags) = pool.scaling_group.as_ref().and_then(|s| s.tags.as_ref()) else { continue };
        lists.push(
            tags.iter()
                .enumerate()
                .map(|(index, t)| TagRef {
                    list: format!("nodepools[{p}].scaling_group.tags"),
                    pool: true,
                    index,
                    pool_index: p,
                    key: t.key.as_deref(),
                    value: t.value.as_deref(),
                })
                .collect(),
        );
    }
    lists
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys() {
        assert_eq!(key_problem("app"), None);
        assert_eq!(key_problem("example.com/app.v1_x"), None);
        assert!(key_problem("-app").is_some());
        assert!(key_problem("Example.com/app").is_some());
        assert!(key_problem("a/b/c").is_some());
        assert!(key_problem("/app").is_some());
        assert!(key_problem("app/").is_some());
        assert!(key_problem(&"a".repeat(64)).is_some());
        assert!(key_problem(&format!("{}/a", "b".repeat(254))).is_some());
        assert!(key_problem("key with space").is_some());
        assert_eq!(value_problem(""), None);
        assert!(value_problem("a b").is_some());
    }
}
