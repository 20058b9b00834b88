//! Tests with news sentences. Unless a test says otherwise the article was published on
//! Wednesday 16 July 2025 at 10:30 (UTC+2): its ISO week runs from Monday 14 to Sunday 20
//! July, the last one from 7 to 13 July.

mod east;
mod germanic;
mod romance;
mod slavic;

use super::find_times;
use chrono::DateTime;
pub(super) use concord_model::Granularity::{self, *};

pub(super) const PUB: &str = "2025-07-16T10:30:00+02:00";

/// An expected expression: its text, interval start and end ("2025-07-12" is local
/// midnight in the reference's offset, a full RFC 3339 time is taken as is, "" is none).
pub(super) type Want<'a> = (&'a str, &'a str, &'a str, Granularity);

pub(super) fn check(lang: &str, text: &str, want: &[Want]) {
    check_at(lang, Some(PUB), text, want);
}

pub(super) fn check_at(lang: &str, reference: Option<&str>, text: &str, want: &[Want]) {
    let reference = reference.map(|r| DateTime::parse_from_rfc3339(r).expect("reference"));
    let offset = reference.map_or("+00:00".to_string(), |r| r.offset().to_string());
    let expand = |s: &str| match s {
        "" => String::new(),
        s if s.contains('T') => s.to_string(),
        s => format!("{s}T00:00:00{offset}"),
    };
    let shown =
        |d: Option<DateTime<chrono::FixedOffset>>| d.map_or(String::new(), |d| d.to_rfc3339());
    let got: Vec<_> = find_times(text, lang, reference)
        .into_iter()
        .map(|t| {
            let span = text[t.start..t.end].to_string();
            (
                span,
                shown(t.resolved_start),
                shown(t.resolved_end),
                t.granularity,
            )
        })
        .collect();
    let want: Vec<_> = want
        .iter()
        .map(|&(s, a, b, g)| (s.to_string(), expand(a), expand(b), g))
        .collect();
    assert_eq!(got, want, "[{lang}] {text}");
}

#[test]
fn without_a_publication_time_relative_times_are_found_but_unresolved() {
    check_at(
        "pt",
        None,
        "Ontem, a comissão lembrou o acordo de 13 de julho de 2025, o verão de 2024 e o que \
         foi dito em junho e há 3 horas.",
        &[
            ("Ontem", "", "", Day),
            ("13 de julho de 2025", "2025-07-13", "2025-07-14", Day),
            ("verão de 2024", "2024-06-01", "2024-09-01", Season),
            ("junho", "", "", Month),
            ("há 3 horas", "", "", Hour),
        ],
    );
    check_at(
        "ru",
        None,
        "В 2024 году и на прошлой неделе.",
        &[
            ("2024 году", "2024-01-01", "2025-01-01", Year),
            ("прошлой неделе", "", "", Week),
        ],
    );
}

#[test]
fn hours_are_floored_in_the_publication_offset() {
    check_at(
        "en",
        Some("2025-07-16T01:15:00-03:00"),
        "Three hours ago the strike began; 45 minutes ago it ended.",
        &[
            (
                "Three hours ago",
                "2025-07-15T22:00:00-03:00",
                "2025-07-15T23:00:00-03:00",
                Hour,
            ),
            (
                "45 minutes ago",
                "2025-07-16T00:00:00-03:00",
                "2025-07-16T01:00:00-03:00",
                Hour,
            ),
        ],
    );
}

#[test]
fn days_follow_the_local_date_of_publication() {
    // 00:30 in Seoul is still the 15th in UTC; "yesterday" is the 15th local time.
    check_at(
        "en",
        Some("2025-07-16T00:30:00+09:00"),
        "The vote took place yesterday.",
        &[("yesterday", "2025-07-15", "2025-07-16", Day)],
    );
}

#[test]
fn nearest_occurrence_ties_go_to_the_past() {
    // Published 16 June: the 1st of June is 15 days back, the 1st of July 15 days ahead.
    check_at(
        "zh",
        Some("2025-06-16T12:00:00+08:00"),
        "该协议于1日生效。",
        &[("1日", "2025-06-01", "2025-06-02", Day)],
    );
    // January 2025 ended 166 days before, January 2026 starts 169 days after.
    check(
        "pt",
        "Em janeiro, o preço subiu.",
        &[("janeiro", "2025-01-01", "2025-02-01", Month)],
    );
    check(
        "en",
        "It will open in December.",
        &[("December", "2025-12-01", "2026-01-01", Month)],
    );
}

