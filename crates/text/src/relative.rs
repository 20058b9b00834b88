//! Relative times such as "7 godzin temu", "há 5 horas", "3 hours ago", "3시간 전", in many
//! languages, as aggregators print them next to a site name.
//!
//! Written by hand because no maintained crate parses relative times beyond English
//! (the `dateparser` and `chrono-english` crates are English-only).

use chrono::{DateTime, Duration, FixedOffset};
use regex::Regex;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

impl Unit {
    /// Length of the unit; months and years are approximated (30 and 365 days), which is
    /// precise enough for "published N months ago".
    pub fn duration(self, n: i64) -> Duration {
        match self {
            Unit::Second => Duration::seconds(n),
            Unit::Minute => Duration::minutes(n),
            Unit::Hour => Duration::hours(n),
            Unit::Day => Duration::days(n),
            Unit::Week => Duration::weeks(n),
            Unit::Month => Duration::days(30 * n),
            Unit::Year => Duration::days(365 * n),
        }
    }
}

/// A relative time found in a text: byte span, count and unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelativeTime {
    pub start: usize,
    pub end: usize,
    pub count: i64,
    pub unit: Unit,
    pub lang: &'static str,
}

impl RelativeTime {
    pub fn resolve(&self, now: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
        now - self.unit.duration(self.count)
    }
}

use Unit::*;

/// (language, text before the number, text after the unit, unit words). The two affixes are
/// regex fragments (`r"\s+ago"`, `r"há\s+"`); other stages read the unit words and, with the
/// whitespace classes removed, the affixes as plain words.
pub type LangPattern = (
    &'static str,
    &'static str,
    &'static str,
    &'static [(&'static str, Unit)],
);

