//! A unified diff between a body and its fixed text, secrets masked on both sides (`--diff`, fixture
//! snapshots).

use crate::document::mask_secrets;
use similar::TextDiff;

/// The unified diff from `old` to `new` for the file `path` (3 lines of context), empty when they are equal.
/// Every secret value reads `****` on both sides, so a diff never shows a password, even one a fix moved.
pub fn unified_diff(path: &str, old: &str, new: &str) -> String {
    if old == new {
        return String::new();
    }
    let (old, new) = (mask_secrets(old).text, mask_secrets(new).text);
    TextDiff::from_lines(&old, &new)
        .unified_diff()
        .context_radius(3)
        .header(path, &format!("{path} (fixed)"))
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_moved_password_stays_masked() {
        let old = "{\n  \"login_password\": \"Hunter2!x\",\n  \"a\": 1,\n}\n";
        let new = "{\n  \"a\": 1,\n  \"control_plane_config\": {\"login_password\": \"Hunter2!x\"}\n}\n";
        let diff = unified_diff("c.json", old, new);
        assert!(!diff.contains("Hunter2"), "{diff}");
        assert!(diff.contains("+  \"control_plane_config\": {\"login_password\": \"****\"}"), "{diff}");
        assert!(diff.starts_with("--- c.json\n+++ c.json (fixed)\n@@"), "{diff}");
    }
}
