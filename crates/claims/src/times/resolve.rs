//! What a time expression means (`Sem`) and the calendar arithmetic that turns it into an
//! interval around the publication time. Intervals run from local midnight (or the hour)
//! in the publication's UTC offset; weeks are ISO weeks (Monday to Sunday); seasons are
//! meteorological and northern (winter 2024 = December 2024 to February 2025).

use super::lexicon::unit;
use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate, TimeZone, Timelike};
use concord_model::Granularity;

/// A modifier of a weekday, a day of the month or a season.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Rel {
    /// No modifier: weekdays the latest on or before publication, the rest the nearest.
    Plain,
    /// "last", "passado", "прошлый": strictly before publication (seasons: completed).
    Last,
    /// "next", "próximo", "следующий": strictly after publication.
    Next,
    /// "this", "este", "этот": the nearest weekday; the season of the publication year.
    This,
}

/// Which year a month, date or season belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum YearRef {
    Abs(i32),
    /// Publication year plus this ("do ano passado", "去年", "прошлого года").
    Rel(i32),
    /// No year written: per `Rel`.
    Implicit(Rel),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Sem {
    /// today (0), yesterday (-1), …
    DayOffset(i32),
    Weekday {
        wd: u8,
        rel: Rel,
    },
    /// A weekday of the ISO week `week` weeks from the publication's ("上周六").
    WeekdayInWeek {
        wd: u8,
        week: i32,
    },
    /// `n` units (see `lexicon::unit`) ago.
    Ago {
        n: u32,
        unit: u8,
    },
    /// this/last/next week, month or year; `part` 1-3 = early/mid/late (months, years).
    Period {
        unit: u8,
        off: i32,
        part: u8,
    },
    /// A day (or days `day..=last_day`) of a month.
    Date {
        year: YearRef,
        month: u8,
        day: u8,
        last_day: u8,
    },
    /// A day of a month relative to the publication's ("上个月13日", "지난달 13일").
    MonthDay {
        month_off: i32,
        day: u8,
    },
    /// A day of the month with no month ("13日", "지난 13일", "dia 13").
    DayOfMonth {
        day: u8,
        rel: Rel,
    },
    Month {
        year: YearRef,
        month: u8,
        part: u8,
    },
    Year {
        year: i32,
        part: u8,
    },
    Season {
        season: u8,
        year: YearRef,
    },
}

type Interval = (DateTime<FixedOffset>, DateTime<FixedOffset>);

impl Sem {
    /// The ISO weekday a weekday expression names.
    pub fn weekday(&self) -> Option<u8> {
        match *self {
            Sem::Weekday { wd, .. } | Sem::WeekdayInWeek { wd, .. } => Some(wd),
            _ => None,
        }
    }

    pub fn granularity(&self) -> Granularity {
        match self {
            Sem::Ago { unit: u, .. } | Sem::Period { unit: u, .. } => match *u {
                unit::WEEK => Granularity::Week,
                unit::MONTH => Granularity::Month,
                unit::YEAR => Granularity::Year,
                unit::DAY => Granularity::Day,
                _ => Granularity::Hour,
            },
            Sem::Month { .. } => Granularity::Month,
            Sem::Year { .. } => Granularity::Year,
            Sem::Season { .. } => Granularity::Season,
            _ => Granularity::Day,
        }
    }

    /// The interval, or `None` when it depends on a publication time that is unknown (or
    /// the date does not exist, such as 31 June).
    pub fn resolve(&self, reference: Option<DateTime<FixedOffset>>) -> Option<Interval> {
        let Some(now) = reference else {
            // Written-out years need no reference; take them in UTC.
            let utc = FixedOffset::east_opt(0)?;
            return match *self {
                Sem::Date {
                    year: YearRef::Abs(_),
                    ..
                }
                | Sem::Month {
                    year: YearRef::Abs(_),
                    ..
                }
                | Sem::Season {
                    year: YearRef::Abs(_),
                    ..
                }
                | Sem::Year { .. } => self.resolve_at(utc, NaiveDate::MIN, None),
                _ => None,
            };
        };
        self.resolve_at(*now.offset(), now.date_naive(), Some(now))
    }

