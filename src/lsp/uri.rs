//! `file:` URIs ↔ paths (percent-encoding by hand: the URI type of `lsp-types` does not convert).

use std::path::{Path, PathBuf};

/// The path of a `file:` URI (`None` for other schemes, such as an editor's `untitled:` buffers).
pub fn to_path(uri: &str) -> Option<PathBuf> {
    let rest = uri.strip_prefix("file://")?;
    // The authority is empty or `localhost` for local files.
    let rest = rest.strip_prefix("localhost").unwrap_or(rest);
    let rest = rest.split(['?', '#']).next().unwrap_or(rest);
    let bytes = decode(rest)?;
    let path = String::from_utf8(bytes).ok()?;
    // `file:///C:/x` on Windows.
    #[cfg(windows)]
    let path = path.strip_prefix('/').filter(|p| p.get(1..2) == Some(":")).map_or(path.clone(), str::to_string);
    Some(PathBuf::from(path))
}

/// The `file:` URI of an absolute path.
pub fn from_path(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut out = String::from("file://");
    if !text.starts_with('/') {
        out.push('/');
    }
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~:".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn decode(s: &str) -> Option<Vec<u8>> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_round_trip_through_uris() {
        for p in ["/tmp/a b/集群.json", "/x/100%.json", "/plain/cluster.json"] {
            let uri = from_path(Path::new(p));
            assert!(uri.parse::<lsp_types::Uri>().is_ok(), "{uri}");
            assert_eq!(to_path(&uri), Some(PathBuf::from(p)));
        }
        assert_eq!(to_path("file://localhost/etc/x.json"), Some(PathBuf::from("/etc/x.json")));
        assert_eq!(to_path("untitled:Untitled-1"), None);
    }
}
