//! How machine formats name a file: relative to the project root, so that a code-scanning service or a CI
//! system can place findings on the repository's files even when acklint was given absolute paths.
//!
//! A report's path (the name given on the command line, `-` for standard input) is made absolute against the
//! working directory and normalised lexically (`./a/../b` is `b`; symbolic links are not followed). When it
//! lies below the root it becomes a relative path with `/` separators; otherwise it stays as it was given
//! (SARIF writes it as a `file://` URI). Only when the lexical comparison fails are both sides resolved on
//! disk, so a root reached through a symbolic link (`/tmp` on macOS) still matches.

use std::borrow::Cow;
use std::path::{Component, Path, PathBuf};

/// The folder that machine formats write paths relative to (the repository's root).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectRoot {
    /// Absolute and normalised.
    dir: PathBuf,
    /// The working directory relative report paths are resolved against; absolute and normalised.
    cwd: PathBuf,
}

/// Where a report's file is, as machine formats need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Located<'a> {
    /// Standard input (`-`): no file to point at.
    Stdin,
    /// Below the root: the path relative to it, `/`-separated, never empty, no `.` or `..` segments.
    Relative(String),
    /// Elsewhere: the path as given, and the absolute path it means.
    Outside {
        /// The report's path as given.
        given: &'a str,
        /// Absolute and normalised.
        absolute: PathBuf,
    },
}

impl ProjectRoot {
    /// The root `dir`; relative paths (of the root and of the reports) are taken from `cwd`, which should be
    /// absolute (the process's working directory).
    pub fn new(dir: impl AsRef<Path>, cwd: impl AsRef<Path>) -> ProjectRoot {
        let cwd = normalize(cwd.as_ref());
        ProjectRoot { dir: normalize(&cwd.join(dir)), cwd }
    }

    /// The root as an absolute, normalised path.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Where the file a report names is.
    pub(crate) fn locate<'a>(&self, path: &'a str) -> Located<'a> {
        if path == "-" {
            return Located::Stdin;
        }
        let absolute = normalize(&self.cwd.join(path));
        let relative = relative_to(&absolute, &self.dir).or_else(|| {
            // Not below the root as written: compare where both really are (a symbolic link on either side).
            let (real, root) = (std::fs::canonicalize(&absolute).ok()?, std::fs::canonicalize(&self.dir).ok()?);
            relative_to(&real, &root)
        });
        match relative {
            Some(relative) => Located::Relative(relative),
            None => Located::Outside { given: path, absolute },
        }
    }

    /// The name the GitHub, GitLab and JUnit formats give a report's file: relative to the root when it is
    /// below it, otherwise as given.
    pub fn display<'a>(&self, path: &'a str) -> Cow<'a, str> {
        match self.locate(path) {
            Located::Relative(relative) => Cow::Owned(relative),
            Located::Stdin => Cow::Borrowed(path),
            Located::Outside { given, .. } => Cow::Borrowed(given),
        }
    }
}

/// `path` without `.` segments, with each `..` taking off the segment before it (never above the root).
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => match out.components().next_back() {
                Some(Component::Normal(_)) => {
                    out.pop();
                }
                Some(Component::RootDir | Component::Prefix(_)) => {}
                _ => out.push(c),
            },
            c => out.push(c),
        }
    }
    out
}

/// `path` relative to `root`, `/`-separated, when it is strictly below it (both absolute and normalised).
fn relative_to(path: &Path, root: &Path) -> Option<String> {
    let rest = path.strip_prefix(root).ok()?;
    let parts: Vec<&str> = rest
        .components()
        .map(|c| match c {
            Component::Normal(s) => s.to_str(),
            _ => None,
        })
        .collect::<Option<_>>()?;
    (!parts.is_empty()).then(|| parts.join("/"))
}

/// Characters a URI path segment holds as they are (RFC 3986 `pchar` less the percent sign): the unreserved
/// ones, the sub-delimiters, `:` and `@`.
fn is_pchar(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@".contains(&b)
}

