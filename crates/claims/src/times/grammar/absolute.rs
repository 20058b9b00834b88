//! Calendar dates, months, years and seasons, with or without a written year.

use super::{Hit, Parser};
use crate::times::lexicon::{role::*, unit, Script};
use crate::times::resolve::{Rel, Sem, YearRef};

/// Days in a month of a leap year: a date without a year may be 29 February.
fn max_day(month: u8) -> u8 {
    [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][usize::from(month - 1)]
}

fn valid(year: YearRef, month: u8, day: u8) -> bool {
    match year {
        YearRef::Abs(y) => chrono::NaiveDate::from_ymd_opt(y, month.into(), day.into()).is_some(),
        _ => day <= max_day(month),
    }
}

/// Numeric dates: "13.07.2025", "13/07/2025", "2025-07-13", "7/13/2025" (English),
/// "13.07.25", and "13.07." without a year.
pub(super) fn numeric(p: &Parser, i: usize) -> Option<Hit> {
    let (a, da) = p.num(i)?;
    let sep = match p.lx.get(i + 1)?.kind {
        super::Kind::Punct(c @ ('.' | '/' | '-')) if p.tight(i + 1) => c,
        _ => return None,
    };
    let (b, db) = p.num(i + 2).filter(|_| p.tight(i + 2))?;
    // Part of a longer chain or word ("v1.2.3", "192.168.1.1", "COVID-19").
    if i > 0
        && p.tight(i)
        && (p.is_word(i - 1) || (p.is_punct(i - 1) && p.num(i.wrapping_sub(2)).is_some()))
    {
        return None;
    }
    let third = (p.punct(i + 3, sep) && p.tight(i + 3) && p.tight(i + 4))
        .then(|| p.num(i + 4))
        .flatten();
    let Some((c, dc)) = third else {
        // "am 13.07." — day and month with the closing period, no year: a form of the
        // languages that write ordinals with a period (and of languages without a lexicon
        // of their own, Czech or Finnish among them); in the others "magnitude 6.1." is a
        // number closing a sentence.
        let closed = sep == '.'
            && p.punct(i + 3, '.')
            && p.tight(i + 3)
            && matches!(p.lexicon.lang, "de" | "pl" | "ru" | "uk" | "");
        let (d, m) = (a as u8, b as u8);
        let ok = closed
            && da <= 2
            && db <= 2
            && (1..=12).contains(&m)
            && d >= 1
            && d <= max_day(m.max(1));
        let next_digit = p.tight(i + 4) && p.num(i + 4).is_some();
        return (ok && !next_digit).then_some(Hit {
            end: i + 4,
            sem: Sem::Date {
                year: YearRef::Implicit(Rel::Plain),
                month: m,
                day: d,
                last_day: d,
            },
        });
    };
    let end = i + 5;
    if p.punct(end, sep) && p.tight(end) && p.tight(end + 1) && p.num(end + 1).is_some() {
        return None;
    }
    let (y, m, d) = if da == 4 && db <= 2 && dc <= 2 {
        (a as i32, b, c)
    } else if da <= 2 && db <= 2 && (dc == 4 || (dc == 2 && sep == '.')) {
        let y = if dc == 2 { 2000 + c as i32 } else { c as i32 };
        if p.lexicon.month_first && sep == '/' {
            (y, a, b)
        } else {
            (y, b, a)
        }
    } else {
        return None;
    };
    if !(1000..=2999).contains(&y) || !(1..=12).contains(&m) || d == 0 {
        return None;
    }
    let year = YearRef::Abs(y);
    valid(year, m as u8, d as u8).then_some(Hit {
        end,
        sem: Sem::Date {
            year,
            month: m as u8,
            day: d as u8,
            last_day: d as u8,
        },
    })
}

