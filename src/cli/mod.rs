//! The `acklint` command line. It lives in the library, behind the `cli` feature, so that it can use the
//! pipeline's internals while they stay private; `src/bin/acklint.rs` only calls [`main`]. Not a stable API.

mod fix;
mod inputs;
mod run;
mod tally;

use crate::fix::FixMode;
use crate::i18n::{self, LANG_VAR, Lang, UnknownLang};
use crate::init::{Billing, Network};
use crate::network_context::NetworkContext;
use crate::render::{Fingerprints, HumanStyle, OutputFormat, ProjectRoot, StreamWriter};
use crate::{LintOptions, Severity, lint, t};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::collections::{HashMap, HashSet};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use tally::{FileTally, Tally};
use unicode_width::UnicodeWidthStr;

/// Lint Alibaba Cloud ACK CreateCluster request bodies before you send them.
///
/// acklint reads the JSON body of `POST /clusters` (CS API 2015-12-15) and reports, with the exact line and
/// column, everything that would make the request fail or create a cluster you did not mean: JSON syntax,
/// unknown or mistyped fields, and cross-field rules such as overlapping CIDRs.
#[derive(Parser)]
#[command(name = "acklint", version, propagate_version = true)]
#[command(after_help = "Examples:
  acklint check cluster.json                  check one body
  acklint check clusters/                     every *.json and *.jsonc below a folder
  acklint check --format json cluster.json    machine-readable findings
  acklint check --fix cluster.json            apply the safe fixes in place
  acklint check --diff clusters/              show what --fix would change
  cat cluster.json | acklint check -          read standard input
  acklint explain NET001                      why a rule exists and how to fix its findings
  acklint init --network terway > new.json    a valid starting point
  acklint schema > createcluster.schema.json  the JSON Schema for editors")]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Language of messages, labels, help and fixes: en or zh (zh-CN, zh_TW, zh_CN.UTF-8 … also work); codes,
    /// rule names, field names and JSON keys stay the same [default: `lang` in acklint.toml, else
    /// $ACKLINT_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG), else en].
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    lang: Option<Lang>,
}

