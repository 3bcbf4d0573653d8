//! The languages acklint speaks, and how a run picks one.

use std::fmt;
use std::str::FromStr;

/// A language of acklint's messages.
///
/// Parsed leniently from what people and systems write (`zh`, `zh-CN`, `zh_CN.UTF-8`, `zh_TW`, `en_US`): every
/// Chinese locale gets the Simplified Chinese catalogue, the only Chinese one so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum Lang {
    /// English, the default and the fallback for any message a catalogue lacks.
    #[default]
    En,
    /// Simplified Chinese.
    ZhCn,
}

/// The environment variable that chooses the language of a run (below `--lang` and `lang` in `acklint.toml`,
/// above the locale).
#[cfg(feature = "cli")]
pub const LANG_VAR: &str = "ACKLINT_LANG";

/// The locale variables, in the order POSIX reads them for messages: the first one set decides.
#[cfg(feature = "cli")]
pub const LOCALE_VARS: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::ZhCn];

    /// The language's place in [`Lang::ALL`], for tables that hold something per language.
    pub(crate) const fn index(self) -> usize {
        self as usize
    }

    /// The BCP 47 tag: `en` or `zh-CN` (SARIF's `language`, the catalogue folders under `locales/`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhCn => "zh-CN",
        }
    }

    /// The language a user named (`--lang`, `ACKLINT_LANG`, `lang` in `acklint.toml`): `en` or `zh` and
    /// their regional and locale forms (`en-US`, `zh-CN`, `zh_TW`, `zh_CN.UTF-8`, `zh-Hans`), in any case.
    /// `None` for anything else.
    pub fn parse(name: &str) -> Option<Lang> {
        match primary_subtag(name)?.as_str() {
            "en" => Some(Lang::En),
            "zh" => Some(Lang::ZhCn),
            _ => None,
        }
    }

    /// The language of a POSIX locale value (`LC_ALL`, `LC_MESSAGES`, `LANG`): Chinese for a Chinese locale,
    /// English for any other (`C`, `POSIX`, `fr_FR.UTF-8`: acklint has no catalogue for them). `None` for an
    /// empty value, which POSIX treats as unset.
    pub fn from_locale(value: &str) -> Option<Lang> {
        if value.trim().is_empty() {
            return None;
        }
        Some(Lang::parse(value).unwrap_or(Lang::En))
    }
}

/// `zh_CN.UTF-8@pinyin` → `zh`: the language part of a locale name or language tag, lower-cased.
fn primary_subtag(name: &str) -> Option<String> {
    let name = name.trim();
    let without_modifier = name.split('@').next().unwrap_or_default();
    let without_encoding = without_modifier.split('.').next().unwrap_or_default();
    let primary = without_encoding.split(['-', '_']).next().unwrap_or_default();
    (!primary.is_empty() && primary.chars().all(|c| c.is_ascii_alphabetic())).then(|| primary.to_ascii_lowercase())
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.tag())
    }
}

/// A language name acklint does not speak.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang {
    /// The name as given.
    pub name: String,
}

impl fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a language acklint speaks: use `en` or `zh`", self.name)
    }
}

impl std::error::Error for UnknownLang {}

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Lang, UnknownLang> {
        Lang::parse(s).ok_or_else(|| UnknownLang { name: s.to_string() })
    }
}

