//! Dates and times in news text, resolved against the publication time.
//!
//! `find_times` finds "ontem", "no sábado passado", "há 5 dias", "la settimana scorsa",
//! "13 июля 2025 года", "2025年7月13日", "지난달", "no final de junho de 2025", "l'estate
//! del 2024"… in en, pt, es, it, fr, de, pl, ru, uk, ar, zh, ko (and ja, nl more thinly)
//! and turns each into an interval `[resolved_start, resolved_end)` in the publication's
//! UTC offset, following the "Times" section of the claims spec.
//!
//! Written by hand: the Rust date crates either parse machine formats or English (and a
//! few Western languages) phrases given alone (`dateparser`, `chrono-english`, `temps`,
//! `whichtime`, `rosetta-date`), and none finds expressions inside running text in
//! Polish, Russian, Ukrainian, Arabic, Chinese or Korean with their case endings and
//! particles, or resolves weeks, parts of months and seasons to intervals. Duckling-style
//! engines are Haskell or Python services. So the module has three layers:
//!
//! - `lexicon`: words per language (month names shared with `concord_text::dates`, units
//!   of "N ago" with `concord_text::relative`), compiled once into hash tables;
//! - `scan` + `grammar`: one pass over the text into lexemes, then language-independent
//!   rules over their roles, longest match first;
//! - `resolve`: calendar arithmetic.

mod grammar;
mod lexicon;
mod resolve;
mod scan;
#[cfg(test)]
mod tests;

use chrono::{DateTime, FixedOffset};
use concord_model::Granularity;

/// A time expression found in a text (byte offsets into the text given).
#[derive(Debug, Clone, PartialEq)]
pub struct TimeExpr {
    pub start: usize,
    pub end: usize,
    /// Start of the interval (inclusive); `None` for a relative expression without a
    /// reference time.
    pub resolved_start: Option<DateTime<FixedOffset>>,
    /// End of the interval (exclusive).
    pub resolved_end: Option<DateTime<FixedOffset>>,
    pub granularity: Granularity,
    /// The ISO weekday named (1 = Monday), for weekday expressions.
    pub weekday: Option<u8>,
}

/// Finds the time expressions of `text`, written in `lang` (ISO 639-1, region suffixes
/// ignored), in text order and without overlaps. Relative ones are resolved against
/// `reference` (the publication time); without it they keep no interval, while dates with
/// a written year are resolved in UTC. Unknown languages get numeric dates only.
pub fn find_times(
    text: &str,
    lang: &str,
    reference: Option<DateTime<FixedOffset>>,
) -> Vec<TimeExpr> {
    let lexicon = lexicon::lexicon(lang).unwrap_or_else(lexicon::fallback);
    let lexemes = scan::scan(text, lexicon);
    let parser = grammar::Parser {
        text,
        lx: &lexemes,
        lexicon,
    };
    parser
        .run()
        .into_iter()
        .map(|f| {
            let iv = f.sem.resolve(reference);
            TimeExpr {
                start: f.start,
                end: f.end,
                resolved_start: iv.map(|(a, _)| a),
                resolved_end: iv.map(|(_, b)| b),
                granularity: f.sem.granularity(),
                weekday: f.sem.weekday(),
            }
        })
        .collect()
}
