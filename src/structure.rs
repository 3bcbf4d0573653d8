//! The structure check: the check generated from the validation schema (`src/schema_check.rs`), with every
//! error mapped to the exact characters and rewritten for people.

mod bounds;
mod catalogs;
mod fixes;
mod requirements;

pub use requirements::is_vpc_auto_created;

use crate::checks;
use crate::diagnostic::{Diagnostic, Severity, Span};
use crate::document::{Document, push_escaped};
use crate::known::KnownTokens;
use crate::schema_check::{self, EnumOptions, SchemaError, SchemaErrorKind};
use crate::spec::{Field, FieldMeta, JsonType, Requirement, display_pointer};
use crate::suggest;
use serde_json::Value;
use std::collections::BTreeSet;

/// Checks `value` (the document's JSON) against the schema, and grades what the schema cannot (catalogues,
/// disputed bounds and formats, requirements with exceptions). Findings go to `out`; the pointers of the values
/// of the wrong type (each reported as `SCH001`, and absent from the typed model) are returned for the rules.
pub fn check(doc: &Document, value: &Value, out: &mut Vec<Diagnostic>) -> BTreeSet<String> {
    check_with(doc, value, KnownTokens::none(), out)
}

/// [`check`], accepting the extra catalogue tokens `known` (`[known]` in `acklint.toml`).
pub fn check_with(doc: &Document, value: &Value, known: &KnownTokens, out: &mut Vec<Diagnostic>) -> BTreeSet<String> {
    // The generated check answers yes/no first; only a body that fails it has its errors listed. The two
    // generated functions must agree (the tests hold both to the `jsonschema` crate as well).
    let conforms = schema_check::conforms(value);
    debug_assert_eq!(conforms, schema_check::errors(value).is_empty(), "generated checks disagree on {value}");
    let mut wrong_type = BTreeSet::new();
    if !conforms {
        describe_all(doc, value, &mut wrong_type, out);
    }
    // One walk grades everything the schema cannot: formats, requirements with exceptions, catalogues and
    // disputed bounds; subtrees with none of these are skipped.
    let mut requirements = requirements::Requirements::new(value);
    let wanted = |f: Field| graded_below(f) || crate::patterns::has_formats(f);
    crate::walk::walk(value, &wanted, &mut |field, path, found| {
        requirements.visit(doc, field, path, found, out);
        if let Some(field) = field {
            crate::patterns::grade_value(field, path, found, &mut |pointer, field, found, severity| {
                format_finding(pointer, field, found, severity, out)
            });
            catalogs::visit(field, path, found, known, out);
            bounds::visit(field, path, found, out);
        }
    });
    wrong_type
}

/// The finding for a string without its field's format (`pattern` in the spec), graded by
/// [`crate::patterns::grade`].
fn format_finding(pointer: &str, field: Field, found: &Value, severity: Severity, out: &mut Vec<Diagnostic>) {
    if empty_means_unset(Some(field.meta()), found) {
        return;
    }
    let secret = field.meta().secret;
    let shown = if secret { hidden(found) } else { show(found) };
    let name = display_pointer(pointer);
    let d = if severity == Severity::Error {
        checks::INVALID_FORMAT
            .diagnostic(format!("`{name}` has an invalid format: {shown}"))
            .label("does not match the expected format")
            .help(format_help(Some(field.meta())))
    } else {
        checks::INVALID_FORMAT
            .diagnostic(format!("`{name}` has a format some sources reject: {shown}"))
            .label("disputed format")
            .help(format!(
                "{}; the sources disagree whether the API accepts this form (`acklint explain SCH006`)",
                format_help(Some(field.meta()))
            ))
    };
    out.push(d.at(pointer).severity(severity));
}

/// Whether the field or one below it is graded in code: a token list (catalogues, disputed tokens), a disputed
/// bound, or a requirement the schema leaves out. Other subtrees are not walked.
fn graded_below(field: Field) -> bool {
    static BELOW: std::sync::OnceLock<Vec<bool>> = std::sync::OnceLock::new();
    BELOW.get_or_init(|| {
        Field::marked_with_ancestors(|m| {
            let coded_requirement = matches!(m.requirement, Requirement::Required { .. }) && !m.requirement.in_schema();
            !m.enum_values.is_empty() || m.soft_maximum.is_some() || coded_requirement
        })
    })[field as usize]
}