#[test]
fn winters_span_the_new_year() {
    let jan = Some("2025-01-20T09:00:00+00:00");
    check_at(
        "en",
        jan,
        "This winter is milder than last winter, and next winter may be colder still.",
        &[
            ("This winter", "2024-12-01", "2025-03-01", Season),
            ("last winter", "2023-12-01", "2024-03-01", Season),
            ("next winter", "2025-12-01", "2026-03-01", Season),
        ],
    );
    check(
        "it",
        "Nell'inverno del 2024 la neve è mancata.",
        &[("inverno del 2024", "2024-12-01", "2025-03-01", Season)],
    );
}

#[test]
fn unknown_languages_get_numeric_dates_only() {
    check(
        "sw",
        "Mkutano wa 13.07.2025 na 2025-07-14 ulifanyika jana.",
        &[
            ("13.07.2025", "2025-07-13", "2025-07-14", Day),
            ("2025-07-14", "2025-07-14", "2025-07-15", Day),
        ],
    );
}

#[test]
fn impossible_dates_are_not_days() {
    check(
        "pt",
        "O prazo de 31 de junho de 2025 não existe.",
        &[("junho de 2025", "2025-06-01", "2025-07-01", Month)],
    );
    check("de", "Version 1.2.3 und 192.168.1.1 sind keine Daten.", &[]);
}

#[test]
fn day_and_month_without_a_year_only_where_ordinals_take_a_period() {
    // A number closing an English sentence is no date.
    check(
        "en",
        "The agency measured it at magnitude 6.1. The survey put it at 5.9.",
        &[],
    );
    check(
        "de",
        "Die Gespräche begannen am 13.07. in Genf.",
        &[("13.07.", "2025-07-13", "2025-07-14", Day)],
    );
}

#[test]
fn region_subtags_are_ignored() {
    check(
        "pt-BR",
        "Ontem.",
        &[("Ontem", "2025-07-15", "2025-07-16", Day)],
    );
    check(
        "zh-Hans",
        "昨天。",
        &[("昨天", "2025-07-15", "2025-07-16", Day)],
    );
}

#[test]
fn parts_of_months_in_every_language() {
    let early = ("2025-06-01", "2025-06-11");
    let mid = ("2025-06-11", "2025-06-21");
    for (lang, text, span, (start, end)) in [
        (
            "pt",
            "No início de junho, choveu.",
            "início de junho",
            early,
        ),
        (
            "es",
            "A principios de junio llovió.",
            "principios de junio",
            early,
        ),
        (
            "it",
            "All'inizio di giugno ha piovuto.",
            "inizio di giugno",
            early,
        ),
        ("fr", "Début juin, il a plu.", "Début juin", early),
        ("de", "Mitte Juni regnete es.", "Mitte Juni", mid),
        ("en", "It rained in mid-June.", "mid-June", mid),
        ("pl", "W połowie czerwca padało.", "połowie czerwca", mid),
        ("ru", "В середине июня шли дожди.", "середине июня", mid),
        (
            "uk",
            "На початку червня йшли дощі.",
            "початку червня",
            early,
        ),
        ("ar", "في منتصف يونيو هطلت الأمطار.", "منتصف يونيو", mid),
        ("zh", "6月初下了雨。", "6月初", early),
        ("zh", "6月中旬下了雨。", "6月中旬", mid),
        ("ko", "6월 초에 비가 왔다.", "6월 초", early),
        ("ko", "6월 중순 비가 왔다.", "6월 중순", mid),
        ("ja", "6月上旬に雨が降った。", "6月上旬", early),
        ("nl", "Half juni regende het.", "Half juni", mid),
    ] {
        check(lang, text, &[(span, start, end, Month)]);
    }
}

#[test]
fn day_words_in_every_language() {
    for (lang, text, day) in [
        ("en", "tomorrow", "2025-07-17"),
        ("pt", "depois de amanhã", "2025-07-18"),
        ("es", "anteayer", "2025-07-14"),
        ("it", "dopodomani", "2025-07-18"),
        ("fr", "demain", "2025-07-17"),
        ("de", "vorgestern", "2025-07-14"),
        ("pl", "jutro", "2025-07-17"),
        ("ru", "послезавтра", "2025-07-18"),
        ("uk", "завтра", "2025-07-17"),
        ("ar", "أول أمس", "2025-07-14"),
        ("zh", "前天", "2025-07-14"),
        ("zh", "明天", "2025-07-17"),
        ("ko", "그저께", "2025-07-14"),
        ("ko", "내일", "2025-07-17"),
        ("ja", "一昨日", "2025-07-14"),
    ] {
        let next =
            chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap() + chrono::Days::new(1);
        check(lang, text, &[(text, day, &next.to_string(), Day)]);
    }
}

#[test]
fn a_leap_day_without_year_is_the_nearest_29_february() {
    check(
        "pt",
        "Desde 29 de fevereiro, o prazo corre.",
        &[("29 de fevereiro", "2024-02-29", "2024-03-01", Day)],
    );
}
