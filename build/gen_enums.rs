//! Generates a Rust enum for every closed set of string tokens in the spec (an `enum` without `catalog`).
//!
//! A growing catalogue (`catalog`) stays a `String` in the model: any token is valid there, `[known]` in
//! `acklint.toml` adds tokens at run time, and fields that share a catalogue list different subsets of it, so
//! no single Rust enum would tell the truth about it.
//!
//! Each enum keeps a token outside the set in an `Unknown(String)` variant: the lenient loader must still
//! represent `"ManagedKubernetez"`, so that rules and messages can name it and a save writes it back.

use crate::names::{ident, token_variant};
use crate::spec::{EnumValue, Field, Spec};
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeMap;

/// The catch-all variant's name; no token may take it.
pub const UNKNOWN: &str = "Unknown";

/// One generated enum: the fields that use it (path order) and its tokens with their variant names.
pub struct EnumType<'a> {
    pub name: String,
    pub fields: Vec<&'a Field>,
    /// The tokens, in the order and with the docs of the first field.
    pub values: Vec<(String, &'a EnumValue)>,
}

/// Every closed-enum type of the spec, by name, or the defects that prevent generating them.
pub fn enums(spec: &Spec) -> Result<Vec<EnumType<'_>>, Vec<String>> {
    let mut errors = Vec::new();
    let mut by_name: BTreeMap<String, EnumType<'_>> = BTreeMap::new();
    for f in &spec.fields {
        let Some(name) = f.enum_type_name() else { continue };
        let at = format!("{}: field `{}`", f.spec.file.display(), f.spec.path);
        if let Some(shared) = by_name.get_mut(&name) {
            let first = shared.fields[0];
            let mut ours: Vec<&str> = f.spec.enum_values.iter().map(|v| v.value.as_str()).collect();
            let mut theirs: Vec<&str> = first.spec.enum_values.iter().map(|v| v.value.as_str()).collect();
            ours.sort_unstable();
            theirs.sort_unstable();
            if ours != theirs {
                errors.push(format!(
                    "{at}: enum `{name}` is shared with `{}`, which lists other tokens: give one of them its own \
                     `enum_name`",
                    first.spec.path
                ));
            }
            shared.fields.push(f);
            continue;
        }
        if spec.fields.iter().any(|other| other.spec.rust_name.as_deref() == Some(name.as_str())) {
            errors.push(format!("{at}: enum name `{name}` is also a struct's `rust_name`: set `enum_name`"));
        }
        let mut values: Vec<(String, &EnumValue)> = Vec::new();
        for v in &f.spec.enum_values {
            let Some(variant) = v.variant.clone().or_else(|| token_variant(&v.value)) else {
                errors.push(format!("{at}: enum value `{}` gives no Rust name: set its `variant`", v.value));
                continue;
            };
            if variant == UNKNOWN {
                errors.push(format!(
                    "{at}: enum value `{}` would take the `{UNKNOWN}` variant: set its `variant`",
                    v.value
                ));
            } else if let Some((_, taken)) = values.iter().find(|(n, _)| *n == variant) {
                errors.push(format!(
                    "{at}: enum values `{}` and `{}` both become the variant `{variant}`: set `variant` on one",
                    taken.value, v.value
                ));
            }
            values.push((variant, v));
        }
        by_name.insert(name.clone(), EnumType { name, fields: vec![f], values });
    }
    if errors.is_empty() { Ok(by_name.into_values().collect()) } else { Err(errors) }
}

/// The Rust code of every enum.
pub fn generate(enums: &[EnumType<'_>]) -> TokenStream {
    let items = enums.iter().map(one);
    quote! { #(#items)* }
}

fn one(e: &EnumType<'_>) -> TokenStream {
    let name = ident(&e.name);
    let places: Vec<String> = e.fields.iter().map(|f| format!("`{}`", display(&f.spec.path))).collect();
    let doc = format!(
        " The tokens of {}.\n\n A token outside the set loads as [`{}::{UNKNOWN}`], kept as written. Build a value \
         from a token with `From` or `parse` (they never give `{UNKNOWN}` for a known token), or name a variant.",
        join(&places),
        e.name
    );
    let variants: Vec<_> = e.values.iter().map(|(v, _)| ident(v)).collect();
    let tokens: Vec<&str> = e.values.iter().map(|(_, v)| v.value.as_str()).collect();
    let docs = e.values.iter().map(|(_, v)| match &v.disputed {
        Some(why) => format!(" {} Disputed: {}.", v.doc, why.trim_end_matches('.')),
        None => format!(" {}", v.doc),
    });
    let unknown = ident(UNKNOWN);
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        #[non_exhaustive]
        pub enum #name {
            #(
                #[doc = #docs]
                #[serde(rename = #tokens)]
                #variants,
            )*
            /// A token outside the spec's set, as written in the body.
            #[serde(untagged)]
            #unknown(String),
        }

        impl #name {
            /// The token as the API spells it.
            pub fn as_str(&self) -> &str {
                match self {
                    #(Self::#variants => #tokens,)*
                    Self::#unknown(token) => token,
                }
            }

            /// Whether the token is outside the spec's set.
            pub fn is_unknown(&self) -> bool {
                matches!(self, Self::#unknown(_))
            }
        }

        impl From<String> for #name {
            fn from(token: String) -> Self {
                match token.as_str() {
                    #(#tokens => Self::#variants,)*
                    _ => Self::#unknown(token),
                }
            }
        }

        impl From<&str> for #name {
            fn from(token: &str) -> Self {
                match token {
                    #(#tokens => Self::#variants,)*
                    _ => Self::#unknown(token.to_owned()),
                }
            }
        }

        impl std::str::FromStr for #name {
            type Err = std::convert::Infallible;
            fn from_str(token: &str) -> Result<Self, Self::Err> {
                Ok(Self::from(token))
            }
        }

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl crate::lenient::Lenient for #name {
            fn lenient(value: serde_json::Value) -> Option<Self> {
                match value {
                    serde_json::Value::String(token) => Some(Self::from(token)),
                    _ => None,
                }
            }
        }
    }
}

/// `a`, `a and b`, `a, b and c`.
fn join(items: &[String]) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => items.join(""),
    }
}

/// How docs name a spec path: keys joined by dots, `[]` for any item (`nodepools[].scaling_group.period_unit`).
pub fn display(path: &str) -> String {
    path.trim_start_matches('/').replace("/*", "[]").replace('/', ".")
}

/// A plain-text listing of the enums, for the golden test.
pub fn surface(enums: &[EnumType<'_>]) -> String {
    let mut out = String::new();
    for e in enums {
        out.push_str(&format!("enum {}\n", e.name));
        for (variant, v) in &e.values {
            out.push_str(&format!("    {variant} = {:?}\n", v.value));
        }
        out.push_str(&format!("    {UNKNOWN}(String)\n"));
    }
    out
}
