//! Numbers with their qualifier, unit and what they count, in news text of many languages.
//!
//! No crate parses numbers as news write them across languages ("mais de 10 milhões",
//! "5-7 тысяч", "1만여 명", "dezenas de milhares"), so this is hand-written: a single scan
//! starts a number at digits (any locale's grouping, Arabic-Indic or full-width digits),
//! number words or Han numerals, grows it over multipliers, a range and a unit, then adds
//! the qualifier before it and the counted noun phrase, and drops what context shows is
//! not a quantity (dates, years, clock times, codes like G7 or COVID-19, ordinals, labels,
//! scores, phone numbers, relative times). The conventions are those of the claims spec.
//!
//! Module map: `numerals` (digit formats), `compose` (combining words and multipliers),
//! `scan` (the walk and right-hand growth), `finish` (qualifier and context exclusions),
//! `counted` (noun phrases in spaced languages), `cjk` (Chinese, Japanese, Korean),
//! `units`, `exclude`, `casualty` (killed, injured, missing), `text` (helpers), `lang` and `lex_*` (per-language word tables).

mod casualty;
mod cjk;
mod cjk_words;
mod compose;
mod counted;
mod exclude;
mod finish;
mod grow;
mod lang;
mod lex_north;
mod lex_other;
mod lex_slavic;
mod lex_west;
mod numerals;
mod scan;
mod text;
mod units;

#[cfg(test)]
mod testkit;
#[cfg(test)]
mod tests_cjk;
#[cfg(test)]
mod tests_context;
#[cfg(test)]
mod tests_east;
#[cfg(test)]
mod tests_west;

pub use casualty::casualty;
use concord_model::Qualifier;
use lang::Lang;
use numerals::Format;

/// A number found in a text (byte offsets into the text given).
#[derive(Debug, Clone, PartialEq)]
pub struct NumberMention {
    /// Span of the number expression, with its qualifier, multiplier, range and currency
    /// or percent ("mais de 10 milhões", "$1.2 billion", "45%"), without the counted noun.
    pub start: usize,
    pub end: usize,
    /// The value, or the lower bound of a range or vague quantity ("thousands" = 1000).
    pub value: f64,
    /// The upper bound of a range ("10-12") or vague quantity ("thousands" = 10000).
    pub value_max: Option<f64>,
    pub qualifier: Option<Qualifier>,
    /// "percent", "pp" (percentage points), an ISO 4217 code, or a unit symbol ("km",
    /// "t", "°C").
    pub unit: Option<String>,
    /// Byte span of what is counted, as written ("soldados", "rodadas de artilharia").
    pub counted: Option<(usize, usize)>,
}

/// Finds the numbers in `text`, in text order and not overlapping. `lang` is an ISO 639-1
/// code; for an unknown or empty code the script picks the word tables and numbers are
/// read in the English way.
pub fn find_numbers(text: &str, lang: &str) -> Vec<NumberMention> {
    // Cheap pre-scan: no digit and no letter means nothing to find.
    if !text.bytes().any(|b| b.is_ascii_alphanumeric() || b >= 0x80) {
        return Vec::new();
    }
    let (lang, fmt) = match Lang::from_code(lang) {
        Some(l) => {
            let t = lang::tables(l);
            (
                l,
                Format {
                    decimal_comma: t.lex.decimal_comma,
                    space_groups: t.lex.space_groups,
                },
            )
        }
        None => (
            Lang::by_script(text),
            Format {
                decimal_comma: false,
                space_groups: false,
            },
        ),
    };
    scan::Scanner::new(text, lang, fmt).run()
}
