//! The fixes of the structure check: a value of the wrong type converted without loss (SCH001), an unknown key
//! renamed to the one field it names (SCH002), a token in the wrong case (SCH004).
//!
//! A fix is offered only when its result is certain to be what the author meant and meets every constraint
//! the structure check puts on the field: a converted value or a renamed member that would only trade this
//! finding for another one gets no fix.

use crate::document::{Document, NodeValue, is_secret_key, push_escaped};
use crate::fix::{Applicability, Fix};
use crate::i18n::Lang;
use crate::schema_check::{self, SchemaErrorKind};
use crate::spec::FieldMeta;
use crate::suggest::KeySuggestion;
use serde_json::Value;
use std::collections::HashMap;

use crate::t;

/// The fix for a value at `pointer` that is not of the JSON type `expected`, when it converts to that type
/// without loss. `meta` is the field the pointer lands in (the array, for an item of one).
pub(super) fn wrong_type(
    doc: &Document,
    body: &Value,
    lang: Lang,
    pointer: &str,
    found: &Value,
    expected: &str,
    meta: Option<&FieldMeta>,
) -> Option<Fix> {
    // A secret's value stays byte for byte as written.
    if meta.is_some_and(|m| m.secret) || touches_secret(pointer) {
        return None;
    }
    let item = meta.is_some_and(|m| super::is_array_item(pointer, m));
    let content = meta.filter(|_| !item).and_then(|m| m.content);
    let takes_boolean_strings = content == Some("boolean")
        || meta.is_some_and(|m| ["true", "false"].iter().all(|b| m.enum_values.iter().any(|e| e.value == *b)));
    let (json, message) = match (expected, found) {
        // The number exactly as written, in quotes: never reformatted.
        ("string", Value::Number(_)) => {
            let raw = raw_text(doc, pointer)?;
            if !is_strict_number(raw) {
                return None;
            }
            (format!("\"{raw}\""), t!(lang, "sch001.fix-quote-number", number = raw))
        }
        ("string", Value::Bool(b)) if takes_boolean_strings => {
            (format!("\"{b}\""), t!(lang, "sch001.fix-quote-boolean", value = b.to_string()))
        }
        ("string", Value::Object(_)) if content == Some("json-object") => {
            let compact = compact_json(doc, pointer)?;
            let json = serde_json::to_string(&compact).ok()?;
            (json, t!(lang, "sch001.fix-serialize"))
        }
        // Only the canonical spelling: `"03"`, `"+3"`, `"3.0"` or `" 3"` might mean something else.
        ("integer", Value::String(s)) if s.parse::<i64>().is_ok_and(|n| n.to_string() == *s) => {
            (s.clone(), t!(lang, "sch001.fix-unquote-number", number = s.as_str()))
        }
        ("number", Value::String(s)) if is_strict_number(s) && !s.contains(['e', 'E']) => {
            (s.clone(), t!(lang, "sch001.fix-unquote-number", number = s.as_str()))
        }
        ("boolean", Value::String(s)) if matches!(s.as_str(), "true" | "false") => {
            (s.clone(), t!(lang, "sch001.fix-unquote-boolean", value = s.as_str()))
        }
        _ => return None,
    };
    let converted: Value = serde_json::from_str(&json).ok()?;
    fits_at(body, pointer, &converted).then(|| Fix::safe(message).replace(pointer, json))
}