/// Day before month: "13 de julho de 2025", "13 luglio", "13. Juli 2025", "13 июля
/// 2025 года", "13th of July", "le 1er août", "13-15 de julho", "dia 13 de julho".
pub(super) fn day_month(p: &Parser, i: usize) -> Option<Hit> {
    if p.cjk() {
        return None;
    }
    let mut j = i;
    if p.has(j, DAY_NOUN) && p.num(j + 1).is_some() {
        j += 1;
    }
    // "el pasado 13 de julio", "il prossimo 20 luglio".
    let mut rel = Rel::Plain;
    if let Some(off @ (-1 | 1)) = p.modifier(j).filter(|_| p.num(j + 1).is_some()) {
        rel = if off < 0 { Rel::Last } else { Rel::Next };
        j += 1;
    }
    let (d, mut k, _) = p.day_at(j)?;
    let mut last = d;
    if p.punct(k, '-') && p.tight(k) && p.tight(k + 1) {
        if let Some((d2, k2, _)) = p.day_at(k + 1) {
            if d2 > d {
                last = d2;
                k = k2;
            }
        }
    }
    // German "13. Juli" (not "the 13th. April …").
    if k == j + 1 && p.punct(k, '.') && p.tight(k) && !p.tight(k + 1) {
        k += 1;
    }
    if p.has(k, CONN) {
        k += 1;
    }
    let (m, k, _) = p.month_at(k)?;
    if last > max_day(m) {
        return None;
    }
    let (year, k) = p
        .year_after(k)
        .or_else(|| p.rel_after(k).map(|(r, e)| (YearRef::Implicit(r), e)))
        .unwrap_or((YearRef::Implicit(rel), k));
    valid(year, m, last).then(|| Hit {
        end: p.weekday_paren(k),
        sem: Sem::Date {
            year,
            month: m,
            day: d,
            last_day: last,
        },
    })
}

/// Month before day: "July 13, 2025", "Jul. 13", "July 4th".
pub(super) fn month_day(p: &Parser, i: usize) -> Option<Hit> {
    if p.cjk() || p.lx.get(i)?.kind != super::Kind::Word {
        return None;
    }
    let (m, j, abbr) = p.month_at(i)?;
    if !p.lx.get(j)?.space_before {
        return None;
    }
    let (d, mut k, _) = p.day_at(j)?;
    let mut last = d;
    if p.punct(k, '-') && p.tight(k) && p.tight(k + 1) {
        if let Some((d2, k2, _)) = p.day_at(k + 1) {
            if d2 > d {
                last = d2;
                k = k2;
            }
        }
    }
    // "in July 13 people died": a number before a plain word is a count, but "Jan. 6
    // riot" is a date.
    let count = !abbr && p.unknown_word(k) && !p.lx[k].cap;
    if count || p.punct(k, ':') || last > max_day(m) {
        return None;
    }
    let (year, k) = p
        .year_after(k)
        .unwrap_or((YearRef::Implicit(Rel::Plain), k));
    valid(year, m, last).then_some(Hit {
        end: k,
        sem: Sem::Date {
            year,
            month: m,
            day: d,
            last_day: last,
        },
    })
}

/// Chinese, Japanese and Korean dates: "2025年7月13日", "2025년 7월 13일", "去年6月",
/// "7月13日", "6月底", "2025年7月".
pub(super) fn cjk_date(p: &Parser, i: usize) -> Option<Hit> {
    if !p.cjk() {
        return None;
    }
    let (year, j) = if let Some((y, e, true)) = p.year_at(i) {
        (YearRef::Abs(y), e)
    } else if let Some((unit::YEAR, off, e, 0)) = p.period_at(i) {
        (YearRef::Rel(off), e)
    } else {
        (YearRef::Implicit(Rel::Plain), i)
    };
    let (m, k, _) = p.month_at(j)?;
    if let Some((d, e, true)) = p.day_at(k) {
        return valid(year, m, d).then(|| Hit {
            end: p.weekday_paren(e),
            sem: Sem::Date {
                year,
                month: m,
                day: d,
                last_day: d,
            },
        });
    }
    let (part, end) = suffix_part(p, k);
    Some(Hit {
        end,
        sem: Sem::Month {
            year,
            month: m,
            part,
        },
    })
}