/// "N units ago" in each language.
#[rustfmt::skip]
pub const PATTERNS: &[LangPattern] = &[
    ("en", "", r"\s+ago", &[("seconds", Second), ("second", Second), ("secs", Second), ("sec", Second),
        ("minutes", Minute), ("minute", Minute), ("mins", Minute), ("min", Minute), ("hours", Hour),
        ("hour", Hour), ("hrs", Hour), ("hr", Hour), ("h", Hour), ("days", Day), ("day", Day),
        ("weeks", Week), ("week", Week), ("months", Month), ("month", Month), ("years", Year), ("year", Year)]),
    ("pt", r"há\s+", "", &[("segundos", Second), ("segundo", Second), ("minutos", Minute), ("minuto", Minute),
        ("min", Minute), ("horas", Hour), ("hora", Hour), ("h", Hour), ("dias", Day), ("dia", Day),
        ("semanas", Week), ("semana", Week), ("meses", Month), ("mês", Month), ("anos", Year), ("ano", Year)]),
    ("pt", "", r"\s+atrás", &[("segundos", Second), ("minutos", Minute), ("horas", Hour), ("hora", Hour),
        ("dias", Day), ("dia", Day), ("semanas", Week), ("meses", Month), ("anos", Year)]),
    ("es", r"hace\s+", "", &[("segundos", Second), ("segundo", Second), ("minutos", Minute), ("minuto", Minute),
        ("min", Minute), ("horas", Hour), ("hora", Hour), ("h", Hour), ("días", Day), ("día", Day),
        ("semanas", Week), ("semana", Week), ("meses", Month), ("mes", Month), ("años", Year), ("año", Year)]),
    ("it", "", r"\s+fa", &[("secondi", Second), ("secondo", Second), ("minuti", Minute), ("minuto", Minute),
        ("ore", Hour), ("ora", Hour), ("giorni", Day), ("giorno", Day), ("settimane", Week), ("settimana", Week),
        ("mesi", Month), ("mese", Month), ("anni", Year), ("anno", Year)]),
    ("fr", r"il\s+y\s+a\s+", "", &[("secondes", Second), ("seconde", Second), ("minutes", Minute),
        ("minute", Minute), ("min", Minute), ("heures", Hour), ("heure", Hour), ("h", Hour), ("jours", Day),
        ("jour", Day), ("semaines", Week), ("semaine", Week), ("mois", Month), ("ans", Year), ("an", Year)]),
    ("de", r"vor\s+", "", &[("Sekunden", Second), ("Sekunde", Second), ("Minuten", Minute), ("Minute", Minute),
        ("Min.", Minute), ("Stunden", Hour), ("Stunde", Hour), ("Std.", Hour), ("Tagen", Day), ("Tag", Day),
        ("Wochen", Week), ("Woche", Week), ("Monaten", Month), ("Monat", Month), ("Jahren", Year), ("Jahr", Year)]),
    ("nl", "", r"\s+geleden", &[("seconden", Second), ("minuten", Minute), ("minuut", Minute), ("uur", Hour),
        ("dagen", Day), ("dag", Day), ("weken", Week), ("week", Week), ("maanden", Month), ("maand", Month),
        ("jaar", Year)]),
    ("pl", "", r"\s+temu", &[("sekundy", Second), ("sekund", Second), ("sekundę", Second), ("minuty", Minute),
        ("minut", Minute), ("minutę", Minute), ("min.", Minute), ("godziny", Hour), ("godzin", Hour),
        ("godzinę", Hour), ("godz.", Hour), ("dni", Day), ("dzień", Day), ("tygodnie", Week), ("tygodni", Week),
        ("tydzień", Week), ("miesiące", Month), ("miesięcy", Month), ("miesiąc", Month), ("lata", Year),
        ("lat", Year), ("rok", Year)]),
    ("ru", "", r"\s+назад", &[("секунды", Second), ("секунду", Second), ("секунд", Second), ("минуты", Minute),
        ("минуту", Minute), ("минут", Minute), ("мин.", Minute), ("часов", Hour), ("часа", Hour), ("час", Hour),
        ("дней", Day), ("дня", Day), ("день", Day), ("недели", Week), ("неделю", Week), ("недель", Week),
        ("месяцев", Month), ("месяца", Month), ("месяц", Month), ("года", Year), ("год", Year), ("лет", Year)]),
    ("uk", "", r"\s+тому", &[("секунди", Second), ("секунду", Second), ("секунд", Second), ("хвилини", Minute),
        ("хвилину", Minute), ("хвилин", Minute), ("годин", Hour), ("години", Hour), ("годину", Hour),
        ("днів", Day), ("дні", Day), ("день", Day), ("тижнів", Week), ("тижні", Week), ("тиждень", Week),
        ("місяців", Month), ("місяці", Month), ("місяць", Month), ("років", Year), ("роки", Year), ("рік", Year)]),
    ("tr", "", r"\s+önce", &[("saniye", Second), ("dakika", Minute), ("saat", Hour), ("gün", Day),
        ("hafta", Week), ("ay", Month), ("yıl", Year)]),
    ("ar", r"منذ\s+", "", &[("ثوان", Second), ("ثانية", Second), ("دقائق", Minute), ("دقيقة", Minute),
        ("ساعات", Hour), ("ساعة", Hour), ("أيام", Day), ("يوم", Day), ("أسابيع", Week), ("أسبوع", Week),
        ("أشهر", Month), ("شهر", Month), ("سنوات", Year), ("سنة", Year)]),
    ("zh", "", "前", &[("秒钟", Second), ("秒", Second), ("分钟", Minute), ("分鐘", Minute), ("小时", Hour),
        ("小時", Hour), ("天", Day), ("周", Week), ("週", Week), ("个月", Month), ("個月", Month), ("年", Year)]),
    ("ja", "", "前", &[("秒", Second), ("分", Minute), ("時間", Hour), ("日", Day), ("週間", Week),
        ("か月", Month), ("ヶ月", Month), ("年", Year)]),
    ("ko", "", r"\s*전", &[("초", Second), ("분", Minute), ("시간", Hour), ("일", Day), ("주", Week),
        ("개월", Month), ("달", Month), ("년", Year)]),
];

struct Compiled {
    lang: &'static str,
    re: Regex,
    units: &'static [(&'static str, Unit)],
}

