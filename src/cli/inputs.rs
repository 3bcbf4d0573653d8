//! Which files a `check` run reads: files, directories (recursively) and standard input.

use crate::i18n::{Lang, io_error};
use crate::t;
use std::path::{Path, PathBuf};

/// One input to lint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// Standard input (`-`).
    Stdin,
    /// A file named on the command line, or found in a folder with a `--glob` the user gave: always checked.
    File(PathBuf),
    /// A file found in a folder by the default patterns: checked only when it looks like a request body
    /// ([`crate::detect`]), so a walk of a repository skips `package.json` and its kind.
    Found(PathBuf),
}

impl Input {
    /// The name shown in output.
    pub fn display(&self) -> String {
        match self {
            Input::Stdin => "-".into(),
            Input::File(p) | Input::Found(p) => p.display().to_string(),
        }
    }

    /// The folder a configuration search starts from.
    pub fn config_dir(&self) -> PathBuf {
        match self {
            Input::Stdin => PathBuf::from("."),
            Input::File(p) | Input::Found(p) => {
                p.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new(".")).to_path_buf()
            }
        }
    }
}

/// Expands the command-line arguments: directories become the files below them whose names match one of
/// `globs`, sorted; files named directly are always taken. Files found with the default patterns
/// (`user_globs` false) are [`Input::Found`]. An argument that does not exist is an error.
pub fn expand(args: &[String], globs: &[glob::Pattern], user_globs: bool, lang: Lang) -> Result<Vec<Input>, String> {
    let cannot_read = |path: &str, e: std::io::Error| t!(lang, "cli-cannot-read", path, error = io_error(lang, &e));
    let mut out = Vec::new();
    for arg in args {
        if arg == "-" {
            out.push(Input::Stdin);
            continue;
        }
        let path = PathBuf::from(arg);
        let meta = std::fs::metadata(&path).map_err(|e| cannot_read(arg, e))?;
        if meta.is_dir() {
            let mut found = Vec::new();
            walk(&path, globs, &mut found).map_err(|e| cannot_read(arg, e))?;
            found.sort();
            out.extend(found.into_iter().map(if user_globs { Input::File } else { Input::Found }));
        } else {
            out.push(Input::File(path));
        }
    }
    Ok(out)
}

fn walk(dir: &Path, globs: &[glob::Pattern], out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let kind = entry.file_type()?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if kind.is_dir() {
            // Version control and build output never hold request bodies; other hidden folders (`.vscode`,
            // `.github`) may, and their other JSON files are skipped by the body test.
            if !matches!(name.as_str(), ".git" | ".hg" | ".svn" | "target" | "node_modules") {
                walk(&path, globs, out)?;
            }
        } else if kind.is_file() && globs.iter().any(|g| g.matches(&name)) {
            out.push(path);
        }
    }
    Ok(())
}

/// Drops inputs named again (the same file by another path, or `-` twice), keeping the first.
pub fn dedup(inputs: &mut Vec<Input>) {
    let mut seen = std::collections::HashSet::new();
    inputs.retain(|input| {
        let key = match input {
            Input::Stdin => None,
            Input::File(p) | Input::Found(p) => Some(std::fs::canonicalize(p).unwrap_or_else(|_| p.clone())),
        };
        seen.insert(key)
    });
}
