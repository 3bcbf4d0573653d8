//! The acklint.toml parser on arbitrary text: an error or a configuration, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(config) = acklint::config::parse(Path::new("acklint.toml"), text) {
            let options = acklint::LintOptions::from_config(&config);
            let _ = acklint::lint("a.json", b"{\"name\": \"x\"}", &options);
        }
    }
});
