//! Helpers shared by the naming rules: Kubernetes key syntax and the tag lists of the request.

use crate::i18n::Lang;
use crate::rules::Context;
pub(crate) use crate::rules::views::tags::TagRef;
use crate::spec::Field;
use crate::t;

/// Longest DNS-subdomain prefix of a Kubernetes label or taint key.
pub(super) const MAX_PREFIX: usize = 253;
/// Longest name part of a key, and longest label value.
pub(super) const MAX_NAME: usize = 63;

/// The `prefix` of a `prefix/name` key, if it has one.
pub(super) fn key_prefix(key: &str) -> Option<&str> {
    key.split_once('/').map(|(p, _)| p)
}

/// Why `key` is not a valid Kubernetes label or taint key (`[prefix/]name`), in `lang`, or `None` when it is.
pub(super) fn key_problem(lang: Lang, key: &str) -> Option<String> {
    let (prefix, name) = match key.split_once('/') {
        Some((p, n)) => (Some(p), n),
        None => (None, key),
    };
    if let Some(p) = prefix {
        if p.is_empty() {
            return Some(t!(lang, "naming-key-empty-prefix"));
        }
        let length = p.chars().count();
        if length > MAX_PREFIX {
            return Some(t!(lang, "naming-key-long-prefix", length, max = MAX_PREFIX));
        }
        if !is_dns_subdomain(p) {
            return Some(t!(lang, "naming-key-bad-prefix", prefix = p));
        }
    }
    if name.is_empty() {
        return Some(t!(lang, "naming-key-empty-name"));
    }
    if name.contains('/') {
        return Some(t!(lang, "naming-key-two-slashes"));
    }
    name_problem(lang, name, Part::Name)
}

/// Why `value` is not a valid Kubernetes label or taint value (may be empty), in `lang`, or `None` when it is.
pub(super) fn value_problem(lang: Lang, value: &str) -> Option<String> {
    if value.is_empty() { None } else { name_problem(lang, value, Part::Value) }
}

/// Which part of a label or taint a problem is about.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    /// The name after a key's `prefix/`.
    Name,
    /// The value.
    Value,
}

/// Checks the `name` part of a key or a non-empty value: at most 63 characters, alphanumerics at both
/// ends, and `-`, `_` or `.` in between.
fn name_problem(lang: Lang, s: &str, part: Part) -> Option<String> {
    let length = s.chars().count();
    let max = MAX_NAME;
    if length > MAX_NAME {
        return Some(match part {
            Part::Name => t!(lang, "naming-name-too-long", length, max),
            Part::Value => t!(lang, "naming-value-too-long", length, max),
        });
    }
    if let Some(c) = s.chars().find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))) {
        return Some(match (part, c.is_whitespace()) {
            (Part::Name, true) => t!(lang, "naming-name-space"),
            (Part::Name, false) => t!(lang, "naming-name-bad-char", char = c),
            (Part::Value, true) => t!(lang, "naming-value-space"),
            (Part::Value, false) => t!(lang, "naming-value-bad-char", char = c),
        });
    }
    let alnum = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    if !alnum(s.chars().next()) || !alnum(s.chars().last()) {
        return Some(match part {
            Part::Name => t!(lang, "naming-name-ends"),
            Part::Value => t!(lang, "naming-value-ends"),
        });
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

    fn key_problem(key: &str) -> Option<String> {
        super::key_problem(Lang::En, key)
    }

    fn value_problem(value: &str) -> Option<String> {
        super::value_problem(Lang::En, value)
    }

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