    fn resolve_at(
        &self,
        off: FixedOffset,
        today: NaiveDate,
        now: Option<DateTime<FixedOffset>>,
    ) -> Option<Interval> {
        let cal = Cal { off };
        let (y, m) = (today.year(), today.month());
        match *self {
            Sem::DayOffset(d) => cal.days(today + Duration::days(d.into()), 1),
            Sem::Weekday { wd, rel } => {
                let back = (7 + weekday(today) - i64::from(wd)) % 7;
                let fwd = (7 - back) % 7;
                let delta = match rel {
                    Rel::Plain => -back,
                    Rel::Last if back == 0 => -7,
                    Rel::Last => -back,
                    Rel::Next if fwd == 0 => 7,
                    Rel::Next => fwd,
                    Rel::This if back <= fwd => -back,
                    Rel::This => fwd,
                };
                cal.days(today + Duration::days(delta), 1)
            }
            Sem::WeekdayInWeek { wd, week } => {
                let d = monday(today) + Duration::days(7 * i64::from(week) + i64::from(wd) - 1);
                cal.days(d, 1)
            }
            Sem::Ago { n, unit: u } => {
                let n = i64::from(n);
                match u {
                    unit::DAY => cal.days(today - Duration::days(n), 1),
                    unit::WEEK => cal.days(monday(today - Duration::days(7 * n)), 7),
                    unit::MONTH => cal.month(shift(y, m, -n)?, 0),
                    unit::YEAR => cal.year(y - i32::try_from(n).ok()?, 0),
                    _ => {
                        let secs = match u {
                            unit::HOUR => 3600,
                            unit::MINUTE => 60,
                            _ => 1,
                        };
                        let t = now? - Duration::seconds(secs * n);
                        let h = t.with_minute(0)?.with_second(0)?.with_nanosecond(0)?;
                        Some((h, h + Duration::hours(1)))
                    }
                }
            }
            Sem::Period { unit: u, off, part } => match u {
                unit::WEEK => cal.days(monday(today) + Duration::days(7 * i64::from(off)), 7),
                unit::MONTH => cal.month(shift(y, m, off.into())?, part),
                _ => cal.year(y + off, part),
            },
            Sem::Date {
                year,
                month,
                day,
                last_day,
            } => {
                let len = i64::from(last_day.max(day) - day) + 1;
                let date = |yy: i32| NaiveDate::from_ymd_opt(yy, month.into(), day.into());
                let d = match year {
                    YearRef::Abs(yy) => date(yy)?,
                    YearRef::Rel(k) => date(y + k)?,
                    YearRef::Implicit(rel) => {
                        pick(
                            today,
                            rel,
                            (y - 1..=y + 1).filter_map(|yy| {
                                let d = date(yy)?;
                                Some((d, d + Duration::days(len)))
                            }),
                        )?
                        .0
                    }
                };
                cal.days(d, len)
            }
            Sem::MonthDay { month_off, day } => {
                let (yy, mm) = shift(y, m, month_off.into())?;
                cal.days(NaiveDate::from_ymd_opt(yy, mm, day.into())?, 1)
            }
            Sem::DayOfMonth { day, rel } => {
                let candidates = (-2..=2).filter_map(|k| {
                    let (yy, mm) = shift(y, m, k)?;
                    let d = NaiveDate::from_ymd_opt(yy, mm, day.into())?;
                    Some((d, d + Duration::days(1)))
                });
                cal.days(pick(today, rel, candidates)?.0, 1)
            }
            Sem::Month { year, month, part } => {
                let yy = match year {
                    YearRef::Abs(yy) => yy,
                    YearRef::Rel(k) => y + k,
                    YearRef::Implicit(rel) => {
                        let months = (y - 1..=y + 1).filter_map(|yy| {
                            let (a, b) = month_dates(yy, month.into())?;
                            Some((a, b))
                        });
                        pick(today, rel, months)?.0.year()
                    }
                };
                cal.month((yy, month.into()), part)
            }
            Sem::Year { year, part } => cal.year(year, part),
            Sem::Season { season, year } => {
                let yy = match year {
                    YearRef::Abs(yy) => yy,
                    YearRef::Rel(k) => y + k,
                    // The current winter began the December before.
                    YearRef::Implicit(Rel::This) if season == 4 && m <= 2 => y - 1,
                    YearRef::Implicit(Rel::This) => y,
                    YearRef::Implicit(rel) => {
                        let seasons = (y - 2..=y + 1).filter_map(|yy| season_dates(yy, season));
                        // Season years are named by their first month's year.
                        pick(today, rel, seasons)?.0.year()
                    }
                };
                let (a, b) = season_dates(yy, season)?;
                Some((cal.at(a)?, cal.at(b)?))
            }
        }
    }
}

