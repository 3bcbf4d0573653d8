use crate::diagnostic::Diagnostic;
use crate::fix::{Applicability, Fix};
use crate::i18n::Lang;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;
use jiff::tz::TimeZoneDatabase;
use std::sync::OnceLock;

crate::declare_rule! {
    /// `timezone` is not the exact name of an IANA time zone, such as `Asia/Shanghai`.
    ///
    /// ## Why is this bad?
    /// The cluster's components and nodes use this time zone, and the service knows zones only by their
    /// IANA names (`Region/City`, case-sensitive). Abbreviations like `CST`, offsets like `GMT+8`, cities
    /// that do not name a zone (`Asia/Beijing`) and wrong capitalization are not zone names, so the
    /// cluster may end up in another time zone or the request may be refused.
    ///
    /// The names come from the IANA time zone database bundled with acklint.
    ///
    /// ## Example
    /// ```json
    /// { "timezone": "Asia/Beijing" }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "timezone": "Asia/Shanghai" }
    /// ```
    ///
    /// ## Fix
    /// A wrong capitalization is fixed safely: the database already matches the name regardless of case, so
    /// only the spelling changes, not the zone. Where there is one suggestion (`Asia/Shanghai` for a Beijing
    /// zone, the `Etc/GMT-8` zone for the offset `GMT+8`, the one close zone name for a typo) the fix writes
    /// it, unsafely: it is a guess at the zone you meant. With no suggestion there is no fix.
    ///
    /// ## References
    /// - API reference: `timezone` is the cluster time zone, for example `Asia/Shanghai`, from the list of
    ///   supported time zones.
    /// - IANA time zone database.
    pub(crate) struct TimezoneNotIana {
        code: "NAM002",
        name: "timezone-not-iana",
        severity: Warning,
        fix: Mixed,
    }
}

/// The bundled database, so the result does not depend on the machine's zoneinfo files.
fn db() -> &'static TimeZoneDatabase {
    static DB: OnceLock<TimeZoneDatabase> = OnceLock::new();
    DB.get_or_init(TimeZoneDatabase::bundled)
}

impl TimezoneNotIana {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let Some(tz) = cx.request.timezone.as_deref() else { return };
        let lang = cx.lang;
        // The database lookup ignores ASCII case; the canonical spelling tells whether the case is right.
        let canonical = db().get(tz).ok().and_then(|z| z.iana_name().map(str::to_string));
        // The zone to write instead, and whether the fix is safe (only the case was wrong).
        let (message, help, zone, safe) = match canonical {
            Some(zone) if zone == tz => return,
            Some(zone) => {
                (t!(lang, "nam002-case", tz, zone = &zone), t!(lang, "nam002-case.help", zone = &zone), Some(zone), true)
            }
            None => {
                let (help, zone) = suggestion(lang, tz);
                (t!(lang, "nam002-unknown", tz), help, zone, false)
            }
        };
        let fix = |zone: String| {
            let applicability = if safe { Applicability::Safe } else { Applicability::Unsafe };
            Fix::new(applicability, t!(lang, "nam002.fix", zone = &zone)).replace(Field::Timezone.pointer(&[]), json(&zone))
        };
        let d =
            Self::META.diagnostic(message).at(Field::Timezone.pointer(&[])).label(t!(lang, "nam002.label")).help(help);
        out.push(d.fix(cx.fix(|| zone.map(fix))));
    }
}

fn json(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// What to write instead of the unknown zone `tz`.
#[cfg(test)]
fn suggest(tz: &str) -> String {
    suggestion(Lang::En, tz).0
}

/// What to write instead of the unknown zone `tz`, in `lang`, and the one zone to write when there is one.
fn suggestion(lang: Lang, tz: &str) -> (String, Option<String>) {
    let compact: String = tz.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
    // Offsets first: `GMT+8` is one edit away from the link `GMT+0`, and `Etc/GMT+8` has the opposite sign.
    if let Some(zone) = fixed_offset_zone(&compact) {
        return (t!(lang, "nam002-unknown.help-offset", zone = &zone), Some(zone));
    }
    if compact.contains("beijing") {
        return (t!(lang, "nam002-unknown.help-china"), Some("Asia/Shanghai".into()));
    }
    let names: Vec<String> = db().available().map(|n| n.to_string()).collect();
    let city = tz.rsplit('/').next().unwrap_or(tz);
    let close = crate::suggest::closest(tz, names.iter().map(String::as_str)).or_else(|| {
        // A real city in the wrong region (`Europe/Shanghai`) or without its region (`shanghai`).
        names.iter().map(String::as_str).find(|n| n.rsplit('/').next().is_some_and(|c| c.eq_ignore_ascii_case(city)))
    });
    match close {
        Some(zone) => (t!(lang, "nam002-unknown.help-close", zone), Some(zone.to_string())),
        None => (t!(lang, "nam002-unknown.help-none"), None),
    }
}

/// `Etc/GMT-8` for an offset written like `gmt+8`, `utc+08:00` or `+8`, when such a zone exists.
fn fixed_offset_zone(compact: &str) -> Option<String> {
    let rest = compact.strip_prefix("utc").or_else(|| compact.strip_prefix("gmt")).unwrap_or(compact);
    let (sign, digits) = match rest.chars().next()? {
        '+' => ('-', &rest[1..]),
        '-' => ('+', &rest[1..]),
        _ => return None,
    };
    let hours =
        digits.strip_suffix(":00").or_else(|| digits.strip_suffix("00").filter(|h| h.len() == 2)).unwrap_or(digits);
    if hours.is_empty() || hours.len() > 2 || !hours.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let hours: u8 = hours.parse().ok()?;
    let name = if hours == 0 { "Etc/GMT".to_string() } else { format!("Etc/GMT{sign}{hours}") };
    db().get(&name).ok().map(|_| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions() {
        assert_eq!(suggest("Asia/Shangai"), "did you mean `Asia/Shanghai`?");
        assert_eq!(suggest("Europe/Shanghai"), "did you mean `Asia/Shanghai`?");
        assert!(suggest("Asia/Beijing").contains("Asia/Shanghai"));
        assert!(suggest("GMT+8").contains("`Etc/GMT-8`"));
        assert_eq!(fixed_offset_zone("utc+08:00").as_deref(), Some("Etc/GMT-8"));
        assert_eq!(fixed_offset_zone("-5").as_deref(), Some("Etc/GMT+5"));
        assert_eq!(fixed_offset_zone("+99"), None);
    }
}
