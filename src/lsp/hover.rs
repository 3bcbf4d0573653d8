//! Hover: what the spec says about the field under the cursor (its key or its value), in English or
//! Chinese: description, type, default, allowed values, deprecation and replacement. A secret field's value
//! is never quoted (nothing here quotes values but the hovered enum token, and secrets have no enum).

use super::locate::{Mode, Role, locate};
use crate::diagnostic::Span;
use crate::i18n::Lang;
use crate::spec::{Field, FieldMeta, JsonType};
use crate::t;
use std::fmt::Write as _;

/// The hover text (Markdown) for byte `offset` of `text`, and the span it is about.
pub fn hover(text: &str, offset: usize, chinese: bool) -> Option<(String, Span)> {
    let cursor = locate(text, offset, Mode::Hover);
    if cursor.token.start == cursor.token.end {
        return None;
    }
    let field = Field::from_pointer(&cursor.member_pointer()?)?;
    let meta = field.meta();
    let mut out = describe(meta, chinese);
    if let Role::Value { .. } = cursor.role {
        let raw = &text[cursor.token.start..cursor.token.end];
        let value = raw.trim_matches(['"', '\'']);
        if let Some(e) = meta.enum_values.iter().find(|e| e.value == value).filter(|_| !meta.secret) {
            let _ = write!(out, "\n\n`{}`: {}", e.value, e.doc);
        }
    }
    Some((out, cursor.token))
}

/// The language hover and completion write in.
fn lang(chinese: bool) -> Lang {
    if chinese { Lang::ZhCn } else { Lang::En }
}

/// The documentation of one field, as hover and completion show it.
pub fn describe(meta: &FieldMeta, chinese: bool) -> String {
    let mut out = format!("**{}** ({})\n\n", meta.key, type_label_in(meta, lang(chinese)));
    out.push_str(if chinese { meta.zh } else { meta.en });
    let facts = facts(meta, lang(chinese));
    if !facts.is_empty() {
        out.push_str("\n\n");
        out.push_str(&facts.join("\n"));
    }
    out
}

/// The field's JSON type in a word or two, in `lang`.
pub fn type_label_in(meta: &FieldMeta, lang: Lang) -> String {
    match meta.json_type {
        JsonType::String => t!(lang, "lsp-hover-type.string"),
        JsonType::Integer => t!(lang, "lsp-hover-type.integer"),
        JsonType::Number => t!(lang, "lsp-hover-type.number"),
        JsonType::Boolean => t!(lang, "lsp-hover-type.boolean"),
        JsonType::Object | JsonType::Map => t!(lang, "lsp-hover-type.object"),
        JsonType::StringArray => t!(lang, "lsp-hover-type.array-of-strings"),
        JsonType::IntegerArray => t!(lang, "lsp-hover-type.array-of-integers"),
        JsonType::ObjectArray => t!(lang, "lsp-hover-type.array-of-objects"),
    }
}

fn facts(meta: &FieldMeta, lang: Lang) -> Vec<String> {
    let mut facts = Vec::new();
    if meta.deprecated {
        let replacement: Vec<String> = meta.replacement.iter().map(|f| format!("`{}`", f.display())).collect();
        facts.push(if replacement.is_empty() {
            t!(lang, "lsp-hover-deprecated")
        } else {
            t!(lang, "lsp-hover-deprecated.use", fields = replacement.join(&t!(lang, "lsp-hover-or")))
        });
    }
    if let Some(default) = meta.default.or(meta.default_note) {
        facts.push(t!(lang, "lsp-hover-default", default));
    }
    if let (Some(min), Some(max)) = (meta.minimum, meta.maximum) {
        facts.push(t!(lang, "lsp-hover-range", min, max));
    }
    if !meta.values.is_empty() {
        let values: Vec<String> = meta.values.iter().map(|v| format!("`{v}`")).collect();
        facts.push(t!(lang, "lsp-hover-values", values = values.join(&t!(lang, "list-separator"))));
    }
    if !meta.enum_values.is_empty() {
        // The tokens' own lines of docs are in English only in the spec.
        let head =
            if meta.catalog.is_some() { t!(lang, "lsp-hover-values.known") } else { t!(lang, "lsp-hover-values.head") };
        facts.push(head);
        facts.extend(meta.enum_values.iter().map(|e| format!("- `{}`: {}", e.value, e.doc)));
    }
    facts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_shows_its_description_type_and_values() {
        let text = r#"{"cluster_type": "ManagedKubernetes"}"#;
        let (md, span) = hover(text, 3, false).unwrap();
        assert_eq!(span, Span::new(1, 15));
        assert!(md.starts_with("**cluster_type** (string)"), "{md}");
        assert!(md.contains("- `ManagedKubernetes`"), "{md}");
        let (zh, _) = hover(text, 3, true).unwrap();
        assert!(zh.contains(Field::ClusterType.meta().zh));
        let (value, _) = hover(text, 20, false).unwrap();
        assert!(value.contains("\n\n`ManagedKubernetes`: "), "{value}");
    }

    #[test]
    fn a_deprecated_key_names_its_replacement_and_unknown_keys_have_no_hover() {
        let text = r#"{"login_password": "Hunter2-secret", "no_such": 1}"#;
        let (md, _) = hover(text, 3, false).unwrap();
        assert!(md.contains("**Deprecated**: use `"), "{md}");
        let (value, _) = hover(text, 22, false).unwrap();
        assert!(!value.contains("Hunter2"));
        assert_eq!(hover(text, 40, false), None);
        assert_eq!(hover(text, 0, false), None);
    }
}
