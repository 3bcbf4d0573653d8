//! A message as one `t!` call names it: the catalogue is searched for its id once per language, on the call's
//! first use, instead of on every call (hashing the id, then scanning the message's attributes).

use super::Lang;
use super::arg::Arg;
use super::catalog;
use fluent_syntax::ast::Pattern;
use std::sync::OnceLock;

/// Made by the `t!` macro, one `static` per call.
pub struct Site {
    id: &'static str,
    patterns: [OnceLock<Option<&'static Pattern<&'static str>>>; Lang::ALL.len()],
}

impl Site {
    /// The call site of message `id` (or `id.attribute`), nothing looked up yet.
    pub const fn new(id: &'static str) -> Site {
        Site { id, patterns: [const { OnceLock::new() }; Lang::ALL.len()] }
    }

    /// The message's text in `lang`, as [`catalog::format`] gives it.
    pub fn format(&self, lang: Lang, args: &[(&str, Arg<'_>)]) -> String {
        let pattern = *self.patterns[lang.index()].get_or_init(|| catalog::pattern(lang, self.id));
        catalog::format_found(lang, self.id, pattern, args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_place() {
        for (index, lang) in Lang::ALL.into_iter().enumerate() {
            assert_eq!(lang.index(), index, "{lang:?}");
        }
    }

    #[test]
    fn a_call_gives_what_format_gives_in_every_language() {
        static PLURAL: Site = Site::new("cli-fixable-safe");
        static ATTRIBUTE: Site = Site::new("list-and.no-such-attribute");
        static MISSING: Site = Site::new("no-such-message");
        // Each language twice: the second call reads what the first looked up.
        for lang in [Lang::ALL, Lang::ALL].concat() {
            for count in [1usize, 2] {
                let args = [("count", Arg::from(count))];
                assert_eq!(PLURAL.format(lang, &args), catalog::format(lang, "cli-fixable-safe", &args));
            }
            assert_eq!(ATTRIBUTE.format(lang, &[]), "list-and.no-such-attribute");
            assert_eq!(MISSING.format(lang, &[]), "no-such-message");
        }
        assert_eq!(PLURAL.format(Lang::ZhCn, &[("count", Arg::from(2usize))]), "有 2 个问题可用 --fix 修复");
    }
}
