//! The structure check: the check generated from the validation schema (`src/schema_check.rs`), with every
//! error mapped to the exact characters and rewritten for people.

mod bounds;
mod catalogs;
mod fixes;
mod requirements;

use crate::checks;
use crate::diagnostic::{Diagnostic, Severity, Span};
use crate::document::{Document, push_escaped};
use crate::i18n::Lang;
use crate::known::KnownTokens;
use crate::schema_check::{self, EnumOptions, SchemaError, SchemaErrorKind};
use crate::spec::{Field, FieldMeta, JsonType, Requirement, display_pointer};
use crate::suggest;
use serde_json::Value;
use std::collections::BTreeSet;

use crate::t;

/// Checks `value` (the document's JSON) against the schema, and grades what the schema cannot (catalogues,
/// disputed bounds and formats, requirements with exceptions). Findings go to `out`; the pointers of the values
/// of the wrong type (each reported as `SCH001`, and absent from the typed model) are returned for the rules.
pub fn check(doc: &Document, value: &Value, out: &mut Vec<Diagnostic>) -> BTreeSet<String> {
    check_with(doc, value, KnownTokens::none(), out)
}

/// [`check`], accepting the extra catalogue tokens `known` (`[known]` in `acklint.toml`).
pub fn check_with(doc: &Document, value: &Value, known: &KnownTokens, out: &mut Vec<Diagnostic>) -> BTreeSet<String> {
    check_in(doc, value, known, Lang::En, true, out)
}

/// [`check_with`], writing the findings in `lang`, with their fixes only when `fixes` is true.
pub fn check_in(
    doc: &Document,
    value: &Value,
    known: &KnownTokens,
    lang: Lang,
    fixes: bool,
    out: &mut Vec<Diagnostic>,
) -> BTreeSet<String> {
    // The generated check answers yes/no first; only a body that fails it has its errors listed. The two
    // generated functions must agree (the tests hold both to the `jsonschema` crate as well).
    let conforms = schema_check::conforms(value);
    debug_assert_eq!(conforms, schema_check::errors(value).is_empty(), "generated checks disagree on {value}");
    let mut wrong_type = BTreeSet::new();
    if !conforms {
        describe_all(doc, value, lang, fixes, &mut wrong_type, out);
    }
    // One walk grades everything the schema cannot: formats, requirements with exceptions, catalogues and
    // disputed bounds; subtrees with none of these are skipped.
    let mut requirements = requirements::Requirements::new(value);
    let wanted = |f: Field| graded_below(f) || crate::patterns::has_formats(f);
    crate::walk::walk(value, &wanted, &mut |field, path, found| {
        requirements.visit(doc, lang, field, path, found, out);
        if let Some(field) = field {
            crate::patterns::grade_value(field, path, found, &mut |pointer, field, found, severity| {
                format_finding(lang, pointer, field, found, severity, out)
            });
            catalogs::visit(lang, fixes, field, path, found, known, out);
            bounds::visit(lang, field, path, found, out);
        }
    });
    wrong_type
}