/// Percent-encodes one path segment (UTF-8 bytes), keeping `:` only when `colon` is set.
fn encode_segment(segment: &str, colon: bool, out: &mut String) {
    for &b in segment.as_bytes() {
        if is_pchar(b) && (colon || b != b':') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
}

/// A `/`-separated relative path as a URI relative reference: each segment percent-encoded, and a `:` in the
/// first segment too, where it would otherwise read as a scheme (RFC 3986 §4.2).
pub fn relative_uri(relative: &str) -> String {
    let mut out = String::with_capacity(relative.len());
    for (i, segment) in relative.split('/').enumerate() {
        if i > 0 {
            out.push('/');
        }
        encode_segment(segment, i > 0, &mut out);
    }
    out
}

/// An absolute path as a `file:` URI (RFC 8089). With `windows`, the path is read the Windows way: `\` and `/`
/// both separate, `C:\a` becomes `file:///C:/a`, `\\server\share\a` becomes `file://server/share/a`, and the
/// `\\?\` prefix of a verbatim path is dropped. Otherwise `\` is an ordinary character (and is encoded).
/// A path that is not absolute in that flavour is encoded after `file:///` all the same.
pub fn file_uri(path: &str, windows: bool) -> String {
    if !windows {
        let mut out = String::from("file://");
        for segment in path.split('/').skip_while(|s| s.is_empty()) {
            out.push('/');
            encode_segment(segment, true, &mut out);
        }
        if path.ends_with('/') && !out.ends_with('/') {
            out.push('/');
        }
        if out == "file://" {
            out.push('/');
        }
        return out;
    }
    let path = path.replace('\\', "/");
    let path = match path.strip_prefix("//?/").or_else(|| path.strip_prefix("//./")) {
        Some(rest) => match rest.strip_prefix("UNC/") {
            Some(unc) => format!("//{unc}"),
            None => rest.to_string(),
        },
        None => path,
    };
    let (authority, rest) = match path.strip_prefix("//") {
        Some(unc) => unc.split_once('/').unwrap_or((unc, "")),
        None => ("", path.as_str()),
    };
    let mut out = String::from("file://");
    encode_segment(authority, false, &mut out);
    let segments: Vec<&str> = rest.split('/').filter(|s| !s.is_empty()).collect();
    for segment in &segments {
        out.push('/');
        encode_segment(segment, true, &mut out);
    }
    if segments.is_empty() || rest.ends_with('/') {
        out.push('/');
    }
    out
}

/// A folder as a `file:` URI ending in `/`, as SARIF's `originalUriBaseIds` require.
pub fn folder_uri(dir: &Path) -> String {
    let mut uri = file_uri(&dir.to_string_lossy(), cfg!(windows));
    if !uri.ends_with('/') {
        uri.push('/');
    }
    uri
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root(dir: &str) -> ProjectRoot {
        ProjectRoot::new(dir, "/work/repo")
    }

    #[test]
    fn paths_below_the_root_become_relative() {
        let r = root(".");
        assert_eq!(r.dir(), Path::new("/work/repo"));
        let rel = |p: &'static str| r.locate(p);
        assert_eq!(rel("a.json"), Located::Relative("a.json".into()));
        assert_eq!(rel("./clusters/../clusters/./prod.json"), Located::Relative("clusters/prod.json".into()));
        assert_eq!(rel("/work/repo/clusters/prod.json"), Located::Relative("clusters/prod.json".into()));
        assert_eq!(rel("/work/repo//x//y.json"), Located::Relative("x/y.json".into()));
        assert_eq!(rel("-"), Located::Stdin);
        assert_eq!(
            rel("../other/x.json"),
            Located::Outside { given: "../other/x.json", absolute: PathBuf::from("/work/other/x.json") }
        );
        assert_eq!(
            rel("/work/repository/x.json"),
            Located::Outside { given: "/work/repository/x.json", absolute: PathBuf::from("/work/repository/x.json") }
        );
        // The root itself is no file below it.
        assert!(matches!(rel("/work/repo"), Located::Outside { .. }));
        assert!(matches!(rel("/../../x.json"), Located::Outside { .. }));
    }

    #[test]
    fn normalising_keeps_leading_parents_of_a_relative_path() {
        assert_eq!(normalize(Path::new("../../a/./b/../c")), PathBuf::from("../../a/c"));
        assert_eq!(normalize(Path::new("/../a")), PathBuf::from("/a"));
    }

    #[test]
    fn a_root_below_the_working_directory_rebases_relative_paths() {
        let r = root("clusters/");
        assert_eq!(r.dir(), Path::new("/work/repo/clusters"));
        assert_eq!(r.display("clusters/prod.json"), "prod.json");
        assert_eq!(r.display("other/x.json"), "other/x.json", "outside: as given");
        let up = ProjectRoot::new("/work", "/work/repo/sub");
        assert_eq!(up.display("a.json"), "repo/sub/a.json");
        assert_eq!(up.display("-"), "-");
    }

    #[test]
    fn relative_references_encode_what_a_uri_cannot_hold() {
        assert_eq!(relative_uri("deploy/prod/cluster.json"), "deploy/prod/cluster.json");
        assert_eq!(relative_uri("my dir/100%.json"), "my%20dir/100%25.json");
        assert_eq!(relative_uri("a#b/c?d.json"), "a%23b/c%3Fd.json");
        assert_eq!(relative_uri("dir\\é.json"), "dir%5C%C3%A9.json");
        assert_eq!(relative_uri("集群/生产.json"), "%E9%9B%86%E7%BE%A4/%E7%94%9F%E4%BA%A7.json");
        assert_eq!(relative_uri("a:b/c:d.json"), "a%3Ab/c:d.json", "no scheme in the first segment");
        assert_eq!(relative_uri("x[1]{2}|^`.json"), "x%5B1%5D%7B2%7D%7C%5E%60.json");
        assert_eq!(relative_uri("-._~!$&'()*+,;=@"), "-._~!$&'()*+,;=@");
    }

    #[test]
    fn unix_file_uris() {
        assert_eq!(file_uri("/home/ci/clusters/prod.json", false), "file:///home/ci/clusters/prod.json");
        assert_eq!(file_uri("/tmp/my dir/é#1.json", false), "file:///tmp/my%20dir/%C3%A9%231.json");
        assert_eq!(file_uri("/a\\b:c", false), "file:///a%5Cb:c");
        assert_eq!(file_uri("/", false), "file:///");
        assert_eq!(file_uri("/work/repo/", false), "file:///work/repo/");
        assert_eq!(folder_uri(Path::new("/work/repo")), "file:///work/repo/");
        assert_eq!(folder_uri(Path::new("/")), "file:///");
    }

    #[test]
    fn windows_file_uris() {
        assert_eq!(file_uri(r"C:\Users\ci\clusters\prod.json", true), "file:///C:/Users/ci/clusters/prod.json");
        assert_eq!(file_uri("d:/a b/é.json", true), "file:///d:/a%20b/%C3%A9.json");
        assert_eq!(file_uri(r"C:\", true), "file:///C:/");
        assert_eq!(file_uri(r"C:\repo\", true), "file:///C:/repo/");
        assert_eq!(file_uri(r"\\server\share\x 1.json", true), "file://server/share/x%201.json");
        assert_eq!(file_uri(r"\\?\C:\repo\a.json", true), "file:///C:/repo/a.json");
        assert_eq!(file_uri(r"\\?\UNC\server\share\a.json", true), "file://server/share/a.json");
    }

    #[test]
    fn symbolic_links_are_followed_only_when_the_paths_differ() {
        let base = std::env::temp_dir().join(format!("acklint-paths-{}", std::process::id()));
        let real = base.join("real");
        std::fs::create_dir_all(real.join("sub")).unwrap();
        std::fs::write(real.join("sub/a.json"), "{}").unwrap();
        let link = base.join("link");
        let _ = std::fs::remove_file(&link);
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(&real, &link).unwrap();
            let r = ProjectRoot::new(&real, "/");
            let through = link.join("sub/a.json");
            assert_eq!(r.locate(through.to_str().unwrap()), Located::Relative("sub/a.json".into()));
            let r = ProjectRoot::new(&link, "/");
            let direct = real.join("sub/a.json");
            assert_eq!(r.locate(direct.to_str().unwrap()), Located::Relative("sub/a.json".into()));
        }
        let _ = std::fs::remove_dir_all(&base);
    }
}
