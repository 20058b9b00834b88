//! The per-language words of time expressions, compiled once into one lookup table per
//! language. Month names come from `concord_text::dates::MONTHS` and the unit words of
//! "N units ago" from `concord_text::relative::PATTERNS`; the files beside this one add the
//! rest (inflected forms, modifiers, seasons, parts of months) as plain word lists, so that
//! the grammar in `super::grammar` is the same for every language.

mod east;
mod germanic;
mod romance;
mod slavic;
mod words;

use concord_text::dates::{MonthForm, MONTHS};
use concord_text::relative::{Unit, PATTERNS};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;
pub(super) use words::{Script, Words, EMPTY};

/// Role bits of a lexeme; one word may have several ("a": article and the number one).
pub(super) mod role {
    /// Preposition that can introduce a time ("in", "em", "nel", "в"): licenses a bare
    /// month, season or year after it.
    pub const PREP: u32 = 1;
    /// Connector inside a date ("de", "of", "del", "di", "من"); also licenses like PREP.
    pub const CONN: u32 = 1 << 1;
    /// Article ("the", "la", "l'", "der"), skipped inside patterns.
    pub const ART: u32 = 1 << 2;
    pub const LAST: u32 = 1 << 3;
    pub const NEXT: u32 = 1 << 4;
    pub const THIS: u32 = 1 << 5;
    /// "há", "hace", "il y a", "vor", "منذ" before the count.
    pub const AGO_PRE: u32 = 1 << 6;
    /// "ago", "fa", "temu", "назад", "前", "전" after the unit.
    pub const AGO_POST: u32 = 1 << 7;
    /// "году", "roku", "r", "г", "年", "년" after a year number.
    pub const YEAR_SUFFIX: u32 = 1 << 8;
    /// "year", "Jahr", "anno", "عام" before a year number.
    pub const YEAR_NOUN: u32 = 1 << 9;
    /// "月", "월" after a month number.
    pub const MONTH_SUFFIX: u32 = 1 << 10;
    /// "日", "号", "일" after a day number.
    pub const DAY_SUFFIX: u32 = 1 << 11;
    /// "dia", "día", "يوم" before a day number or weekday.
    pub const DAY_NOUN: u32 = 1 << 12;
    /// "th", "st", "er", "º" right after a day number.
    pub const ORD_SUFFIX: u32 = 1 << 13;
    /// "个" between a number and its unit.
    pub const CLASSIFIER: u32 = 1 << 14;
    /// A month abbreviation ("jul", "okt"): only next to a day number.
    pub const MONTH_ABBR: u32 = 1 << 15;
    /// A weekday form that is also a common word ("segunda" = second): needs a following
    /// punctuation mark, modifier or bracket.
    pub const CTX_NEXT: u32 = 1 << 16;
    /// A weekday form that is also a common word ("среда" = environment): needs a
    /// preposition or modifier before it.
    pub const CTX_PREV: u32 = 1 << 17;
    /// A season in an adverbial case ("летом", "latem", "влітку"): a time on its own.
    pub const ADVERB: u32 = 1 << 18;
    /// Part of a month written after it ("底", "下旬", "말").
    pub const PART_SUFFIX: u32 = 1 << 19;
    /// today, yesterday, …: `day_off` holds the offset.
    pub const DAYWORD: u32 = 1 << 20;
    /// A whole relative period in one word ("去年", "지난주", "Vorjahr"): `period_*` hold it.
    pub const PERIOD: u32 = 1 << 21;
    /// A weekday of a week relative to the publication's ("上周六"): `week_off` holds it.
    pub const WD_IN_WEEK: u32 = 1 << 22;
    /// Only when written in lower case (German "morgen" = tomorrow, "Morgen" = morning).
    pub const LOWER_ONLY: u32 = 1 << 23;
    /// Not after an article or "this" (Spanish "mañana": "la mañana" is the morning).
    pub const NO_DET_BEFORE: u32 = 1 << 24;
    /// A noun usable with this/last/next ("week", "mês", "году").
    pub const UNIT_NOUN: u32 = 1 << 25;
    /// Quantity qualifier ("mais", "more", "около"): "mais de 2000" is not a year.
    pub const QUAL: u32 = 1 << 26;
    /// A one-letter abbreviation taking a period ("г.", "r.", "р.").
    pub const ABBR_DOT: u32 = 1 << 27;
}

/// Unit codes of `Lex::unit` and `Lex::period_unit`.
pub(super) mod unit {
    pub const SECOND: u8 = 1;
    pub const MINUTE: u8 = 2;
    pub const HOUR: u8 = 3;
    pub const DAY: u8 = 4;
    pub const WEEK: u8 = 5;
    pub const MONTH: u8 = 6;
    pub const YEAR: u8 = 7;
}

