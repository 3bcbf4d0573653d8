//! Lints many inputs in parallel, each with the configuration that applies to it; output order is the input order.

use crate::inputs::Input;
use acklint::config::{self, Config, ConfigError};
use acklint::rules::NetworkContext;
use acklint::{FileReport, LintOptions, lint};
use std::collections::BTreeMap;
use std::io::Read;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The configurations of a run and which one applies to each input.
pub struct Configs {
    /// Distinct configurations, the default (no file) first.
    pub all: Vec<Config>,
    /// Index into `all` for each input.
    pub of_input: Vec<usize>,
}

/// Finds the configuration of every input: `explicit` for all, or the nearest `acklint.toml` of each.
pub fn configs(inputs: &[Input], explicit: Option<&PathBuf>) -> Result<Configs, ConfigError> {
    let mut all = vec![Config::default()];
    let mut by_path: BTreeMap<PathBuf, usize> = BTreeMap::new();
    let mut of_input = Vec::with_capacity(inputs.len());
    let mut index_of = |path: PathBuf, all: &mut Vec<Config>| -> Result<usize, ConfigError> {
        if let Some(&i) = by_path.get(&path) {
            return Ok(i);
        }
        all.push(config::load(&path)?);
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

/// Lints every input on all cores. A file that cannot be read stops the run with its error.
/// A linted file: its report (without the tree and the typed model) and, for line-based formats, its output
/// already rendered by the worker, so the text of the file need not be kept.
pub struct Linted {
    /// Findings and suppressions (the text is empty when `rendered` is set or the file is clean).
    pub report: FileReport,
    /// The file's output, when the format renders file by file.
    pub rendered: Option<String>,
}

/// Renders one file's findings on a worker thread.
pub type Prerender = dyn Fn(&FileReport) -> String + Sync;

/// `network`, when given on the command line, replaces every configuration's network context. A file found
/// in a folder that does not look like a request body is `None`: skipped, not checked.
pub fn lint_all(
    inputs: &[Input],
    configs: &Configs,
    network: Option<&NetworkContext>,
    prerender: Option<&Prerender>,
) -> Result<Vec<Option<Linted>>, String> {
    let options: Vec<LintOptions> = configs
        .all
        .iter()
        .map(|c| {
            let mut o = LintOptions::from_config(c);
            if let Some(n) = network {
                o.network = n.clone();
            }
            o
        })
        .collect();
    // Standard input is read once, up front, on this thread.
    let mut stdin = None;
    if inputs.contains(&Input::Stdin) {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map_err(|e| format!("cannot read standard input: {e}"))?;
        stdin = Some(bytes);
    }
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(inputs.len().max(1));
    let mut results: Vec<(usize, Result<Option<Linted>, String>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(input) = inputs.get(i) else { break };
                        let bytes = match input {
                            Input::Stdin => Ok(stdin.clone().unwrap_or_default()),
                            Input::File(p) | Input::Found(p) => {
                                std::fs::read(p).map_err(|e| format!("cannot read {}: {e}", p.display()))
                            }
                        };
                        let report = bytes.map(|b| {
                            let body = matches!(input, Input::Stdin | Input::File(_))
                                || acklint::detect::looks_like_request_body(&String::from_utf8_lossy(&b));
                            body.then(|| {
                                let report = lint(&input.display(), &b, &options[configs.of_input[i]]);
                                let rendered = prerender.map(|render| render(&report));
                                Linted { report: compact(report, rendered.is_some()), rendered }
                            })
                        });
                        done.push((i, report));
                    }
                    done
                })
            })
            .collect();
        // A worker that panicked must not take its files' findings with it silently: fail the run loudly instead.
        handles.into_iter().flat_map(|h| h.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))).collect()
    });
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}

/// Output needs only the findings and their positions: drop the tree and the typed model, and the text too
/// (keeping the positions of the findings' spans), so memory does not grow with the files. A file already
/// rendered on its worker keeps nothing.
fn compact(mut report: FileReport, rendered: bool) -> FileReport {
    report.document = if rendered || report.diagnostics.is_empty() {
        acklint::document::Document::parsed(String::new(), None)
    } else {
        let spans =
            report.diagnostics.iter().flat_map(|d| d.span.into_iter().chain(d.labels.iter().filter_map(|l| l.span)));
        report.document.keep_positions_only(spans.flat_map(|s| [s.start, s.end]))
    };
    report.request = None;
    report
}
