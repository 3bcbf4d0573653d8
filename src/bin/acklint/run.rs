//! Lints many inputs in parallel, each with the configuration that applies to it; output order is the input order.

use crate::fix::{FixDone, FixRequest, fix_input};
use crate::inputs::Input;
use acklint::config::{self, Config, ConfigError};
use acklint::i18n::{Lang, io_error};
use acklint::network_context::NetworkContext;
use acklint::{FileReport, LintOptions, lint, t};
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

/// Lints every input on all cores. A file that cannot be read stops the run with its error.
/// A linted file: its report (without the tree and the typed model) and, for line-based formats, its output
/// already rendered by the worker, so the text of the file need not be kept.
pub struct Linted {
    /// Findings and suppressions (the text is empty when `rendered` is set or the file is clean).
    pub report: FileReport,
    /// The file's output, when the format renders file by file.
    pub rendered: Option<String>,
    /// With `--fix` or `--diff`: what fixing did (the report is then the fixed text's).
    pub fix: Option<FixDone>,
}

/// Renders one file's findings on a worker thread.
pub type Prerender = dyn Fn(&FileReport) -> String + Sync;

/// `network`, when given on the command line, replaces every configuration's network context. A file found
/// in a folder that does not look like a request body is `None`: skipped, not checked. With `fix`, each input
/// is fixed (with the same options) and its report is that of the fixed text.
pub fn lint_all(
    inputs: &[Input],
    configs: &Configs,
    network: Option<&NetworkContext>,
    prerender: Option<&Prerender>,
    fix: Option<FixRequest>,
    lang: Lang,
) -> Result<Vec<Option<Linted>>, String> {
    let options: Vec<LintOptions> = configs
        .all
        .iter()
        .map(|c| {
            let mut o = LintOptions::from_config(c);
            if let Some(n) = network {
                o.network = n.clone();
            }
            o.with_lang(lang)
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
                            Input::File(p) | Input::Found(p) => std::fs::read(p).map_err(|e| {
                                let (path, error) = (p.display().to_string(), io_error(lang, &e));
                                t!(lang, "cli-cannot-read", path, error)
                            }),
                        };
                        let report = bytes.map(|b| {
                            let body = matches!(input, Input::Stdin | Input::File(_))
                                || acklint::detect::looks_like_request_body(&String::from_utf8_lossy(&b));
                            body.then(|| {
                                let (name, options) = (input.display(), &options[configs.of_input[i]]);
                                let (report, fix) = match fix {
                                    Some(request) => {
                                        let (report, done) = fix_input(input, &name, &b, options, request);
                                        (report, Some(done))
                                    }
                                    None => (lint(&name, &b, options), None),
                                };
                                let rendered = prerender.map(|render| render(&report));
                                Linted { report: compact(report, rendered.is_some()), rendered, fix }
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
/// (keeping the positions of the findings' spans and of their fixes' edits), so memory does not grow with the
/// files. Fix edits that would show a secret are emptied while the text is there to tell. A file already
/// rendered on its worker keeps nothing.
fn compact(mut report: FileReport, rendered: bool) -> FileReport {
    report.document = if rendered || report.diagnostics.is_empty() {
        acklint::document::Document::parsed(String::new(), None)
    } else {
        acklint::render::hide_secret_edits(&mut report);
        let spans = report.diagnostics.iter().flat_map(|d| {
            let edits = d.fix.iter().flat_map(|f| f.edits.iter().map(|e| e.span));
            d.span.into_iter().chain(d.labels.iter().filter_map(|l| l.span)).chain(edits)
        });
        report.document.keep_positions_only(spans.flat_map(|s| [s.start, s.end]))
    };
    report.request = None;
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use acklint::fix::{Fix, TextEdit};

    #[test]
    fn compacting_keeps_the_positions_of_fix_edits_and_hides_secret_ones() {
        let text = "{\n  \"name\": \"a\",\n  \"login_password\": 1234,\n  \"x\": [1,]\n}\n";
        let mut report = lint("t.json", text.as_bytes(), &LintOptions::default());
        let (name, pw) = (text.find("\"a\"").unwrap(), text.find("1234").unwrap());
        let finding = report.diagnostics.iter_mut().find(|d| d.code == "JSON003").unwrap();
        finding.fix = Some(Fix::safe("rename").edit(TextEdit::new(acklint::Span::new(name, name + 3), "\"b\"")));
        let mut secret = finding.clone();
        secret.fix = Some(Fix::safe("quote").edit(TextEdit::new(acklint::Span::new(pw, pw + 4), "\"1234\"")));
        report.diagnostics.push(secret);
        let before = report.document.position(name + 3);
        let compacted = compact(report, false);
        assert!(compacted.document.text.is_empty());
        let fixes: Vec<_> = compacted.fixes().map(|(_, f)| f).collect();
        assert_eq!(compacted.document.position(fixes[0].edits[0].span.end), before);
        assert_eq!(before.line, 2);
        assert!(fixes[1].edits.is_empty(), "the edit of the password is gone with the text");
    }
}
