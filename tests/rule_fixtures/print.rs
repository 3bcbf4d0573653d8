//! Prints rule fixtures as the tests lint them: a patch merged into its base, a whole body as it is. Pipe the
//! output into acklint to read a rule's findings in context, in either language:
//!
//! ```sh
//! cargo run -q --example fixture-body -- tests/rules/timezone-not-iana/invalid_lowercase.json \
//!   | cargo run -q -- check --lang zh -
//! ```

#[path = "mod.rs"]
mod rule_fixtures;

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        eprintln!("usage: cargo run -q --example fixture-body -- tests/rules/<rule>/<fixture>.json…");
        return ExitCode::from(2);
    }
    for path in &paths {
        if !Path::new(path).is_file() {
            eprintln!("fixture-body: {path}: no such file");
            return ExitCode::from(2);
        }
        print!("{}", rule_fixtures::Fixture::load(Path::new(path)).text);
    }
    ExitCode::SUCCESS
}
