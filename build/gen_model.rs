//! Generates the serde request types and their lenient loaders.

use crate::names::{field_ident, ident};
use crate::spec::{Field, Kind, Spec};
use proc_macro2::TokenStream;
use quote::quote;

pub const ROOT_TYPE: &str = "CreateClusterRequest";

pub fn generate(spec: &Spec) -> TokenStream {
    let mut items = vec![structure(spec, "", ROOT_TYPE, "The body of a `CreateCluster` request (`POST /clusters`).")];
    for f in spec.fields.iter().filter(|f| f.kind.has_children()) {
        let name = f.spec.rust_name.as_deref().unwrap_or_default();
        let doc = match f.kind {
            Kind::ObjectArray => format!("One item of `{}`. {}", f.spec.path, f.spec.en),
            _ => format!("The `{}` object. {}", f.spec.path, f.spec.en),
        };
        items.push(structure(spec, &f.spec.path, name, &doc));
    }
    quote! { #(#items)* }
}

fn structure(spec: &Spec, path: &str, name: &str, doc: &str) -> TokenStream {
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
        quote! {
            #[doc = #doc]
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
        [(key, load)] => quote! { if key == #key { #load; } },
        _ => {
            let arms = loads.iter().map(|(key, load)| quote! { #key => #load, });
            quote! {
                match key.as_str() {
                    #(#arms)*
                    _ => {}
                }
            }
        }
    };
    let doc = format!(" {doc}");
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
        pub struct #name {
            #(#decls)*
        }

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

fn rust_type(f: &Field) -> TokenStream {
    let named = || ident(f.spec.rust_name.as_deref().unwrap_or_default());
    match f.kind {
        Kind::String => quote! { String },
        Kind::Integer => quote! { i64 },
        Kind::Number => quote! { f64 },
        Kind::Boolean => quote! { bool },
        Kind::Map => quote! { std::collections::BTreeMap<String, serde_json::Value> },
        Kind::StringArray => quote! { Vec<String> },
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
    let mut out = String::new();
    let mut emit = |path: &str, name: &str| {
        out.push_str(&format!("struct {name}\n"));
        for f in spec.children(path) {
            let ty = rust_type(f).to_string().replace(' ', "");
            out.push_str(&format!("    {}: Option<{ty}>  <- {}\n", field_ident(&f.key), f.spec.path));
        }
    };
    emit("", ROOT_TYPE);
    for f in spec.fields.iter().filter(|f| f.kind.has_children()) {
        emit(&f.spec.path, f.spec.rust_name.as_deref().unwrap_or_default());
    }
    out
}
