//! Completion from the spec: the keys of the object at the cursor (those already present left out,
//! deprecated ones tagged and listed last) and the values of a field with a closed set of values.

use super::hover::describe;
use super::locate::{Cursor, Mode, Role, locate};
use super::positions::LineMap;
use crate::i18n::Lang;
use crate::spec::{FIELD_META, Field, FieldMeta, JsonType};
use crate::t;
use lsp_types::{
    CompletionItem, CompletionItemKind, CompletionItemTag, CompletionTextEdit, Documentation, MarkupContent,
    MarkupKind, TextEdit,
};
use std::collections::HashMap;
use std::sync::OnceLock;

/// The completions at byte `offset` of `text`.
pub fn complete(text: &str, offset: usize, map: &LineMap, chinese: bool) -> Vec<CompletionItem> {
    let cursor = locate(text, offset, Mode::Completion);
    match &cursor.role {
        Role::Key { key } if cursor.in_object => keys(text, &cursor, key, map, chinese),
        Role::Value { .. } => values(text, &cursor, map, chinese),
        _ => Vec::new(),
    }
}

/// The spec's fields by parent (`None`: the top level).
fn children(parent: Option<Field>) -> &'static [&'static FieldMeta] {
    static CHILDREN: OnceLock<HashMap<Option<Field>, Vec<&'static FieldMeta>>> = OnceLock::new();
    let all = CHILDREN.get_or_init(|| {
        let mut all: HashMap<Option<Field>, Vec<&'static FieldMeta>> = HashMap::new();
        for m in &FIELD_META {
            all.entry(m.field.parent()).or_default().push(m);
        }
        all
    });
    all.get(&parent).map_or(&[], Vec::as_slice)
}

fn keys(text: &str, cursor: &Cursor, typed: &str, map: &LineMap, chinese: bool) -> Vec<CompletionItem> {
    let pointer = cursor.pointer();
    let parent = if pointer.is_empty() {
        None
    } else {
        match Field::from_pointer(&pointer) {
            Some(f) if matches!(f.meta().json_type, JsonType::Object | JsonType::ObjectArray) => Some(f),
            _ => return Vec::new(),
        }
    };
    // The key being typed is in the list of keys: it does not count as present.
    let mut present = cursor.keys.clone();
    if let Some(i) = present.iter().position(|k| k == typed).filter(|_| cursor.token.start < cursor.token.end) {
        present.remove(i);
    }
    let token = &text[cursor.token.start..cursor.token.end];
    let colon_follows = text[cursor.token.end..].trim_start().starts_with(':');
    let range = map.range(text, cursor.token.start, cursor.token.end);
    children(parent)
        .iter()
        .filter(|m| !present.iter().any(|k| k == m.key))
        .map(|m| {
            let quoted = format!("\"{}\"", m.key);
            let new_text = if colon_follows { quoted.clone() } else { format!("{quoted}: ") };
            CompletionItem {
                label: m.key.to_string(),
                kind: Some(CompletionItemKind::PROPERTY),
                detail: Some(super::hover::type_label_in(m, if chinese { Lang::ZhCn } else { Lang::En })),
                documentation: Some(markdown(describe(m, chinese))),
                tags: m.deprecated.then(|| vec![CompletionItemTag::DEPRECATED]),
                #[allow(deprecated)]
                deprecated: m.deprecated.then_some(true),
                sort_text: Some(format!("{}{}", u8::from(m.deprecated), m.key)),
                filter_text: Some(if token.starts_with(['"', '\'']) { quoted } else { m.key.to_string() }),
                text_edit: Some(CompletionTextEdit::Edit(TextEdit { range, new_text })),
                ..CompletionItem::default()
            }
        })
        .collect()
}

