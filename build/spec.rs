//! Loads and checks the field spec under `schema/spec/`.
//!
//! Every defect is reported with the spec file and the field path, and fails the build.

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SpecFile {
    field: Vec<FieldSpec>,
}

/// One `[[field]]` table of the spec, as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldSpec {
    pub path: String,
    #[serde(rename = "type")]
    pub json_type: String,
    pub rust_name: Option<String>,
    pub required: String,
    pub condition: Option<String>,
    /// Severity of a missing required field: `error` (default) or `warning`.
    pub missing: Option<String>,
    /// Named situation in which a required field may be absent (see [`WAIVERS`]).
    pub unless: Option<String>,
    /// Name of the growing vendor catalogue the `enum` lists the known tokens of.
    pub catalog: Option<String>,
    #[serde(rename = "enum", default)]
    pub enum_values: Vec<EnumValue>,
    /// Name of the Rust enum of a closed `enum` (default: the key in PascalCase); fields naming the same enum
    /// share it and must list the same tokens.
    pub enum_name: Option<String>,
    #[serde(default)]
    pub values: Vec<i64>,
    pub minimum: Option<i64>,
    pub maximum: Option<i64>,
    pub soft_maximum: Option<i64>,
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
    pub pattern: Option<String>,
    pub tolerated_pattern: Option<String>,
    pub pattern_severity: Option<String>,
    pub content: Option<String>,
    /// A string field holding an integer that some sources type as a JSON integer: an integer gets a warning.
    #[serde(default)]
    pub tolerated_integer: bool,
    pub default: Option<toml::Value>,
    pub default_note: Option<String>,
    #[serde(default)]
    pub deprecated: bool,
    #[serde(default)]
    pub replacement: Vec<String>,
    #[serde(default)]
    pub applies_to: Vec<String>,
    #[serde(default)]
    pub secret: bool,
    #[serde(default)]
    pub in_reference: bool,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub examples: Vec<toml::Value>,
    pub decision: Option<String>,
    pub en: String,
    pub zh: String,
    /// Spec file this field came from (filled in by the loader).
    #[serde(skip)]
    pub file: PathBuf,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnumValue {
    pub value: String,
    pub doc: String,
    /// Why the token is doubtful: accepted by the schema, but a warning.
    pub disputed: Option<String>,
    /// The Rust variant, where the one derived from the token would collide with another token's.
    pub variant: Option<String>,
}

#[path = "../src/spec/json_type.rs"]
mod json_type;

/// The JSON shape of a field: the library's `JsonType`, the very same enum (one file, mounted in both).
pub use json_type::JsonType as Kind;

impl Kind {
    fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "string" => Kind::String,
            "integer" => Kind::Integer,
            "number" => Kind::Number,
            "boolean" => Kind::Boolean,
            "object" => Kind::Object,
            "map" => Kind::Map,
            "array<string>" => Kind::StringArray,
            "array<integer>" => Kind::IntegerArray,
            "array<object>" => Kind::ObjectArray,
            _ => return None,
        })
    }

    /// Whether the field has child fields of its own (a generated struct).
    pub fn has_children(self) -> bool {
        matches!(self, Kind::Object | Kind::ObjectArray)
    }
}

/// A checked field: the spec entry plus facts derived from the whole tree.
#[derive(Debug, Clone)]
pub struct Field {
    pub spec: FieldSpec,
    pub kind: Kind,
    /// The last path segment: the JSON key.
    pub key: String,
    /// Path of the parent field, `""` for top-level fields.
    pub parent: String,
}

impl Field {
    /// Whether the field has a closed set of string tokens (an `enum` that is not a growing `catalog`): the
    /// model types it with a generated Rust enum.
    pub fn is_closed_enum(&self) -> bool {
        !self.spec.enum_values.is_empty() && self.spec.catalog.is_none()
    }

    /// The name of the Rust enum of a closed-enum field.
    pub fn enum_type_name(&self) -> Option<String> {
        self.is_closed_enum().then(|| self.spec.enum_name.clone().unwrap_or_else(|| crate::names::variant(&self.key)))
    }
}

/// The whole checked spec, in path order.
pub struct Spec {
    pub fields: Vec<Field>,
}

