//! `check --fix` and `check --diff`: each input is fixed to a fixed point with its own configuration, then
//! written in place, shown as a diff, or (standard input) printed whole.

use super::inputs::Input;
use super::tally::FixTotals;
use crate::fix::{Applicability, FixMode, fix_to_fixed_point};
use crate::i18n::{Lang, io_error};
use crate::render::unified_diff;
use crate::t;
use crate::{FileReport, LintOptions};
use std::io::Write;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Which fixes to apply, and whether to show them instead of writing them.
#[derive(Debug, Clone, Copy)]
pub struct FixRequest {
    /// Safe fixes only, or unsafe ones too.
    pub mode: FixMode,
    /// Print a unified diff and write nothing.
    pub diff: bool,
}

/// What fixing one input did.
#[derive(Debug, Default)]
pub struct FixDone {
    /// Findings fixed (with `--diff`: that would be).
    pub fixed: usize,
    /// Whether the text changed (with `--diff`: would).
    pub changed: bool,
    /// Findings left whose fix is unsafe and was not applied.
    pub unsafe_left: usize,
    /// The unified diff (`--diff`; empty when nothing changes), secrets masked.
    pub diff: String,
    /// Standard input with `--fix`: the body to print, fixed or as it came.
    pub body: Option<Vec<u8>>,
    /// Why the fixed file could not be written.
    pub error: Option<String>,
}

/// Fixes one input and returns the findings of its fixed text. A file is written only when it changed; standard
/// input is never written anywhere but standard output.
pub fn fix_input(
    input: &Input,
    name: &str,
    bytes: &[u8],
    options: &LintOptions,
    request: FixRequest,
) -> (FileReport, FixDone) {
    let outcome = fix_to_fixed_point(name, bytes, options, request.mode);
    let unsafe_left = if request.mode == FixMode::Safe {
        outcome.report.fixes().filter(|(_, f)| f.applicability == Applicability::Unsafe).count()
    } else {
        0
    };
    let mut done = FixDone { fixed: outcome.fixed.len(), changed: outcome.changed, unsafe_left, ..FixDone::default() };
    if request.diff {
        if outcome.changed {
            // A changed text was UTF-8 to begin with.
            done.diff = unified_diff(name, &String::from_utf8_lossy(bytes), &outcome.text);
        }
    } else {
        match input {
            Input::Stdin => {
                done.body = Some(if outcome.changed { outcome.text.into_bytes() } else { bytes.to_vec() });
            }
            Input::File(path) | Input::Found(path) if outcome.changed => {
                let lang = options.lang;
                done.error = write_in_place(path, outcome.text.as_bytes())
                    .err()
                    .map(|e| t!(lang, "cli-cannot-write", path = name, error = io_error(lang, &e)));
            }
            _ => {}
        }
    }
    (outcome.report, done)
}

/// Replaces the file's contents: written to a new file next to it, given the old one's permissions (and, where
/// allowed, its owner), then renamed over it, so a reader or a crash sees the old body or the new one, never
/// half of it. A symbolic link stays a link: the file it points to is replaced.
fn write_in_place(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let target = std::fs::canonicalize(path)?;
    let meta = std::fs::metadata(&target)?;
    let dir = target.parent().unwrap_or(Path::new("."));
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp =
        dir.join(format!(".{name}.acklint-{}-{}.tmp", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed)));
    let written = (|| {
        let mut file = std::fs::OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        file.write_all(contents)?;
        file.sync_all()?;
        drop(file);
        std::fs::set_permissions(&tmp, meta.permissions())?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            // Only root may give a file away; anyone else keeps their own file, as an editor would.
            let _ = std::os::unix::fs::chown(&tmp, Some(meta.uid()), Some(meta.gid()));
        }
        std::fs::rename(&tmp, &target)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

/// The line that ends a `--fix` or `--diff` run: what was (or would be) fixed, what remains, and how many more an
/// unsafe fix would answer.
pub fn summary(done: &FixTotals, remaining: usize, request: FixRequest, lang: Lang) -> String {
    let (count, files, fixable) = (done.fixed, done.changed, done.unsafe_left);
    let done = match (count, request.diff) {
        (0, _) => t!(lang, "cli-fix-nothing"),
        (_, true) => t!(lang, "cli-fix-would-fix", count, files),
        (_, false) => t!(lang, "cli-fix-fixed", count, files),
    };
    let line = match (request.diff, fixable) {
        (true, 0) => done,
        (true, _) => t!(lang, "cli-fix-diff-more", done, fixable),
        (false, 0) => t!(lang, "cli-fix-left", done, remaining),
        (false, _) => t!(lang, "cli-fix-left-unsafe", done, remaining, fixable),
    };
    line + "\n"
}

/// For a run without `--fix`: how many findings `--fix` (and `--unsafe-fixes`) would answer, given how many
/// findings have a safe and an unsafe fix; empty when none.
pub fn fixable_hint(safe: usize, unsafe_: usize, lang: Lang) -> String {
    let line = match (safe, unsafe_) {
        (0, 0) => return String::new(),
        (0, count) => t!(lang, "cli-fixable-unsafe", count),
        (count, 0) => t!(lang, "cli-fixable-safe", count),
        (count, fixable) => t!(lang, "cli-fixable-both", count, fixable),
    };
    line + "\n"
}
