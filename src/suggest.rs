//! "Did you mean …?" for unknown keys and misspelled values. The same decision gives the help line and the
//! fix: a key is renamed, or a token replaced, only when the suggestion is a single unambiguous one.

use crate::fix::Applicability;
use crate::i18n::Lang;
use crate::i18n::fragments::{backticked, join_or};
use crate::spec::{FIELD_META, Field, FieldMeta};
use crate::t;

/// The candidate closest to `word` by edit distance, when it is close enough to be a likely typo (the first
/// of several equally close ones).
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    nearest(word, candidates).map(|(_, all)| all[0])
}

/// The candidates closest to `word` by edit distance (ignoring case), with that distance, when they are
/// close enough to be likely typos; several when they tie.
fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<(usize, Vec<&'a str>)> {
    let lower = word.to_lowercase();
    let mut best: Option<(usize, Vec<&'a str>)> = None;
    for c in candidates {
        let d = strsim::osa_distance(&lower, &c.to_lowercase());
        if d > (c.chars().count() / 3).clamp(1, 3) {
            continue;
        }
        match &mut best {
            Some((b, all)) if d == *b => all.push(c),
            Some((b, _)) if d > *b => {}
            _ => best = Some((d, vec![c])),
        }
    }
    best
}

/// The one candidate equal to `word` but for ASCII case (`postpaid` → `PostPaid`); `None` when there is none
/// or more than one, or when `word` is itself a candidate.
pub fn case_slip<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let mut found = None;
    for c in candidates {
        if c == word {
            return None;
        }
        if c.eq_ignore_ascii_case(word) {
            if found.is_some() {
                return None;
            }
            found = Some(c);
        }
    }
    found
}

/// What an unknown key most likely is.
#[derive(Debug, Clone, PartialEq)]
pub enum KeySuggestion {
    /// Another tool's name for a field of the same object (a Terraform argument, another client's spelling).
    Alias(Field),
    /// A field of the same object written in another case.
    Case(Field),
    /// The one field of the same object within a few edits, and how many.
    Typo(Field, usize),
    /// Several fields of the same object, equally close or equally named.
    Ambiguous(Vec<&'static str>),
    /// A field of an object below this one (its name relative to this object): written one level too high.
    Deeper(String),
    /// A field, or another tool's name for a field, elsewhere in the request.
    Elsewhere(Field),
}

impl KeySuggestion {
    /// What the help line says for the unknown `key`, in `lang`.
    pub fn help(&self, lang: Lang, key: &str) -> String {
        match self {
            KeySuggestion::Alias(f) => t!(lang, "suggest-key.alias", field = f.meta().key, key),
            KeySuggestion::Case(f) => t!(lang, "suggest-key.case", field = f.meta().key),
            KeySuggestion::Typo(f, _) => t!(lang, "suggest-key.typo", field = f.meta().key),
            KeySuggestion::Ambiguous(keys) => {
                t!(lang, "suggest-key.ambiguous", fields = join_or(lang, &backticked(keys)))
            }
            KeySuggestion::Deeper(name) => t!(lang, "suggest-key.deeper", key, name = name.as_str()),
            KeySuggestion::Elsewhere(field) => t!(lang, "suggest-key.elsewhere", key, name = field.display()),
        }
    }