/// The finding for a string without its field's format (`pattern` in the spec), graded by
/// [`crate::patterns::grade`].
fn format_finding(
    lang: Lang,
    pointer: &str,
    field: Field,
    found: &Value,
    severity: Severity,
    out: &mut Vec<Diagnostic>,
) {
    if empty_means_unset(Some(field.meta()), found) {
        return;
    }
    let secret = field.meta().secret;
    let value = if secret { hidden(lang, found) } else { show(found) };
    let name = display_pointer(pointer);
    let help = format_help(lang, Some(field.meta()));
    let d = if severity == Severity::Error {
        checks::INVALID_FORMAT.diagnostic(t!(lang, "sch006", name, value)).label(t!(lang, "sch006.label")).help(help)
    } else {
        checks::INVALID_FORMAT
            .diagnostic(t!(lang, "sch006-disputed", name, value))
            .label(t!(lang, "sch006-disputed.label"))
            .help(t!(lang, "sch006-disputed.help", help))
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
fn missing_field(doc: &Document, lang: Lang, pointer: &str, key: &str, child: Option<&FieldMeta>) -> Diagnostic {
    let message = if pointer.is_empty() {
        t!(lang, "sch003", key)
    } else {
        t!(lang, "sch003-in", name = display_pointer(pointer), key)
    };
    let mut d = checks::MISSING_FIELD.diagnostic(message).at(pointer).label(t!(lang, "sch003.label", key));
    d.span = doc.key_span_of(pointer).filter(|_| !pointer.is_empty()).or_else(|| opening(doc, pointer));
    d.help = Some(match child {
        Some(m) => t!(lang, "sch003.help", key, description = describe_field(lang, m)),
        None => t!(lang, "sch003.help-bare", key),
    });
    d
}

/// The spec's description of a field as the tail of a sentence, in `lang`.
fn describe_field(lang: Lang, m: &FieldMeta) -> String {
    match lang {
        // A help line has no final full stop, in Chinese either.
        Lang::ZhCn if !m.zh.is_empty() => m.zh.trim_end_matches('。').to_string(),
        _ => lower_first(m.en),
    }
}

/// Every schema error, described for people; the pointers of the values of the wrong type go to `wrong_type`.
fn describe_all(
    doc: &Document,
    value: &Value,
    lang: Lang,
    fixes: bool,
    wrong_type: &mut BTreeSet<String>,
    out: &mut Vec<Diagnostic>,
) {
    // Describing a finding costs more than finding it (suggestions compare names): stop well past what one
    // file reports, so a hostile file with thousands of unknown keys stays fast.
    let budget = out.len() + 2 * crate::document::MAX_FINDINGS_PER_FILE;
    for e in schema_check::errors(value) {
        if matches!(e.kind, SchemaErrorKind::Type { .. }) {
            wrong_type.insert(e.pointer.clone());
        }
        describe(doc, value, lang, fixes, &e, out);
        if out.len() >= budget {
            break;
        }
    }
}

/// One schema error described for people: the finding (or findings, one per unknown key) its keyword calls for.
fn describe(doc: &Document, body: &Value, lang: Lang, fixes: bool, e: &SchemaError<'_>, out: &mut Vec<Diagnostic>) {
    let site = Site::of(e, lang, fixes);
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
        SchemaErrorKind::MinItems { limit } => out.push(wrong_count(&site, Bound::AtLeast, *limit)),
        SchemaErrorKind::MaxItems { limit } => out.push(wrong_count(&site, Bound::AtMost, *limit)),
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
    /// The language of the findings.
    lang: Lang,
    /// Whether the findings get their fixes ([`crate::LintOptions::skip_fixes`]).
    fixes: bool,
}

impl<'e> Site<'e> {
    fn of(e: &'e SchemaError<'_>, lang: Lang, fixes: bool) -> Site<'e> {
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
            lang,
            fixes,
        }
    }

    /// The value as messages show it. A secret's value is never quoted: the message says what kind of value it
    /// is, nothing more.
    fn found(&self) -> String {
        if self.secret { hidden(self.lang, self.instance) } else { show(self.instance) }
    }

    /// A finding of `check` on this value.
    fn finding(&self, check: &checks::Check, message: String) -> Diagnostic {
        check.diagnostic(message).at(self.pointer)
    }
}

/// A value of another JSON type than the schema's (`SCH001`), with the lossless conversion as its fix.
fn wrong_type(doc: &Document, body: &Value, site: &Site<'_>, json_type: &'static str) -> Diagnostic {
    let Site { pointer, instance, meta, ref name, secret, lang, .. } = *site;
    let expected = meta
        .filter(|m| !is_array_item(pointer, m))
        .map_or_else(|| type_name(lang, json_type), |m| field_type_name(lang, m.json_type));
    let found = match instance {
        Value::Null => kind_name(lang, instance),
        _ if secret => site.found(),
        other => t!(lang, "structure-found", kind = kind_name(lang, other), value = site.found()),
    };
    let mut d = site.finding(&checks::WRONG_TYPE, t!(lang, "sch001", name, expected = &expected, found)).label(t!(
        lang,
        "sch001.label",
        kind = kind_name(lang, instance)
    ));
    d.help = Some(if secret {
        t!(lang, "structure-use", what = &expected)
    } else {
        type_help(lang, meta, instance, &expected)
    });
    // The sources disagree on this field's type (`tolerated_integer` in the spec): warn, and say so.
    if meta.is_some_and(|m| m.tolerated_integer) && instance.is_i64() {
        d = d.severity(Severity::Warning);
        d.help = d.help.map(|help| t!(lang, "sch001.help-tolerated", help));
    }
    if site.fixes {
        d.fix = fixes::wrong_type(doc, body, lang, pointer, instance, json_type, meta);
    }
    d
}

