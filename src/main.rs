//! The `acklint` command line: a thin layer over the library.

use acklint::render::{HumanStyle, human, json, summary_counts};
use acklint::{FileReport, LintOptions, Severity, lint};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

/// Lint Alibaba Cloud ACK CreateCluster request bodies before you send them.
///
/// acklint reads the JSON body of `POST /clusters` (CS API 2015-12-15) and reports, with the exact
/// line and column, everything that would make the request fail or create a cluster you did not mean:
/// JSON syntax, unknown or mistyped fields, and cross-field rules such as overlapping CIDRs.
#[derive(Parser)]
#[command(name = "acklint", version, propagate_version = true)]
#[command(
    after_help = "Examples:\n  acklint check cluster.json\n  acklint check --format json cluster.json\n  cat cluster.json | acklint check -\n  acklint explain NET001\n  acklint schema > createcluster.schema.json"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check request bodies and report findings.
    ///
    /// Exit status: 0 when nothing is at or above the failure level, 1 when something is (a file
    /// that does not parse counts), 2 for a usage error or an unreadable file.
    #[command(
        after_help = "Examples:\n  acklint check cluster.json other.json\n  acklint check --format json - < cluster.json\n  acklint check --fail-on warning cluster.json"
    )]
    Check {
        /// Files to check; `-` reads standard input.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Lowest severity that makes the exit status 1.
        #[arg(long, value_enum, default_value_t = FailOn::Error, value_name = "SEVERITY")]
        fail_on: FailOn,
    },
    /// Show the documentation of a rule or check: why it matters, an example and the fix.
    #[command(after_help = "Examples:\n  acklint explain NET001\n  acklint explain pod-service-cidr-overlap")]
    Explain {
        /// A code (`NET001`, `SCH002`) or a name (`pod-service-cidr-overlap`).
        code: String,
    },
    /// List every rule and check with its code, group, severity and summary.
    #[command(after_help = "Examples:\n  acklint rules\n  acklint rules --format json")]
    Rules {
        /// Output format.
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Print the JSON Schema (draft 2020-12) of the request body, for editors.
    #[command(after_help = "Example:\n  acklint schema > createcluster.schema.json")]
    Schema,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// Code frames with labels, for people.
    Human,
    /// One JSON document (stable contract, `version: 1`).
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum ListFormat {
    /// An aligned table.
    Text,
    /// A JSON array.
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    /// Fail on errors only.
    Error,
    /// Fail on warnings and errors.
    Warning,
    /// Fail on any finding.
    Info,
}

impl FailOn {
    fn threshold(self) -> Severity {
        match self {
            FailOn::Error => Severity::Error,
            FailOn::Warning => Severity::Warning,
            FailOn::Info => Severity::Info,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Schema => {
            print!("{}", acklint::SCHEMA_JSON);
            ExitCode::SUCCESS
        }
        Command::Check { files, format, fail_on } => check(&files, format, fail_on),
        Command::Explain { code } => explain(&code),
        Command::Rules { format } => {
            print!("{}", list_rules(format));
            ExitCode::SUCCESS
        }
    }
}

fn explain(code: &str) -> ExitCode {
    if let Some(rule) = acklint::rules::find(code) {
        print!("{}", acklint::rules::docs::rule_page(rule.meta()));
        return ExitCode::SUCCESS;
    }
    if let Some(check) = acklint::checks::BUILTIN.iter().find(|c| c.code.eq_ignore_ascii_case(code) || c.name == code) {
        print!("{}", acklint::rules::docs::check_page(check));
        return ExitCode::SUCCESS;
    }
    eprintln!("acklint: no rule or check is called `{code}`; `acklint rules` lists them all");
    ExitCode::from(2)
}

/// One row per built-in check and rule: code, name, group, severity, summary.
fn list_rules(format: ListFormat) -> String {
    let mut rows: Vec<[String; 5]> = acklint::checks::BUILTIN
        .iter()
        .map(|c| {
            let group = if c.code.starts_with("JSON") { "syntax" } else { "structure" };
            [c.code.into(), c.name.into(), group.into(), c.severity.to_string(), c.summary.into()]
        })
        .collect();
    rows.extend(acklint::rules::all().iter().map(|r| {
        let m = r.meta();
        [m.code.into(), m.name.into(), m.group.as_str().into(), m.severity.to_string(), m.summary().into()]
    }));
    match format {
        ListFormat::Json => {
            let items: Vec<serde_json::Value> = rows
                .iter()
                .map(|[code, name, group, severity, summary]| {
                    serde_json::json!({ "code": code, "name": name, "group": group, "severity": severity, "summary": summary })
                })
                .collect();
            serde_json::to_string_pretty(&items).expect("plain data serializes") + "\n"
        }
        ListFormat::Text => {
            let width = |i: usize| rows.iter().map(|r| r[i].len()).max().unwrap_or(0);
            let (w0, w1, w2, w3) = (width(0), width(1), width(2), width(3));
            rows.iter()
                .map(|[code, name, group, severity, summary]| {
                    format!("{code:w0$}  {name:w1$}  {group:w2$}  {severity:w3$}  {summary}\n")
                })
                .collect()
        }
    }
}

fn check(files: &[String], format: Format, fail_on: FailOn) -> ExitCode {
    let options = LintOptions::default();
    let mut reports: Vec<FileReport> = Vec::new();
    for path in files {
        let bytes = match read(path) {
            Ok(bytes) => bytes,
            Err(e) => {
                eprintln!("acklint: cannot read {path}: {e}");
                return ExitCode::from(2);
            }
        };
        reports.push(lint(path, &bytes, &options));
    }
    let text = match format {
        Format::Json => json(&reports),
        Format::Human => {
            let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            let style = HumanStyle { color, width: 100 };
            let mut out: String = reports.iter().map(|r| human(r, style)).collect();
            let s = summary_counts(&reports);
            out.push_str(&format!(
                "{} file{} checked: {} error{}, {} warning{}, {} info\n",
                s.files,
                plural(s.files),
                s.errors,
                plural(s.errors),
                s.warnings,
                plural(s.warnings),
                s.infos
            ));
            out
        }
    };
    let _ = std::io::stdout().write_all(text.as_bytes());
    let threshold = fail_on.threshold();
    let failed = reports.iter().flat_map(|r| &r.diagnostics).any(|d| d.severity >= threshold);
    if failed { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

fn read(path: &str) -> std::io::Result<Vec<u8>> {
    if path == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes)?;
        Ok(bytes)
    } else {
        std::fs::read(path)
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
