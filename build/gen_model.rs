//! Generates the serde request types and their lenient loaders.
//!
//! Every struct keeps the members the spec does not declare in `extra`, so that a body loaded and saved again
//! keeps them. A deprecated field is `#[deprecated]`, naming its replacement.

use crate::gen_enums;
use crate::names::{field_ident, ident};
use crate::spec::{Field, Kind, Spec};
use proc_macro2::TokenStream;
use quote::quote;

pub const ROOT_TYPE: &str = "CreateClusterRequest";

pub fn generate(spec: &Spec) -> Result<TokenStream, Vec<String>> {
    let enums = gen_enums::enums(spec)?;
    let enums = gen_enums::generate(&enums);
    let mut items = vec![structure(spec, "", ROOT_TYPE, "The body of a `CreateCluster` request (`POST /clusters`).")];
    for f in spec.fields.iter().filter(|f| f.kind.has_children()) {
        let name = f.spec.rust_name.as_deref().unwrap_or_default();
        let doc = match f.kind {
            Kind::ObjectArray => format!("One item of `{}`. {}", f.spec.path, f.spec.en),
            _ => format!("The `{}` object. {}", f.spec.path, f.spec.en),
        };
        items.push(structure(spec, &f.spec.path, name, &doc));
    }
    Ok(quote! { #enums #(#items)* })
}

fn structure(spec: &Spec, path: &str, name: &str, doc: &str) -> TokenStream {
    // The request's doc example is hand-written next to the model (it names real fields of the spec).
    let example = (name == ROOT_TYPE).then(|| {
        quote! { #[doc = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/src/model/request_example.md"))] }
    });
    let name = ident(name);
    let children: Vec<&Field> = spec.children(path).collect();
    let decls = children.iter().map(|f| {
        let id = field_ident(&f.key);
        let key = &f.key;
        let ty = rust_type(f);
        let mut doc = f.spec.en.clone();
        if f.spec.deprecated {
            doc.push_str(" Deprecated by the API.");
        }
        if f.spec.secret {
            doc.push_str(" Secret: acklint never prints its value.");
        }
        let doc = format!(" {doc}\n\n JSON path: `{}`.", f.spec.path);
        let deprecated = f.spec.deprecated.then(|| {
            let note = deprecation_note(&f.spec.replacement);
            quote! { #[deprecated(note = #note)] }
        });
        quote! {
            #[doc = #doc]
            #deprecated
            #[serde(rename = #key, default, skip_serializing_if = "Option::is_none")]
            pub #id: Option<#ty>,
        }
    });
    // One pass over the members present, not one map lookup per declared field: a scaling group declares
    // some 60 fields and sets a dozen.
    let loads: Vec<(&String, TokenStream)> = children
        .iter()
        .map(|f| {
            let id = field_ident(&f.key);
            let load = match f.kind {
                Kind::ObjectArray => quote! { crate::lenient::records(member) },
                Kind::StringArray | Kind::IntegerArray => quote! { crate::lenient::list(member) },
                _ => quote! { crate::lenient::value(member) },
            };
            (&f.key, quote! { out.#id = #load })
        })
        .collect();
    // The loader checks that an object has fields; with a single one, a comparison reads better than a match.
    let dispatch = match loads.as_slice() {
        [(key, load)] => quote! {
            if key == #key {
                #load;
            } else {
                out.extra.insert(key, member);
            }
        },
        _ => {
            let arms = loads.iter().map(|(key, load)| quote! { #key => #load, });
            quote! {
                match key.as_str() {
                    #(#arms)*
                    _ => {
                        out.extra.insert(key, member);
                    }
                }
            }
        }
    };
    // The loader fills every field, deprecated ones included.
    let allow = children.iter().any(|f| f.spec.deprecated).then(|| quote! { #[allow(deprecated)] });
    let doc = format!(" {doc}");
    quote! {
        #[doc = #doc]
        #example
        #[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
        pub struct #name {
            #(#decls)*
            /// Members the spec does not declare, as written: a body loaded and saved again keeps them.
            #[serde(flatten)]
            pub extra: serde_json::Map<String, serde_json::Value>,
        }

        #allow
        impl crate::lenient::Lenient for #name {
            fn lenient(value: serde_json::Value) -> Option<Self> {
                let serde_json::Value::Object(members) = value else { return None };
                let mut out = Self::default();
                for (key, member) in members {
                    #dispatch
                }
                Some(out)
            }
        }
    }
}

/// `#[deprecated]`'s note: the replacement fields, in the form messages use.
fn deprecation_note(replacement: &[String]) -> String {
    let names: Vec<String> = replacement.iter().map(|r| format!("`{}`", gen_enums::display(r))).collect();
    match names.split_last() {
        None => "deprecated by the API, with no replacement".to_string(),
        Some((last, [])) => format!("deprecated by the API: use {last} instead"),
        Some((last, rest)) => format!("deprecated by the API: use {} or {last} instead", rest.join(", ")),
    }
}

fn rust_type(f: &Field) -> TokenStream {
    let named = || ident(f.spec.rust_name.as_deref().unwrap_or_default());
    let token = || f.enum_type_name().map(|name| ident(&name));
    match f.kind {
        Kind::String => match token() {
            Some(e) => quote! { #e },
            None => quote! { String },
        },
        Kind::Integer => quote! { i64 },
        // Not `f64`: `8` would come back as `8.0`, and a save would change the body.
        Kind::Number => quote! { serde_json::Number },
        Kind::Boolean => quote! { bool },
        Kind::Map => quote! { std::collections::BTreeMap<String, serde_json::Value> },
        Kind::StringArray => match token() {
            Some(e) => quote! { Vec<#e> },
            None => quote! { Vec<String> },
        },
        Kind::IntegerArray => quote! { Vec<i64> },
        Kind::Object => {
            let n = named();
            quote! { #n }
        }
        Kind::ObjectArray => {
            let n = named();
            quote! { Vec<#n> }
        }
    }
}

/// A plain-text listing of the generated public surface, for the golden test.
pub fn surface(spec: &Spec) -> String {
    let mut out = gen_enums::enums(spec).map(|e| gen_enums::surface(&e)).unwrap_or_default();
    let mut emit = |path: &str, name: &str| {
        out.push_str(&format!("struct {name}\n"));
        for f in spec.children(path) {
            let ty = rust_type(f).to_string().replace(' ', "");
            let deprecated = if f.spec.deprecated { "  (deprecated)" } else { "" };
            out.push_str(&format!("    {}: Option<{ty}>  <- {}{deprecated}\n", field_ident(&f.key), f.spec.path));
        }
        out.push_str("    extra: serde_json::Map<String,serde_json::Value>\n");
    };
    emit("", ROOT_TYPE);
    for f in spec.fields.iter().filter(|f| f.kind.has_children()) {
        emit(&f.spec.path, f.spec.rust_name.as_deref().unwrap_or_default());
    }
    out
}
