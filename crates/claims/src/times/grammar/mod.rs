//! The grammar of time expressions, one for all languages: rules read the roles the
//! lexicon gave each lexeme (month, weekday, "last", preposition…) and their order, never
//! the words themselves. Every rule starts at the first word of its expression, so a
//! leading preposition or article ("no", "in", "w", "l'") stays outside the span; the
//! longest match at a position wins and the scan resumes after it.

mod absolute;
mod relative;

use super::lexicon::{role::*, unit, Lex, Lexicon, Script};
use super::resolve::{Rel, Sem, YearRef};
use super::scan::{Kind, Lexeme};

/// A rule's match: the lexeme after the expression and its meaning.
pub(super) struct Hit {
    pub end: usize,
    pub sem: Sem,
}

/// An expression found: byte span and meaning.
pub(super) struct Found {
    pub start: usize,
    pub end: usize,
    pub sem: Sem,
}

pub(super) struct Parser<'a> {
    pub text: &'a str,
    pub lx: &'a [Lexeme],
    pub lexicon: &'a Lexicon,
}

type Rule = fn(&Parser, usize) -> Option<Hit>;

/// In order of preference when two rules match the same span.
const RULES: &[Rule] = &[
    relative::dayword,
    absolute::numeric,
    absolute::day_month,
    absolute::month_day,
    absolute::cjk_date,
    absolute::part,
    absolute::month,
    relative::weekday,
    relative::ago,
    relative::period,
    relative::day_of_month,
    absolute::season,
    absolute::year,
];

/// Roles that can begin an expression.
const STARTERS: u32 = DAYWORD
    | PERIOD
    | LAST
    | NEXT
    | THIS
    | AGO_PRE
    | YEAR_NOUN
    | DAY_NOUN
    | UNIT_NOUN
    | MONTH_SUFFIX
    | YEAR_SUFFIX;