    /// The field of the same object to rename the key to, and whether that is safe: another tool's name and
    /// a case slip name the field for certain, and so does a single slip of the keyboard (one character
    /// added, dropped, changed, or two swapped); a key two or three edits away might be a field acklint does
    /// not know yet, so renaming it is unsafe. `None` when the key is ambiguous or belongs elsewhere.
    pub fn rename(&self) -> Option<(&'static FieldMeta, Applicability)> {
        match self {
            KeySuggestion::Alias(f) | KeySuggestion::Case(f) | KeySuggestion::Typo(f, 1) => {
                Some((f.meta(), Applicability::Safe))
            }
            KeySuggestion::Typo(f, _) => Some((f.meta(), Applicability::Unsafe)),
            _ => None,
        }
    }
}

/// What the unknown `key` in an object of the field `parent` (`None` = the top level) most likely is.
pub fn unknown_key(parent: Option<Field>, key: &str) -> Option<KeySuggestion> {
    let parent_path = parent.map_or("", Field::path);
    let siblings: Vec<&'static FieldMeta> = FIELD_META.iter().filter(|m| parent_of(m.path) == parent_path).collect();
    // One name: the single sibling it names, or all of them when several answer to it.
    let one = |found: Vec<&'static FieldMeta>, make: fn(Field) -> KeySuggestion| match found.as_slice() {
        [] => None,
        [m] => Some(make(m.field)),
        many => Some(KeySuggestion::Ambiguous(many.iter().map(|m| m.key).collect())),
    };
    // Another tool's name for a field of this object: Terraform arguments, other clients' spellings.
    let aliases = siblings.iter().copied().filter(|m| m.aliases.contains(&key)).collect();
    if let Some(s) = one(aliases, KeySuggestion::Alias) {
        return Some(s);
    }
    let cased = siblings.iter().copied().filter(|m| m.key.eq_ignore_ascii_case(key)).collect();
    if let Some(s) = one(cased, KeySuggestion::Case) {
        return Some(s);
    }
    if let Some((distance, keys)) = nearest(key, siblings.iter().map(|m| m.key)) {
        return Some(match keys.as_slice() {
            [k] => KeySuggestion::Typo(siblings.iter().find(|m| m.key == *k).expect("a sibling's key").field, distance),
            _ => KeySuggestion::Ambiguous(keys),
        });
    }
    // The same key deeper in this object: a field written one level too high.
    let prefix = format!("{parent_path}/");
    if let Some(m) = FIELD_META.iter().find(|m| m.key == key && m.path.starts_with(&prefix)) {
        return Some(KeySuggestion::Deeper(relative(m.field, parent)));
    }
    // Elsewhere in the request, or an alias of a field elsewhere.
    FIELD_META.iter().find(|m| m.key == key || m.aliases.contains(&key)).map(|m| KeySuggestion::Elsewhere(m.field))
}

fn parent_of(path: &str) -> &str {
    let head = path.rsplit_once('/').map_or("", |(h, _)| h);
    head.strip_suffix("/*").unwrap_or(head)
}

/// The name of `field` relative to its ancestor `parent` (`None` = the top level): `kubernetes_config.labels`
/// inside `nodepools`.
fn relative(field: Field, parent: Option<Field>) -> String {
    let name = field.display();
    let Some(parent) = parent else { return name.to_string() };
    let rest = &name[parent.display().len()..];
    rest.strip_prefix("[]").unwrap_or(rest).trim_start_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ties_are_ambiguous_and_a_case_slip_is_one_token() {
        assert_eq!(nearest("zone_idz", ["zone_id", "zone_ids", "vpcid"]), Some((1, vec!["zone_id", "zone_ids"])));
        assert_eq!(closest("zone_idz", ["zone_id", "zone_ids"]), Some("zone_id"));
        assert_eq!(case_slip("postpaid", ["PrePaid", "PostPaid"]), Some("PostPaid"));
        assert_eq!(case_slip("PostPaid", ["PrePaid", "PostPaid"]), None);
        assert_eq!(case_slip("a", ["A", "a"]), None);
        assert_eq!(case_slip("x", ["A", "B"]), None);
    }

    #[test]
    fn suggestions_name_one_field_or_say_why_not() {
        let key = |s: Option<KeySuggestion>| s.and_then(|s| s.rename()).map(|(m, a)| (m.key, a));
        assert_eq!(key(unknown_key(None, "vpc_id")), Some(("vpcid", Applicability::Safe)));
        assert_eq!(key(unknown_key(None, "pod_cidr")), Some(("container_cidr", Applicability::Safe)));
        assert_eq!(key(unknown_key(None, "VPCID")), Some(("vpcid", Applicability::Safe)));
        assert_eq!(key(unknown_key(None, "contianer_cidr")), Some(("container_cidr", Applicability::Safe)));
        assert!(matches!(unknown_key(None, "zone_idz"), Some(KeySuggestion::Ambiguous(_))));
        assert_eq!(key(unknown_key(None, "zone_idz")), None);
    }
}