/// One finding per key the object at `site` does not declare, each with the likely key it meant.
fn unknown_keys(doc: &Document, body: &Value, site: &Site<'_>, unexpected: &[String], out: &mut Vec<Diagnostic>) {
    let (pointer, lang) = (site.pointer, site.lang);
    let keys = &unexpected[..unexpected.len().min(2 * crate::document::MAX_FINDINGS_PER_FILE)];
    let suggestions: Vec<_> = keys.iter().map(|k| (k.as_str(), suggest::unknown_key(site.field, k))).collect();
    // Without fixes, no renames are worked out: every key gets `None`.
    let mut renames =
        if site.fixes { fixes::renames(doc, body, lang, pointer, site.instance, &suggestions) } else { Vec::new() }
            .into_iter();
    for (key, suggestion) in suggestions {
        let mut key_pointer = pointer.to_string();
        key_pointer.push('/');
        push_escaped(&mut key_pointer, key);
        let span = doc.key_span_of(&key_pointer);
        let message = if pointer.is_empty() {
            t!(lang, "sch002", key)
        } else {
            t!(lang, "sch002-in", key, name = display_pointer(pointer))
        };
        let mut d = checks::UNKNOWN_FIELD.diagnostic(message).at(key_pointer).label(t!(lang, "sch002.label"));
        d.span = span;
        d.help = Some(match suggestion {
            Some(s) => s.help(lang, key),
            None => t!(lang, "sch002.help"),
        });
        d.fix = renames.next().flatten();
        out.push(d);
    }
}

/// An object without its required member `key`.
fn missing_member(doc: &Document, site: &Site<'_>, key: &str) -> Diagnostic {
    let mut child = site.pointer.to_string();
    child.push('/');
    push_escaped(&mut child, key);
    missing_field(doc, site.lang, site.pointer, key, Field::from_pointer(&child).map(Field::meta))
}

/// A value outside its closed list of tokens, with the closest one as the suggestion.
fn not_allowed(site: &Site<'_>, options: EnumOptions) -> Diagnostic {
    let Site { instance, meta, ref name, secret, lang, .. } = *site;
    let options = options.values();
    let allowed = one_of(lang, &options);
    let value = match instance {
        Value::String(s) if !secret => format!("`{s}`"),
        _ => site.found(),
    };
    let mut d = site
        .finding(&checks::INVALID_VALUE, t!(lang, "sch004", name, allowed = &allowed, value))
        .label(t!(lang, "sch004.label"));
    let close = instance.as_str().and_then(|s| suggest::closest(s, options.iter().filter_map(Value::as_str)));
    d.help = Some(match (close, meta) {
        (Some(token), _) if !secret => t!(lang, "sch004.help-guess", token),
        (_, Some(m)) if !m.enum_values.is_empty() => t!(lang, "sch004.help-list", tokens = documented_tokens(lang, m)),
        _ => t!(lang, "sch004.help-use", allowed),
    });
    if let Some(s) = instance.as_str().filter(|_| site.fixes) {
        d.fix = fixes::token_case(lang, site.pointer, s, options.iter().filter_map(Value::as_str), meta);
    }
    d
}

/// The field's tokens for a help line: in English each with its line of docs (`` `PrePaid` (subscription) ``);
/// the spec has those in English only, so other languages list the tokens alone.
fn documented_tokens(lang: Lang, m: &FieldMeta) -> String {
    let tokens: Vec<String> = m
        .enum_values
        .iter()
        .map(|v| match lang {
            Lang::En => t!(lang, "sch004-token", token = v.value, doc = trim_period(v.doc)),
            _ => format!("`{}`", v.value),
        })
        .collect();
    tokens.join(&t!(lang, "list-separator"))
}

/// A number below its minimum or above its maximum.
fn out_of_bounds(site: &Site<'_>) -> Diagnostic {
    let (name, lang) = (&site.name, site.lang);
    let bounds = bounds(lang, site.meta);
    site.finding(&checks::OUT_OF_RANGE, t!(lang, "sch005", name, bounds = &bounds, value = site.found()))
        .label(t!(lang, "sch005.label"))
        .help(t!(lang, "sch005.help", bounds))
}

