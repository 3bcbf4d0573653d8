//! Which plural form a number takes in a language, decided by the same rules Fluent's resolver uses.

use super::Lang;
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use intl_pluralrules::operands::PluralOperands;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

/// The category of `number` in `lang` (cardinal: "1 finding", "2 findings"), or `None` when the rules cannot
/// tell (Fluent then matches no category key either).
pub fn category(lang: Lang, number: f64) -> Option<PluralCategory> {
    let operands = match whole(number) {
        Some(n) => PluralOperands::try_from(n).ok()?,
        // Fluent's way for any other number: through its decimal text.
        None => PluralOperands::try_from(number).ok()?,
    };
    rules(lang)?.select(operands).ok()
}

/// The category a variant key names (`one`, `other`...), `None` for a key that names none.
pub fn keyword(key: &str) -> Option<PluralCategory> {
    Some(match key {
        "zero" => PluralCategory::ZERO,
        "one" => PluralCategory::ONE,
        "two" => PluralCategory::TWO,
        "few" => PluralCategory::FEW,
        "many" => PluralCategory::MANY,
        "other" => PluralCategory::OTHER,
        _ => return None,
    })
}

/// `number` as an integer when Fluent writes it as one (its decimal text is the integer's digits): a whole
/// number small enough that `f64` holds it exactly, and not `-0` (which Fluent writes with its sign).
pub fn whole(number: f64) -> Option<i64> {
    const EXACT: f64 = (1u64 << f64::MANTISSA_DIGITS) as f64;
    let zero_with_sign = number == 0.0 && number.is_sign_negative();
    // The cast is exact: the value is whole and within ±2^53.
    (number.fract() == 0.0 && number.abs() <= EXACT && !zero_with_sign).then_some(number as i64)
}

/// The cardinal rules of `lang`, chosen as Fluent chooses them for a bundle of that language (the closest
/// language that has rules, English when none does).
fn rules(lang: Lang) -> Option<&'static PluralRules> {
    static RULES: [OnceLock<Option<PluralRules>>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];
    RULES[lang.index()]
        .get_or_init(|| {
            let requested: LanguageIdentifier = lang.tag().parse().unwrap_or_default();
            let english: LanguageIdentifier = "en".parse().unwrap_or_default();
            let available = PluralRules::get_locales(PluralRuleType::CARDINAL);
            let chosen = negotiate_languages(&[requested], &available, Some(&english), NegotiationStrategy::Lookup);
            PluralRules::create((*chosen.first()?).clone(), PluralRuleType::CARDINAL).ok()
        })
        .as_ref()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_are_the_ones_fluent_writes_as_integers() {
        for n in [0.0, 1.0, -1.0, 200.0, 9_007_199_254_740_992.0, -9_007_199_254_740_992.0] {
            assert_eq!(whole(n).map(|i| i.to_string()), Some(n.to_string()), "{n}");
        }
        for n in [-0.0, 0.5, 1e300, f64::NAN, f64::INFINITY, 18_014_398_509_481_984.0] {
            assert_eq!(whole(n), None, "{n}");
        }
    }

    #[test]
    fn english_has_one_and_other_chinese_only_other() {
        assert_eq!(category(Lang::En, 1.0), Some(PluralCategory::ONE));
        assert_eq!(category(Lang::En, 2.0), Some(PluralCategory::OTHER));
        assert_eq!(category(Lang::En, 1.5), Some(PluralCategory::OTHER));
        assert_eq!(category(Lang::ZhCn, 1.0), Some(PluralCategory::OTHER));
    }
}
