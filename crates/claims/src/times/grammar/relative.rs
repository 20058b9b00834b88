//! Expressions relative to the publication day: today/yesterday, weekdays, "N units
//! ago", this/last/next week, month or year, and days of the month without a month.

use super::{absolute, Hit, Parser};
use crate::times::lexicon::{role::*, unit, Script};
use crate::times::resolve::{Rel, Sem, YearRef};

/// today, yesterday, tomorrow, the day before yesterday… ("ontem", "вчера", "أمس", "昨天").
pub(super) fn dayword(p: &Parser, i: usize) -> Option<Hit> {
    // Arabic "يوم أمس" keeps the noun in the span like "يوم السبت".
    let j = if p.has(i, DAY_NOUN) && p.has(i + 1, DAYWORD) {
        i + 1
    } else {
        i
    };
    let l = p.lx.get(j)?;
    if !l.lex.has(DAYWORD) {
        return None;
    }
    let prev = j.checked_sub(1);
    // German "Morgen" is the morning, and so is "heute morgen".
    if l.lex.has(LOWER_ONLY) && (l.cap || prev.is_some_and(|k| p.has(k, DAYWORD))) {
        return None;
    }
    // Spanish "la mañana", "esta mañana" (this morning is handled as a phrase).
    if l.lex.has(NO_DET_BEFORE) && prev.is_some_and(|k| p.has(k, ART | THIS)) {
        return None;
    }
    Some(Hit {
        end: j + 1,
        sem: Sem::DayOffset(l.lex.day_off.into()),
    })
}

/// Weekdays: "sábado", "no sábado passado", "next Saturday", "в прошлую субботу",
/// "يوم السبت", "上周六", "지난주 토요일", "Saturday, July 12", "sexta-feira (11)".
pub(super) fn weekday(p: &Parser, i: usize) -> Option<Hit> {
    let mut j = i;
    if p.has(j, DAY_NOUN) && p.lex(j + 1).weekday != 0 {
        j += 1;
    }
    let mut rel = Rel::Plain;
    let mut week = None;
    if p.lex(j).weekday == 0 {
        if let Some(off) = p.modifier(j) {
            rel = [Rel::Last, Rel::This, Rel::Next][(off + 1) as usize];
            j += 1;
        } else if let Some((unit::WEEK, off, e, _)) = p.period_at(j) {
            week = Some(off);
            j = e;
        }
    }
    let l = p.lx.get(j)?;
    let wd = l.lex.weekday;
    if wd == 0 || (j == i && p.looks_like_name(j)) {
        return None;
    }
    if l.lex.has(WD_IN_WEEK) {
        week = Some(l.lex.week_off.into());
    }
    let mut k = j + 1;
    let preceded = j > i
        || j.checked_sub(1)
            .is_some_and(|b| p.has(b, PREP | LAST | NEXT | THIS));
    if l.lex.has(CTX_PREV) && !preceded {
        return None;
    }
    if l.lex.has(CTX_NEXT) {
        let pause = k >= p.lx.len() || p.is_punct(k) || p.has(k, LAST | NEXT | PREP | CONN);
        if !pause {
            return None;
        }
    }
    if rel == Rel::Plain && week.is_none() {
        if let Some((r, e)) = p.rel_after(k) {
            rel = r;
            k = e;
        } else {
            // "sábado da semana passada", "Saturday of last week", "Saturday next week".
            let s = p.skip_conn_art(k);
            if let Some((unit::WEEK, off, e, _)) = p.period_at(s) {
                week = Some(off);
                k = e;
            }
        }
    }
    // A date written next to it fixes the day: "Saturday, July 12", "samedi 12 juillet".
    let d = if p.punct(k, ',') { k + 1 } else { k };
    for rule in [absolute::day_month, absolute::month_day, absolute::numeric] {
        if let Some(h) = rule(p, d) {
            if matches!(h.sem, Sem::Date { .. }) {
                return Some(h);
            }
        }
    }
    // Brazilian "sexta-feira (11)" and "sábado (12/7)".
    if p.punct(k, '(') {
        if let Some((day, e, _)) = p.day_at(k + 1) {
            if p.punct(e, ')') {
                let sem = Sem::DayOfMonth {
                    day,
                    rel: Rel::Plain,
                };
                return Some(Hit { end: e + 1, sem });
            }
            let month = p.num(e + 1).map_or(0, |(m, _)| m);
            if p.punct(e, '/') && (1..=12).contains(&month) && p.punct(e + 2, ')') {
                let sem = Sem::Date {
                    year: YearRef::Implicit(Rel::Plain),
                    month: month as u8,
                    day,
                    last_day: day,
                };
                return Some(Hit { end: e + 3, sem });
            }
        }
    }
    let sem = match week {
        Some(week) => Sem::WeekdayInWeek { wd, week },
        None => Sem::Weekday { wd, rel },
    };
    Some(Hit { end: k, sem })
}

