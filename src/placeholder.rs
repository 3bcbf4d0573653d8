//! Values that stand in for a real one: what bodies copied from documentation, blog posts and templates are
//! full of (`vpc-xxx`, `vsw-****`, `<your-vpc-id>`, `${VPC_ID}`, `sg-replace…`). The API rejects them, but only
//! after the request is sent; the rule `placeholder-value` (NAM014) reports them before.
//!
//! Two strengths of evidence:
//! - **template syntax** (`${…}`, `{{…}}`, `<…>`, `%s`) is a placeholder in any identifier or name;
//! - **filler words and masks** (`xxx` at the end or five in a row, `****`, `replace…`, `your…`,
//!   `changeme`, an all-`x` or all-zero suffix after the resource prefix) are checked in identifiers only:
//!   a name may well contain them on purpose.
//!
//! Real IDs are a prefix and 17–25 random lower-case letters and digits (`vsw-bp1m7d4x9k2q5w8e1r3t6`), so
//! one `x`, or two in a row, is normal; the tests below hold real-looking IDs that must pass.

use crate::spec::{FIELD_META, Field, FieldMeta, JsonType};
use std::sync::OnceLock;

/// Why a value looks like a placeholder; the finding's label says it in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceholderReason {
    /// `${…}`, `{{…}}`, `$(…)`.
    TemplateSyntax,
    /// `<your-vpc-id>`.
    AngleBrackets,
    /// `%s`, `%d`.
    FormatSpecifier,
    /// `vpc-2zeik9h3ahvv2zz95****`.
    Asterisks,
    /// `vsw-xxx`.
    Xs,
    /// `vpc-000000`.
    AllZero,
    /// `replace…`, `your…`, `changeme`, `placeholder`.
    AsksForValue,
}

/// Why a value is a placeholder (`None` for a real-looking value).
///
/// Runs on every identifier and name of every body, so the common case (a real, lower-case ID) costs one
/// pass over its bytes and a few short comparisons, without allocating.
pub fn placeholder_reason(value: &str, identifier: bool) -> Option<PlaceholderReason> {
    let bytes = value.as_bytes();
    // Template syntax, angle brackets, format specifiers and masks all need one of these characters.
    if bytes.iter().any(|b| matches!(b, b'$' | b'{' | b'<' | b'%' | b'*')) {
        let lower = value.to_ascii_lowercase();
        if lower.contains("${") || lower.contains("{{") || lower.starts_with("$(") {
            return Some(PlaceholderReason::TemplateSyntax);
        }
        if value.starts_with('<') && value.ends_with('>') || lower.contains("<your") || lower.contains("<replace") {
            return Some(PlaceholderReason::AngleBrackets);
        }
        if lower.contains("%s") || lower.contains("%d") {
            return Some(PlaceholderReason::FormatSpecifier);
        }
        if identifier && lower.contains("***") {
            return Some(PlaceholderReason::Asterisks);
        }
    }
    if !identifier {
        return None;
    }
    let lower: std::borrow::Cow<'_, [u8]> =
        if bytes.iter().any(u8::is_ascii_uppercase) { bytes.to_ascii_lowercase().into() } else { bytes.into() };
    // The part after the resource prefix (`vsw-`, `sg-`, `m-`), where the random characters of a real ID go.
    let suffix = lower.iter().position(|&b| b == b'-').map_or(&lower[..], |at| &lower[at + 1..]);
    let all = |of: u8| !suffix.is_empty() && suffix.iter().all(|&b| b == of);
    if has(&lower, b"xxxxx") || suffix.ends_with(b"xxx") || all(b'x') {
        return Some(PlaceholderReason::Xs);
    }
    if suffix.len() >= 3 && all(b'0') {
        return Some(PlaceholderReason::AllZero);
    }
    if [&b"replace"[..], b"your", b"changeme", b"placeholder"].iter().any(|w| has(&lower, w)) {
        return Some(PlaceholderReason::AsksForValue);
    }
    None
}

/// Whether `word` occurs in `text`: a plain scan, quicker than a substring searcher on strings as short as IDs.
fn has(text: &[u8], word: &[u8]) -> bool {
    text.windows(word.len()).any(|w| w == word)
}

/// Which spec fields hold identifiers (checked for every kind of placeholder) or names (template syntax
/// only); `None` for fields whose values are not names of things (sizes, CIDRs, enums, secrets, encoded
/// content), where such text is either impossible or reported by another check.
pub fn field_kind(field: Field) -> Option<bool> {
    static KINDS: OnceLock<Vec<Option<bool>>> = OnceLock::new();
    KINDS.get_or_init(|| FIELD_META.iter().map(kind_of).collect())[field as usize]
}

fn kind_of(meta: &FieldMeta) -> Option<bool> {
    if meta.secret || !meta.enum_values.is_empty() || meta.content.is_some() {
        return None;
    }
    if !matches!(meta.json_type, JsonType::String | JsonType::StringArray) {
        return None;
    }
    let key = meta.key;
    let identifier = key.ends_with("id") || key.ends_with("ids") || key == "key_pair" || key == "rds_instances";
    if identifier {
        Some(true)
    } else if key == "name" || key.ends_with("_name") {
        Some(false)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::placeholder_reason as reason;

    #[test]
    fn placeholders_from_documentation_and_templates_are_found() {
        for id in [
            "vpc-xxx",
            "vsw-xxxxxxxx",
            "vsw-bp1xxxxxxxxxxxxxxx",
            "vpc-2zeik9h3ahvv2zz95****",
            "sg-****",
            "<your-vpc-id>",
            "${VPC_ID}",
            "{{ .Values.vpcId }}",
            "vsw-%s",
            "sg-replace0with0your0group",
            "vpc-replace0with0your0vpc",
            "replace-with-your-key-pair",
            "your-key-pair",
            "vpc-000000",
            "m-xxx",
            "VPC-XXX",
        ] {
            assert!(reason(id, true).is_some(), "{id} is a placeholder");
        }
        assert!(reason("${CLUSTER_NAME}", false).is_some());
        assert!(reason("<cluster name>", false).is_some());
    }

    #[test]
    fn real_looking_ids_and_names_pass() {
        for id in [
            "vpc-bp1kd7yn4qnjvn5b2xk8q",
            "vsw-bp1m7d4x9k2q5w8e1r3t6",
            "vsw-uf6xx8rzj3k2m5n7p9q1w",
            "sg-bp1fx0x7yn2kd8s9xq3a",
            "m-bp1g1x0x0k8d4xz5ab",
            "rg-acfmx00xyz7ak2q",
            "ops-keypair",
            "prod-keypair-2025",
            "cn-hangzhou-k",
            "cn-beijing",
            "rm-bp1x9x8x7x6x5x4x3",
            "k-ex-2025",
        ] {
            assert_eq!(reason(id, true), None, "{id} is real-looking");
        }
        for name in ["my-cluster", "prod cluster xxx", "test-your-app", "example-pool", "vpc-000"] {
            assert_eq!(reason(name, false), None, "{name} is a name someone may choose");
        }
    }
}
