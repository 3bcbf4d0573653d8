//! "Did you mean …?" for unknown keys and misspelled values.

use crate::spec::{FIELD_META, Field, FieldMeta};

/// The candidate closest to `word` by edit distance, when it is close enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let lower = word.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::osa_distance(&lower, &c.to_lowercase()), c))
        .filter(|(d, c)| *d <= (c.chars().count() / 3).clamp(1, 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Help for an unknown `key` in the object at `pointer` (whose field is `parent`; `None` = the top level).
pub fn unknown_key(parent: Option<Field>, pointer: &str, key: &str) -> Option<String> {
    let parent_path = parent.map_or("", Field::path);
    let siblings: Vec<&FieldMeta> = FIELD_META.iter().filter(|m| parent_of(m.path) == parent_path).collect();
    // Another tool's name for a field of this object: Terraform arguments, other clients' spellings.
    if let Some(m) = siblings.iter().find(|m| m.aliases.contains(&key)) {
        return Some(format!("did you mean `{}`? `{key}` is another tool's name for it", m.key));
    }
    if let Some(m) = siblings.iter().find(|m| m.key.eq_ignore_ascii_case(key)) {
        return Some(format!("did you mean `{}`? keys are case-sensitive", m.key));
    }
    if let Some(c) = closest(key, siblings.iter().map(|m| m.key)) {
        return Some(format!("did you mean `{c}`?"));
    }
    // The same key deeper in this object: a field written one level too high.
    let prefix = format!("{parent_path}/");
    if let Some(m) = FIELD_META.iter().find(|m| m.key == key && m.path.starts_with(&prefix)) {
        return Some(format!("`{key}` belongs in `{}`", relative(m.path, parent_path)));
    }
    // Elsewhere in the request, or an alias of a field elsewhere.
    if let Some(m) = FIELD_META.iter().find(|m| m.key == key || m.aliases.contains(&key)) {
        let _ = pointer;
        return Some(format!("`{key}` is not a field here; the request has `{}`", m.path));
    }
    None
}

fn parent_of(path: &str) -> &str {
    let head = path.rsplit_once('/').map_or("", |(h, _)| h);
    head.strip_suffix("/*").unwrap_or(head)
}

/// `/nodepools/*/kubernetes_config/labels` relative to `/nodepools/*` → `kubernetes_config.labels`.
fn relative(path: &str, parent: &str) -> String {
    let rest = path[parent.len()..].trim_start_matches('/').trim_start_matches("*/");
    rest.replace("/*/", "[].").replace('/', ".")
}