/// A count and a unit: "3 hours", "dois dias", "неделю", "يومين", "三天", "하루".
fn count_unit(p: &Parser, j: usize) -> Option<(u32, u8, usize)> {
    let l = p.lex(j);
    if l.unit != 0 && l.implied != 0 {
        return Some((l.implied.into(), l.unit, j + 1));
    }
    let n = p.count(j)?;
    let mut k = j + 1;
    if p.has(k, CLASSIFIER) {
        k += 1;
    }
    let u = p.lex(k).unit;
    (u != 0).then_some((n, u, k + 1))
}

/// "3 hours ago", "há 5 dias", "2 giorni fa", "il y a trois jours", "vor zwei Wochen",
/// "7 godzin temu", "3 дня назад", "منذ يومين", "3天前", "3시간 전".
pub(super) fn ago(p: &Parser, i: usize) -> Option<Hit> {
    if p.has(i, AGO_PRE) {
        let (n, u, mut e) = count_unit(p, i + 1)?;
        // "há dois dias atrás" says it twice.
        if p.has(e, AGO_POST) {
            e += 1;
        }
        return Some(Hit {
            end: e,
            sem: Sem::Ago { n, unit: u },
        });
    }
    let (n, u, e) = count_unit(p, i)?;
    p.has(e, AGO_POST).then_some(Hit {
        end: e + 1,
        sem: Sem::Ago { n, unit: u },
    })
}

/// this/last/next week, month or year ("la semana pasada", "в прошлом месяце",
/// "minulego roku", "上个月", "지난해"), with a part after it ("去年底", "작년 말"), a day
/// of that month ("上个月13日") or a bare CJK part ("月底" = the end of this month).
pub(super) fn period(p: &Parser, i: usize) -> Option<Hit> {
    let glued_part = |k: usize| {
        let glued = p.tight(k) || p.lexicon.script == Script::Hangul;
        (p.lexicon.parts_are_suffixes && glued && p.has(k, PART_SUFFIX)).then(|| p.lex(k).part)
    };
    if p.has(i, MONTH_SUFFIX | YEAR_SUFFIX) && !p.num(i.wrapping_sub(1)).is_some_and(|_| p.tight(i))
    {
        let u = if p.has(i, MONTH_SUFFIX) {
            unit::MONTH
        } else {
            unit::YEAR
        };
        let part = glued_part(i + 1)?;
        let sem = Sem::Period {
            unit: u,
            off: 0,
            part,
        };
        return Some(Hit { end: i + 2, sem });
    }
    let (u, off, mut e, mut part) = p.period_at(i)?;
    if u == unit::MONTH {
        if let Some((day, end, true)) = p.day_at(e) {
            let sem = Sem::MonthDay {
                month_off: off,
                day,
            };
            return Some(Hit { end, sem });
        }
    }
    if matches!(u, unit::MONTH | unit::YEAR) && part == 0 {
        // "今年年底": the year word may be repeated before the part.
        let k = if p.has(e, YEAR_SUFFIX) && p.tight(e) {
            e + 1
        } else {
            e
        };
        if let Some(pt) = glued_part(k) {
            part = pt;
            e = k + 1;
        }
    }
    Some(Hit {
        end: e,
        sem: Sem::Period { unit: u, off, part },
    })
}

/// A day of the month alone: "13日", "지난 13일", "오는 20일", "no dia 13".
pub(super) fn day_of_month(p: &Parser, i: usize) -> Option<Hit> {
    if p.has(i, DAY_NOUN) {
        let (day, e, _) = p.day_at(i + 1)?;
        let sem = Sem::DayOfMonth {
            day,
            rel: Rel::Plain,
        };
        return Some(Hit { end: e, sem });
    }
    let (rel, j) = match p.modifier(i) {
        Some(-1) => (Rel::Last, i + 1),
        Some(1) => (Rel::Next, i + 1),
        _ => (Rel::Plain, i),
    };
    let (day, e, suffix) = p.day_at(j)?;
    suffix.then_some(Hit {
        end: e,
        sem: Sem::DayOfMonth { day, rel },
    })
}