/// Whether a value is an empty string or an empty list: for many fields, the same as leaving them out.
fn is_empty(v: &Value) -> bool {
    match v {
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        _ => false,
    }
}

/// An empty secret, an empty list (or comma-separated list), or an empty string for a field with a closed set
/// of tokens, of a field the schema does not require, means "not set": no length or enum finding. Clients that
/// send every field of their model (Alibaba Cloud's ROS console output, the CSI driver's daily CI, the Go client
/// Terraform used) send `""` for settings they leave alone, and those bodies create clusters.
fn empty_means_unset(meta: Option<&FieldMeta>, v: &Value) -> bool {
    let Some(m) = meta else { return false };
    let list_like = matches!(m.json_type, JsonType::StringArray | JsonType::IntegerArray | JsonType::ObjectArray)
        || m.content == Some("comma-list");
    let token = m.json_type == JsonType::String && !m.enum_values.is_empty();
    is_empty(v) && (m.secret || list_like || token) && !m.requirement.in_schema()
}

/// The finding for an object (`pointer`) without its required member `key`.
fn missing_field(doc: &Document, pointer: &str, key: &str, child: Option<&FieldMeta>) -> Diagnostic {
    let message = if pointer.is_empty() {
        format!("the required field `{key}` is missing")
    } else {
        format!("`{}` is missing the required field `{key}`", display_pointer(pointer))
    };
    let mut d = checks::MISSING_FIELD.diagnostic(message).at(pointer).label(format!("`{key}` missing"));
    d.span = doc.key_span_of(pointer).filter(|_| !pointer.is_empty()).or_else(|| opening(doc, pointer));
    d.help = Some(match child {
        Some(m) => format!("add `\"{key}\"`: {}", lower_first(m.en)),
        None => format!("add `\"{key}\"`"),
    });
    d
}

/// Every schema error, described for people; the pointers of the values of the wrong type go to `wrong_type`.
fn describe_all(doc: &Document, value: &Value, wrong_type: &mut BTreeSet<String>, out: &mut Vec<Diagnostic>) {
    // Describing a finding costs more than finding it (suggestions compare names): stop well past what one
    // file reports, so a hostile file with thousands of unknown keys stays fast.
    let budget = out.len() + 2 * crate::document::MAX_FINDINGS_PER_FILE;
    for e in schema_check::errors(value) {
        if matches!(e.kind, SchemaErrorKind::Type { .. }) {
            wrong_type.insert(e.pointer.clone());
        }
        describe(doc, value, &e, out);
        if out.len() >= budget {
            break;
        }
    }
}

/// One schema error described for people: the finding (or findings, one per unknown key) its keyword calls for.
fn describe(doc: &Document, body: &Value, e: &SchemaError<'_>, out: &mut Vec<Diagnostic>) {
    let site = Site::of(e);
    match &e.kind {
        SchemaErrorKind::Type { expected } => out.push(wrong_type(doc, body, &site, expected)),
        SchemaErrorKind::AdditionalProperties { unexpected } => unknown_keys(doc, body, &site, unexpected, out),
        SchemaErrorKind::Required { property } => out.push(missing_member(doc, &site, property)),
        SchemaErrorKind::Enum { .. } if empty_means_unset(site.meta, e.instance) => {}
        SchemaErrorKind::Enum { options } => out.push(not_allowed(&site, *options)),
        SchemaErrorKind::Minimum { .. } | SchemaErrorKind::Maximum { .. } => out.push(out_of_bounds(&site)),
        SchemaErrorKind::MinLength { .. } | SchemaErrorKind::MinItems { .. }
            if empty_means_unset(site.meta, e.instance) => {}
        SchemaErrorKind::MinLength { .. } | SchemaErrorKind::MaxLength { .. } => out.push(wrong_length(&site)),
        SchemaErrorKind::MinItems { limit } => out.push(wrong_count(&site, "at least", *limit)),
        SchemaErrorKind::MaxItems { limit } => out.push(wrong_count(&site, "at most", *limit)),
    }
}