fn values(text: &str, cursor: &Cursor, map: &LineMap, chinese: bool) -> Vec<CompletionItem> {
    let lang = if chinese { Lang::ZhCn } else { Lang::En };
    let Some(field) = cursor.member_pointer().and_then(|p| Field::from_pointer(&p)) else { return Vec::new() };
    let meta = field.meta();
    let string = meta.json_type == JsonType::String;
    let mut choices: Vec<(String, String, Option<String>)> = meta
        .enum_values
        .iter()
        .map(|e| (e.value.to_string(), e.doc.to_string(), e.disputed.map(|why| disputed(lang, why))))
        .collect();
    choices.extend(meta.values.iter().map(|v| (v.to_string(), String::new(), None)));
    if meta.json_type == JsonType::Boolean {
        choices.extend(["true", "false"].map(|b| (b.to_string(), String::new(), None)));
    }
    let range = map.range(text, cursor.token.start, cursor.token.end);
    let token = &text[cursor.token.start..cursor.token.end];
    choices
        .into_iter()
        .enumerate()
        .map(|(i, (value, doc, detail))| {
            let new_text = if string { format!("\"{value}\"") } else { value.clone() };
            CompletionItem {
                label: value.clone(),
                kind: Some(CompletionItemKind::ENUM_MEMBER),
                detail,
                documentation: (!doc.is_empty()).then(|| markdown(doc)),
                sort_text: Some(format!("{i:04}")),
                filter_text: Some(if token.starts_with(['"', '\'']) { new_text.clone() } else { value }),
                text_edit: Some(CompletionTextEdit::Edit(TextEdit { range, new_text })),
                ..CompletionItem::default()
            }
        })
        .collect()
}

/// The detail of a disputed token: why, in English; the spec has the reason in English only, so other
/// languages say that the sources disagree.
fn disputed(lang: Lang, why: &str) -> String {
    let reason = if lang == Lang::En { why.to_string() } else { t!(lang, "sch004-disputed.reason") };
    t!(lang, "lsp-completion-disputed", reason)
}

fn markdown(value: String) -> Documentation {
    Documentation::MarkupContent(MarkupContent { kind: MarkupKind::Markdown, value })
}

#[cfg(test)]
mod tests {
    use super::super::positions::Encoding;
    use super::*;

    fn at(text: &str) -> Vec<CompletionItem> {
        let offset = text.find('|').unwrap();
        let text = text.replace('|', "");
        complete(&text, offset, &LineMap::new(&text, Encoding::Utf16), false)
    }

    fn labels(items: &[CompletionItem]) -> Vec<&str> {
        items.iter().map(|i| i.label.as_str()).collect()
    }

    #[test]
    fn keys_of_the_object_at_the_cursor_without_those_present() {
        let items = at(r#"{"cluster_type": "ManagedKubernetes", "vp|"#);
        let names = labels(&items);
        assert!(names.contains(&"vpcid") && names.contains(&"region_id"));
        assert!(!names.contains(&"cluster_type"));
        let vpcid = items.iter().find(|i| i.label == "vpcid").unwrap();
        let Some(CompletionTextEdit::Edit(edit)) = &vpcid.text_edit else { panic!() };
        assert_eq!(edit.new_text, "\"vpcid\": ");
        assert_eq!((edit.range.start.character, edit.range.end.character), (38, 41));
        // Deprecated keys sort last and carry the tag.
        let password = items.iter().find(|i| i.label == "login_password").unwrap();
        assert_eq!(password.tags, Some(vec![CompletionItemTag::DEPRECATED]));
        assert!(password.sort_text.as_deref().unwrap() > vpcid.sort_text.as_deref().unwrap());
        let pool = at(r#"{"nodepools": [{"scaling_group": {|}}]}"#);
        assert!(labels(&pool).contains(&"instance_types"), "{:?}", labels(&pool));
        assert!(at(r#"{"tags": [{"key": "a", |}]}"#).iter().all(|i| i.label != "cluster_type"));
    }

    #[test]
    fn values_of_a_closed_set() {
        let items = at(r#"{"cluster_type": "Man|"}"#);
        assert!(labels(&items).contains(&"ManagedKubernetes"));
        let Some(CompletionTextEdit::Edit(edit)) = &items[0].text_edit else { panic!() };
        assert!(edit.new_text.starts_with('"'));
        assert!(at(r#"{"name": |}"#).is_empty());
        assert!(at(r#"{"zone_ids": [|]}"#).is_empty());
    }
}