/// A string shorter or longer than its field allows (a secret's length is not shown).
fn wrong_length(site: &Site<'_>) -> Diagnostic {
    let (name, lang) = (&site.name, site.lang);
    let (lo, hi) = site.meta.map_or((None, None), |m| (m.min_length, m.max_length));
    let count = site.instance.as_str().map_or(0, |s| s.chars().count());
    let length = match (lo, hi) {
        (Some(low), Some(high)) => t!(lang, "sch005-lengths.between", low, high),
        (Some(low), None) => t!(lang, "sch005-lengths.at-least", low),
        (None, Some(high)) => t!(lang, "sch005-lengths.at-most", high),
        (None, None) => t!(lang, "sch005-lengths.any"),
    };
    let message = if site.secret {
        t!(lang, "sch005-length-secret", name, length = &length)
    } else {
        t!(lang, "sch005-length", name, length = &length, count)
    };
    site.finding(&checks::OUT_OF_RANGE, message).label(t!(lang, "sch005-length.label")).help(t!(
        lang,
        "sch005-length.help",
        length
    ))
}

/// Which side of an array's size a schema error is about.
#[derive(Debug, Clone, Copy)]
enum Bound {
    AtLeast,
    AtMost,
}

/// An array with fewer or more items than its field allows: `bound` `limit` items.
fn wrong_count(site: &Site<'_>, bound: Bound, limit: usize) -> Diagnostic {
    let (name, lang) = (&site.name, site.lang);
    let count = site.instance.as_array().map_or(0, Vec::len);
    let (message, help) = match bound {
        Bound::AtLeast => {
            (t!(lang, "sch005-items-min", name, limit, count), t!(lang, "sch005-items-min.help", name, limit))
        }
        Bound::AtMost => {
            (t!(lang, "sch005-items-max", name, limit, count), t!(lang, "sch005-items-max.help", name, limit))
        }
    };
    site.finding(&checks::OUT_OF_RANGE, message).label(t!(lang, "sch005-items-min.label", count)).help(help)
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

fn type_help(lang: Lang, meta: Option<&FieldMeta>, found: &Value, expected: &str) -> String {
    match (meta.map(|m| (m.json_type, m.content)), found) {
        (Some((JsonType::Integer, _)), Value::String(s)) if s.trim().parse::<i64>().is_ok() => {
            t!(lang, "sch001.help-unquote-number", number = s.trim())
        }
        (Some((JsonType::Boolean, _)), Value::String(s)) if matches!(s.as_str(), "true" | "false") => {
            t!(lang, "sch001.help-unquote-boolean", value = s.as_str())
        }
        (Some((JsonType::String, Some("boolean"))), Value::Bool(b)) => {
            t!(lang, "sch001.help-boolean-string", value = b.to_string())
        }
        (Some((JsonType::String, Some("integer" | "decimal"))), Value::Number(n)) => {
            t!(lang, "sch001.help-number-string", number = n.to_string())
        }
        (Some((JsonType::String, Some("json-object"))), Value::Object(_)) => t!(lang, "sch001.help-json-string"),
        (Some((JsonType::StringArray, _)), Value::String(s)) => t!(lang, "sch001.help-wrap-string", value = s.as_str()),
        // Terraform writes tags and labels as a map; the API takes a list of key/value objects.
        (Some((JsonType::ObjectArray, _)), Value::Object(map)) if meta.is_some_and(is_key_value_list) => {
            let example = map
                .iter()
                .next()
                .map(|(k, v)| format!("`[{{\"key\": \"{k}\", \"value\": {v}}}]`"))
                .unwrap_or_else(|| "`[{\"key\": \"…\", \"value\": \"…\"}]`".into());
            t!(lang, "sch001.help-key-value", example)
        }
        (Some((JsonType::ObjectArray, _)), Value::Object(_)) => t!(lang, "sch001.help-wrap-object"),
        _ => t!(lang, "structure-use", what = expected),
    }
}

/// Whether the field is a list of `{key, value}` objects (tags, labels).
fn is_key_value_list(meta: &FieldMeta) -> bool {
    let child = |key| Field::child(Some(meta.field), key).is_some();
    child("key") && child("value")
}

/// What a value of the field looks like: the spec's description (in `lang`) and its first example.
fn format_help(lang: Lang, meta: Option<&FieldMeta>) -> String {
    let Some(m) = meta else { return t!(lang, "sch006.help-unknown") };
    let example = m.examples.first().map(|&example| t!(lang, "structure-example", example)).unwrap_or_default();
    let description = match lang {
        Lang::ZhCn if !m.zh.is_empty() => m.zh.trim_end_matches('。'),
        _ => trim_period(m.en),
    };
    format!("{description}{example}")
}

fn bounds(lang: Lang, m: Option<&FieldMeta>) -> String {
    match m.map_or((None, None), |m| (m.minimum, m.maximum)) {
        (Some(low), Some(high)) => t!(lang, "sch005-bounds.between", low, high),
        (Some(low), None) => t!(lang, "sch005-bounds.at-least", low),
        (None, Some(high)) => t!(lang, "sch005-bounds.at-most", high),
        (None, None) => t!(lang, "sch005-bounds.any"),
    }
}

/// "3 or 5", "one of `PrePaid`, `PostPaid`, `Spot`" (Chinese: "3 或 5", "`PrePaid`、`PostPaid`、`Spot` 之一").
fn one_of(lang: Lang, options: &[Value]) -> String {
    let shown: Vec<String> = options
        .iter()
        .map(|v| match v {
            Value::String(s) => format!("`{s}`"),
            other => other.to_string(),
        })
        .collect();
    match shown.as_slice() {
        [one] => one.clone(),
        [first, second] => t!(lang, "sch004-one-of.two", first, second),
        many => t!(lang, "sch004-one-of.many", list = many.join(&t!(lang, "list-separator"))),
    }
}

fn show(v: &Value) -> String {
    let text = v.to_string();
    let short: String = text.chars().take(60).collect();
    let short = if text.chars().count() > 60 { format!("{short}…") } else { short };
    format!("`{short}`")
}

/// What a secret value is, without any of it: "a string (secret, not shown)".
fn hidden(lang: Lang, v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        other => t!(lang, "structure-secret", type_name = type_name(lang, json_kind(other))),
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

/// A value's JSON kind as a bare noun: `string`, `integer`.
fn kind_name(lang: Lang, v: &Value) -> String {
    match json_kind(v) {
        "boolean" => t!(lang, "structure-kind.boolean"),
        "integer" => t!(lang, "structure-kind.integer"),
        "number" => t!(lang, "structure-kind.number"),
        "string" => t!(lang, "structure-kind.string"),
        "array" => t!(lang, "structure-kind.array"),
        "object" => t!(lang, "structure-kind.object"),
        _ => t!(lang, "structure-kind.null"),
    }
}

/// A JSON Schema type name as a sentence names it: `a string`, `an integer`.
fn type_name(lang: Lang, json_type: &str) -> String {
    match json_type {
        "string" => t!(lang, "structure-type.string"),
        "integer" => t!(lang, "structure-type.integer"),
        "number" => t!(lang, "structure-type.number"),
        "boolean" => t!(lang, "structure-type.boolean"),
        "object" => t!(lang, "structure-type.object"),
        "array" => t!(lang, "structure-type.array"),
        other if other.starts_with(['a', 'e', 'i', 'o', 'u']) => format!("an {other}"),
        other => format!("a {other}"),
    }
}

/// The spec's type of a field as a sentence names it ([`JsonType::describe`] in `lang`).
fn field_type_name(lang: Lang, t: JsonType) -> String {
    match t {
        JsonType::String => t!(lang, "structure-type.string"),
        JsonType::Integer => t!(lang, "structure-type.integer"),
        JsonType::Number => t!(lang, "structure-type.number"),
        JsonType::Boolean => t!(lang, "structure-type.boolean"),
        JsonType::Object | JsonType::Map => t!(lang, "structure-type.object"),
        JsonType::StringArray => t!(lang, "structure-type.array-of-strings"),
        JsonType::IntegerArray => t!(lang, "structure-type.array-of-integers"),
        JsonType::ObjectArray => t!(lang, "structure-type.array-of-objects"),
    }
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