impl Parser<'_> {
    pub fn run(&self) -> Vec<Found> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.lx.len() {
            let l = &self.lx[i];
            let starts = l.kind == Kind::Num
                || l.lex.has(STARTERS)
                || l.lex.month | l.lex.weekday | l.lex.season | l.lex.part | l.lex.implied != 0
                || l.lex.num != 0;
            if !starts {
                i += 1;
                continue;
            }
            let mut best: Option<Hit> = None;
            for rule in RULES {
                if let Some(h) = rule(self, i).filter(|h| h.end > i && h.end <= self.lx.len()) {
                    if best.as_ref().is_none_or(|b| h.end > b.end) {
                        best = Some(h);
                    }
                }
            }
            match best {
                Some(h) => {
                    out.push(Found {
                        start: l.start,
                        end: self.lx[h.end - 1].end,
                        sem: h.sem,
                    });
                    i = h.end;
                }
                None => i += 1,
            }
        }
        out
    }

    fn lex(&self, j: usize) -> Lex {
        self.lx.get(j).map(|l| l.lex).unwrap_or_default()
    }

    fn has(&self, j: usize, roles: u32) -> bool {
        self.lex(j).has(roles)
    }

    fn punct(&self, j: usize, c: char) -> bool {
        self.lx.get(j).is_some_and(|l| l.kind == Kind::Punct(c))
    }

    fn is_punct(&self, j: usize) -> bool {
        self.lx
            .get(j)
            .is_some_and(|l| matches!(l.kind, Kind::Punct(_)))
    }

    /// Lexeme `j` exists and touches the one before it.
    fn tight(&self, j: usize) -> bool {
        self.lx.get(j).is_some_and(|l| !l.space_before)
    }

    fn is_word(&self, j: usize) -> bool {
        self.lx.get(j).is_some_and(|l| l.kind == Kind::Word)
    }

    /// A word the lexicon does not know.
    fn unknown_word(&self, j: usize) -> bool {
        self.lx
            .get(j)
            .is_some_and(|l| l.kind == Kind::Word && l.lex.is_empty())
    }

    fn raw(&self, j: usize) -> &str {
        self.lx.get(j).map_or("", |l| &self.text[l.start..l.end])
    }

    /// Value and digit count of a number lexeme.
    fn num(&self, j: usize) -> Option<(u32, u8)> {
        let l = self.lx.get(j)?;
        (l.kind == Kind::Num).then_some((l.value, l.digits))
    }

    fn cjk(&self) -> bool {
        matches!(self.lexicon.script, Script::Han | Script::Hangul)
    }

    /// A number lexeme that belongs to a longer number ("1.500", "2,5").
    fn in_longer_number(&self, j: usize) -> bool {
        let sep = |k: usize| self.punct(k, '.') || self.punct(k, ',');
        (j >= 2 && self.tight(j) && sep(j - 1) && self.tight(j - 1) && self.num(j - 2).is_some())
            || (sep(j + 1) && self.tight(j + 1) && self.tight(j + 2) && self.num(j + 2).is_some())
    }

    /// A count: a small number or a number word.
    fn count(&self, j: usize) -> Option<u32> {
        if let Some((v, d)) = self.num(j) {
            return (d <= 3 && v > 0 && !self.in_longer_number(j)).then_some(v);
        }
        let n = self.lex(j).num;
        (n > 0).then_some(n.into())
    }

    /// -1, +1 or 0 for a "last", "next" or "this" lexeme.
    fn modifier(&self, j: usize) -> Option<i32> {
        let l = self.lex(j);
        if l.has(LAST) {
            Some(-1)
        } else if l.has(NEXT) {
            Some(1)
        } else if l.has(THIS) {
            Some(0)
        } else {
            None
        }
    }

    /// Skips up to three connectors, articles and elision apostrophes ("of the", "dell'").
    fn skip_conn_art(&self, mut j: usize) -> usize {
        for _ in 0..3 {
            if self.has(j, CONN | ART) || (self.punct(j, '\'') && self.tight(j)) {
                j += 1;
            } else {
                break;
            }
        }
        j
    }

    /// A year number (with its suffix: "2024 году", "2024 r.", "2024年"): year and end.
    /// The bool tells whether a suffix was written.
    fn year_at(&self, j: usize) -> Option<(i32, usize, bool)> {
        let (v, d) = self.num(j)?;
        if d != 4 || !(1000..=2999).contains(&v) || self.in_longer_number(j) {
            return None;
        }
        let mut k = j + 1;
        if self.has(k, YEAR_SUFFIX) && (self.tight(k) || self.lexicon.script != Script::Han) {
            // "1990年代" is a decade.
            if self.text[self.lx[k].end..].starts_with('代') {
                return None;
            }
            let abbr = self.has(k, ABBR_DOT);
            k += 1;
            if abbr && self.punct(k, '.') && self.tight(k) {
                k += 1;
            }
            return Some((v as i32, k, true));
        }
        // "1990s", "2024th", "2024亿": not a year.
        if self.tight(k) && self.is_word(k) {
            return None;
        }
        Some((v as i32, k, false))
    }

    /// A month name ("julho", "июня", "Jul.") or a numbered CJK month ("7月", "7월"):
    /// month, end, and whether it was an abbreviation.
    fn month_at(&self, j: usize) -> Option<(u8, usize, bool)> {
        let l = self.lx.get(j)?;
        if l.lex.month != 0 && l.kind == Kind::Word {
            // English capitalises months; lower-case "may" and "march" are verbs.
            if self.lexicon.lang == "en" && !l.cap {
                return None;
            }
            let abbr = l.lex.has(MONTH_ABBR);
            let mut k = j + 1;
            if abbr && self.punct(k, '.') && self.tight(k) {
                k += 1;
            }
            // Arabic news pairs both names: "يوليو/تموز", "يوليو (تموز)".
            if self.punct(k, '/') && self.lex(k + 1).month == l.lex.month {
                k += 2;
            } else if self.punct(k, '(')
                && self.lex(k + 1).month == l.lex.month
                && self.punct(k + 2, ')')
            {
                k += 3;
            }
            return Some((l.lex.month, k, abbr));
        }
        let (v, d) = self.num(j)?;
        let numbered = (1..=12).contains(&v) && d <= 2 && self.has(j + 1, MONTH_SUFFIX);
        (numbered && self.tight(j + 1) && !self.in_longer_number(j)).then_some((
            v as u8,
            j + 2,
            false,
        ))
    }

    /// A day number with its ordinal or CJK suffix ("13", "13th", "1er", "13日", "13일"):
    /// day, end, and whether a CJK day suffix was written.
    fn day_at(&self, j: usize) -> Option<(u8, usize, bool)> {
        let (v, d) = self.num(j)?;
        if !(1..=31).contains(&v) || d > 2 || self.in_longer_number(j) {
            return None;
        }
        let k = j + 1;
        if self.tight(k) && self.has(k, DAY_SUFFIX) {
            return Some((v as u8, k + 1, true));
        }
        if self.tight(k) && (self.has(k, ORD_SUFFIX) || self.punct(k, '°')) {
            return Some((v as u8, k + 1, false));
        }
        Some((v as u8, k, false))
    }

    /// this/last/next week, month or year, in one word ("去年", "지난주") or two
    /// ("last week", "semana passada", "прошлом году", "quest'anno"): unit, offset, end
    /// and a part glued to a one-word period ("연말").
    fn period_at(&self, j: usize) -> Option<(u8, i32, usize, u8)> {
        let l = self.lex(j);
        if l.has(PERIOD) {
            return Some((l.period_unit, l.period_off.into(), j + 1, l.part));
        }
        let is_unit = |k: usize| {
            let n = self.lex(k);
            n.has(UNIT_NOUN) && matches!(n.unit, unit::WEEK | unit::MONTH | unit::YEAR)
        };
        if let Some(off) = self.modifier(j) {
            let mut k = j + 1;
            if self.punct(k, '\'') && self.tight(k) {
                k += 1;
            }
            return is_unit(k).then(|| (self.lex(k).unit, off, self.after_ci(k + 1), 0));
        }
        if is_unit(j) {
            let k = self.after_ci(j + 1);
            if let Some(off) = self.modifier(k) {
                return Some((l.unit, off, k + 1, 0));
            }
        }
        None
    }

    /// Skips the French "-ci" of "ce mois-ci".
    fn after_ci(&self, k: usize) -> usize {
        if self.punct(k, '-') && self.tight(k) && self.tight(k + 1) && self.raw(k + 1) == "ci" {
            k + 2
        } else {
            k
        }
    }

    /// The year written after a day or month: "de 2025", ", 2025", "2025 года",
    /// "do ano passado", "прошлого года", "of last year".
    fn year_after(&self, j: usize) -> Option<(YearRef, usize)> {
        // "July 13, 2025": a comma only before a written year.
        if self.punct(j, ',') {
            if let Some((y, e, _)) = self.year_at(j + 1) {
                return Some((YearRef::Abs(y), e));
            }
        }
        let k = self.skip_conn_art(j);
        if let Some((y, e, _)) = self.year_at(k) {
            return Some((YearRef::Abs(y), e));
        }
        match self.period_at(k) {
            Some((unit::YEAR, off, e, 0)) => Some((YearRef::Rel(off), e)),
            _ => None,
        }
    }

    /// "last" or "next" written after a month or season ("junho passado", "juin dernier"),
    /// unless it belongs to a noun after it ("prices fall next year").
    fn rel_after(&self, j: usize) -> Option<(Rel, usize)> {
        if self.period_at(j).is_some() {
            return None;
        }
        match self.modifier(j) {
            Some(-1) => Some((Rel::Last, j + 1)),
            Some(1) => Some((Rel::Next, j + 1)),
            _ => None,
        }
    }

    /// A weekday in brackets after a date ("7월 13일(일)", "13日（周日）"): where it ends.
    fn weekday_paren(&self, k: usize) -> usize {
        const SHORT: &[&str] = &[
            "월", "화", "수", "목", "금", "토", "일", "日", "月", "火", "水", "木", "金", "土",
        ];
        let inner = self.lex(k + 1).weekday != 0 || SHORT.contains(&self.raw(k + 1));
        if self.punct(k, '(') && inner && self.punct(k + 2, ')') {
            k + 3
        } else {
            k
        }
    }

    /// A lexeme right before `i` that makes a bare month, season or year a time:
    /// a preposition or connector, possibly with an article ("in the", "nell'").
    fn licensed(&self, i: usize) -> bool {
        let Some(mut p) = i.checked_sub(1) else {
            return false;
        };
        if self.punct(p, '\'') && p > 0 {
            p -= 1;
        }
        if self.has(p, ART) && !self.has(p, PREP | CONN) && p > 0 {
            p -= 1;
        }
        self.has(p, PREP | CONN)
    }

    /// A capitalised weekday, month or season in mid-sentence where the language writes
    /// them in lower case is a name ("Domingo", "Mars", "Primavera").
    fn looks_like_name(&self, j: usize) -> bool {
        let l = &self.lx[j];
        self.lexicon.lowercase_names && l.cap && !l.sent_start
    }
}
