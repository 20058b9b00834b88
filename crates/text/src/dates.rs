//! Absolute dates as metadata and feeds write them: RFC 3339, RFC 2822, ISO-like forms without
//! a zone, and written-out dates with month names in many languages ("13 de julho de 2025",
//! "13. Juli 2025", "13 июля 2025", "2025年7月13日", "Dom, 13 Jul 2025 09:15:00 +0200").
//!
//! Written by hand because the date crates (`dateparser`, `chrono-english`) are English-only and
//! feed-rs drops non-English RFC 822 dates. Times without a zone are taken as UTC.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Parses a date or date-time; `None` when it is not recognisably one.
pub fn parse_datetime(s: &str) -> Option<DateTime<FixedOffset>> {
    let s = s.trim();
    if s.is_empty() || s.len() > 120 {
        return None;
    }
    if let Ok(d) = DateTime::parse_from_rfc3339(s) {
        return Some(d);
    }
    if let Ok(d) = DateTime::parse_from_rfc2822(s) {
        return Some(d);
    }
    for f in [
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M%z",
        "%Y-%m-%d %H:%M:%S%.f%z",
        "%Y-%m-%d %H:%M:%S %z",
    ] {
        if let Ok(d) = DateTime::parse_from_str(s, f) {
            return Some(d);
        }
    }
    for f in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(d) = NaiveDateTime::parse_from_str(s, f) {
            return Some(utc(d));
        }
    }
    let s_no_z = s.trim_end_matches('Z');
    for f in ["%Y-%m-%d", "%Y/%m/%d", "%d.%m.%Y", "%Y%m%d"] {
        if let Ok(d) = NaiveDate::parse_from_str(s_no_z, f) {
            return Some(utc(d.and_time(NaiveTime::MIN)));
        }
    }
    parse_written(s)
}

fn utc(d: NaiveDateTime) -> DateTime<FixedOffset> {
    Utc.from_utc_datetime(&d).fixed_offset()
}

/// How a row of month names may be used: `Full` names (nominative or genitive) stand alone
/// ("julho", "lipca"); `Short` rows hold abbreviations ("jul", "okt") and a few spelling
/// variants ("setiembre", "jänner"), which a reader should trust only next to a day number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthForm {
    Full,
    Short,
}

/// One row of month names of a language, January first; an empty string is a gap.
#[derive(Debug, Clone, Copy)]
pub struct MonthRow {
    pub lang: &'static str,
    pub form: MonthForm,
    pub names: [&'static str; 12],
}

const fn row(lang: &'static str, form: MonthForm, names: [&'static str; 12]) -> MonthRow {
    MonthRow { lang, form, names }
}

use MonthForm::{Full, Short};

/// Month names (full, genitive and abbreviated, lowercase, accents kept) per language, tagged
/// with their language so that other stages (time expressions in `concord-claims`) can use
/// the rows of one language only.
#[rustfmt::skip]
pub const MONTHS: &[MonthRow] = &[
    // en
    row("en", Full, ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]),
    row("en", Short, ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]),
    row("en", Short, ["", "", "", "", "", "", "", "", "sept", "", "", ""]),
    // pt
    row("pt", Full, ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]),
    row("pt", Short, ["", "fev", "", "abr", "mai", "", "", "ago", "set", "out", "", "dez"]),
    // es
    row("es", Full, ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]),
    row("es", Short, ["ene", "", "", "", "", "", "", "", "setiembre", "", "", "dic"]),
    // it
    row("it", Full, ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]),
    row("it", Short, ["gen", "", "", "", "mag", "giu", "lug", "", "", "ott", "", ""]),
    // fr
    row("fr", Full, ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]),
    row("fr", Short, ["janv", "févr", "", "avr", "", "", "juil", "", "", "", "", "déc"]),
    // de
    row("de", Full, ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"]),
    row("de", Short, ["jänner", "", "mär", "", "", "", "", "", "", "okt", "", "dez"]),
    // nl
    row("nl", Full, ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]),
    row("nl", Short, ["", "", "mrt", "", "", "", "", "", "", "", "", ""]),
    // pl (nominative, genitive)
    row("pl", Full, ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"]),
    row("pl", Full, ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]),
    // ru (nominative, genitive)
    row("ru", Full, ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"]),
    row("ru", Full, ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]),
    // uk (nominative, genitive)
    row("uk", Full, ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"]),
    row("uk", Full, ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"]),
    // tr
    row("tr", Full, ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"]),
    // ar (Levant/Iraq and Egypt/Maghreb names)
    row("ar", Full, ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]),
    row("ar", Full, ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]),
];

/// Whether a lower-case word is a month name in one of the languages above ("august",
/// "mai", "marzo"): such a word is a date, not the town some gazetteer also calls so.
pub fn is_month_name(lowercase: &str) -> bool {
    MONTH_INDEX.contains_key(lowercase)
}

static MONTH_INDEX: LazyLock<HashMap<&'static str, u32>> = LazyLock::new(|| {
    let mut m = HashMap::new();
    for row in MONTHS {
        for (i, name) in row.names.iter().enumerate() {
            if !name.is_empty() {
                m.entry(*name).or_insert(i as u32 + 1);
            }
        }
    }
    m
});

