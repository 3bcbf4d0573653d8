//! What a `check` run needs to remember of each file once its output is written: counts for the summary, the
//! statistics, the hints and the exit status, and which ignores matched. Files are dropped as soon as they are
//! written, so this is all that grows with a run, and only with the number of rules and ignores.

use super::fix::FixDone;
use crate::config::IgnoreAudit;
use crate::fix::Applicability;
use crate::{FileReport, Severity};
use std::collections::BTreeMap;

/// One file's findings, reduced to what the tally counts (made on the worker that linted the file).
#[derive(Debug, Default)]
pub struct FileTally {
    /// Code, rule, severity and fix applicability of each finding.
    findings: Vec<(&'static str, &'static str, Severity, Option<Applicability>)>,
    /// The ignores (indices in the file's configuration) that accepted a finding, one entry per finding.
    suppressed: Vec<usize>,
}

impl FileTally {
    /// The tally of one report.
    pub fn of(report: &FileReport) -> FileTally {
        FileTally {
            findings: report
                .diagnostics
                .iter()
                .map(|d| (d.code, d.rule, d.severity, d.fix.as_ref().map(|f| f.applicability)))
                .collect(),
            suppressed: report.suppressed.iter().map(|(i, _)| *i).collect(),
        }
    }
}

/// Counts over a whole run.
#[derive(Debug, Default)]
pub struct Tally {
    /// Files checked (configuration files with findings included).
    pub files: usize,
    /// Findings of severity error.
    pub errors: usize,
    /// Findings of severity warning.
    pub warnings: usize,
    /// Findings of severity info.
    pub infos: usize,
    /// Findings accepted by an ignore.
    pub suppressed: usize,
    /// Findings whose fix is safe (counted for the human format's hint only: other formats may leave the fixes
    /// unbuilt, see [`super::run::Fixes::Unread`]).
    pub safe_fixes: usize,
    /// Findings whose fix is unsafe.
    pub unsafe_fixes: usize,
    /// Findings per rule.
    pub per_rule: BTreeMap<(&'static str, &'static str, Severity), usize>,
    /// Whether a finding is at or above the failure threshold.
    pub failed: bool,
    /// For each configuration: whether a checked file used it, and how often its ignores matched.
    pub ignores: Vec<(bool, IgnoreAudit)>,
    /// Files that were found in a folder but do not look like request bodies.
    pub skipped: usize,
    /// What `--fix` or `--diff` did.
    pub fixes: FixTotals,
}

/// What fixing did over a run.
#[derive(Debug, Default)]
pub struct FixTotals {
    /// Findings fixed (with `--diff`: that would be).
    pub fixed: usize,
    /// Files changed (would be).
    pub changed: usize,
    /// Findings left whose fix is unsafe and was not applied.
    pub unsafe_left: usize,
    /// Standard input with `--fix`: the body to print.
    pub bodies: Vec<Vec<u8>>,
    /// Fixed files that could not be written, and why.
    pub unwritten: Vec<String>,
}

impl Tally {
    /// A tally for a run with `configs` configurations.
    pub fn new(configs: usize) -> Tally {
        Tally { ignores: (0..configs).map(|_| (false, IgnoreAudit::default())).collect(), ..Tally::default() }
    }

    /// Counts one checked file, linted with configuration `config` (`None` for a configuration file's own
    /// findings), against the failure `threshold`.
    pub fn add(&mut self, file: &FileTally, config: Option<usize>, threshold: Severity) {
        self.files += 1;
        for &(code, rule, severity, fix) in &file.findings {
            match severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Info => self.infos += 1,
            }
            match fix {
                Some(Applicability::Safe) => self.safe_fixes += 1,
                Some(Applicability::Unsafe) => self.unsafe_fixes += 1,
                None => {}
            }
            *self.per_rule.entry((code, rule, severity)).or_default() += 1;
            self.failed |= severity >= threshold;
        }
        self.suppressed += file.suppressed.len();
        if let Some((used, audit)) = config.and_then(|c| self.ignores.get_mut(c)) {
            *used = true;
            audit.record_used(&file.suppressed);
        }
    }

    /// Counts what fixing one file did; its body (standard input) is kept to print at the end.
    pub fn add_fix(&mut self, done: FixDone) {
        let totals = &mut self.fixes;
        totals.fixed += done.fixed;
        totals.changed += usize::from(done.changed);
        totals.unsafe_left += done.unsafe_left;
        totals.bodies.extend(done.body);
        totals.unwritten.extend(done.error);
    }

    /// Findings over the run.
    pub fn findings(&self) -> usize {
        self.errors + self.warnings + self.infos
    }
}