struct Cal {
    off: FixedOffset,
}

impl Cal {
    fn at(&self, d: NaiveDate) -> Option<DateTime<FixedOffset>> {
        self.off
            .from_local_datetime(&d.and_hms_opt(0, 0, 0)?)
            .single()
    }

    fn days(&self, d: NaiveDate, n: i64) -> Option<Interval> {
        Some((self.at(d)?, self.at(d + Duration::days(n))?))
    }

    /// A month, or its early (1-10), mid (11-20) or late (21-end) part.
    fn month(&self, (y, m): (i32, u32), part: u8) -> Option<Interval> {
        let (a, b) = month_dates(y, m)?;
        let (a, b) = match part {
            1 => (a, a + Duration::days(10)),
            2 => (a + Duration::days(10), a + Duration::days(20)),
            3 => (a + Duration::days(20), b),
            _ => (a, b),
        };
        Some((self.at(a)?, self.at(b)?))
    }

    /// A year, or its early (January-April), mid (May-August) or late (September-December)
    /// third: the spec fixes parts of months only, and thirds keep "early 2025" honest.
    fn year(&self, y: i32, part: u8) -> Option<Interval> {
        let (from, to) = match part {
            1 => ((y, 1), (y, 5)),
            2 => ((y, 5), (y, 9)),
            3 => ((y, 9), (y + 1, 1)),
            _ => ((y, 1), (y + 1, 1)),
        };
        let a = NaiveDate::from_ymd_opt(from.0, from.1, 1)?;
        let b = NaiveDate::from_ymd_opt(to.0, to.1, 1)?;
        Some((self.at(a)?, self.at(b)?))
    }
}

/// 1 = Monday … 7 = Sunday.
fn weekday(d: NaiveDate) -> i64 {
    i64::from(d.weekday().number_from_monday())
}

fn monday(d: NaiveDate) -> NaiveDate {
    d - Duration::days(weekday(d) - 1)
}

/// Year and month `k` months from (y, m).
fn shift(y: i32, m: u32, k: i64) -> Option<(i32, u32)> {
    let idx = i64::from(y) * 12 + i64::from(m) - 1 + k;
    Some((
        i32::try_from(idx.div_euclid(12)).ok()?,
        idx.rem_euclid(12) as u32 + 1,
    ))
}

fn month_dates(y: i32, m: u32) -> Option<(NaiveDate, NaiveDate)> {
    let (ny, nm) = shift(y, m, 1)?;
    Some((
        NaiveDate::from_ymd_opt(y, m, 1)?,
        NaiveDate::from_ymd_opt(ny, nm, 1)?,
    ))
}

/// Meteorological seasons: 1 spring (Mar-May), 2 summer, 3 autumn, 4 winter (Dec-Feb).
fn season_dates(y: i32, season: u8) -> Option<(NaiveDate, NaiveDate)> {
    let first = 3 * u32::from(season);
    let a = NaiveDate::from_ymd_opt(y, first, 1)?;
    let (ny, nm) = shift(y, first, 3)?;
    Some((a, NaiveDate::from_ymd_opt(ny, nm, 1)?))
}

/// Chooses among candidate intervals (in calendar order) by `rel`: the nearest to `today`
/// (distance 0 when inside, ties to the past), the latest over by then ("last June" in
/// June is a year ago), or the first starting after it.
fn pick(
    today: NaiveDate,
    rel: Rel,
    candidates: impl Iterator<Item = (NaiveDate, NaiveDate)>,
) -> Option<(NaiveDate, NaiveDate)> {
    let mut best: Option<((NaiveDate, NaiveDate), i64)> = None;
    for (a, b) in candidates {
        match rel {
            Rel::Last if b <= today => best = Some(((a, b), 0)),
            Rel::Next if a > today && best.is_none() => best = Some(((a, b), 0)),
            Rel::Plain | Rel::This => {
                let dist = if today < a {
                    (a - today).num_days()
                } else if today >= b {
                    (today - b).num_days() + 1
                } else {
                    0
                };
                if best.is_none_or(|(_, d)| dist < d) {
                    best = Some(((a, b), dist));
                }
            }
            _ => {}
        }
    }
    best.map(|(iv, _)| iv)
}