/// A part written after a month or year ("6月底", "6월 말", "2025年初").
pub(super) fn suffix_part(p: &Parser, k: usize) -> (u8, usize) {
    let glued = p.tight(k) || p.lexicon.script == Script::Hangul;
    if p.lexicon.parts_are_suffixes && glued && p.has(k, PART_SUFFIX) {
        (p.lex(k).part, k + 1)
    } else {
        (0, k)
    }
}

/// A month name with what fixes its year: "julho de 2025", "June 2025", "июне 2024 года",
/// "junho do ano passado", "junho passado", "last June", or nothing ("em junho").
/// `bare` says whether a month alone counts (after a preposition or a part word).
fn month_expr(p: &Parser, i: usize, bare: bool) -> Option<Hit> {
    let (pre, j) = match p.modifier(i) {
        Some(off) if p.lex(i + 1).month != 0 => {
            let rel = [Rel::Last, Rel::This, Rel::Next][(off + 1) as usize];
            (Some(rel), i + 1)
        }
        _ => (None, i),
    };
    let (m, k, abbr) = p.month_at(j)?;
    if abbr || p.lx[j].kind != super::Kind::Word {
        return None;
    }
    let (year, end) = if let Some(rel) = pre {
        (YearRef::Implicit(rel), k)
    } else if let Some((y, e)) = p.year_after(k) {
        (y, e)
    } else if let Some((r, e)) = p.rel_after(k) {
        (YearRef::Implicit(r), e)
    } else if bare && !p.looks_like_name(j) {
        (YearRef::Implicit(Rel::Plain), k)
    } else {
        return None;
    };
    Some(Hit {
        end,
        sem: Sem::Month {
            year,
            month: m,
            part: 0,
        },
    })
}

pub(super) fn month(p: &Parser, i: usize) -> Option<Hit> {
    month_expr(p, i, p.licensed(i))
}

/// Parts of months and years: "final de junho de 2025", "late June", "mid-June",
/// "Anfang Juni", "pod koniec czerwca", "в конце прошлого года", "début 2025",
/// "no final do ano", "أواخر يونيو".
pub(super) fn part(p: &Parser, i: usize) -> Option<Hit> {
    let l = p.lex(i);
    if l.part == 0 || l.has(PART_SUFFIX) {
        return None;
    }
    let mut j = i + 1;
    if p.punct(j, '-') && p.tight(j) {
        j += 1;
    }
    let j = p.skip_conn_art(j);
    if let Some(Hit {
        end,
        sem: Sem::Month { year, month, .. },
    }) = month_expr(p, j, true)
    {
        let sem = Sem::Month {
            year,
            month,
            part: l.part,
        };
        return Some(Hit { end, sem });
    }
    if let Some((y, e, _)) = p.year_at(j) {
        let sem = Sem::Year {
            year: y,
            part: l.part,
        };
        return Some(Hit { end: e, sem });
    }
    let (u, off, end) = match p.period_at(j) {
        Some((u, off, e, 0)) => (u, off, e),
        // "do ano", "of the year", "года": the current one.
        _ if p.has(j, UNIT_NOUN) => (p.lex(j).unit, 0, j + 1),
        _ => return None,
    };
    matches!(u, unit::MONTH | unit::YEAR).then_some(Hit {
        end,
        sem: Sem::Period {
            unit: u,
            off,
            part: l.part,
        },
    })
}

