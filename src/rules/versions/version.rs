//! ACK's Kubernetes version strings: `major.minor.patch` with an optional `-aliyun.N` build suffix (or
//! `-aliyunedge.N`, which older ACK Edge versions carry).

use std::cmp::Ordering;
use std::fmt;

/// A parsed `kubernetes_version` such as `1.33.1-aliyun.1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KubeVersion {
    /// Major version (`1`).
    pub major: u32,
    /// Minor version (`33`).
    pub minor: u32,
    /// Patch version (`1`).
    pub patch: u32,
    /// ACK build number from the `-aliyun.N` (or `-aliyunedge.N`) suffix, when given.
    pub aliyun: Option<u32>,
    /// Whether the suffix is `-aliyunedge.N`, the form of older ACK Edge versions such as `1.20.11-aliyunedge.1`.
    pub edge: bool,
}

impl KubeVersion {
    /// Parses `major.minor.patch`, `major.minor.patch-aliyun.N` or `major.minor.patch-aliyunedge.N` (digits
    /// only, no `v`, no spaces).
    pub fn parse(text: &str) -> Option<KubeVersion> {
        let (core, aliyun, edge) = match text.split_once('-') {
            Some((core, suffix)) => match suffix.strip_prefix("aliyunedge.") {
                Some(build) => (core, Some(number(build)?), true),
                None => (core, Some(number(suffix.strip_prefix("aliyun.")?)?), false),
            },
            None => (text, None, false),
        };
        let mut parts = core.split('.');
        let version = KubeVersion {
            major: number(parts.next()?)?,
            minor: number(parts.next()?)?,
            patch: number(parts.next()?)?,
            aliyun,
            edge,
        };
        parts.next().is_none().then_some(version)
    }

    /// Whether the version has the `-aliyun.N` (or `-aliyunedge.N`) suffix that every ACK version carries.
    pub fn is_canonical(&self) -> bool {
        self.aliyun.is_some()
    }

    /// Compares the minor line: `1.24.6-aliyun.1` against `(1, 24)` is `Equal`.
    pub fn cmp_minor(&self, major: u32, minor: u32) -> Ordering {
        (self.major, self.minor).cmp(&(major, minor))
    }

    /// Whether this version is at least `major.minor.patch-aliyun.build`. Without its own suffix, a version
    /// with the same `major.minor.patch` counts as new enough: the build cannot be told.
    pub fn at_least(&self, major: u32, minor: u32, patch: u32, build: u32) -> bool {
        match (self.major, self.minor, self.patch).cmp(&(major, minor, patch)) {
            Ordering::Greater => true,
            Ordering::Less => false,
            Ordering::Equal => self.aliyun.is_none_or(|n| n >= build),
        }
    }
}

impl fmt::Display for KubeVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)?;
        match (self.aliyun, self.edge) {
            (Some(n), true) => write!(f, "-aliyunedge.{n}"),
            (Some(n), false) => write!(f, "-aliyun.{n}"),
            (None, _) => Ok(()),
        }
    }
}

/// A run of ASCII digits that fits in `u32`.
fn number(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::KubeVersion;
    use std::cmp::Ordering;

    fn v(s: &str) -> KubeVersion {
        KubeVersion::parse(s).unwrap_or_else(|| panic!("{s} should parse"))
    }

    #[test]
    fn parses_ack_versions() {
        assert_eq!(v("1.33.1-aliyun.1"), KubeVersion { major: 1, minor: 33, patch: 1, aliyun: Some(1), edge: false });
        assert_eq!(v("1.22.3"), KubeVersion { major: 1, minor: 22, patch: 3, aliyun: None, edge: false });
        assert_eq!(
            v("1.14.8-aliyunedge.1"),
            KubeVersion { major: 1, minor: 14, patch: 8, aliyun: Some(1), edge: true }
        );
        assert!(v("1.20.11-aliyunedge.1").is_canonical());
        assert_eq!(v("1.20.11-aliyunedge.1").to_string(), "1.20.11-aliyunedge.1");
        assert!(v("1.33.1-aliyun.1").is_canonical());
        assert!(!v("1.33.1").is_canonical());
        assert_eq!(v("1.30.10-aliyun.12").to_string(), "1.30.10-aliyun.12");
        assert_eq!(v("1.30.1").to_string(), "1.30.1");
    }

    #[test]
    fn rejects_other_forms() {
        for s in [
            "",
            "latest",
            "v1.33.1-aliyun.1",
            "1.33",
            "1.33.1.2",
            "1.33.1-aliyun",
            "1.33.1-aliyun.",
            "1.33.1-eks.1",
            "1.33.1-aliyunedge",
            "1.33.1-aliyun-edge.1",
            "1.33.1-aliyun.1-rc",
            " 1.33.1",
            "1.33.x",
            "1.+3.1",
            "1.99999999999.1",
        ] {
            assert_eq!(KubeVersion::parse(s), None, "{s:?} should not parse");
        }
    }

    #[test]
    fn compares_minor_lines() {
        assert_eq!(v("1.24.6-aliyun.1").cmp_minor(1, 24), Ordering::Equal);
        assert_eq!(v("1.22.15-aliyun.1").cmp_minor(1, 24), Ordering::Less);
        assert_eq!(v("1.30.1-aliyun.1").cmp_minor(1, 24), Ordering::Greater);
        assert_eq!(v("2.0.0").cmp_minor(1, 35), Ordering::Greater);
    }

    #[test]
    fn at_least_compares_numbers_not_text() {
        assert!(v("1.22.3-aliyun.1").at_least(1, 22, 3, 1));
        assert!(v("1.22.10-aliyun.1").at_least(1, 22, 3, 1));
        assert!(v("1.100.0-aliyun.1").at_least(1, 22, 3, 1));
        assert!(!v("1.22.2-aliyun.9").at_least(1, 22, 3, 1));
        assert!(!v("1.18.8-aliyun.1").at_least(1, 22, 3, 1));
        assert!(!v("1.22.3-aliyun.0").at_least(1, 22, 3, 1));
        assert!(v("1.22.3").at_least(1, 22, 3, 1));
    }
}
