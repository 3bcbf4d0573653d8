//! Tokens acklint accepts in the growing vendor catalogues (image types, disk categories, addon names, …)
//! besides its own lists: `[known]` in `acklint.toml`, or [`crate::LintOptions::with_known`]. A lint option,
//! read by the structure check and the rules alike.

use std::collections::BTreeMap;

/// Extra known tokens per catalogue: the catalogue names are the `catalog` keys of the field spec
/// (`spec::CATALOGS`) and `addons` (addon names, rule ADD002).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KnownTokens {
    lists: BTreeMap<String, Vec<String>>,
}

/// The catalogue of addon names, which the rule ADD002 reads.
pub const ADDONS: &str = "addons";

impl KnownTokens {
    /// No extra tokens, for callers without a configuration.
    pub fn none() -> &'static KnownTokens {
        static NONE: KnownTokens = KnownTokens { lists: BTreeMap::new() };
        &NONE
    }

    /// Every catalogue name `[known]` accepts, sorted.
    pub fn catalogs() -> impl Iterator<Item = &'static str> {
        let mut all: Vec<&'static str> = crate::spec::CATALOGS.iter().copied().chain([ADDONS]).collect();
        all.sort_unstable();
        all.into_iter()
    }

    /// Whether `name` is a catalogue `[known]` accepts.
    pub fn is_catalog(name: &str) -> bool {
        name == ADDONS || crate::spec::CATALOGS.contains(&name)
    }

    /// Adds tokens to a catalogue. Returns `false` (and adds nothing) when `catalog` is not a catalogue name.
    pub fn add<S: Into<String>>(&mut self, catalog: &str, tokens: impl IntoIterator<Item = S>) -> bool {
        if !Self::is_catalog(catalog) {
            return false;
        }
        self.lists.entry(catalog.to_string()).or_default().extend(tokens.into_iter().map(Into::into));
        true
    }

    /// The extra tokens of a catalogue (empty when none were given).
    pub fn extra(&self, catalog: &str) -> &[String] {
        self.lists.get(catalog).map_or(&[], Vec::as_slice)
    }

    /// Whether `token` was added to `catalog`.
    pub fn contains(&self, catalog: &str, token: &str) -> bool {
        self.extra(catalog).iter().any(|t| t == token)
    }

    /// Whether no catalogue has extra tokens.
    pub fn is_empty(&self) -> bool {
        self.lists.values().all(Vec::is_empty)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_catalogue_names_are_accepted() {
        let mut known = KnownTokens::default();
        assert!(known.add("image_type", ["AliyunLinux5"]));
        assert!(known.add("addons", ["my-addon"]));
        assert!(!known.add("image_types", ["x"]));
        assert!(known.contains("image_type", "AliyunLinux5"));
        assert!(!known.contains("disk_category", "AliyunLinux5"));
        let names: Vec<&str> = KnownTokens::catalogs().collect();
        assert!(names.contains(&"addons") && names.contains(&"disk_category"), "{names:?}");
    }
}