/// Years: "em 2024", "in 2024", "в 2024 году", "2024年", "2024년", "im Jahr 2024", "du 2024".
pub(super) fn year(p: &Parser, i: usize) -> Option<Hit> {
    if p.has(i, YEAR_NOUN) {
        let j = if p.has(i + 1, CONN) { i + 2 } else { i + 1 };
        if let Some((y, e, _)) = p.year_at(j) {
            let (part, end) = suffix_part(p, e);
            return Some(Hit {
                end,
                sem: Sem::Year { year: y, part },
            });
        }
    }
    let (y, e, suffix) = p.year_at(i)?;
    if !suffix {
        if p.cjk() || i == 0 {
            return None;
        }
        let prev = i - 1;
        let ok = if p.has(prev, PREP) {
            true
        } else if prev > 0 && p.has(prev, ART) && p.has(prev - 1, PREP) {
            // "entro il 2030"; but "para os 2000 participantes" counts people.
            !p.unknown_word(e) || y % 50 != 0
        } else if p.has(prev, CONN) {
            // "de 2000 pessoas" counts people; "as eleições de 2024 foram" names a year:
            // before a plain word, only a number that is not round is taken as a year.
            !p.unknown_word(e) || y % 50 != 0
        } else {
            false
        };
        // "mais de 2000", "up to 2000", "около 2000".
        let qualified = (prev > 0 && p.has(prev - 1, QUAL)) || p.has(prev, QUAL);
        let percent = p.punct(e, '%') && p.tight(e);
        if !ok || qualified || percent {
            return None;
        }
    }
    let (part, end) = suffix_part(p, e);
    Some(Hit {
        end,
        sem: Sem::Year { year: y, part },
    })
}

/// Seasons: "nell'estate del 2024", "summer of 2024", "летом 2024 года", "este verão",
/// "last summer", "l'estate scorsa", "прошлым летом", "去年夏天", "2024년 여름", "no verão".
pub(super) fn season(p: &Parser, i: usize) -> Option<Hit> {
    let sem = |season: u8, year: YearRef| Sem::Season { season, year };
    if let Some(off) = p.modifier(i) {
        let mut j = i + 1;
        if p.punct(j, '\'') && p.tight(j) {
            j += 1;
        }
        let s = p.lex(j).season;
        if s != 0 {
            let rel = [Rel::Last, Rel::This, Rel::Next][(off + 1) as usize];
            return Some(Hit {
                end: j + 1,
                sem: sem(s, YearRef::Implicit(rel)),
            });
        }
    }
    if p.cjk() {
        let (year, j) = if let Some((y, e, true)) = p.year_at(i) {
            (YearRef::Abs(y), e)
        } else if let Some((unit::YEAR, off, e, 0)) = p.period_at(i) {
            (YearRef::Rel(off), e)
        } else {
            (YearRef::Implicit(Rel::Plain), i)
        };
        // "今年の夏", "2024年の冬".
        let j = if j > i && p.has(j, CONN) { j + 1 } else { j };
        let s = p.lex(j).season;
        if s != 0 && j > i {
            return Some(Hit {
                end: j + 1,
                sem: sem(s, year),
            });
        }
    }
    let l = p.lex(i);
    // Seasons that are also common words (Polish "lata" = years, English "fall") need a
    // modifier before them (handled above) or an article ("the fall of 2024").
    let after_article = i > 0 && p.has(i - 1, ART);
    if l.season == 0 || (l.has(CTX_PREV) && !after_article) {
        return None;
    }
    let j = i + 1;
    if let Some((r, e)) = p.rel_after(j) {
        return Some(Hit {
            end: e,
            sem: sem(l.season, YearRef::Implicit(r)),
        });
    }
    if let Some((year, e)) = p.year_after(j) {
        return Some(Hit {
            end: e,
            sem: sem(l.season, year),
        });
    }
    let alone = l.has(ADVERB) || p.licensed(i);
    let name = p.lx[i].cap && !p.lx[i].sent_start && p.lexicon.lang != "de";
    (alone && !name && !p.cjk()).then_some(Hit {
        end: j,
        sem: sem(l.season, YearRef::Implicit(Rel::Plain)),
    })
}