/// What the lexicon knows about one word (or phrase); zero fields mean "not this".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Lex {
    pub roles: u32,
    pub month: u8,
    /// 1 = Monday … 7 = Sunday.
    pub weekday: u8,
    /// 1 = spring, 2 = summer, 3 = autumn, 4 = winter.
    pub season: u8,
    /// 1 = early, 2 = mid, 3 = late.
    pub part: u8,
    /// Unit of "N units ago" (see `unit`).
    pub unit: u8,
    /// Count implied by the unit word itself (Arabic duals, "неделю", "하루").
    pub implied: u8,
    /// Value of a number word ("two", "dois", "два").
    pub num: u16,
    pub day_off: i8,
    pub period_unit: u8,
    pub period_off: i8,
    pub week_off: i8,
}

impl Lex {
    pub fn has(&self, roles: u32) -> bool {
        self.roles & roles != 0
    }

    pub fn is_empty(&self) -> bool {
        *self == Lex::default()
    }

    fn merge(&mut self, o: &Lex) {
        fn pick<T: Copy + Default + PartialEq>(a: &mut T, b: T) {
            if *a == T::default() {
                *a = b;
            }
        }
        self.roles |= o.roles;
        pick(&mut self.month, o.month);
        pick(&mut self.weekday, o.weekday);
        pick(&mut self.season, o.season);
        pick(&mut self.part, o.part);
        pick(&mut self.unit, o.unit);
        pick(&mut self.implied, o.implied);
        pick(&mut self.num, o.num);
        pick(&mut self.day_off, o.day_off);
        pick(&mut self.period_unit, o.period_unit);
        pick(&mut self.period_off, o.period_off);
        pick(&mut self.week_off, o.week_off);
    }
}

/// A lexicon entry: the words after the first (for phrases) and what the phrase means.
pub(super) struct Entry {
    pub rest: Box<[Box<str>]>,
    pub lex: Lex,
}

/// FNV-1a: the keys are short words, for which SipHash's set-up cost dominates.
#[derive(Default)]
pub(super) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// The compiled lexicon of one language.
pub(super) struct Lexicon {
    pub lang: &'static str,
    pub script: Script,
    pub lowercase_names: bool,
    pub month_first: bool,
    pub parts_are_suffixes: bool,
    words: HashMap<Box<str>, Vec<Entry>, BuildHasherDefault<Fnv>>,
    particles: Vec<Box<str>>,
    /// Byte length of the longest first word: longer words need no lookup.
    pub max_key: usize,
}

impl Lexicon {
    /// Entries whose first word is `key` (normalised by `norm_push`), longest phrase first.
    pub fn get(&self, key: &str) -> Option<&[Entry]> {
        self.words.get(key).map(Vec::as_slice)
    }

    /// Whether `rest` is one of the Korean particles that may follow a time word.
    pub fn is_particle(&self, rest: &str) -> bool {
        self.particles.iter().any(|p| &**p == rest)
    }

    fn add(&mut self, phrase: &str, lex: Lex) {
        let mut norm = String::with_capacity(phrase.len());
        for c in phrase.chars() {
            norm_push(&mut norm, c);
        }
        let parts: Vec<Box<str>> = if self.script == Script::Han {
            norm.chars()
                .map(|c| c.to_string().into_boxed_str())
                .collect()
        } else {
            norm.split(' ')
                .filter(|w| !w.is_empty())
                .map(Into::into)
                .collect()
        };
        let Some((first, rest)) = parts.split_first() else {
            return;
        };
        self.max_key = self.max_key.max(first.len());
        let list = self.words.entry(first.clone()).or_default();
        if let Some(e) = list.iter_mut().find(|e| *e.rest == *rest) {
            e.lex.merge(&lex);
        } else {
            list.push(Entry {
                rest: rest.into(),
                lex,
            });
            list.sort_by_key(|e| std::cmp::Reverse(e.rest.len()));
        }
    }

    fn add_all(&mut self, words: &[&str], lex: Lex) {
        for w in words {
            self.add(w, lex);
        }
    }
}