/// Where a schema error is and what the spec says of the value there: what every description starts from.
struct Site<'e> {
    pointer: &'e str,
    /// The offending value.
    instance: &'e Value,
    field: Option<Field>,
    meta: Option<&'static FieldMeta>,
    /// How messages name the value ([`display_pointer`]).
    name: String,
    /// Whether the value is a secret: it is never quoted then.
    secret: bool,
}

impl<'e> Site<'e> {
    fn of(e: &'e SchemaError<'_>) -> Site<'e> {
        let pointer = e.pointer.as_str();
        let field = Field::from_pointer(pointer);
        let meta = field.map(Field::meta);
        Site {
            pointer,
            instance: e.instance,
            field,
            meta,
            name: display_pointer(pointer),
            secret: meta.is_some_and(|m| m.secret),
        }
    }

    /// The value as messages show it. A secret's value is never quoted: the message says what kind of value it
    /// is, nothing more.
    fn found(&self) -> String {
        if self.secret { hidden(self.instance) } else { show(self.instance) }
    }

    /// A finding of `check` on this value.
    fn finding(&self, check: &checks::Check, message: String) -> Diagnostic {
        check.diagnostic(message).at(self.pointer)
    }
}

/// A value of another JSON type than the schema's (`SCH001`), with the lossless conversion as its fix.
fn wrong_type(doc: &Document, body: &Value, site: &Site<'_>, json_type: &'static str) -> Diagnostic {
    let Site { pointer, instance, meta, ref name, secret, .. } = *site;
    let expected = article(json_type);
    let expected = meta.filter(|m| !is_array_item(pointer, m)).map_or(expected, |m| m.json_type.describe().to_string());
    let found = match instance {
        Value::Null => "null".to_string(),
        _ if secret => site.found(),
        other => format!("{} {}", json_kind(other), site.found()),
    };
    let mut d = site
        .finding(&checks::WRONG_TYPE, format!("`{name}` must be {expected}, found {found}"))
        .label(format!("{} here", json_kind(instance)));
    d.help = Some(if secret { format!("use {expected}") } else { type_help(meta, instance, &expected) });
    // The sources disagree on this field's type (`tolerated_integer` in the spec): warn, and say so.
    if meta.is_some_and(|m| m.tolerated_integer) && instance.is_i64() {
        d = d.severity(Severity::Warning);
        d.help = d.help.map(|h| format!("{h}; the SDK takes a string, but another Alibaba Cloud source an integer"));
    }
    d.fix = fixes::wrong_type(doc, body, pointer, instance, json_type, meta);
    d
}

/// One finding per key the object at `site` does not declare, each with the likely key it meant.
fn unknown_keys(doc: &Document, body: &Value, site: &Site<'_>, unexpected: &[String], out: &mut Vec<Diagnostic>) {
    let pointer = site.pointer;
    let keys = &unexpected[..unexpected.len().min(2 * crate::document::MAX_FINDINGS_PER_FILE)];
    let suggestions: Vec<_> = keys.iter().map(|k| (k.as_str(), suggest::unknown_key(site.field, k))).collect();
    let renames = fixes::renames(doc, body, pointer, site.instance, &suggestions);
    for ((key, suggestion), rename) in suggestions.into_iter().zip(renames) {
        let mut key_pointer = pointer.to_string();
        key_pointer.push('/');
        push_escaped(&mut key_pointer, key);
        let span = doc.key_span_of(&key_pointer);
        let mut d = checks::UNKNOWN_FIELD
            .diagnostic(format!("unknown field `{key}`{}", where_(pointer)))
            .at(key_pointer)
            .label("not a field of the CreateCluster API");
        d.span = span;
        d.help = Some(match suggestion {
            Some(s) => s.help(key),
            None => "remove it; the API ignores or rejects keys it does not know".into(),
        });
        d.fix = rename;
        out.push(d);
    }
}