/// The fixes for the unknown keys of the object at `pointer` (`object` in `body`), one per entry of
/// `suggestions` (each key with what [`crate::suggest::unknown_key`] made of it): a rename to the one field the
/// suggestion names, when that field is not set, no other unknown key of the object names it too, the key is
/// written once, and the value meets the field's constraints.
pub(super) fn renames(
    doc: &Document,
    body: &Value,
    lang: Lang,
    pointer: &str,
    object: &Value,
    suggestions: &[(&str, Option<KeySuggestion>)],
) -> Vec<Option<Fix>> {
    let target = |s: &Option<KeySuggestion>| s.as_ref().and_then(KeySuggestion::rename);
    // How often each key is written in the object (a duplicate is not renamed: one of the two would stay).
    let mut written: HashMap<&str, usize> = HashMap::new();
    if let Some(NodeValue::Object(list)) = doc.root().and_then(|r| r.find(pointer)).map(|(_, n)| &n.value) {
        for m in list {
            *written.entry(m.key.as_str()).or_default() += 1;
        }
    }
    let mut named: HashMap<&str, usize> = HashMap::new();
    for (_, s) in suggestions {
        if let Some((m, _)) = target(s) {
            *named.entry(m.key).or_default() += 1;
        }
    }
    suggestions
        .iter()
        .map(|(key, suggestion)| {
            let (meta, applicability) = target(suggestion)?;
            let members = object.as_object()?;
            if members.contains_key(meta.key) || named.get(meta.key) != Some(&1) || written.get(key) != Some(&1) {
                return None;
            }
            let mut from = pointer.to_string();
            from.push('/');
            push_escaped(&mut from, key);
            let mut to = pointer.to_string();
            to.push('/');
            push_escaped(&mut to, meta.key);
            if !fits_at(body, &to, members.get(*key)?) {
                return None;
            }
            let message = t!(lang, "sch002.fix", key = *key, field = meta.key);
            Some(Fix::new(applicability, message).rename_key(from, meta.key))
        })
        .collect()
}

/// The fix for a token that is one of `tokens` but for its case (`postpaid` → `PostPaid`): API tokens are
/// case-sensitive, and a token that differs only in case can mean nothing else.
pub(super) fn token_case<'a>(
    lang: Lang,
    pointer: &str,
    found: &str,
    tokens: impl IntoIterator<Item = &'a str>,
    meta: Option<&FieldMeta>,
) -> Option<Fix> {
    if meta.is_some_and(|m| m.secret) || touches_secret(pointer) {
        return None;
    }
    let token = crate::suggest::case_slip(found, tokens)?;
    let json = serde_json::to_string(token).ok()?;
    let message = t!(lang, "sch004.fix", value = found, token);
    Some(Fix::new(Applicability::Safe, message).replace(pointer, json))
}

/// Whether a key on the way to `pointer` holds a secret (or looks like one's key), its last included.
fn touches_secret(pointer: &str) -> bool {
    pointer.split('/').skip(1).any(|k| is_secret_key(&crate::document::unescape_segment(k)))
}

/// The text of the value at `pointer`, as written.
fn raw_text<'d>(doc: &'d Document, pointer: &str) -> Option<&'d str> {
    let span = doc.span_of(pointer)?;
    doc.text.get(span.start..span.end)
}

/// Whether `raw` is a number as RFC 8259 writes it (`-`, digits without a leading zero, a fraction, an
/// exponent; nothing else, no spaces).
fn is_strict_number(raw: &str) -> bool {
    raw.bytes().all(|b| b.is_ascii_digit() || b"-+.eE".contains(&b))
        && !raw.starts_with('+')
        && serde_json::from_str::<serde_json::Number>(raw).is_ok()
}

/// The value at `pointer` as compact JSON: its own text without the spaces and line breaks between tokens, so
/// keys keep their order and numbers and strings their spelling. `None` unless the text is strict JSON
/// (a comment would be lost) without a key written twice (the duplicate would be hidden in a string).
fn compact_json(doc: &Document, pointer: &str) -> Option<String> {
    let raw = raw_text(doc, pointer)?;
    serde_json::from_str::<serde::de::IgnoredAny>(raw).ok()?;
    let (_, node) = doc.root()?.find(pointer)?;
    let mut twice = false;
    node.walk(&mut |_, _, n| {
        if let NodeValue::Object(members) = &n.value {
            let mut keys: Vec<&str> = members.iter().map(|m| m.key.as_str()).collect();
            keys.sort_unstable();
            twice |= keys.windows(2).any(|w| w[0] == w[1]);
        }
    });
    if twice {
        return None;
    }
    let mut out = String::with_capacity(raw.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in raw.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if !matches!(c, ' ' | '\t' | '\n' | '\r') {
            in_string = c == '"';
            out.push(c);
        }
    }
    Some(out)
}

