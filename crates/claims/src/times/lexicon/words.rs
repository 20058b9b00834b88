//! The shape of a language's word lists (`Words`), filled by the data files beside this
//! one and compiled by `build` in `mod.rs`.

/// How words are cut out of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::times) enum Script {
    /// Words separated by spaces; apostrophes split words ("l'anno", "year's").
    Latin,
    /// Like `Latin` but an apostrophe inside a word belongs to it (Ukrainian "п'ятниця").
    Apostrophe,
    /// Arabic: conjunctions and prepositions glued to the word ("وأمس", "بالأمس").
    Arabic,
    /// Korean: particles glued to the word ("지난주에", "토요일에는").
    Hangul,
    /// Chinese and Japanese: no spaces; every Han or kana character is a token.
    Han,
}

/// Word lists of one language; see the data files for their meaning by example.
pub(in crate::times) struct Words {
    pub lang: &'static str,
    pub script: Script,
    /// Weekday and month names are written in lower case, so a capitalised one in
    /// mid-sentence is a name ("Domingo", "Mars").
    pub lowercase_names: bool,
    /// Numeric dates put the month first (US "7/13/2025").
    pub month_first: bool,
    pub today: &'static [&'static str],
    pub yesterday: &'static [&'static str],
    pub tomorrow: &'static [&'static str],
    pub before_yesterday: &'static [&'static str],
    pub after_tomorrow: &'static [&'static str],
    pub weekdays: [&'static [&'static str]; 7],
    /// Weekday forms that are also ordinary words, with the role bit that licenses them.
    pub weekdays_ctx: [&'static [&'static str]; 7],
    pub ctx_role: u32,
    /// Endings glued to a weekday that keep it a weekday ("Samstagabend").
    pub weekday_compounds: &'static [&'static str],
    /// Prefixes making a weekday one of a relative week ("上周" + "六").
    pub week_prefixes: &'static [(&'static str, i8)],
    pub last: &'static [&'static str],
    pub next: &'static [&'static str],
    pub this: &'static [&'static str],
    pub weeks: &'static [&'static str],
    pub months_noun: &'static [&'static str],
    pub years: &'static [&'static str],
    /// One-word periods: (word, unit, offset, part).
    pub periods: &'static [(&'static str, u8, i8, u8)],
    pub ago_pre: &'static [&'static str],
    pub ago_post: &'static [&'static str],
    /// Unit words beyond `relative::PATTERNS`: (word, unit, implied count or 0).
    pub units: &'static [(&'static str, u8, u8)],
    pub numbers: &'static [(&'static str, u16)],
    pub preps: &'static [&'static str],
    pub conns: &'static [&'static str],
    pub arts: &'static [&'static str],
    pub quals: &'static [&'static str],
    pub year_suffix: &'static [&'static str],
    pub year_nouns: &'static [&'static str],
    pub month_suffix: &'static [&'static str],
    pub day_suffix: &'static [&'static str],
    pub day_nouns: &'static [&'static str],
    pub ord_suffix: &'static [&'static str],
    pub classifiers: &'static [&'static str],
    /// Early, mid and late parts of a month or year.
    pub parts: [&'static [&'static str]; 3],
    pub parts_are_suffixes: bool,
    pub seasons: [&'static [&'static str]; 4],
    pub season_adverbs: [&'static [&'static str]; 4],
    /// Inflected month forms missing from `dates::MONTHS` (locatives "czerwcu", "июне").
    pub months: &'static [(&'static str, u8)],
    /// Korean particles that may follow a time word ("에", "부터").
    pub particles: &'static [&'static str],
    /// Extra role bits for particular words (`LOWER_ONLY`, `NO_DET_BEFORE`).
    pub flagged: &'static [(&'static str, u32)],
}

type L = &'static [&'static str];
const E: L = &[];

pub(in crate::times) const EMPTY: Words = Words {
    lang: "",
    script: Script::Latin,
    lowercase_names: true,
    month_first: false,
    today: E,
    yesterday: E,
    tomorrow: E,
    before_yesterday: E,
    after_tomorrow: E,
    weekdays: [E; 7],
    weekdays_ctx: [E; 7],
    ctx_role: 0,
    weekday_compounds: E,
    week_prefixes: &[],
    last: E,
    next: E,
    this: E,
    weeks: E,
    months_noun: E,
    years: E,
    periods: &[],
    ago_pre: E,
    ago_post: E,
    units: &[],
    numbers: &[],
    preps: E,
    conns: E,
    arts: E,
    quals: E,
    year_suffix: E,
    year_nouns: E,
    month_suffix: E,
    day_suffix: E,
    day_nouns: E,
    ord_suffix: E,
    classifiers: E,
    parts: [E; 3],
    parts_are_suffixes: false,
    seasons: [E; 4],
    season_adverbs: [E; 4],
    months: &[],
    particles: E,
    flagged: &[],
};
