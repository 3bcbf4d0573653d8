//! Lints many inputs in parallel, each with the configuration that applies to it, and hands the results over in
//! input order while only a few are held.

use super::fix::{FixDone, FixRequest, fix_input};
use super::inputs::Input;
use crate::config::{self, Config, ConfigError};
use crate::i18n::{Lang, io_error};
use crate::network_context::NetworkContext;
use crate::{FileReport, LintOptions, lint, t};
use std::collections::BTreeMap;
use std::io::Read;
use std::panic::AssertUnwindSafe;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, mpsc};

/// The configurations of a run and which one applies to each input.
pub struct Configs {
    /// Distinct configurations, the default (no file) first.
    pub all: Vec<Config>,
    /// Index into `all` for each input.
    pub of_input: Vec<usize>,
}

/// Finds the configuration of every input: `explicit` for all, or the nearest `acklint.toml` of each.
/// Errors are written in `lang`.
pub fn configs(inputs: &[Input], explicit: Option<&PathBuf>, lang: Lang) -> Result<Configs, ConfigError> {
    let mut all = vec![Config::default()];
    let mut by_path: BTreeMap<PathBuf, usize> = BTreeMap::new();
    let mut of_input = Vec::with_capacity(inputs.len());
    let mut index_of = |path: PathBuf, all: &mut Vec<Config>| -> Result<usize, ConfigError> {
        if let Some(&i) = by_path.get(&path) {
            return Ok(i);
        }
        all.push(config::load_in(&path, lang)?);
        by_path.insert(path, all.len() - 1);
        Ok(all.len() - 1)
    };
    if let Some(path) = explicit {
        let i = index_of(path.clone(), &mut all)?;
        of_input.resize(inputs.len(), i);
        return Ok(Configs { all, of_input });
    }
    let mut by_dir: BTreeMap<PathBuf, usize> = BTreeMap::new();
    for input in inputs {
        let dir = input.config_dir();
        let i = match by_dir.get(&dir) {
            Some(&i) => i,
            None => {
                let i = match config::discover(&dir) {
                    Some(path) => index_of(path, &mut all)?,
                    None => 0,
                };
                by_dir.insert(dir, i);
                i
            }
        };
        of_input.push(i);
    }
    Ok(Configs { all, of_input })
}

/// A linted file: its report and, with `--fix` or `--diff`, what fixing did (the report is then the fixed
/// text's).
pub struct Linted {
    /// Findings and suppressions, with the document they point into.
    pub report: FileReport,
    /// What fixing did.
    pub fix: Option<FixDone>,
}

/// What a run does with the findings' fixes.
#[derive(Debug, Clone, Copy)]
pub enum Fixes {
    /// Nothing reads them (the output shows none and nothing counts them): they are not worked out at all.
    Unread,
    /// The output shows them, or counts them.
    Shown,
    /// `--fix` or `--diff` applies them: each input is fixed, and its report is that of the fixed text.
    Applied(FixRequest),
}

/// Files each worker may run ahead of the output: what waits to be written is at most this many files per
/// worker, however many files the run has.
const AHEAD_PER_WORKER: usize = 16;