/// Whether `value`, put at `pointer` of `body` (whose parent exists), meets every constraint the structure
/// check puts on it and below it: its type, tokens, bounds, required members and formats. Checked on a
/// skeleton body that holds only the way down to it, so it costs little however large the body is.
fn fits_at(body: &Value, pointer: &str, value: &Value) -> bool {
    let Some(rest) = pointer.strip_prefix('/') else { return false };
    let segments: Vec<std::borrow::Cow<'_, str>> = rest.split('/').map(crate::document::unescape_segment).collect();
    // Whether each segment is an index of an array (or a key of an object), read from the body.
    let mut in_array = Vec::with_capacity(segments.len());
    let mut node = body;
    for (i, segment) in segments.iter().enumerate() {
        in_array.push(node.is_array());
        if i + 1 == segments.len() {
            break;
        }
        node = match node {
            Value::Object(m) => m.get(segment.as_ref()),
            Value::Array(a) => segment.parse::<usize>().ok().and_then(|i| a.get(i)),
            _ => None,
        }
        .unwrap_or(&Value::Null);
        if !node.is_object() && !node.is_array() {
            return false;
        }
    }
    let mut skeleton = value.clone();
    for (segment, &array) in segments.iter().zip(&in_array).rev() {
        skeleton = if array {
            Value::Array(vec![skeleton])
        } else {
            Value::Object([(segment.to_string(), skeleton)].into_iter().collect())
        };
    }
    let mut at = String::new();
    for (segment, &array) in segments.iter().zip(&in_array) {
        at.push('/');
        if array {
            at.push('0');
        } else {
            push_escaped(&mut at, segment);
        }
    }
    let below = |p: &str| p.strip_prefix(at.as_str()).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'));
    let schema_ok = schema_check::errors(&skeleton)
        .iter()
        .all(|e| !below(&e.pointer) || matches!(e.kind, SchemaErrorKind::AdditionalProperties { .. }));
    let mut formats_ok = true;
    crate::patterns::check(&skeleton, &mut |p, _, _| formats_ok &= !below(p));
    schema_ok && formats_ok
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::Severity;
    use crate::fix::{Applicability, FixMode, apply, fix_to_fixed_point};
    use crate::lint::{LintOptions, lint};
    use std::collections::BTreeSet;

    /// A small managed body without findings, `{MORE}` standing for extra top-level members.
    const BASE: &str = r#"{
  "name": "fixes-demo",
  "region_id": "cn-hangzhou",
  "cluster_type": "ManagedKubernetes",
  "cluster_spec": "ack.pro.small",
  "kubernetes_version": "1.33.1-aliyun.1",
  "vpcid": "vpc-bp1kd7yn4qnrvuzzjg0ph",
  "vswitch_ids": ["vsw-bp1m7d4x9k2q5w8e1r3t6"],
  "container_cidr": "172.20.0.0/16",
  "service_cidr": "192.168.0.0/20",
  "node_cidr_mask": "26",
  "deletion_protection": true,
  "addons": [{ "name": "flannel" }, { "name": "logtail-ds", "config": "{\"sls_project_name\":\"k8s\"}" }],
  "nodepools": [
    {
      "nodepool_info": { "name": "general" },
      "kubernetes_config": { "runtime": "containerd", "runtime_version": "1.6.36" },
      "scaling_group": {
        "instance_charge_type": "PostPaid",
        "instance_types": ["ecs.g7.xlarge"],
        "vswitch_ids": ["vsw-bp1m7d4x9k2q5w8e1r3t6"],
        "system_disk_category": "cloud_essd",
        "system_disk_size": 120,
        "data_disks": [{ "category": "cloud_essd", "size": 500, "encrypted": "true" }],
        "key_pair": "ops-keypair"
      }
    }
  ]
}"#;

    /// `BASE` with each `(from, to)` replaced once.
    fn body(edits: &[(&str, &str)]) -> String {
        edits.iter().fold(BASE.to_string(), |text, (from, to)| {
            assert!(text.contains(from), "{from} not in the base body");
            text.replacen(from, to, 1)
        })
    }

    fn errors(text: &str) -> BTreeSet<(String, String)> {
        let report = lint("t.json", text.as_bytes(), &LintOptions::default());
        report
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| (d.code.to_string(), d.pointer.clone().unwrap_or_default()))
            .collect()
    }

    /// The fixes of `code` findings in `text`: (pointer, applicability, message), and the text with every one
    /// of the `mode` fixes of that code applied once. Checks that the fixed findings are gone and that no
    /// error-level finding appeared.
    fn fixes(text: &str, code: &str, mode: FixMode) -> (Vec<(String, Applicability, String)>, String) {
        let report = lint("t.json", text.as_bytes(), &LintOptions::default());
        let ours: Vec<_> = report.diagnostics.iter().filter(|d| d.code == code).collect();
        let listed = ours
            .iter()
            .filter_map(|d| d.fix.as_ref().map(|f| (d.pointer.clone().unwrap(), f.applicability, f.message.clone())))
            .collect();
        let taken: Vec<_> =
            ours.iter().filter_map(|d| d.fix.as_ref()).filter(|f| mode.takes(f.applicability)).collect();
        let applied = apply(text, taken.iter().copied());
        assert!(applied.skipped.is_empty(), "fixes overlap");
        let after = lint("t.json", applied.text.as_bytes(), &LintOptions::default());
        for d in ours.iter().filter(|d| d.fix.as_ref().is_some_and(|f| mode.takes(f.applicability))) {
            let again = after.diagnostics.iter().any(|a| a.code == d.code && a.pointer == d.pointer);
            assert!(!again, "{} at {:?} not fixed:\n{}", d.code, d.pointer, applied.text);
        }
        let new: Vec<_> = errors(&applied.text).difference(&errors(text)).cloned().collect();
        assert!(new.is_empty(), "new errors {new:?} in\n{}", applied.text);
        (listed, applied.text)
    }

    fn safe(pointer: &str, message: &str) -> (String, Applicability, String) {
        (pointer.to_string(), Applicability::Safe, message.to_string())
    }

    #[test]
    fn the_base_body_is_clean() {
        let report = lint("t.json", BASE.as_bytes(), &LintOptions::default());
        assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
    }

    #[test]
    fn numbers_for_strings_are_quoted_as_written() {
        let text = body(&[
            (r#""node_cidr_mask": "26""#, r#""node_cidr_mask": 26"#),
            (
                r#""key_pair": "ops-keypair""#,
                r#""key_pair": "ops-keypair", "spot_strategy": "SpotWithPriceLimit", "spot_price_limit": [{ "instance_type": "ecs.g7.xlarge", "price_limit": 0.390 }]"#,
            ),
        ]);
        let (listed, fixed) = fixes(&text, "SCH001", FixMode::Safe);
        assert_eq!(
            listed,
            vec![
                safe("/node_cidr_mask", r#"quote the number: `"26"`"#),
                safe("/nodepools/0/scaling_group/spot_price_limit/0/price_limit", r#"quote the number: `"0.390"`"#),
            ]
        );
        assert!(fixed.contains(r#""node_cidr_mask": "26","#) && fixed.contains(r#""price_limit": "0.390" }"#));
        // Only the edited bytes differ.
        assert_eq!(fixed.len(), text.len() + 4);
    }

    #[test]
    fn a_tolerated_integer_is_quoted_too() {
        let text = body(&[(
            r#""deletion_protection": true,"#,
            r#""deletion_protection": true, "worker_data_disks": [{ "category": "cloud_essd", "size": 40 }],"#,
        )]);
        let report = lint("t.json", text.as_bytes(), &LintOptions::default());
        let d = report.diagnostics.iter().find(|d| d.code == "SCH001").unwrap();
        assert_eq!(d.severity, Severity::Warning);
        assert_eq!(d.fix.as_ref().map(|f| f.message.as_str()), Some(r#"quote the number: `"40"`"#));
        let applied = apply(&text, [d.fix.as_ref().unwrap()]);
        assert!(applied.text.contains(r#""size": "40" }"#));
    }

    #[test]
    fn strings_for_numbers_and_booleans_lose_their_quotes_only_when_canonical() {
        let text = body(&[
            (r#""system_disk_size": 120"#, r#""system_disk_size": "120""#),
            (r#""deletion_protection": true"#, r#""deletion_protection": "false""#),
            (r#""size": 500"#, r#""size": "0500""#),
        ]);
        let (listed, fixed) = fixes(&text, "SCH001", FixMode::Unsafe);
        assert_eq!(
            listed,
            vec![
                safe("/deletion_protection", "write `false` without quotes"),
                safe("/nodepools/0/scaling_group/system_disk_size", "write the number without quotes: `120`"),
            ]
        );
        assert_eq!(
            fixed,
            body(&[
                (r#""deletion_protection": true"#, r#""deletion_protection": false"#),
                (r#""size": 500"#, r#""size": "0500""#)
            ])
        );
        for near_miss in [r#""3.0""#, r#"" 3""#, r#""+3""#, r#""-0""#, r#""99999999999999999999""#, r#""3e0""#] {
            let text = body(&[(r#""system_disk_size": 120"#, &format!(r#""system_disk_size": {near_miss}"#))]);
            assert_eq!(fixes(&text, "SCH001", FixMode::Unsafe).0, vec![], "{near_miss}");
        }
        for near_miss in [r#""True""#, r#""1""#, r#""yes""#, r#"" true""#] {
            let text = body(&[(r#""deletion_protection": true"#, &format!(r#""deletion_protection": {near_miss}"#))]);
            assert_eq!(fixes(&text, "SCH001", FixMode::Unsafe).0, vec![], "{near_miss}");
        }
    }

    #[test]
    fn a_converted_value_must_meet_the_field_s_constraints() {
        // Out of range once unquoted, or without the format once quoted: the fix would trade one error for
        // another.
        for (from, to) in [
            (r#""system_disk_size": 120"#, r#""system_disk_size": "10""#),
            (r#""node_cidr_mask": "26""#, r#""node_cidr_mask": -1"#),
            (r#""node_cidr_mask": "26""#, r#""node_cidr_mask": 2.6e1"#),
            (r#""deletion_protection": true"#, r#""name": true, "deletion_protection": true"#),
        ] {
            let text = body(&[(from, to)]);
            assert!(errors(&text).iter().any(|(c, _)| c == "SCH001"), "{to}");
            assert_eq!(fixes(&text, "SCH001", FixMode::Unsafe).0, vec![], "{to}");
        }
    }

    #[test]
    fn booleans_are_quoted_for_fields_that_take_the_strings() {
        let text = body(&[(r#""encrypted": "true""#, r#""encrypted": true"#)]);
        let (listed, fixed) = fixes(&text, "SCH001", FixMode::Safe);
        assert_eq!(
            listed,
            vec![safe("/nodepools/0/scaling_group/data_disks/0/encrypted", r#"quote the boolean: `"true"`"#)]
        );
        assert_eq!(fixed, BASE);
    }

    #[test]
    fn an_addon_config_object_becomes_its_json_text() {
        let text = body(&[(
            r#""config": "{\"sls_project_name\":\"k8s\"}" }"#,
            "\"config\": {\n      \"sls_project_name\": \"k8s\",\n      \"b\": [1.50, \"x y\", \"\\u00e9\"]\n    } }",
        )]);
        let (listed, fixed) = fixes(&text, "SCH001", FixMode::Safe);
        assert_eq!(listed, vec![safe("/addons/1/config", "serialize the object into a JSON string")]);
        assert!(
            fixed.contains(r#""config": "{\"sls_project_name\":\"k8s\",\"b\":[1.50,\"x y\",\"\\u00e9\"]}" }"#),
            "{fixed}"
        );
        // A comment, a key written twice or an array: no fix.
        for config in [r#"{ "a": 1, "a": 2 }"#, "{ \"a\": 1 // note\n }", r#"["a"]"#] {
            let text = body(&[(r#""config": "{\"sls_project_name\":\"k8s\"}""#, &format!(r#""config": {config}"#))]);
            assert_eq!(fixes(&text, "SCH001", FixMode::Unsafe).0, vec![], "{config}");
        }
    }

    #[test]
    fn a_secret_keeps_its_value_and_stays_out_of_messages() {
        let text = body(&[(r#""key_pair": "ops-keypair""#, r#""login_password": 12345678"#)]);
        let report = lint("t.json", text.as_bytes(), &LintOptions::default());
        let d = report.diagnostics.iter().find(|d| d.code == "SCH001").unwrap();
        assert!(d.fix.is_none());
    }

    #[test]
    fn another_tool_s_name_a_case_slip_or_a_typo_is_renamed() {
        let text = body(&[
            (r#""vpcid""#, r#""vpc_id""#),
            (r#""container_cidr""#, r#""Container_CIDR""#),
            (r#""deletion_protection""#, r#""deletion_protecton""#),
            (r#""key_pair""#, r#""kei_par""#),
        ]);
        let (listed, fixed) = fixes(&text, "SCH002", FixMode::Safe);
        assert_eq!(
            listed,
            vec![
                safe("/vpc_id", "rename `vpc_id` to `vpcid`"),
                safe("/Container_CIDR", "rename `Container_CIDR` to `container_cidr`"),
                safe("/deletion_protecton", "rename `deletion_protecton` to `deletion_protection`"),
                (
                    "/nodepools/0/scaling_group/kei_par".into(),
                    Applicability::Unsafe,
                    "rename `kei_par` to `key_pair`".into()
                ),
            ]
        );
        assert_eq!(fixed, body(&[(r#""key_pair""#, r#""kei_par""#)]));
        assert_eq!(fixes(&text, "SCH002", FixMode::Unsafe).1, BASE);
        // The rename answers the missing `vpcid` as well.
        assert!(errors(&text).contains(&("SCH003".into(), String::new())));
        assert!(errors(&fixed).is_empty());
    }

    #[test]
    fn no_rename_when_the_target_is_set_tied_taken_twice_or_the_wrong_type() {
        for (from, to) in [
            // Already set.
            (
                r#""vpcid": "vpc-bp1kd7yn4qnrvuzzjg0ph","#,
                r#""vpcid": "vpc-bp1kd7yn4qnrvuzzjg0ph", "vpc_id": "vpc-bp1other","#,
            ),
            // Two fields one edit away.
            (
                r#""vpcid": "vpc-bp1kd7yn4qnrvuzzjg0ph","#,
                r#""vpcid": "vpc-bp1kd7yn4qnrvuzzjg0ph", "zone_idz": "cn-hangzhou-k","#,
            ),
            // Two unknown keys that name the same field.
            (
                r#""vpcid": "vpc-bp1kd7yn4qnrvuzzjg0ph","#,
                r#""vpc_id": "vpc-bp1kd7yn4qnrvuzzjg0ph", "VPCID": "vpc-bp1kd7yn4qnrvuzzjg0ph","#,
            ),
            // Written twice.
            (r#""vpcid": "vpc-bp1kd7yn4qnrvuzzjg0ph","#, r#""vpc_id": "vpc-a", "vpc_id": "vpc-b","#),
            // A value the field does not take.
            (r#""container_cidr": "172.20.0.0/16""#, r#""pod_cidr": 16"#),
            (r#""node_cidr_mask": "26""#, r#""node_cidr_mask": "26", "Node_CIDR_Mask": "x""#),
            // A field of another object.
            (r#""scaling_group": {"#, r#""instance_types": ["ecs.g7.xlarge"], "scaling_group": {"#),
        ] {
            let text = body(&[(from, to)]);
            let report = lint("t.json", text.as_bytes(), &LintOptions::default());
            assert!(report.diagnostics.iter().any(|d| d.code == "SCH002"), "{to}");
            assert_eq!(fixes(&text, "SCH002", FixMode::Unsafe).0, vec![], "{to}");
        }
    }

    #[test]
    fn a_token_in_the_wrong_case_is_replaced() {
        let text = body(&[
            (r#""instance_charge_type": "PostPaid""#, r#""instance_charge_type": "postpaid""#),
            (r#""system_disk_category": "cloud_essd""#, r#""system_disk_category": "CLOUD_ESSD""#),
        ]);
        let (listed, fixed) = fixes(&text, "SCH004", FixMode::Safe);
        assert_eq!(
            listed,
            vec![
                safe("/nodepools/0/scaling_group/instance_charge_type", "replace `postpaid` with `PostPaid`"),
                safe("/nodepools/0/scaling_group/system_disk_category", "replace `CLOUD_ESSD` with `cloud_essd`"),
            ]
        );
        assert_eq!(fixed, BASE);
        let typo = body(&[(r#""instance_charge_type": "PostPaid""#, r#""instance_charge_type": "PostPiad""#)]);
        assert_eq!(fixes(&typo, "SCH004", FixMode::Unsafe).0, vec![]);
    }

    #[test]
    fn offsets_hold_after_a_byte_order_mark() {
        let text = format!("\u{feff}{}", body(&[(r#""node_cidr_mask": "26""#, r#""node_cidr_mask": 26"#)]));
        let report = lint("t.json", text.as_bytes(), &LintOptions::default());
        let fix = report.diagnostics.iter().find_map(|d| d.fix.as_ref().filter(|_| d.code == "SCH001")).unwrap();
        assert!(apply(&text, [fix]).text.ends_with(&BASE[1..]));
    }

    #[test]
    fn the_typical_mistakes_lose_their_type_and_name_findings() {
        let text = std::fs::read_to_string("examples/broken/typical-mistakes.json").unwrap();
        let out = fix_to_fixed_point("t.json", text.as_bytes(), &LintOptions::default(), FixMode::Safe);
        let codes = |r: &crate::lint::FileReport| r.diagnostics.iter().map(|d| d.code).collect::<Vec<_>>();
        let before = lint("t.json", text.as_bytes(), &LintOptions::default());
        assert_eq!(codes(&before).iter().filter(|c| c.starts_with("SCH")).count(), 5);
        assert!(!codes(&out.report).iter().any(|c| c.starts_with("SCH")), "{:?}", codes(&out.report));
        assert_eq!(out.fixed.len(), 4);
        let new: Vec<_> = errors(&out.text).difference(&errors(&text)).cloned().collect();
        assert!(new.is_empty(), "{new:?}");
    }

    /// Every fixture under `tests/fixes/` of the structure checks: fixing (safe, then unsafe) adds no error,
    /// leaves no fix of the mode behind, and settles: a second run changes nothing.
    #[test]
    fn fixing_the_fixtures_adds_no_error_and_settles() {
        let mut checked = 0;
        for check in [
            "wrong-type",
            "unknown-field",
            "invalid-enum-value",
            "missing-required-field",
            "value-out-of-range",
            "invalid-format",
        ] {
            for entry in std::fs::read_dir(format!("tests/fixes/{check}")).unwrap() {
                let path = entry.unwrap().path();
                let text = std::fs::read_to_string(&path).unwrap();
                for mode in [FixMode::Safe, FixMode::Unsafe] {
                    let out = fix_to_fixed_point("t.json", text.as_bytes(), &LintOptions::default(), mode);
                    let new: Vec<_> = errors(&out.text).difference(&errors(&text)).cloned().collect();
                    assert!(new.is_empty(), "{}: new errors {new:?}", path.display());
                    let again = fix_to_fixed_point("t.json", out.text.as_bytes(), &LintOptions::default(), mode);
                    assert!(!again.changed, "{}: not settled", path.display());
                    for d in &out.report.diagnostics {
                        assert!(
                            d.fix.as_ref().is_none_or(|f| !mode.takes(f.applicability)),
                            "{}: {d:?}",
                            path.display()
                        );
                    }
                }
                checked += 1;
            }
        }
        assert!(checked >= 12, "{checked}");
    }
}
