//! Generates the `Field` enum (one variant per spec path) and the per-field metadata table.

use crate::names::{ident, variant};
use crate::spec::Spec;
use proc_macro2::TokenStream;
use quote::quote;

pub fn generate(spec: &Spec) -> Result<TokenStream, String> {
    let variants: Vec<_> = spec.fields.iter().map(|f| ident(&variant(&f.spec.path))).collect();
    let mut seen = std::collections::BTreeMap::new();
    for (f, v) in spec.fields.iter().zip(&variants) {
        if let Some(other) = seen.insert(v.to_string(), &f.spec.path) {
            return Err(format!(
                "{}: field `{}`: its variant name `{v}` is taken by `{other}`",
                f.spec.file.display(),
                f.spec.path
            ));
        }
    }
    let docs = spec.fields.iter().map(|f| format!(" `{}`: {}", f.spec.path, f.spec.en));
    let metas = spec.fields.iter().zip(&variants).map(|(f, v)| {
        let s = &f.spec;
        let path = &s.path;
        let key = &f.key;
        // `Kind` is the library's `JsonType` (one shared file), so its variant name is the one to emit.
        let json_type = ident(&format!("{:?}", f.kind));
        let requirement = match s.required.as_str() {
            "yes" => {
                let missing = ident(if s.missing.as_deref() == Some("warning") { "Warning" } else { "Error" });
                let unless = opt(s.unless.as_deref().map(|u| {
                    let (_, v, _) = crate::spec::WAIVERS.iter().find(|(name, _, _)| *name == u).expect("checked");
                    let v = ident(v);
                    quote! { Waiver::#v }
                }));
                quote! { Requirement::Required { missing: Severity::#missing, unless: #unless } }
            }
            "conditional" => {
                let c = s.condition.clone().unwrap_or_default();
                quote! { Requirement::Conditional(#c) }
            }
            _ => quote! { Requirement::Optional },
        };
        let enum_values = s.enum_values.iter().map(|e| {
            let (value, doc) = (&e.value, &e.doc);
            let disputed = opt(e.disputed.as_deref());
            quote! { EnumValue { value: #value, doc: #doc, disputed: #disputed } }
        });
        let values = &s.values;
        let minimum = opt(s.minimum);
        let maximum = opt(s.maximum);
        let soft_maximum = opt(s.soft_maximum);
        let min_length = opt(s.min_length);
        let max_length = opt(s.max_length);
        let min_items = opt(s.min_items);
        let max_items = opt(s.max_items);
        let pattern = opt(s.pattern.as_deref());
        let tolerated_pattern = opt(s.tolerated_pattern.as_deref());
        let pattern_severity =
            ident(if s.pattern_severity.as_deref() == Some("warning") { "Warning" } else { "Error" });
        let catalog = opt(s.catalog.as_deref());
        let content = opt(s.content.as_deref());
        let tolerated_integer = s.tolerated_integer;
        let default = opt(s.default.as_ref().map(|d| crate::gen_schema::toml_to_json(d).to_string()));
        let default_note = opt(s.default_note.as_deref());
        let deprecated = s.deprecated;
        let replacement = s.replacement.iter().map(|r| ident(&variant(r)));
        let applies_to = &s.applies_to;
        let secret = s.secret;
        let in_reference = s.in_reference;
        let aliases = &s.aliases;
        let examples = s.examples.iter().map(|e| crate::gen_schema::toml_to_json(e).to_string());
        let decision = opt(s.decision.as_deref());
        let (en, zh) = (&s.en, &s.zh);
        quote! {
            FieldMeta {
                field: Field::#v,
                path: #path,
                key: #key,
                json_type: JsonType::#json_type,
                requirement: #requirement,
                enum_values: &[#(#enum_values),*],
                values: &[#(#values),*],
                minimum: #minimum,
                maximum: #maximum,
                soft_maximum: #soft_maximum,
                min_length: #min_length,
                max_length: #max_length,
                min_items: #min_items,
                max_items: #max_items,
                pattern: #pattern,
                tolerated_pattern: #tolerated_pattern,
                pattern_severity: Severity::#pattern_severity,
                catalog: #catalog,
                content: #content,
                tolerated_integer: #tolerated_integer,
                default: #default,
                default_note: #default_note,
                deprecated: #deprecated,
                replacement: &[#(Field::#replacement),*],
                applies_to: &[#(#applies_to),*],
                secret: #secret,
                in_reference: #in_reference,
                aliases: &[#(#aliases),*],
                examples: &[#(#examples),*],
                decision: #decision,
                en: #en,
                zh: #zh,
            }
        }
    });
    let count = spec.fields.len();
    let child = child_lookup(spec);
    let catalogs: std::collections::BTreeSet<&str> =
        spec.fields.iter().filter_map(|f| f.spec.catalog.as_deref()).collect();
    let catalogs = catalogs.into_iter();
    let waivers = crate::spec::WAIVERS.iter().map(|(name, v, text)| {
        let v = ident(v);
        let doc = format!(" `{name}`: {text}.");
        quote! { #[doc = #doc] #v, }
    });
    let waiver_texts = crate::spec::WAIVERS.iter().map(|(_, v, text)| {
        let v = ident(v);
        quote! { Waiver::#v => #text, }
    });
    let names_and_defaults = names_and_defaults(spec, &variants);
    Ok(quote! {
        #child

        #names_and_defaults

        /// Every field of the request body, one variant per spec path (`*` = any array item).
        ///
        /// Rules name fields through this enum, never through path strings.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Field {
            #(#[doc = #docs] #variants,)*
        }

        impl Field {
            /// All fields, sorted by path.
            pub const ALL: [Field; #count] = [#(Field::#variants),*];
        }

        /// Metadata of every field, indexed by `Field as usize` (sorted by path).
        pub static FIELD_META: [FieldMeta; #count] = [#(#metas),*];

        /// Names of the growing vendor catalogues (`catalog` in the spec), sorted: the keys `[known]` in
        /// `acklint.toml` accepts besides `addons`.
        pub const CATALOGS: &[&str] = &[#(#catalogs),*];

        /// A situation in which a required field may be absent (`unless` in the spec).
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Waiver {
            #(#waivers)*
        }

        impl Waiver {
            /// The situation, in words.
            pub fn describe(self) -> &'static str {
                match self {
                    #(#waiver_texts)*
                }
            }
        }
    })
}

/// `Field::child_of(parent, key)`: one `match` per parent, so a lookup is a string comparison or two, with no
/// hashing and no table to build at start-up.
fn child_lookup(spec: &Spec) -> TokenStream {
    let mut by_parent: std::collections::BTreeMap<&str, Vec<(&str, proc_macro2::Ident)>> = Default::default();
    for f in &spec.fields {
        by_parent.entry(f.parent.as_str()).or_default().push((f.key.as_str(), ident(&variant(&f.spec.path))));
    }
    let arms = by_parent.iter().map(|(parent, children)| {
        let pattern = if parent.is_empty() {
            quote! { None }
        } else {
            let p = ident(&variant(parent));
            quote! { Some(Field::#p) }
        };
        let (keys, fields): (Vec<_>, Vec<_>) = children.iter().cloned().unzip();
        quote! { #pattern => match key { #(#keys => Some(Field::#fields),)* _ => None }, }
    });
    quote! {
        impl Field {
            /// The child field `key` of `parent` (`None` = the request root).
            pub(crate) fn child_of(parent: Option<Field>, key: &str) -> Option<Field> {
                match parent {
                    #(#arms)*
                    _ => None,
                }
            }
        }
    }
}

/// How messages name a spec path: keys joined by dots, `[]` for "any item" (`nodepools[].scaling_group.key_pair`).
fn display(path: &str) -> String {
    path.trim_start_matches('/').replace("/*", "[]").replace('/', ".")
}

/// `Field::display`, `Field::display_in_pool` and the typed defaults: tables of `&'static str` and constants,
/// so a message or a rule needs neither an allocation nor a JSON parser to name a field or read its default.
fn names_and_defaults(spec: &Spec, variants: &[proc_macro2::Ident]) -> TokenStream {
    let count = spec.fields.len();
    let names = spec.fields.iter().map(|f| display(&f.spec.path));
    let in_pool = spec.fields.iter().map(|f| match f.spec.path.strip_prefix("/nodepools/*/") {
        Some(rest) => display(&format!("/{rest}")),
        None => display(&f.spec.path),
    });
    let mut strings = Vec::new();
    let mut integers = Vec::new();
    let mut booleans = Vec::new();
    // The spec check has made sure each default has its field's type.
    for (f, v) in spec.fields.iter().zip(variants) {
        match &f.spec.default {
            Some(toml::Value::String(s)) => strings.push(quote! { Field::#v => Some(#s), }),
            Some(toml::Value::Integer(n)) => integers.push(quote! { Field::#v => Some(#n), }),
            Some(toml::Value::Boolean(b)) => booleans.push(quote! { Field::#v => Some(#b), }),
            _ => {}
        }
    }
    quote! {
        impl Field {
            /// How a message names this field, the one convention of every finding: the keys of its path
            /// joined by dots, `[]` for "any item" of an array (`nodepools[].scaling_group.key_pair`).
            ///
            /// A concrete location fills in the zero-based index of the JSON pointer
            /// ([`Field::display_at`], [`display_pointer`]: `nodepools[1].scaling_group.key_pair`); a message
            /// about one node pool names the pool once (`crate::rules::messages::pool_label`) and its fields as
            /// seen from inside it ([`Field::display_in_pool`]: `scaling_group.key_pair`).
            pub const fn display(self) -> &'static str {
                const NAMES: [&str; #count] = [#(#names),*];
                NAMES[self as usize]
            }

            /// The field's name inside its node pool (`scaling_group.key_pair` for
            /// `nodepools[].scaling_group.key_pair`); [`Field::display`] for a field outside the node pools.
            pub const fn display_in_pool(self) -> &'static str {
                const NAMES: [&str; #count] = [#(#in_pool),*];
                NAMES[self as usize]
            }

            /// The service's default, when the spec gives a string (`None` otherwise).
            pub const fn default_str(self) -> Option<&'static str> {
                match self {
                    #(#strings)*
                    _ => None,
                }
            }

            /// The service's default, when the spec gives an integer (`None` otherwise).
            pub const fn default_i64(self) -> Option<i64> {
                match self {
                    #(#integers)*
                    _ => None,
                }
            }

            /// The service's default, when the spec gives a boolean (`None` otherwise).
            pub const fn default_bool(self) -> Option<bool> {
                match self {
                    #(#booleans)*
                    _ => None,
                }
            }
        }
    }
}

fn opt<T: quote::ToTokens>(v: Option<T>) -> TokenStream {
    match v {
        Some(v) => quote! { Some(#v) },
        None => quote! { None },
    }
}