static COMPILED: LazyLock<Vec<Compiled>> = LazyLock::new(|| {
    PATTERNS
        .iter()
        .map(|&(lang, before, after, units)| {
            let mut words: Vec<&str> = units.iter().map(|u| u.0).collect();
            words.sort_by_key(|w| std::cmp::Reverse(w.len()));
            let alternation = words.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join("|");
            // `\b` is ASCII-unaware of CJK boundaries, so it is only used around Latin/Cyrillic words.
            let pat = format!(r"(?i)(?:^|[^\w]){before}(\d{{1,4}}|[٠-٩]{{1,4}})\s*({alternation})(?:{after})(?:$|[^\w])");
            Compiled { lang, re: Regex::new(&pat).expect("relative-time pattern compiles"), units }
        })
        .collect()
});

/// Finds the first relative time ("N units ago" in one of the supported languages) in `text`.
pub fn find(text: &str) -> Option<RelativeTime> {
    let mut best: Option<RelativeTime> = None;
    for c in COMPILED.iter() {
        let Some(caps) = c.re.captures(text) else {
            continue;
        };
        let whole = caps.get(0)?;
        let count = parse_digits(caps.get(1)?.as_str())?;
        let unit_text = caps.get(2)?.as_str().to_lowercase();
        let unit = c
            .units
            .iter()
            .find(|(w, _)| w.to_lowercase() == unit_text)?
            .1;
        // Trim the boundary characters the pattern consumed.
        let m = whole.as_str();
        let lead = m.len() - m.trim_start_matches(|ch: char| !ch.is_alphanumeric()).len();
        let trail = m.len()
            - m.trim_end_matches(|ch: char| !ch.is_alphanumeric() && ch != '.')
                .len();
        let found = RelativeTime {
            start: whole.start() + lead,
            end: whole.end() - trail,
            count,
            unit,
            lang: c.lang,
        };
        if best.as_ref().is_none_or(|b| found.start < b.start) {
            best = Some(found);
        }
    }
    best
}

fn parse_digits(s: &str) -> Option<i64> {
    let ascii: String = s
        .chars()
        .map(|c| match c {
            '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            c => c,
        })
        .collect();
    ascii.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit_of(s: &str) -> Option<(i64, Unit, &'static str)> {
        find(s).map(|r| (r.count, r.unit, r.lang))
    }

    #[test]
    fn finds_relative_times_in_many_languages() {
        assert_eq!(unit_of("upday.com 7 godzin temu"), Some((7, Hour, "pl")));
        assert_eq!(
            unit_of("newsbeat.example 3 hours ago"),
            Some((3, Hour, "en"))
        );
        assert_eq!(
            unit_of("agregador.com.br há 5 horas"),
            Some((5, Hour, "pt"))
        );
        assert_eq!(
            unit_of("nachrichten-jetzt.de vor 2 Stunden"),
            Some((2, Hour, "de"))
        );
        assert_eq!(unit_of("il y a 45 minutes"), Some((45, Minute, "fr")));
        assert_eq!(unit_of("hace 2 días"), Some((2, Day, "es")));
        assert_eq!(unit_of("3 ore fa"), Some((3, Hour, "it")));
        assert_eq!(unit_of("5 часов назад"), Some((5, Hour, "ru")));
        assert_eq!(unit_of("2 години тому"), Some((2, Hour, "uk")));
        assert_eq!(unit_of("5小时前"), Some((5, Hour, "zh")));
        assert_eq!(unit_of("3시간 전"), Some((3, Hour, "ko")));
        assert_eq!(unit_of("منذ ٣ ساعات"), Some((3, Hour, "ar")));
    }

    #[test]
    fn ignores_ordinary_sentences() {
        assert_eq!(find("Il patto firmato lo scorso anno"), None);
        assert_eq!(find("He spent 7 hours in talks"), None);
    }

    #[test]
    fn resolves_against_a_reference_time() {
        let now = DateTime::parse_from_rfc3339("2025-07-13T12:00:00+02:00").unwrap();
        let r = find("upday.com 7 godzin temu").unwrap();
        assert_eq!(r.resolve(now).to_rfc3339(), "2025-07-13T05:00:00+02:00");
        assert_eq!(&"upday.com 7 godzin temu"[r.start..r.end], "7 godzin temu");
    }
}