static CJK_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?(?:\D{0,6}?(\d{1,2})[:時시]\s*(\d{2})?)?").unwrap()
});
static TIME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|\D)(\d{1,2})[:h.](\d{2})(?::(\d{2}))?(?:$|\D)").unwrap());
static OFFSET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|\s)([+-])(\d{2}):?(\d{2})(?:$|\D)").unwrap());
static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[\p{L}]+\.?|\d+").unwrap());

/// Dates written with a month name or in CJK form, with an optional time and UTC offset.
fn parse_written(s: &str) -> Option<DateTime<FixedOffset>> {
    if let Some(c) = CJK_DATE.captures(s) {
        let date =
            NaiveDate::from_ymd_opt(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?)?;
        let h: u32 = c.get(4).and_then(|m| m.as_str().parse().ok()).unwrap_or(0);
        let mi: u32 = c.get(5).and_then(|m| m.as_str().parse().ok()).unwrap_or(0);
        return Some(utc(date.and_hms_opt(h, mi, 0)?));
    }
    let lower = s.to_lowercase();
    let (mut day, mut month, mut year) = (None, None, None);
    // Two-word Arabic month names first ("تشرين الأول").
    for (name, &i) in MONTH_INDEX.iter().filter(|(n, _)| n.contains(' ')) {
        if lower.contains(name) {
            month = Some(i);
        }
    }
    let time_span = TIME.find(&lower).map(|m| m.range());
    for m in WORD.find_iter(&lower) {
        if time_span.as_ref().is_some_and(|r| r.contains(&m.start())) {
            continue;
        }
        let w = m.as_str().trim_end_matches('.');
        if let Ok(n) = w.parse::<u32>() {
            if w.len() == 4 && (1900..2200).contains(&n) && year.is_none() {
                year = Some(n as i32);
            } else if (1..=31).contains(&n) && w.len() <= 2 && day.is_none() {
                day = Some(n);
            }
        } else if month.is_none() {
            month = MONTH_INDEX.get(w).copied();
        }
    }
    let date = NaiveDate::from_ymd_opt(year?, month?, day?)?;
    let time = TIME
        .captures(&lower)
        .and_then(|c| {
            let sec = c.get(3).map_or(Some(0), |m| m.as_str().parse().ok())?;
            NaiveTime::from_hms_opt(c[1].parse().ok()?, c[2].parse().ok()?, sec)
        })
        .unwrap_or(NaiveTime::MIN);
    let offset = OFFSET
        .captures(s)
        .and_then(|c| {
            let secs = c[2].parse::<i32>().ok()? * 3600 + c[3].parse::<i32>().ok()? * 60;
            FixedOffset::east_opt(if &c[1] == "-" { -secs } else { secs })
        })
        .unwrap_or(FixedOffset::east_opt(0)?);
    offset.from_local_datetime(&date.and_time(time)).single()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(s: &str) -> Option<String> {
        parse_datetime(s).map(|d| d.to_rfc3339())
    }

    #[test]
    fn parses_machine_formats() {
        assert_eq!(
            iso("2025-07-13T09:15:00+02:00").unwrap(),
            "2025-07-13T09:15:00+02:00"
        );
        assert_eq!(
            iso("Sun, 13 Jul 2025 09:15:00 +0200").unwrap(),
            "2025-07-13T09:15:00+02:00"
        );
        assert_eq!(
            iso("2025-07-13 09:15:00").unwrap(),
            "2025-07-13T09:15:00+00:00"
        );
        assert_eq!(iso("2025-07-13").unwrap(), "2025-07-13T00:00:00+00:00");
        assert_eq!(
            iso("2025-07-13T09:15:00.123Z").unwrap(),
            "2025-07-13T09:15:00.123+00:00"
        );
    }

    #[test]
    fn parses_written_dates_in_many_languages() {
        assert_eq!(
            iso("13 de julho de 2025").unwrap(),
            "2025-07-13T00:00:00+00:00"
        );
        assert_eq!(
            iso("13 luglio 2025, 10:30").unwrap(),
            "2025-07-13T10:30:00+00:00"
        );
        assert_eq!(iso("13. Juli 2025").unwrap(), "2025-07-13T00:00:00+00:00");
        assert_eq!(iso("July 13, 2025").unwrap(), "2025-07-13T00:00:00+00:00");
        assert_eq!(iso("13 июля 2025 г.").unwrap(), "2025-07-13T00:00:00+00:00");
        assert_eq!(iso("13 lipca 2025").unwrap(), "2025-07-13T00:00:00+00:00");
        assert_eq!(
            iso("2025年7月13日 09:15").unwrap(),
            "2025-07-13T09:15:00+00:00"
        );
        assert_eq!(iso("2025년 7월 13일").unwrap(), "2025-07-13T00:00:00+00:00");
        assert_eq!(
            iso("Dom, 13 Jul 2025 09:15:00 +0200").unwrap(),
            "2025-07-13T09:15:00+02:00"
        );
        assert_eq!(iso("13 يوليو 2025").unwrap(), "2025-07-13T00:00:00+00:00");
    }

    #[test]
    fn rejects_non_dates() {
        assert_eq!(iso("yesterday evening"), None);
        assert_eq!(iso("7 hours"), None);
        assert_eq!(iso(""), None);
    }
}
