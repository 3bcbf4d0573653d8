//! Rust identifiers derived from spec paths and keys.

use proc_macro2::{Ident, Span};

/// `evictionHard` → `eviction_hard`, `system_disk_size` stays as it is.
pub fn snake(key: &str) -> String {
    let mut out = String::new();
    for (i, c) in key.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 && !out.ends_with('_') {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else if c == '-' || c == '.' {
            out.push('_');
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether `key` can become a Rust identifier (see [`field_ident`] and [`variant`]): ASCII letters, digits, `_`, `-`
/// and `.`, starting with a letter, and not a name that even a raw identifier cannot take.
pub fn is_usable_key(key: &str) -> bool {
    key.starts_with(|c: char| c.is_ascii_alphabetic())
        && key.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        && !matches!(snake(key).as_str(), "self" | "super" | "crate")
}

/// A field identifier; Rust keywords become raw identifiers (`r#type`).
pub fn field_ident(key: &str) -> Ident {
    let name = snake(key);
    match name.as_str() {
        "type" | "match" | "enum" | "struct" | "ref" | "move" | "loop" | "static" | "use" | "mod" | "impl" | "fn"
        | "in" | "for" | "where" | "as" | "box" | "trait" | "const" | "let" | "mut" | "pub" | "return" | "async"
        | "await" | "dyn" | "abstract" | "final" | "override" | "priv" | "virtual" | "yield" | "unsafe" | "extern"
        | "true" | "false" | "if" | "else" | "while" | "break" | "continue" | "become" | "do" | "gen" | "macro"
        | "try" | "typeof" | "unsized" => Ident::new_raw(&name, Span::call_site()),
        _ => Ident::new(&name, Span::call_site()),
    }
}

/// `/nodepools/*/scaling_group/system_disk_size` → `NodepoolsScalingGroupSystemDiskSize`.
pub fn variant(path: &str) -> String {
    path.split('/')
        .filter(|s| !s.is_empty() && *s != "*")
        .flat_map(|s| snake(s).split('_').map(str::to_string).collect::<Vec<_>>())
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
        })
        .collect()
}

pub fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// The Rust variant for an enum token: words split at `-`, `.`, `_` and spaces, each capitalised, and a word in
/// capitals only lowered after its first letter so the name reads as Rust (`PRIORITY` → `Priority`,
/// `Sandboxed-Container.runv` → `SandboxedContainerRunv`, `PL0` → `Pl0`, `ipv4` → `Ipv4`). `None` when the token
/// has no letter or digit to build a name from.
pub fn token_variant(token: &str) -> Option<String> {
    let mut out = String::new();
    for word in token.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        let shouting = word.len() > 1 && !word.chars().any(|c| c.is_ascii_lowercase());
        let mut chars = word.chars();
        let first = chars.next().expect("words are not empty");
        out.push(first.to_ascii_uppercase());
        if shouting {
            out.extend(chars.map(|c| c.to_ascii_lowercase()));
        } else {
            out.extend(chars);
        }
    }
    // A name cannot start with a digit: `1x` becomes `V1x`.
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'V');
    }
    (!out.is_empty() && token.is_ascii()).then_some(out)
}