/// An object without its required member `key`.
fn missing_member(doc: &Document, site: &Site<'_>, key: &str) -> Diagnostic {
    let mut child = site.pointer.to_string();
    child.push('/');
    push_escaped(&mut child, key);
    missing_field(doc, site.pointer, key, Field::from_pointer(&child).map(Field::meta))
}

/// A value outside its closed list of tokens, with the closest one as the suggestion.
fn not_allowed(site: &Site<'_>, options: EnumOptions) -> Diagnostic {
    let Site { instance, meta, ref name, secret, .. } = *site;
    let options = options.values();
    let list = one_of(&options);
    let value = match instance {
        Value::String(s) if !secret => format!("`{s}`"),
        _ => site.found(),
    };
    let mut d = site
        .finding(&checks::INVALID_VALUE, format!("`{name}` must be {list}, found {value}"))
        .label("not an allowed value");
    let close = instance.as_str().and_then(|s| suggest::closest(s, options.iter().filter_map(Value::as_str)));
    d.help = Some(match (close, meta) {
        (Some(c), _) if !secret => format!("did you mean `{c}`?"),
        (_, Some(m)) if !m.enum_values.is_empty() => format!(
            "use one of: {}",
            m.enum_values
                .iter()
                .map(|v| format!("`{}` ({})", v.value, trim_period(v.doc)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        _ => format!("use {list}"),
    });
    if let Value::String(s) = instance {
        d.fix = fixes::token_case(site.pointer, s, options.iter().filter_map(Value::as_str), meta);
    }
    d
}

/// A number below its minimum or above its maximum.
fn out_of_bounds(site: &Site<'_>) -> Diagnostic {
    let name = &site.name;
    let bounds = site.meta.map(bounds).unwrap_or_else(|| "within bounds".into());
    site.finding(&checks::OUT_OF_RANGE, format!("`{name}` must be {bounds}, found {}", site.found()))
        .label("out of range")
        .help(format!("choose a value {bounds}"))
}

/// A string shorter or longer than its field allows (a secret's length is not shown).
fn wrong_length(site: &Site<'_>) -> Diagnostic {
    let name = &site.name;
    let (lo, hi) = site.meta.map_or((None, None), |m| (m.min_length, m.max_length));
    let len = site.instance.as_str().map_or(0, |s| s.chars().count());
    let what = match (lo, hi) {
        (Some(lo), Some(hi)) => format!("{lo} to {hi} characters long"),
        (Some(lo), None) => format!("at least {lo} characters long"),
        (None, Some(hi)) => format!("at most {hi} characters long"),
        (None, None) => "of a valid length".into(),
    };
    let found = if site.secret { String::new() } else { format!(", found {len}") };
    site.finding(&checks::OUT_OF_RANGE, format!("`{name}` must be {what}{found}"))
        .label("wrong length")
        .help(format!("make it {what}"))
}

/// An array with fewer or more items than its field allows: `bound` is "at least" or "at most" `limit`.
fn wrong_count(site: &Site<'_>, bound: &str, limit: usize) -> Diagnostic {
    let name = &site.name;
    let count = site.instance.as_array().map_or(0, Vec::len);
    site.finding(&checks::OUT_OF_RANGE, format!("`{name}` must hold {bound} {limit} items, found {count}"))
        .label(format!("{count} items"))
        .help(format!("give `{name}` {bound} {limit} items"))
}

fn where_(pointer: &str) -> String {
    if pointer.is_empty() { " at the top level".into() } else { format!(" in `{}`", display_pointer(pointer)) }
}

/// Whether `pointer` is an item of the array field `meta` (its expected type then comes from the schema:
/// a string, an integer or an object, not the array).
fn is_array_item(pointer: &str, meta: &FieldMeta) -> bool {
    matches!(meta.json_type, JsonType::StringArray | JsonType::IntegerArray | JsonType::ObjectArray)
        && pointer.rsplit('/').next().is_some_and(|s| s.parse::<usize>().is_ok())
}

fn opening(doc: &Document, pointer: &str) -> Option<Span> {
    doc.span_of(pointer).map(|s| Span::new(s.start, s.start + 1))
}

fn type_help(meta: Option<&FieldMeta>, found: &Value, expected: &str) -> String {
    match (meta.map(|m| (m.json_type, m.content)), found) {
        (Some((JsonType::Integer, _)), Value::String(s)) if s.trim().parse::<i64>().is_ok() => {
            format!("write the number without quotes: `{}`", s.trim())
        }
        (Some((JsonType::Boolean, _)), Value::String(s)) if matches!(s.as_str(), "true" | "false") => {
            format!("write `{s}` without quotes")
        }
        (Some((JsonType::String, Some("boolean"))), Value::Bool(b)) => {
            format!("this field takes the string `\"{b}\"`, in quotes")
        }
        (Some((JsonType::String, Some("integer" | "decimal"))), Value::Number(n)) => {
            format!("this field takes the number as a string: `\"{n}\"`")
        }
        (Some((JsonType::String, Some("json-object"))), Value::Object(_)) => {
            "this field takes a JSON object serialized into a string: `\"{\\\"key\\\":\\\"value\\\"}\"`".into()
        }
        (Some((JsonType::StringArray, _)), Value::String(s)) => format!("wrap it in a list: `[\"{s}\"]`"),
        // Terraform writes tags and labels as a map; the API takes a list of key/value objects.
        (Some((JsonType::ObjectArray, _)), Value::Object(map)) if meta.is_some_and(is_key_value_list) => {
            let example = map
                .iter()
                .next()
                .map(|(k, v)| format!("`[{{\"key\": \"{k}\", \"value\": {v}}}]`"))
                .unwrap_or_else(|| "`[{\"key\": \"…\", \"value\": \"…\"}]`".into());
            format!("write each entry as a `key`/`value` object in a list: {example}")
        }
        (Some((JsonType::ObjectArray, _)), Value::Object(_)) => "wrap the object in a list: `[{…}]`".into(),
        _ => format!("use {expected}"),
    }
}

/// Whether the field is a list of `{key, value}` objects (tags, labels).
fn is_key_value_list(meta: &FieldMeta) -> bool {
    let child = |key| Field::child(Some(meta.field), key).is_some();
    child("key") && child("value")
}

fn format_help(meta: Option<&FieldMeta>) -> String {
    let Some(m) = meta else { return "check the value's format".into() };
    let example = m.examples.first().map(|e| format!(", for example `{e}`")).unwrap_or_default();
    format!("{}{example}", trim_period(m.en))
}

fn bounds(m: &FieldMeta) -> String {
    match (m.minimum, m.maximum) {
        (Some(lo), Some(hi)) => format!("between {lo} and {hi}"),
        (Some(lo), None) => format!("at least {lo}"),
        (None, Some(hi)) => format!("at most {hi}"),
        (None, None) => "within bounds".into(),
    }
}

/// "3 or 5", "one of `PrePaid`, `PostPaid`".
fn one_of(options: &[Value]) -> String {
    let shown: Vec<String> = options
        .iter()
        .map(|v| match v {
            Value::String(s) => format!("`{s}`"),
            other => other.to_string(),
        })
        .collect();
    match shown.as_slice() {
        [one] => one.clone(),
        [a, b] => format!("{a} or {b}"),
        many => format!("one of {}", many.join(", ")),
    }
}

fn show(v: &Value) -> String {
    let text = v.to_string();
    let short: String = text.chars().take(60).collect();
    let short = if text.chars().count() > 60 { format!("{short}…") } else { short };
    format!("`{short}`")
}

/// What a secret value is, without any of it: "a string (secret, not shown)".
fn hidden(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        other => format!("{} (secret, not shown)", article(json_kind(other))),
    }
}

fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn article(t: &str) -> String {
    if t.starts_with(['a', 'e', 'i', 'o', 'u']) { format!("an {t}") } else { format!("a {t}") }
}

fn trim_period(s: &str) -> &str {
    s.trim_end_matches('.')
}

/// Lowercases the first letter of a sentence, but not of an acronym (`ID of the VPC` stays as it is).
fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match (c.next(), s.chars().nth(1)) {
        (Some(f), Some(second)) if !second.is_uppercase() => f.to_lowercase().chain(c).collect(),
        _ => s.to_string(),
    }
}