/// The language of a run, strongest source first: `flag` (`--lang`), `config` (`lang` in `acklint.toml`),
/// [`LANG_VAR`], then the first of [`LOCALE_VARS`] that is set; English when none says anything. `env` reads
/// a variable (`None` when unset), so tests need no real environment.
///
/// An [`LANG_VAR`] that names no language is an error (a typo there should not silently give English); a locale
/// of a language acklint lacks is English.
#[cfg(feature = "cli")]
pub fn detect(
    flag: Option<Lang>,
    config: Option<Lang>,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Lang, UnknownLang> {
    if let Some(lang) = flag.or(config) {
        return Ok(lang);
    }
    if let Some(value) = env(LANG_VAR).filter(|v| !v.trim().is_empty()) {
        return value.parse();
    }
    let locale = LOCALE_VARS.iter().find_map(|var| env(var).and_then(|v| Lang::from_locale(&v)));
    Ok(locale.unwrap_or_default())
}

/// [`detect`] over the process's environment.
#[cfg(feature = "cli")]
pub fn detect_from_env(flag: Option<Lang>, config: Option<Lang>) -> Result<Lang, UnknownLang> {
    detect(flag, config, |var| std::env::var(var).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "cli")]
    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
    }

    #[test]
    fn names_people_write() {
        for zh in ["zh", "ZH", "zh-CN", "zh_CN", "zh_CN.UTF-8", "zh_CN.GB18030", "zh_TW", "zh-Hant-TW", "zh_CN@pinyin"]
        {
            assert_eq!(Lang::parse(zh), Some(Lang::ZhCn), "{zh}");
        }
        for en in ["en", "EN", "en-US", "en_GB.UTF-8"] {
            assert_eq!(Lang::parse(en), Some(Lang::En), "{en}");
        }
        for other in ["", "fr", "C", "chinese", "zh1", "-CN"] {
            assert_eq!(Lang::parse(other), None, "{other}");
        }
        assert_eq!("zh".parse::<Lang>(), Ok(Lang::ZhCn));
        assert!("fr".parse::<Lang>().unwrap_err().to_string().contains("`fr`"));
        assert_eq!(Lang::ZhCn.to_string(), "zh-CN");
    }

    #[test]
    fn locales() {
        assert_eq!(Lang::from_locale("zh_CN.UTF-8"), Some(Lang::ZhCn));
        assert_eq!(Lang::from_locale("zh_TW.Big5"), Some(Lang::ZhCn));
        assert_eq!(Lang::from_locale("C"), Some(Lang::En));
        assert_eq!(Lang::from_locale("POSIX"), Some(Lang::En));
        assert_eq!(Lang::from_locale("C.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_locale("fr_FR.UTF-8"), Some(Lang::En), "no French catalogue: English");
        assert_eq!(Lang::from_locale(""), None, "empty is unset");
    }

    #[test]
    #[cfg(feature = "cli")]
    fn the_strongest_source_wins() {
        let zh_locale = [("LANG", "zh_CN.UTF-8")];
        assert_eq!(detect(None, None, env(&[])), Ok(Lang::En), "nothing set: English");
        assert_eq!(detect(None, None, env(&zh_locale)), Ok(Lang::ZhCn));
        assert_eq!(detect(Some(Lang::En), None, env(&zh_locale)), Ok(Lang::En), "--lang over the locale");
        assert_eq!(detect(Some(Lang::En), Some(Lang::ZhCn), env(&[])), Ok(Lang::En), "--lang over acklint.toml");
        assert_eq!(detect(None, Some(Lang::ZhCn), env(&[("ACKLINT_LANG", "en")])), Ok(Lang::ZhCn), "config over env");
        assert_eq!(detect(None, None, env(&[("ACKLINT_LANG", "en"), ("LANG", "zh_CN.UTF-8")])), Ok(Lang::En));
        assert_eq!(detect(None, None, env(&[("ACKLINT_LANG", "zh"), ("LC_ALL", "C")])), Ok(Lang::ZhCn));
        assert_eq!(detect(None, None, env(&[("ACKLINT_LANG", " "), ("LANG", "zh")])), Ok(Lang::ZhCn), "blank is unset");
        let bad = detect(None, None, env(&[("ACKLINT_LANG", "klingon")])).unwrap_err();
        assert_eq!(bad.name, "klingon");
    }

    #[test]
    #[cfg(feature = "cli")]
    fn locale_variables_in_posix_order() {
        let all = [("LC_ALL", "en_US.UTF-8"), ("LC_MESSAGES", "zh_CN.UTF-8"), ("LANG", "zh_CN.UTF-8")];
        assert_eq!(detect(None, None, env(&all)), Ok(Lang::En), "LC_ALL first");
        let messages = [("LC_ALL", ""), ("LC_MESSAGES", "zh_TW.UTF-8"), ("LANG", "en_US.UTF-8")];
        assert_eq!(detect(None, None, env(&messages)), Ok(Lang::ZhCn), "an empty LC_ALL is unset");
        let c_over_lang = [("LC_MESSAGES", "C"), ("LANG", "zh_CN.UTF-8")];
        assert_eq!(detect(None, None, env(&c_over_lang)), Ok(Lang::En), "the first set variable decides, even C");
        assert_eq!(detect(None, None, env(&[("LANG", "zh")])), Ok(Lang::ZhCn));
    }
}
