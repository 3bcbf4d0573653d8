//! The rule fixtures in `tests/rules/` as the linter sees them, for every test that reads them.
//!
//! A fixture file is either a whole request body, or a JSON merge patch (RFC 7386) over one of the base
//! bodies in `tests/rules/_base/`: a JSON object whose `"$base"` names the base file without `.json`. The
//! patch is merged into the base (a `null` removes a key; an array, such as `nodepools`, is replaced as a
//! whole) and the result is printed with two-space indentation, keeping the base's key order and appending
//! new keys in the patch's order. That text is what the tests lint, so positions in snapshots are positions
//! in it. `tests/rules/README.md` says when a fixture stays a whole body.
//!
//! The library's unit tests (`#[path]` in `src/lib.rs`) and the integration tests (`mod rule_fixtures;`)
//! both include this file, so it names neither `crate::` nor `acklint::`: only std, serde_json and indexmap.

// Each includer uses part of it.
#![allow(dead_code)]

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use std::fs;
use std::path::{Path, PathBuf};

/// The rule fixture folders, one per rule, named after it.
pub const DIR: &str = "tests/rules";
/// The base bodies that patch fixtures name.
pub const BASE_DIR: &str = "tests/rules/_base";
/// The member of a patch fixture that names its base.
pub const BASE_KEY: &str = "$base";

/// A JSON value whose objects keep their keys in order. serde_json's `Value` sorts them here (its
/// `preserve_order` feature is off), and turning that feature on for the tests would also change the library
/// under test, which prints `serde_json` objects (the editor schema).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Json {
    Null,
    Bool(bool),
    Number(serde_json::Number),
    String(String),
    Array(Vec<Json>),
    Object(IndexMap<String, Json>),
}

impl Json {
    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.get(key),
            _ => None,
        }
    }

    /// Pretty-printed with two-space indentation and a final newline.
    pub fn pretty(&self) -> String {
        serde_json::to_string_pretty(self).expect("a JSON value prints") + "\n"
    }
}

/// Applies the RFC 7386 merge `patch` to `target`: an object patch merges member by member (a `null`
/// removes the member, a new member goes last), anything else replaces the target.
pub fn merge(target: &mut Json, patch: &Json) {
    let Json::Object(members) = patch else {
        *target = patch.clone();
        return;
    };
    if !matches!(target, Json::Object(_)) {
        *target = Json::Object(IndexMap::new());
    }
    let Json::Object(target) = target else { return };
    for (key, value) in members {
        if *value == Json::Null {
            target.shift_remove(key);
        } else {
            merge(target.entry(key.clone()).or_insert(Json::Null), value);
        }
    }
}

/// One fixture file and the text the tests lint for it.
pub struct Fixture {
    /// The file in `tests/rules/<rule>/` (or a base in `tests/rules/_base/`).
    pub path: PathBuf,
    /// The file itself for a whole body; the merged, pretty-printed body for a patch.
    pub text: String,
    /// The base a patch names, `None` for a whole body.
    pub base: Option<String>,
}

impl Fixture {
    /// Reads `path` and merges it into its base when it is a patch.
    pub fn load(path: &Path) -> Fixture {
        let file = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let Some(patch) = patch_of(path, &file) else {
            return Fixture { path: path.to_path_buf(), text: file, base: None };
        };
        let Json::Object(mut members) = patch else { unreachable!("patch_of returns objects") };
        let base = match members.shift_remove(BASE_KEY) {
            Some(Json::String(name)) => name,
            other => panic!("{}: `{BASE_KEY}` must name a file of {BASE_DIR}, not {other:?}", path.display()),
        };
        let mut body = base_body(&base).unwrap_or_else(|e| panic!("{}: base `{base}`: {e}", path.display()));
        merge(&mut body, &Json::Object(members));
        Fixture { path: path.to_path_buf(), text: body.pretty(), base: Some(base) }
    }

    /// The file name, `invalid_….json` or `valid_….json` in a rule's folder.
    pub fn file_name(&self) -> String {
        self.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
    }

    /// The `acklint.toml` next to the fixture, which applies to it (network context, say). The library's
    /// `config::CONFIG_FILE`, spelled out because this file cannot name the library.
    pub fn config(&self) -> Option<PathBuf> {
        self.path.parent().map(|d| d.join("acklint.toml")).filter(|c| c.is_file())
    }
}

/// The file as a patch: a JSON object with a `"$base"` member. A file that mentions `"$base"` but is not
/// such an object is a broken patch, not a whole body.
fn patch_of(path: &Path, file: &str) -> Option<Json> {
    let marker = format!("\"{BASE_KEY}\"");
    match serde_json::from_str::<Json>(file) {
        Ok(value) if value.get(BASE_KEY).is_some() => Some(value),
        Ok(_) if !file.contains(&marker) => None,
        Err(_) if !file.contains(&marker) => None,
        Ok(_) => panic!("{}: `{BASE_KEY}` must be a member of the top-level object", path.display()),
        Err(e) => panic!("{}: a patch fixture must be strict JSON: {e}", path.display()),
    }
}

/// The base body `name` (`tests/rules/_base/<name>.json`).
pub fn base_body(name: &str) -> Result<Json, String> {
    let path = Path::new(BASE_DIR).join(format!("{name}.json"));
    let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The `*.json` files of a folder, sorted.
fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "json")).collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// The fixtures of the rule `name` (`tests/rules/<name>/`), sorted by file name.
pub fn of_rule(name: &str) -> Vec<Fixture> {
    json_files(&Path::new(DIR).join(name)).iter().map(|p| Fixture::load(p)).collect()
}

/// Every fixture of every rule and the bases (whole bodies too), sorted by path.
pub fn all() -> Vec<Fixture> {
    let mut dirs: Vec<PathBuf> = fs::read_dir(DIR)
        .unwrap_or_else(|e| panic!("{DIR}: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs.iter().flat_map(|d| json_files(d)).map(|p| Fixture::load(&p)).collect()
}