pub const CLUSTER_TYPES: &[&str] = &[
    "Kubernetes",
    "ManagedKubernetes",
    "ManagedKubernetes/Pro",
    "ManagedKubernetes/Serverless",
    "ExternalKubernetes",
    "edge-nodepool",
];
/// Situations in which a required field may be absent, by the name the spec uses: (name, Rust variant,
/// description for people).
pub const WAIVERS: &[(&str, &str, &str)] = &[(
    "vpc-auto-created",
    "VpcAutoCreated",
    "a managed cluster asks the service to create its VPC: it names zones (`zone_ids`, or the older `zone_id` or \
     `zoneid`) and no `vpcid`",
)];
const SEVERITIES: &[&str] = &["error", "warning"];
const CONTENTS: &[&str] = &["integer", "boolean", "decimal", "json-object", "cidr", "comma-list", "base64"];

/// The spec files in `dir`: every `*.toml`, sorted.
pub fn files_in(dir: &Path) -> Result<Vec<PathBuf>, Vec<String>> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| vec![format!("{}: cannot read spec folder: {e}", dir.display())])?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    if files.is_empty() {
        return Err(vec![format!("{}: no `*.toml` spec files", dir.display())]);
    }
    files.sort();
    Ok(files)
}

impl Spec {
    /// Reads and checks the spec `files`; returns all defects found, one line each.
    pub fn load(files: &[PathBuf]) -> Result<Spec, Vec<String>> {
        let mut errors = Vec::new();
        let mut raw = Vec::new();
        for file in files {
            let text = match fs::read_to_string(file) {
                Ok(text) => text,
                Err(e) => {
                    errors.push(format!("{}: {e}", file.display()));
                    continue;
                }
            };
            match toml::from_str::<SpecFile>(&text) {
                Ok(parsed) => raw.extend(parsed.field.into_iter().map(|mut f| {
                    f.file = file.clone();
                    f
                })),
                Err(e) => errors.push(format!("{}: {e}", file.display())),
            }
        }
        if errors.is_empty() && raw.is_empty() {
            errors.push("the spec declares no fields".to_string());
        }
        raw.sort_by(|a, b| a.path.cmp(&b.path));
        let fields = check(raw, &mut errors);
        if errors.is_empty() { Ok(Spec { fields }) } else { Err(errors) }
    }

    /// Direct children of the field at `path` (`""` = the request root), in path order.
    pub fn children<'a>(&'a self, path: &'a str) -> impl Iterator<Item = &'a Field> + 'a {
        self.fields.iter().filter(move |f| f.parent == path)
    }
}

fn check(raw: Vec<FieldSpec>, errors: &mut Vec<String>) -> Vec<Field> {
    let mut by_path: BTreeMap<String, Kind> = BTreeMap::new();
    let mut fields = Vec::new();
    for spec in raw {
        let at = format!("{}: field `{}`", spec.file.display(), spec.path);
        let mut fail = |msg: String| errors.push(format!("{at}: {msg}"));
        let Some(kind) = Kind::parse(&spec.json_type) else {
            fail(format!("unknown type `{}`", spec.json_type));
            continue;
        };
        if by_path.insert(spec.path.clone(), kind).is_some() {
            fail("declared twice".into());
            continue;
        }
        let (parent, key) = split_path(&spec.path);
        if key.is_empty() || key == "*" || !spec.path.starts_with('/') {
            fail("a path starts with `/` and ends with a key".into());
            continue;
        }
        // `presence::PresentField` keeps two array indices.
        if spec.path.matches("/*").count() > 2 {
            fail("more than two nested arrays of objects: raise the indices kept in `PresentField`".into());
            continue;
        }
        // `Field::pointer` reads `/*` as an array item and copies keys as they are.
        if key.starts_with('*') || key.contains(['~', '/']) {
            fail(format!("key `{key}` starts with `*` or holds `~`: pointers would misread it"));
            continue;
        }
        if !crate::names::is_usable_key(&key) {
            fail(format!(
                "key `{key}` cannot name a Rust field: use ASCII letters, digits, `_`, `-` or `.`, start with a \
                 letter, and not `self`, `super` or `crate`"
            ));
            continue;
        }
        // The generated structs keep unknown members in a field of this name.
        if crate::names::snake(&key) == "extra" {
            fail(format!("key `{key}` would collide with the model's `extra` map of unknown members"));
            continue;
        }
        if !parent.is_empty() {
            match by_path.get(&parent) {
                Some(k) if k.has_children() => {}
                Some(_) => fail(format!("parent `{parent}` is not an object")),
                None => fail(format!("parent `{parent}` is not declared")),
            }
        }
        check_facts(&spec, kind, &mut fail);
        fields.push(Field { kind, key, parent, spec });
    }
    for f in fields.iter().filter(|f| f.kind.has_children()) {
        if !fields.iter().any(|child| child.parent == f.spec.path) {
            errors.push(format!(
                "{}: field `{}`: an `{}` field needs child fields",
                f.spec.file.display(),
                f.spec.path,
                f.spec.json_type
            ));
        }
    }
    let mut names = BTreeSet::new();
    for f in &fields {
        if let Some(name) = &f.spec.rust_name
            && !names.insert(name.clone())
        {
            errors.push(format!("{}: field `{}`: rust_name `{name}` used twice", f.spec.file.display(), f.spec.path));
        }
    }
    for f in &fields {
        for r in &f.spec.replacement {
            if !by_path.contains_key(r) {
                errors.push(format!(
                    "{}: field `{}`: replacement `{r}` is not declared",
                    f.spec.file.display(),
                    f.spec.path
                ));
            }
        }
    }
    fields
}