/// How many threads lint: `ACKLINT_THREADS` when set to a positive number, else one per core.
fn threads() -> usize {
    let set = std::env::var("ACKLINT_THREADS").ok().and_then(|v| v.trim().parse::<usize>().ok()).filter(|&n| n > 0);
    set.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// Lints every input on all cores and hands each result to `emit` on this thread, in input order, as soon as
/// the inputs before it are handed over. `prepare` runs on the worker that linted the file (it renders the
/// file's output), so that only a small window of files is ever held. `emit` gets the input's index and its
/// result: an error when the file cannot be read, `None` when a file found in a folder does not look like a
/// request body (skipped, not checked); it returns false to stop the run.
///
/// `network`, when given on the command line, replaces every configuration's network context. `fixes` says
/// whether the findings' fixes are worked out, and whether each input is fixed (with the same options).
pub fn lint_each<T: Send>(
    inputs: &[Input],
    configs: &Configs,
    network: Option<&NetworkContext>,
    fixes: Fixes,
    lang: Lang,
    prepare: &(dyn Fn(usize, Linted) -> T + Sync),
    mut emit: impl FnMut(usize, Result<Option<T>, String>) -> bool,
) -> Result<(), String> {
    let options: Vec<LintOptions> = configs
        .all
        .iter()
        .map(|c| {
            let mut o = LintOptions::from_config(c);
            if let Some(n) = network {
                o.network = n.clone();
            }
            let o = o.with_lang(lang);
            if matches!(fixes, Fixes::Unread) { o.without_fixes() } else { o }
        })
        .collect();
    // Standard input is read once, up front, on this thread.
    let mut stdin = None;
    if inputs.contains(&Input::Stdin) {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| t!(lang, "cli-cannot-read-stdin", error = io_error(lang, &e)))?;
        stdin = Some(bytes);
    }
    // `buffer` is the worker's own, reused from file to file: linting copies what it keeps.
    let lint_one = |i: usize, buffer: &mut Vec<u8>| -> Result<Option<T>, String> {
        let input = &inputs[i];
        let bytes: &[u8] = match input {
            Input::Stdin => stdin.as_deref().unwrap_or_default(),
            Input::File(p) | Input::Found(p) => {
                buffer.clear();
                std::fs::File::open(p).and_then(|mut file| file.read_to_end(buffer)).map_err(|e| {
                    let (path, error) = (p.display().to_string(), io_error(lang, &e));
                    t!(lang, "cli-cannot-read", path, error)
                })?;
                buffer
            }
        };
        let body = matches!(input, Input::Stdin | Input::File(_)) || crate::detect::bytes_look_like_request_body(bytes);
        if !body {
            return Ok(None);
        }
        let (name, options) = (input.display(), &options[configs.of_input[i]]);
        let linted = match fixes {
            Fixes::Applied(request) => {
                let (report, done) = fix_input(input, &name, bytes, options, request);
                Linted { report, fix: Some(done) }
            }
            Fixes::Unread | Fixes::Shown => Linted { report: lint(&name, bytes, options), fix: None },
        };
        Ok(Some(prepare(i, linted)))
    };
    let workers = threads().min(inputs.len().max(1));
    let window = Window::new(AHEAD_PER_WORKER * workers);
    let next = AtomicUsize::new(0);
    let (sender, receiver) = mpsc::channel();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let sender = sender.clone();
            let (window, next, lint_one) = (&window, &next, &lint_one);
            scope.spawn(move || {
                let mut buffer = Vec::new();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= inputs.len() || !window.admit(i) {
                        break;
                    }
                    // A panic stops the run; the writer raises it again, so no file's findings vanish silently.
                    let result = std::panic::catch_unwind(AssertUnwindSafe(|| lint_one(i, &mut buffer)));
                    if result.is_err() {
                        window.stop();
                    }
                    if sender.send((i, result)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(sender);
        // Stops the workers however this thread leaves the loop, a panic included.
        let _stop = StopOnDrop(&window);
        let mut waiting = BTreeMap::new();
        let mut written = 0;
        for (i, result) in receiver {
            let result = result.unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            waiting.insert(i, result);
            while let Some(result) = waiting.remove(&written) {
                let go_on = emit(written, result);
                written += 1;
                window.advance(written);
                if !go_on {
                    return;
                }
            }
        }
    });
    Ok(())
}

/// How far ahead of the output the workers may be, and whether the run goes on.
struct Window {
    size: usize,
    /// Files written so far, and whether the run stopped.
    state: Mutex<(usize, bool)>,
    moved: Condvar,
}

impl Window {
    fn new(size: usize) -> Window {
        Window { size, state: Mutex::new((0, false)), moved: Condvar::new() }
    }

    /// Waits until input `i` is within the window; false when the run stopped.
    fn admit(&self, i: usize) -> bool {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        while !state.1 && i >= state.0 + self.size {
            state = self.moved.wait(state).unwrap_or_else(|e| e.into_inner());
        }
        !state.1
    }

    fn advance(&self, written: usize) {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).0 = written;
        self.moved.notify_all();
    }

    fn stop(&self) {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).1 = true;
        self.moved.notify_all();
    }
}

struct StopOnDrop<'a>(&'a Window);

impl Drop for StopOnDrop<'_> {
    fn drop(&mut self) {
        self.0.stop();
    }
}
