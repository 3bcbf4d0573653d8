//! The `acklint` command line; its code is the library's `cli` module.
#![forbid(unsafe_code)]

fn main() -> std::process::ExitCode {
    acklint::cli::main()
}
