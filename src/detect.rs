//! Which JSON documents are CreateCluster request bodies, for tools that meet JSON files they were not told
//! about: a folder walk (`acklint check .`) and, later, an editor deciding which open documents to check.
//!
//! The test, decided from real bodies (Alibaba Cloud's samples of several years, the CLI guide, scripts that
//! create clusters): the document is an object whose top-level keys include
//! - `cluster_type` (every current sample and every managed, serverless or edge body has it), or
//! - `region_id` together with one key only a cluster body has: `vpcid`, `zone_ids`, `zone_id`,
//!   `vswitch_ids`, `master_vswitch_ids`, `worker_vswitch_ids`, `nodepools`, `kubernetes_version`,
//!   `container_cidr` or `service_cidr` (old dedicated bodies omit `cluster_type`).
//!
//! `package.json`, `tsconfig.json`, editor settings and other APIs' bodies have neither. Only the top level
//! is read, with a scanner that skips strings, comments and nested values without building anything, so a
//! folder of request bodies pays almost nothing for the test.

#[cfg(feature = "cli")]
use crate::spec::Field;

/// Whether `text` looks like a CreateCluster request body (see the module documentation for the test).
#[cfg(feature = "cli")]
pub fn looks_like_request_body(text: &str) -> bool {
    bytes_look_like_request_body(text.as_bytes())
}

/// [`looks_like_request_body`] for a file's raw bytes, which need not be UTF-8: the test reads only the ASCII
/// structure and keys, so converting the file first (invalid bytes replaced) would decide the same.
#[cfg(feature = "cli")]
pub fn bytes_look_like_request_body(bytes: &[u8]) -> bool {
    let mut cluster_type = false;
    let mut region = false;
    let mut cluster_only = false;
    // Decided at the first key that settles it: `cluster_type` usually comes first.
    top_level_keys(bytes, |key| {
        match Field::child(None, key) {
            Some(Field::ClusterType) => cluster_type = true,
            Some(Field::RegionId) => region = true,
            Some(
                Field::Vpcid
                | Field::ZoneIds
                | Field::ZoneId
                | Field::VswitchIds
                | Field::MasterVswitchIds
                | Field::WorkerVswitchIds
                | Field::Nodepools
                | Field::KubernetesVersion
                | Field::ContainerCidr
                | Field::ServiceCidr,
            ) => cluster_only = true,
            _ => {}
        }
        cluster_type || (region && cluster_only)
    })
}

#[cfg(feature = "cli")]
/// Hands the keys of the top-level object to `found`, in order, until it returns true (then true); false when
/// the document is not an object or no key settled it. Tolerates what the tolerant parser tolerates around
/// keys (comments, single-quoted strings) and stops at the first thing it cannot read. A key that is not UTF-8
/// is no field's and is passed over.
fn top_level_keys(bytes: &[u8], mut found: impl FnMut(&str) -> bool) -> bool {
    let mut i = skip_blank(bytes, 0);
    if bytes.get(i) != Some(&b'{') {
        return false;
    }
    i += 1;
    let mut depth = 1usize;
    // At depth 1, a string is a key when the next significant character is a colon.
    while i < bytes.len() {
        match bytes[i] {
            b'"' | b'\'' => {
                let Some(end) = string_end(bytes, i) else { break };
                let after = skip_blank(bytes, end);
                let key = || std::str::from_utf8(&bytes[i + 1..end - 1]).ok();
                if depth == 1 && bytes.get(after) == Some(&b':') && key().is_some_and(&mut found) {
                    return true;
                }
                i = end;
            }
            b'/' if matches!(bytes.get(i + 1), Some(b'/' | b'*')) => i = skip_blank(bytes, i),
            b'{' | b'[' => {
                depth += 1;
                i += 1;
            }
            b'}' | b']' => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    false
}

#[cfg(feature = "cli")]
/// One past the closing quote of the string that starts at `start`, or `None` when it never closes.
fn string_end(bytes: &[u8], start: usize) -> Option<usize> {
    let quote = bytes[start];
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b if b == quote => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// The index of the next byte that is not white space or inside a comment (a UTF-8 byte order mark counts
/// as white space at the start).
pub(crate) fn skip_blank(bytes: &[u8], mut i: usize) -> usize {
    if i == 0 && bytes.starts_with(b"\xEF\xBB\xBF") {
        i = 3;
    }
    loop {
        match (bytes.get(i), bytes.get(i + 1)) {
            (Some(b' ' | b'\t' | b'\n' | b'\r'), _) => i += 1,
            (Some(b'/'), Some(b'/')) => {
                i = bytes[i..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |p| i + p + 1);
            }
            (Some(b'/'), Some(b'*')) => {
                i = bytes[i + 2..].windows(2).position(|w| w == b"*/").map_or(bytes.len(), |p| i + 2 + p + 2);
            }
            _ => return i,
        }
    }
}

#[cfg(all(test, feature = "cli"))]
mod tests {
    use super::looks_like_request_body as body;

    #[test]
    fn request_bodies_of_every_shape_are_recognised() {
        assert!(body(r#"{"name":"a","cluster_type":"ManagedKubernetes"}"#));
        assert!(body("\u{feff}// copied from the docs\n{ /* c */ 'region_id': 'cn-hangzhou', \"vpcid\": \"vpc-1\" }"));
        assert!(body(r#"{"region_id":"cn-beijing","nodepools":[{"nodepool_info":{"name":"np"}}]}"#));
        assert!(body(r#"{"region_id":"cn-beijing","zone_ids":["cn-beijing-h"]}"#));
        // A slip later in the body does not hide the keys before it.
        assert!(body(r#"{"cluster_type": "Kubernetes", "key_pair": "key_pair": "k""#));
    }

    #[test]
    fn raw_bytes_are_decided_as_their_converted_text() {
        let files: [&[u8]; 6] = [
            b"{\"a\\\xff\": 1, \"cluster_type\": \"K\"}",
            b"{\"\xe4\xb8\": {\"x\": \"\\\xe4\"}, \"region_id\": 1, \"vpcid\": 2}",
            b"{\"cluster_type\xff\": 1}",
            b"\xff{\"cluster_type\": 1}",
            b"{'\xc3': 1, /* \xff */ 'cluster_type': 2}",
            b"{\"region_id\": \"\xf0\x9f\", \"zone_id\": 1}",
        ];
        for bytes in files {
            let text = String::from_utf8_lossy(bytes);
            assert_eq!(super::bytes_look_like_request_body(bytes), body(&text), "{text}");
        }
        assert!(super::bytes_look_like_request_body(files[0]));
        assert!(!super::bytes_look_like_request_body(files[2]));
    }

    #[test]
    fn other_json_files_are_not() {
        assert!(!body(r#"{"name":"web","version":"1.0.0","dependencies":{"cluster_type":"x"}}"#));
        assert!(!body(r#"{"compilerOptions":{"strict":true},"include":["src"]}"#));
        assert!(!body(r#"{"editor.formatOnSave": true, "region_id": "cn-hangzhou"}"#));
        assert!(!body(r#"[{"cluster_type":"Kubernetes"}]"#));
        assert!(!body(r#"{"description": "\"cluster_type\": \"Kubernetes\"", "items": []}"#));
        assert!(!body(""));
        assert!(!body("{"));
        assert!(!body("{\"a\": \"unterminated"));
        assert!(!body(&"[".repeat(100_000)));
    }
}