fn check_facts(spec: &FieldSpec, kind: Kind, fail: &mut impl FnMut(String)) {
    if kind.has_children() != spec.rust_name.is_some() {
        fail("`rust_name` is set exactly for `object` and `array<object>` fields".into());
    }
    if let Some(name) = &spec.rust_name
        && !is_pascal_case(name)
    {
        fail(format!("`rust_name` `{name}` must be a PascalCase identifier"));
    }
    match spec.required.as_str() {
        "yes" | "no" => {
            if spec.condition.is_some() {
                fail("`condition` only goes with `required = \"conditional\"`".into());
            }
        }
        "conditional" => {
            if spec.condition.as_deref().is_none_or(|c| c.trim().is_empty()) {
                fail("`required = \"conditional\"` needs a `condition`".into());
            }
        }
        other => fail(format!("`required` must be yes, no or conditional, not `{other}`")),
    }
    if (spec.missing.is_some() || spec.unless.is_some()) && spec.required != "yes" {
        fail("`missing` and `unless` go with `required = \"yes\"`".into());
    }
    if let Some(m) = &spec.missing
        && !SEVERITIES.contains(&m.as_str())
    {
        fail(format!("`missing` must be error or warning, not `{m}`"));
    }
    if let Some(u) = &spec.unless
        && !WAIVERS.iter().any(|(name, _, _)| name == u)
    {
        let names: Vec<&str> = WAIVERS.iter().map(|(n, _, _)| *n).collect();
        fail(format!("unknown `unless` `{u}` (one of {}; build/spec.rs lists them)", names.join(", ")));
    }
    if let Some(c) = &spec.catalog {
        if spec.enum_values.is_empty() {
            fail("`catalog` needs an `enum` of the known tokens".into());
        }
        if c.is_empty() || !c.chars().all(|ch| ch.is_ascii_lowercase() || ch == '_') || c == "addons" {
            fail(format!("catalog name `{c}` must be snake_case and not `addons` (the addon names' own list)"));
        }
    }
    if let Some(name) = &spec.enum_name {
        if spec.enum_values.is_empty() || spec.catalog.is_some() {
            fail("`enum_name` goes with a closed `enum` (one without `catalog`)".into());
        }
        if !is_pascal_case(name) {
            fail(format!("`enum_name` `{name}` must be a PascalCase identifier"));
        }
    }
    for v in spec.enum_values.iter().filter_map(|v| v.variant.as_ref()) {
        if !is_pascal_case(v) {
            fail(format!("enum `variant` `{v}` must be a PascalCase identifier"));
        }
    }
    if spec.tolerated_integer && (spec.json_type != "string" || spec.content.as_deref() != Some("integer")) {
        fail("`tolerated_integer` applies to a `string` field with `content = \"integer\"`".into());
    }
    if spec.tolerated_integer && spec.decision.is_none() {
        fail("`tolerated_integer` needs a `decision` naming the sources that disagree".into());
    }
    if let Some(s) = &spec.pattern_severity {
        if !SEVERITIES.contains(&s.as_str()) {
            fail(format!("`pattern_severity` must be error or warning, not `{s}`"));
        }
        if spec.pattern.is_none() {
            fail("`pattern_severity` needs a `pattern`".into());
        }
    }
    if let Some(p) = &spec.tolerated_pattern {
        if spec.pattern.is_none() || spec.pattern_severity.is_some() {
            fail("`tolerated_pattern` needs a `pattern` and no `pattern_severity`".into());
        }
        if !p.starts_with('^') || !p.ends_with('$') {
            fail(format!("tolerated pattern `{p}` must be anchored with ^…$"));
        }
    }
    if let Some(soft) = spec.soft_maximum
        && spec.maximum.is_none_or(|hi| soft >= hi)
    {
        fail(format!("`soft_maximum` {soft} needs a `maximum` above it"));
    }
    if spec.en.trim().is_empty() || spec.zh.trim().is_empty() {
        fail("`en` and `zh` descriptions must not be empty".into());
    }
    let scalar_string = matches!(kind, Kind::String | Kind::StringArray);
    if !spec.enum_values.is_empty() {
        if !scalar_string {
            fail("`enum` applies to strings and string arrays".into());
        }
        let mut seen = BTreeSet::new();
        for v in &spec.enum_values {
            if !seen.insert(&v.value) {
                fail(format!("enum value `{}` listed twice", v.value));
            }
            if v.doc.trim().is_empty() {
                fail(format!("enum value `{}` has no `doc`", v.value));
            }
            if v.disputed.as_deref().is_some_and(|d| d.trim().is_empty()) {
                fail(format!("enum value `{}` has an empty `disputed`", v.value));
            }
        }
    }
    let integer = matches!(kind, Kind::Integer | Kind::IntegerArray);
    if (!spec.values.is_empty() || spec.minimum.is_some() || spec.maximum.is_some() || spec.soft_maximum.is_some())
        && !integer
    {
        fail("`values`, `minimum`, `maximum` and `soft_maximum` apply to integers".into());
    }
    if let (Some(lo), Some(hi)) = (spec.minimum, spec.maximum)
        && lo > hi
    {
        fail(format!("minimum {lo} is above maximum {hi}"));
    }
    if (spec.min_length.is_some() || spec.max_length.is_some() || spec.pattern.is_some() || spec.content.is_some())
        && !scalar_string
    {
        fail("`min_length`, `max_length`, `pattern` and `content` apply to strings".into());
    }
    if let Some(p) = &spec.pattern
        && (!p.starts_with('^') || !p.ends_with('$'))
    {
        fail(format!("pattern `{p}` must be anchored with ^…$"));
    }
    // At run time a pattern that does not compile would accept every value: refuse it here.
    for p in spec.pattern.iter().chain(&spec.tolerated_pattern) {
        if let Err(e) = regex::Regex::new(p) {
            fail(format!("pattern `{p}` is not a valid regular expression: {e}"));
        }
    }
    if let Some(c) = &spec.content
        && !CONTENTS.contains(&c.as_str())
    {
        fail(format!("unknown content `{c}` (one of {})", CONTENTS.join(", ")));
    }
    if (spec.min_items.is_some() || spec.max_items.is_some())
        && !matches!(kind, Kind::StringArray | Kind::IntegerArray | Kind::ObjectArray)
    {
        fail("`min_items` and `max_items` apply to arrays".into());
    }
    for t in &spec.applies_to {
        if !CLUSTER_TYPES.contains(&t.as_str()) {
            fail(format!("unknown cluster type `{t}` in `applies_to`"));
        }
    }
    if let Some(d) = &spec.default {
        check_default(spec, kind, d, fail);
    }
}