#[derive(Subcommand)]
enum Command {
    /// Check request bodies and report findings.
    ///
    /// Reads each FILE (`-` means standard input) and reports findings in the chosen format. A folder means
    /// the *.json and *.jsonc files below it that look like CreateCluster request bodies (a top-level
    /// `cluster_type`, or `region_id` with `vpcid`, `zone_ids`, `nodepools` or another cluster-only key), so
    /// `package.json` and editor settings are skipped and counted; with --glob, every matching file is
    /// checked. Files named directly are always checked. Settings come from the nearest acklint.toml above
    /// each file, or from --config.
    ///
    /// Some findings carry a fix. --fix applies the safe ones in place, each file fixed to a fixed point
    /// (fix, check again, fix what that makes possible), then reports the findings that remain. A safe fix
    /// keeps what the body evidently means (a trailing comma deleted); an unsafe one changes what the body asks
    /// for or picks one of two readings, and is applied only with --unsafe-fixes as well. --diff prints the
    /// changes as a unified diff instead (secret values masked) and writes nothing. Standard input is never
    /// written: with --fix the fixed body goes to standard output and the findings to standard error. A file
    /// that is not UTF-8 is left alone, and fixes of checks turned off or ignored in acklint.toml are not
    /// applied.
    ///
    /// Exit status: 0 when nothing is at or above the failure level, 1 when something is (a file that does
    /// not parse counts), 2 for a usage error, an unreadable file, a broken acklint.toml or a fixed file that
    /// cannot be written. With --fix, the findings that remain decide; with --diff, 1 when a file would change
    /// and 0 when none would.
    #[command(after_help = "Examples:
  acklint check cluster.json other.json
  acklint check --fix cluster.json                    apply the safe fixes, report the rest
  acklint check --diff clusters/                      what --fix would change; exit 1 if anything
  acklint check --diff --unsafe-fixes cluster.json    the unsafe fixes too, to review before applying
  acklint check --fix --unsafe-fixes cluster.json     apply safe and unsafe fixes
  acklint check --fix - < cluster.json > fixed.json   fix standard input; findings on standard error
  acklint check --format json - < cluster.json
  acklint check --format sarif clusters/ > acklint.sarif
  acklint check --format gitlab --project-root /src/repo /src/repo/clusters > gl-code-quality.json
  acklint check --fail-on warning --statistics clusters/
  acklint check --config ci/acklint.toml --glob '*.body.json' requests/
  acklint check --vpc-cidr 10.0.0.0/8 --vswitch-cidr vsw-bp1m7d4x9k2q5w8e1r3t6=10.1.0.0/24 cluster.json")]
    Check(CheckArgs),
    /// Show the documentation of a rule or check: why it matters, an example and the fix.
    ///
    /// The page is in the language of the run (--lang); a rule without a page in that language yet shows its
    /// English page, and standard error says so.
    #[command(
        after_help = "Examples:\n  acklint explain NET001\n  acklint explain pod-service-cidr-overlap\n  acklint explain NAM002 --lang zh"
    )]
    Explain {
        /// A code (`NET001`, `SCH002`) or a name (`pod-service-cidr-overlap`).
        code: String,
    },
    /// List every rule and check with its code, group, severity, fix (safe, unsafe, mixed or `-`) and summary.
    ///
    /// The column headings, the fix words and the summaries are in the language of the run (--lang), the
    /// summary in English where a rule has no page in that language yet; JSON keeps its keys and fix tokens.
    #[command(after_help = "Examples:\n  acklint rules\n  acklint rules --format json\n  acklint rules --lang zh")]
    Rules {
        /// Output format.
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Print the JSON Schema (draft 2020-12) of the request body, for editors.
    #[command(after_help = "Example:\n  acklint schema > createcluster.schema.json")]
    Schema,
    /// Print a minimal request body to start from, keys in reading order.
    ///
    /// The body creates an ACK Pro managed cluster with one node pool. Its IDs are placeholders that say
    /// what to put there (`vpc-replace0with0your0vpc`): `acklint check` reports each one (NAM014) until it
    /// is replaced with a real ID, and the body passes every check after that. Standard error lists them.
    #[command(after_help = "Examples:
  acklint init > cluster.json
  acklint init --network terway --billing prepaid -o cluster.json")]
    Init {
        /// Network plugin.
        #[arg(long, value_enum, default_value_t = InitNetwork::Flannel)]
        network: InitNetwork,
        /// How the worker nodes are billed.
        #[arg(long, value_enum, default_value_t = InitBilling::Postpaid)]
        billing: InitBilling,
        /// Write to this file instead of standard output (refuses to overwrite).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Run the language server (LSP over standard input and output) for editors.
    ///
    /// Start it from your editor, not by hand: it speaks the Language Server Protocol on standard input and
    /// output. For every open JSON document that looks like a CreateCluster request body (or matches the
    /// `globs` of the client's initializationOptions), it publishes the findings of `acklint check` as you
    /// type, with the nearest acklint.toml applied, in the editor's language (its locale, or --lang); shows
    /// each field's documentation on hover (Chinese when that is zh); completes keys and allowed values; and
    /// offers fixes as code actions
    /// (`source.fixAll.acklint` applies the safe ones). docs/editor.md has the setup for VS Code (the extension in
    /// editors/vscode), Neovim, Helix and Zed.
    #[command(after_help = "Examples (editor configuration, not commands to type):
  Neovim:  vim.lsp.start({ name = \"acklint\", cmd = { \"acklint\", \"lsp\" } })
  Helix:   [language-server.acklint]  command = \"acklint\"  args = [\"lsp\"]
  Zed:     \"lsp\": { \"acklint\": { \"binary\": { \"path\": \"acklint\", \"arguments\": [\"lsp\"] } } }

initializationOptions (all optional):
  globs     file patterns always checked, e.g. [\"*.body.json\", \"clusters/**/*.json\"]
  rulesUrl  where the rule pages are, for each finding's link
  locale    \"zh-CN\" or \"en\" for findings, hover and completion docs (acklint --lang overrides it)")]
    Lsp,
}

#[derive(Args)]
struct CheckArgs {
    /// Files or folders to check; `-` reads standard input.
    #[arg(value_name = "FILE", default_value = ".")]
    files: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Lowest severity that makes the exit status 1 [default: error, or `fail-on` in acklint.toml].
    #[arg(long, value_enum, value_name = "SEVERITY")]
    fail_on: Option<FailOn>,
    /// Use this configuration file for every input instead of the nearest acklint.toml.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// File-name patterns taken from folders (repeatable), each matching file checked whatever it holds
    /// [default: *.json and *.jsonc that look like request bodies].
    #[arg(long, value_name = "PATTERN")]
    glob: Vec<String>,
    /// Print findings only: no summary line, nothing for clean files.
    #[arg(short, long)]
    quiet: bool,
    /// After the findings, print how many findings each rule produced.
    #[arg(long)]
    statistics: bool,
    /// The VPC's IPv4 range, so pod and service ranges are checked against it (NET017) [overrides acklint.toml].
    #[arg(long, value_name = "CIDR")]
    vpc_cidr: Option<ipnet::Ipv4Net>,
    /// A vSwitch's range as ID=CIDR (repeatable), e.g. vsw-bp1m7d4x9k2q5w8e1r3t6=10.1.0.0/24.
    #[arg(long, value_name = "ID=CIDR", value_parser = parse_vswitch_cidr)]
    vswitch_cidr: Vec<(String, ipnet::Ipv4Net)>,
    /// Apply the safe fixes in place (standard input: print the fixed body), then report what remains.
    #[arg(long)]
    fix: bool,
    /// With --fix or --diff: apply the unsafe fixes too, which change what the body asks for.
    #[arg(long)]
    unsafe_fixes: bool,
    /// Print a unified diff of what --fix would change, write nothing, and exit 1 when there is something to fix.
    #[arg(long, conflicts_with_all = ["format", "statistics"])]
    diff: bool,
    /// The repository's root: the sarif, github, junit and gitlab formats name files below it relative to it,
    /// whether they were given as absolute or relative paths [default: $GITHUB_WORKSPACE, else
    /// $CI_PROJECT_DIR, else the current folder].
    #[arg(long, value_name = "DIR")]
    project_root: Option<PathBuf>,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    s.parse().map_err(|e: UnknownLang| t!(env_lang(), "lang-unknown", name = e.name))
}

fn parse_vswitch_cidr(s: &str) -> Result<(String, ipnet::Ipv4Net), String> {
    // Flags are parsed before `--lang` is known: these errors follow the environment.
    let lang = env_lang();
    let (id, cidr) = s.split_once('=').ok_or_else(|| t!(lang, "cli-vswitch-cidr-form"))?;
    let cidr = cidr.parse().map_err(|_| t!(lang, "cli-vswitch-cidr-bad", cidr))?;
    Ok((id.to_string(), cidr))
}

/// The language the environment asks for (English when `ACKLINT_LANG` names none).
fn env_lang() -> Lang {
    i18n::detect_from_env(None, None).unwrap_or_default()
}

/// The language of a run before any `acklint.toml` is read: `--lang`, else the environment. An `ACKLINT_LANG`
/// that names no language is a usage error, said in the locale's language.
fn base_lang(flag: Option<Lang>) -> Result<Lang, ExitCode> {
    i18n::detect_from_env(flag, None).map_err(|e| {
        let locale = i18n::detect(flag, None, |var| (var != LANG_VAR).then(|| std::env::var(var).ok()).flatten());
        let lang = locale.unwrap_or_default();
        let error = t!(lang, "lang-unknown", name = e.name);
        usage_error(t!(lang, "cli-lang-env", var = LANG_VAR, error))
    })
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// Code frames with labels, for people.
    Human,
    /// One line per finding: `path:line:col: severity[CODE] message`.
    Concise,
    /// One JSON document (stable contract, `version: 1`).
    Json,
    /// SARIF 2.1.0, for code scanning (GitHub, Azure DevOps, IDE viewers).
    Sarif,
    /// GitHub Actions workflow commands, shown as annotations on the pull request.
    Github,
    /// JUnit XML, for CI test reports.
    Junit,
    /// GitLab Code Quality JSON.
    Gitlab,
}

impl Format {
    /// Whether the output reads the findings' fixes: the human format shows each one and counts them for its
    /// hint, JSON and SARIF carry them. The one-line and CI formats do neither, and neither does
    /// `--statistics` (findings per rule), so their runs leave the fixes unbuilt.
    fn shows_fixes(self) -> bool {
        matches!(self, Format::Human | Format::Json | Format::Sarif)
    }
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

#[derive(Clone, Copy, ValueEnum)]
enum InitNetwork {
    /// Flannel (pods in `container_cidr`).
    Flannel,
    /// Terway (pods in their own vSwitches).
    Terway,
}

#[derive(Clone, Copy, ValueEnum)]
enum InitBilling {
    /// Pay-as-you-go nodes.
    Postpaid,
    /// Subscription nodes (one month, auto-renewed).
    Prepaid,
}

/// Runs the command line with the process's arguments and returns its exit status.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = match base_lang(cli.lang) {
        Ok(lang) => lang,
        Err(code) => return code,
    };
    match cli.command {
        Command::Schema => {
            print!("{}", crate::SCHEMA_JSON);
            ExitCode::SUCCESS
        }
        Command::Check(args) => check(&args, cli.lang, lang),
        Command::Explain { code } => explain(&code, lang),
        Command::Rules { format } => {
            print!("{}", list_rules(format, lang));
            ExitCode::SUCCESS
        }
        Command::Init { network, billing, output } => init(network, billing, output, lang),
        // The editor's locale decides, unless `--lang` says otherwise.
        Command::Lsp => match crate::lsp::run_stdio_in(cli.lang) {
            Ok(crate::lsp::Ended::Clean) => ExitCode::SUCCESS,
            Ok(crate::lsp::Ended::Abrupt) => ExitCode::from(1),
            Err(e) => usage_error(e),
        },
    }
}

fn usage_error(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("acklint: {message}");
    ExitCode::from(2)
}

/// `lang` is the language before any `acklint.toml` is read; `flag` is `--lang`, over every file's `lang`.
fn check(args: &CheckArgs, flag: Option<Lang>, lang: Lang) -> ExitCode {
    if args.unsafe_fixes && !args.fix && !args.diff {
        return usage_error(t!(lang, "cli-unsafe-fixes-alone"));
    }
    let fixing = (args.fix || args.diff).then_some(fix::FixRequest {
        mode: if args.unsafe_fixes { FixMode::Unsafe } else { FixMode::Safe },
        diff: args.diff,
    });
    let patterns: Vec<String> =
        if args.glob.is_empty() { vec!["*.json".into(), "*.jsonc".into()] } else { args.glob.clone() };
    let globs = match patterns
        .iter()
        .map(|g| glob::Pattern::new(g).map_err(|e| t!(lang, "cli-bad-glob", pattern = g, error = e.to_string())))
        .collect::<Result<Vec<_>, _>>()
    {
        Ok(globs) => globs,
        Err(e) => return usage_error(e),
    };
    let mut inputs = match inputs::expand(&args.files, &globs, !args.glob.is_empty(), lang) {
        Ok(inputs) => inputs,
        Err(e) => return usage_error(e),
    };
    if inputs.is_empty() {
        let (patterns, paths) = (patterns.join(", "), args.files.join(" "));
        return usage_error(t!(lang, "cli-no-files", patterns, paths));
    }
    if fixing.is_some() {
        // A file named twice (or standard input) is fixed once: two workers must not write one file.
        inputs::dedup(&mut inputs);
    }
    // With --fix, standard output carries the fixed body of standard input; the findings go to standard error.
    let body_out = args.fix && !args.diff && inputs.contains(&inputs::Input::Stdin);
    let configs = match run::configs(&inputs, args.config.as_ref(), lang) {
        Ok(c) => c,
        Err(e) => return usage_error(e),
    };
    // One language for the whole run: `--lang`, else the first `acklint.toml` that sets one (as for `fail-on`).
    let lang = flag.or_else(|| configs.all.iter().skip(1).find_map(|c| c.lang)).unwrap_or(lang);
    let root = match project_root(args.project_root.as_deref(), lang) {
        Ok(root) => root,
        Err(e) => return usage_error(e),
    };
    let network = (args.vpc_cidr.is_some() || !args.vswitch_cidr.is_empty())
        .then(|| NetworkContext { vpc_cidr: args.vpc_cidr, vswitch_cidrs: args.vswitch_cidr.clone() });
    let threshold = match args.fail_on {
        Some(f) => f.threshold(),
        None => configs.all.iter().skip(1).find_map(|c| c.fail_on).unwrap_or(Severity::Error),
    };
    let mut tally = Tally::new(configs.all.len());
    if let Some(request) = fixing.filter(|r| r.diff) {
        return diff_only(&inputs, &configs, network.as_ref(), request, args.quiet, tally, lang);
    }
    let style = human_style(body_out);
    let format = match args.format {
        Format::Human => OutputFormat::Human(style, lang),
        Format::Concise => OutputFormat::Concise,
        Format::Json => OutputFormat::Json,
        Format::Sarif => OutputFormat::sarif(root.clone(), lang),
        Format::Github => OutputFormat::Github(root.clone()),
        Format::Junit => OutputFormat::Junit(root.clone()),
        Format::Gitlab => OutputFormat::Gitlab(root.clone()),
    };
    // Fingerprints are unique in the output and include the file's name: files with names of their own get
    // fresh ones on their worker; the few that share a name are rendered here, in order, sharing them.
    let shared = if format.fingerprints() { shared_names(&inputs, &configs, &root) } else { HashSet::new() };
    let mut fingerprints: HashMap<String, Fingerprints> = HashMap::new();
    // With --fix, standard output carries the fixed body of standard input; the findings go to standard error.
    let sink: Box<dyn Write> =
        if body_out { Box::new(std::io::stderr().lock()) } else { Box::new(std::io::stdout().lock()) };
    // On a terminal each file shows as soon as it is checked; elsewhere writes are gathered.
    let terminal = if body_out { std::io::stderr().is_terminal() } else { std::io::stdout().is_terminal() };
    let mut writer = match StreamWriter::new(format.clone(), std::io::BufWriter::with_capacity(64 << 10, sink)) {
        Ok(w) => w,
        Err(e) => return usage_error(t!(lang, "cli-cannot-write-output", error = i18n::io_error(lang, &e))),
    };
    // Each file is linted, counted and rendered on a worker; what reaches this thread is its output, or the
    // report itself when its name is shared.
    let prepare = |_: usize, linted: run::Linted| {
        let file = FileTally::of(&linted.report);
        let own_name = shared.is_empty() || !shared.contains(&root.display(&linted.report.path).into_owned());
        let rendered = if own_name {
            Ok(format.piece(&linted.report, &mut Fingerprints::default()))
        } else {
            Err(Box::new(linted.report))
        };
        (file, rendered, linted.fix)
    };
    let mut unreadable = None;
    let fixes = match fixing {
        Some(request) => run::Fixes::Applied(request),
        None if args.format.shows_fixes() => run::Fixes::Shown,
        None => run::Fixes::Unread,
    };
    let emitted = run::lint_each(&inputs, &configs, network.as_ref(), fixes, lang, &prepare, |i, result| {
        let (file, rendered, fix) = match result {
            Ok(Some(prepared)) => prepared,
            Ok(None) => {
                tally.skipped += 1;
                return true;
            }
            Err(e) => {
                unreadable = Some(e);
                return false;
            }
        };
        let piece = rendered.unwrap_or_else(|report| {
            let name = root.display(&report.path).into_owned();
            format.piece(&report, fingerprints.entry(name).or_default())
        });
        let _ = writer.push(&piece);
        if terminal {
            let _ = writer.flush();
        }
        tally.add(&file, Some(configs.of_input[i]), threshold);
        if let Some(done) = fix {
            tally.add_fix(done);
        }
        true
    });
    if let Err(e) = emitted {
        return usage_error(e);
    }
    // Ignores that expired or matched nothing are findings in the configuration file itself.
    if unreadable.is_none() {
        let today = jiff::Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::UTC).date();
        for (config, (used, audit)) in configs.all.iter().zip(std::mem::take(&mut tally.ignores)) {
            let Some(report) = used.then(|| audit.findings_on(config, today, lang)).flatten() else {
                continue;
            };
            let name = root.display(&report.path).into_owned();
            let _ = writer.push(&format.piece(&report, fingerprints.entry(name).or_default()));
            tally.add(&FileTally::of(&report), None, threshold);
        }
    }
    let mut out = match writer.finish() {
        Ok(out) => out,
        Err(_) => std::io::BufWriter::new(Box::new(std::io::sink()) as Box<dyn Write>),
    };
    let human = matches!(args.format, Format::Human);
    let mut tail = String::new();
    if human && !args.quiet {
        tail.push_str(&summary_line(&tally, lang));
        tail.push_str(&skipped_line(tally.skipped, lang));
    }
    // Machine formats keep their document whole; what --fix did follows it on standard error.
    let mut note = String::new();
    match fixing {
        Some(request) if !args.quiet => {
            let line = fix::summary(&tally.fixes, tally.findings(), request, lang);
            if human { tail.push_str(&line) } else { note = line }
        }
        None if human && !args.quiet => {
            tail.push_str(&fix::fixable_hint(tally.safe_fixes, tally.unsafe_fixes, lang));
        }
        _ => {}
    }
    if args.statistics {
        tail.push_str(&statistics(&tally, lang));
    }
    let _ = out.write_all(tail.as_bytes());
    let _ = out.flush();
    drop(out);
    if body_out {
        let mut stdout = std::io::stdout().lock();
        for body in &tally.fixes.bodies {
            let _ = stdout.write_all(body);
        }
        let _ = stdout.flush();
    }
    // Machine formats keep standard output to their own document; the notes go to standard error.
    if !human && !args.quiet {
        eprint!("{note}{}", skipped_line(tally.skipped, lang));
    }
    for error in &tally.fixes.unwritten {
        eprintln!("acklint: {error}");
    }
    if let Some(e) = unreadable {
        return usage_error(e);
    }
    if !tally.fixes.unwritten.is_empty() {
        ExitCode::from(2)
    } else if tally.failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The names (as machine formats write them) that more than one input, or an input and a configuration file,
/// share: their findings' fingerprints must be told apart across files.
fn shared_names(inputs: &[inputs::Input], configs: &run::Configs, root: &ProjectRoot) -> HashSet<String> {
    let mut seen = HashSet::new();
    let mut shared = HashSet::new();
    let configs = configs.all.iter().filter_map(|c| c.path.as_ref()).map(|p| p.display().to_string());
    for name in inputs.iter().map(inputs::Input::display).chain(configs) {
        let name = root.display(&name).into_owned();
        if !seen.insert(name.clone()) {
            shared.insert(name);
        }
    }
    shared
}

/// `--diff`: the diffs on standard output, in input order as each is ready, what they fix on standard error; exit
/// 1 when a file would change.
fn diff_only(
    inputs: &[inputs::Input],
    configs: &run::Configs,
    network: Option<&NetworkContext>,
    request: fix::FixRequest,
    quiet: bool,
    mut tally: Tally,
    lang: Lang,
) -> ExitCode {
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let mut unreadable = None;
    let prepare = |_: usize, linted: run::Linted| linted.fix.unwrap_or_default();
    let fixes = run::Fixes::Applied(request);
    let emitted = run::lint_each(inputs, configs, network, fixes, lang, &prepare, |_, result| match result {
        Ok(Some(mut done)) => {
            let _ = stdout.write_all(std::mem::take(&mut done.diff).as_bytes());
            tally.add_fix(done);
            true
        }
        Ok(None) => {
            tally.skipped += 1;
            true
        }
        Err(e) => {
            unreadable = Some(e);
            false
        }
    });
    let _ = stdout.flush();
    if let Some(e) = emitted.err().or(unreadable) {
        return usage_error(e);
    }
    if !quiet {
        eprint!("{}", fix::summary(&tally.fixes, 0, request, lang));
        eprint!("{}", skipped_line(tally.skipped, lang));
    }
    if tally.fixes.changed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

/// The folder machine formats write paths relative to: `--project-root`, else the workspace a CI system names
/// (`GITHUB_WORKSPACE` in GitHub Actions, `CI_PROJECT_DIR` in GitLab CI), else the current folder.
fn project_root(explicit: Option<&Path>, lang: Lang) -> Result<ProjectRoot, String> {
    let cwd = std::env::current_dir().map_err(|e| t!(lang, "cli-cannot-read-cwd", error = i18n::io_error(lang, &e)))?;
    if let Some(dir) = explicit {
        if !cwd.join(dir).is_dir() {
            return Err(t!(lang, "cli-no-project-root", path = dir.display().to_string()));
        }
        return Ok(ProjectRoot::new(dir, &cwd));
    }
    let from_env = ["GITHUB_WORKSPACE", "CI_PROJECT_DIR"]
        .into_iter()
        .find_map(|name| std::env::var_os(name).filter(|v| !v.is_empty()).map(PathBuf::from));
    Ok(ProjectRoot::new(from_env.unwrap_or_else(|| PathBuf::from(".")), &cwd))
}

/// Colour only on a terminal (standard error's when the findings go there) and never with `NO_COLOR`.
fn human_style(to_stderr: bool) -> HumanStyle {
    let terminal = if to_stderr { std::io::stderr().is_terminal() } else { std::io::stdout().is_terminal() };
    let color = terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    HumanStyle { color, width: terminal_width().unwrap_or(100) }
}

fn terminal_width() -> Option<usize> {
    std::env::var("COLUMNS").ok()?.parse().ok().filter(|w| *w >= 40)
}

fn summary_line(tally: &Tally, lang: Lang) -> String {
    let (files, errors, warnings, infos, ignored) =
        (tally.files, tally.errors, tally.warnings, tally.infos, tally.suppressed);
    t!(lang, "cli-summary", files, errors, warnings, infos, ignored) + "\n"
}

/// How many JSON files a folder walk left out as not request bodies, and how to check them anyway.
fn skipped_line(skipped: usize, lang: Lang) -> String {
    if skipped == 0 {
        return String::new();
    }
    t!(lang, "cli-skipped", count = skipped) + "\n"
}

/// Findings per rule, most frequent first.
fn statistics(tally: &Tally, lang: Lang) -> String {
    let mut rows: Vec<_> = tally.per_rule.iter().collect();
    rows.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let mut out = format!("\n{}\n", t!(lang, "cli-statistics-heading"));
    for ((code, rule, severity), n) in rows {
        out.push_str(&format!("{n:>6}  {code:<7} {:<7} {rule}\n", severity.as_str()));
    }
    out
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

fn explain(code: &str, lang: Lang) -> ExitCode {
    use crate::rules::docs;
    let found = match crate::rules::find(code) {
        Some(rule) => Some((rule.meta().name, docs::rule_page(rule.meta(), lang))),
        None => crate::checks::BUILTIN
            .iter()
            .find(|c| c.code.eq_ignore_ascii_case(code) || c.name == code)
            .map(|c| (c.name, docs::check_page(c, lang))),
    };
    let Some((name, page)) = found else { return usage_error(t!(lang, "cli-unknown-check", code)) };
    // The page falls back to English; say so on standard error, so that the page itself stays clean.
    if !docs::has_page(name, lang) {
        eprintln!("acklint: {}", t!(lang, "docs-english-only", name));
    }
    print!("{page}");
    ExitCode::SUCCESS
}

/// One row per built-in check and rule: code, name, group, severity, fix, summary (in `lang`; JSON keeps the
/// fix tokens and takes the summaries in `lang`).
fn list_rules(format: ListFormat, lang: Lang) -> String {
    use crate::catalogue;
    use crate::rules::docs;
    match format {
        ListFormat::Json => {
            let items: Vec<serde_json::Value> = catalogue::all()
                .map(|entry| {
                    let mut item = serde_json::to_value(entry).expect("plain data serializes");
                    item["summary"] = entry.summary_in(lang).into();
                    item
                })
                .collect();
            serde_json::to_string_pretty(&items).expect("plain data serializes") + "\n"
        }
        ListFormat::Text => {
            // The fix column names only the fixes there are: `none` in most rows would drown them.
            let mut table = vec![docs::list_columns(lang)];
            table.extend(catalogue::all().map(|e| {
                let fix =
                    if e.fix == crate::fix::FixAvailability::None { "-".into() } else { docs::fix_word(lang, e.fix) };
                [
                    e.code.to_string(),
                    e.name.to_string(),
                    e.group.to_string(),
                    e.severity.to_string(),
                    fix,
                    e.summary_in(lang),
                ]
            }));
            // Chinese headings take two columns a character: pad by display width, not by bytes or chars.
            let width = |i: usize| table.iter().map(|r| r[i].width()).max().unwrap_or(0);
            let widths = [width(0), width(1), width(2), width(3), width(4)];
            table
                .iter()
                .map(|row| {
                    let mut line = String::new();
                    for (cell, w) in row.iter().zip(widths) {
                        line.push_str(cell);
                        line.push_str(&" ".repeat(w - cell.width() + 2));
                    }
                    line.push_str(&row[5]);
                    line.push('\n');
                    line
                })
                .collect()
        }
    }
}

fn init(network: InitNetwork, billing: InitBilling, output: Option<PathBuf>, lang: Lang) -> ExitCode {
    let network = match network {
        InitNetwork::Flannel => Network::Flannel,
        InitNetwork::Terway => Network::Terway,
    };
    let billing = match billing {
        InitBilling::Postpaid => Billing::PostPaid,
        InitBilling::Prepaid => Billing::PrePaid,
    };
    let body = crate::init::template(network, billing);
    let target = output.as_ref().map_or("FILE".to_string(), |p| p.display().to_string());
    let hint = placeholder_hint(&body, &target, lang);
    match output {
        None => {
            print!("{body}");
            eprint!("{hint}");
            ExitCode::SUCCESS
        }
        Some(path) => {
            let file = std::fs::OpenOptions::new().write(true).create_new(true).open(&path);
            match file.and_then(|mut f| f.write_all(body.as_bytes())) {
                Ok(()) => {
                    eprintln!("acklint: {}", t!(lang, "cli-wrote", path = path.display().to_string()));
                    eprint!("{hint}");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    let (path, error) = (path.display().to_string(), i18n::io_error(lang, &e));
                    usage_error(t!(lang, "cli-cannot-write", path, error))
                }
            }
        }
    }
}

/// What to fill in before the template can be sent: the placeholders `check` reports in it.
fn placeholder_hint(body: &str, target: &str, lang: Lang) -> String {
    let report = lint("init", body.as_bytes(), &LintOptions::default());
    let fields: Vec<String> = report
        .diagnostics
        .iter()
        .filter(|d| d.rule == "placeholder-value")
        .filter_map(|d| d.pointer.as_deref().map(|p| format!("`{}`", crate::spec::display_pointer(p))))
        .collect();
    let (count, fields) = (fields.len(), fields.join(&t!(lang, "list-separator")));
    format!("acklint: {}\n", t!(lang, "cli-placeholder-hint", count, fields, target))
}