/// Appends `c` to `buf` as the lexicon stores it: lower case, one apostrophe, Arabic
/// without vowel marks, tatweel or hamza variants of alif (news writes "امس" and "أمس").
#[inline]
pub(super) fn norm_push(buf: &mut String, c: char) {
    if c.is_ascii() {
        buf.push(c.to_ascii_lowercase());
        return;
    }
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02bc}' | '`' | '\u{00b4}' => buf.push('\''),
        'أ' | 'إ' | 'آ' | 'ٱ' => buf.push('ا'),
        'ى' => buf.push('ي'),
        '\u{0640}' | '\u{064b}'..='\u{0652}' => {}
        // Fast paths: the general case-mapping tables cost more than the rest of a lookup.
        'А'..='Я' | 'À'..='Þ' if c != '×' => {
            buf.push(char::from_u32(c as u32 + 0x20).unwrap_or(c));
        }
        'Ѐ'..='Џ' => buf.push(char::from_u32(c as u32 + 0x50).unwrap_or(c)),
        'а'..='џ' | 'ß'..='ÿ' | '\u{0600}'..='\u{06ff}' | '\u{ac00}'..='\u{d7a3}' => {
            buf.push(c)
        }
        _ => buf.extend(c.to_lowercase()),
    }
}

fn role(r: u32) -> Lex {
    Lex {
        roles: r,
        ..Lex::default()
    }
}

fn unit_code(u: Unit) -> u8 {
    match u {
        Unit::Second => unit::SECOND,
        Unit::Minute => unit::MINUTE,
        Unit::Hour => unit::HOUR,
        Unit::Day => unit::DAY,
        Unit::Week => unit::WEEK,
        Unit::Month => unit::MONTH,
        Unit::Year => unit::YEAR,
    }
}

/// Turns a regex affix of `relative::PATTERNS` ("il\s+y\s+a\s+") into words ("il y a").
fn affix_words(fragment: &str) -> String {
    fragment
        .replace(r"\s+", " ")
        .replace(r"\s*", "")
        .trim()
        .to_string()
}

fn build(w: &Words) -> Lexicon {
    use role::*;
    let mut lx = Lexicon {
        lang: w.lang,
        script: w.script,
        lowercase_names: w.lowercase_names,
        month_first: w.month_first,
        parts_are_suffixes: w.parts_are_suffixes,
        words: HashMap::default(),
        particles: w.particles.iter().map(|p| (*p).into()).collect(),
        max_key: 0,
    };
    let dayword = |off: i8| Lex {
        roles: DAYWORD,
        day_off: off,
        ..Lex::default()
    };
    lx.add_all(w.today, dayword(0));
    lx.add_all(w.yesterday, dayword(-1));
    lx.add_all(w.tomorrow, dayword(1));
    lx.add_all(w.before_yesterday, dayword(-2));
    lx.add_all(w.after_tomorrow, dayword(2));
    for (i, forms) in w.weekdays.iter().enumerate() {
        let wd = Lex {
            weekday: i as u8 + 1,
            ..Lex::default()
        };
        lx.add_all(forms, wd);
        lx.add_all(
            w.weekdays_ctx[i],
            Lex {
                roles: w.ctx_role,
                ..wd
            },
        );
        if let Some(stem) = forms.first() {
            for suffix in w.weekday_compounds {
                lx.add(&format!("{stem}{suffix}"), wd);
            }
        }
        for (prefix, off) in w.week_prefixes {
            for f in *forms {
                let lex = Lex {
                    roles: WD_IN_WEEK,
                    week_off: *off,
                    ..wd
                };
                lx.add(&format!("{prefix}{f}"), lex);
            }
        }
    }
    lx.add_all(w.last, role(LAST));
    lx.add_all(w.next, role(NEXT));
    lx.add_all(w.this, role(THIS));
    for (list, u) in [
        (w.weeks, unit::WEEK),
        (w.months_noun, unit::MONTH),
        (w.years, unit::YEAR),
    ] {
        let lex = Lex {
            roles: UNIT_NOUN,
            unit: u,
            ..Lex::default()
        };
        lx.add_all(list, lex);
    }
    for &(word, u, off, part) in w.periods {
        let lex = Lex {
            roles: PERIOD,
            period_unit: u,
            period_off: off,
            part,
            ..Lex::default()
        };
        lx.add(word, lex);
    }
    for &(lang, before, after, units) in PATTERNS {
        if lang != w.lang {
            continue;
        }
        for &(word, u) in units {
            let lex = Lex {
                unit: unit_code(u),
                ..Lex::default()
            };
            lx.add(word.trim_end_matches('.'), lex);
        }
        for (fragment, r) in [(before, AGO_PRE), (after, AGO_POST)] {
            let words = affix_words(fragment);
            if !words.is_empty() {
                lx.add(&words, role(r));
            }
        }
    }
    lx.add_all(w.ago_pre, role(AGO_PRE));
    lx.add_all(w.ago_post, role(AGO_POST));
    for &(word, u, implied) in w.units {
        let lex = Lex {
            unit: u,
            implied,
            ..Lex::default()
        };
        lx.add(word, lex);
    }
    for &(word, n) in w.numbers {
        let lex = Lex {
            num: n,
            ..Lex::default()
        };
        lx.add(word, lex);
    }
    for (list, r) in [
        (w.preps, PREP),
        (w.conns, CONN),
        (w.arts, ART),
        (w.quals, QUAL),
        (w.year_suffix, YEAR_SUFFIX),
        (w.year_nouns, YEAR_NOUN),
        (w.month_suffix, MONTH_SUFFIX),
        (w.day_suffix, DAY_SUFFIX),
        (w.day_nouns, DAY_NOUN),
        (w.ord_suffix, ORD_SUFFIX),
        (w.classifiers, CLASSIFIER),
    ] {
        lx.add_all(list, role(r));
    }
    // One-letter Latin or Cyrillic suffixes are abbreviations ("2024 r.", "2024 г.").
    for word in w.year_suffix {
        let mut chars = word.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            if c.is_ascii_alphabetic() || ('\u{0400}'..='\u{04ff}').contains(&c) {
                lx.add(word, role(ABBR_DOT));
            }
        }
    }
    let part_role = if w.parts_are_suffixes { PART_SUFFIX } else { 0 };
    for (i, list) in w.parts.iter().enumerate() {
        let lex = Lex {
            roles: part_role,
            part: i as u8 + 1,
            ..Lex::default()
        };
        lx.add_all(list, lex);
    }
    for (i, (list, adverbs)) in w.seasons.iter().zip(&w.season_adverbs).enumerate() {
        let lex = Lex {
            season: i as u8 + 1,
            ..Lex::default()
        };
        lx.add_all(list, lex);
        lx.add_all(
            adverbs,
            Lex {
                roles: ADVERB,
                ..lex
            },
        );
    }
    let rows = || MONTHS.iter().filter(|r| r.lang == w.lang);
    let full = |name: &str| rows().any(|r| r.form == MonthForm::Full && r.names.contains(&name));
    for row in rows() {
        for (i, name) in row.names.iter().enumerate() {
            if name.is_empty() {
                continue;
            }
            // Short rows mix abbreviations with a few full spellings ("setiembre"), and
            // some abbreviations are whole names too ("may").
            let abbr = row.form == MonthForm::Short && name.chars().count() <= 5 && !full(name);
            let lex = Lex {
                roles: if abbr { MONTH_ABBR } else { 0 },
                month: i as u8 + 1,
                ..Lex::default()
            };
            lx.add(name, lex);
        }
    }
    for &(name, m) in w.months {
        lx.add(
            name,
            Lex {
                month: m,
                ..Lex::default()
            },
        );
    }
    for &(word, r) in w.flagged {
        lx.add(word, role(r));
    }
    lx
}

static LEXICONS: LazyLock<Vec<Lexicon>> = LazyLock::new(|| {
    [
        &germanic::EN,
        &germanic::DE,
        &germanic::NL,
        &romance::PT,
        &romance::ES,
        &romance::IT,
        &romance::FR,
        &slavic::PL,
        &slavic::RU,
        &slavic::UK,
        &east::AR,
        &east::ZH,
        &east::JA,
        &east::KO,
    ]
    .into_iter()
    .map(build)
    .collect()
});

static FALLBACK: LazyLock<Lexicon> = LazyLock::new(|| build(&EMPTY));

/// The lexicon for languages without word lists: numeric dates only.
pub(super) fn fallback() -> &'static Lexicon {
    &FALLBACK
}

/// The lexicon of a language code ("pt", "pt-BR", "zh-Hans"), if it is supported.
pub(super) fn lexicon(lang: &str) -> Option<&'static Lexicon> {
    let base = lang
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    LEXICONS.iter().find(|l| l.lang == base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_come_from_the_shared_table_and_phrases_are_kept() {
        let pt = lexicon("pt-BR").unwrap();
        assert_eq!(pt.get("julho").unwrap()[0].lex.month, 7);
        assert!(pt.get("jul").is_none());
        assert!(pt.get("set").unwrap()[0].lex.has(role::MONTH_ABBR));
        let ar = lexicon("ar").unwrap();
        let kanun = ar.get("كانون").unwrap();
        assert!(kanun.iter().any(|e| e.lex.month == 12 && e.rest.len() == 1));
        let zh = lexicon("zh").unwrap();
        assert!(zh.get("上").unwrap().iter().any(|e| e.lex.week_off == -1));
        assert!(lexicon("xx").is_none());
    }

    #[test]
    fn ago_words_come_from_relative_patterns() {
        let fr = lexicon("fr").unwrap();
        let il = fr.get("il").unwrap();
        assert!(il
            .iter()
            .any(|e| e.lex.has(role::AGO_PRE) && e.rest.len() == 2));
        let pl = lexicon("pl").unwrap();
        assert_eq!(pl.get("godzin").unwrap()[0].lex.unit, unit::HOUR);
    }
}