fn check_default(spec: &FieldSpec, kind: Kind, d: &toml::Value, fail: &mut impl FnMut(String)) {
    match (kind, d) {
        (Kind::Integer, toml::Value::Integer(n)) => {
            if !spec.values.is_empty() && !spec.values.contains(n) {
                fail(format!("default {n} is not in `values`"));
            }
            if spec.minimum.is_some_and(|lo| *n < lo) || spec.maximum.is_some_and(|hi| *n > hi) {
                fail(format!("default {n} is outside minimum/maximum"));
            }
        }
        (Kind::String, toml::Value::String(s)) => {
            if !spec.enum_values.is_empty() && !spec.enum_values.iter().any(|v| &v.value == s) {
                fail(format!("default `{s}` is not in `enum`"));
            }
        }
        (Kind::Number, toml::Value::Integer(_) | toml::Value::Float(_)) => {}
        (Kind::Boolean, toml::Value::Boolean(_)) => {}
        (Kind::StringArray, toml::Value::Array(items)) if items.iter().all(|i| i.is_str()) => {}
        _ => fail(format!("default `{d}` does not have the field's type `{}`", spec.json_type)),
    }
}

fn is_pascal_case(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_ascii_uppercase()) && name.chars().all(|c| c.is_ascii_alphanumeric())
}

/// `/a/*/b` → (`/a`, `b`); `/a` → (``, `a`).
fn split_path(path: &str) -> (String, String) {
    let (head, key) = path.rsplit_once('/').unwrap_or(("", path));
    let parent = head.strip_suffix("/*").unwrap_or(head);
    (parent.to_string(), key.to_string())
}
