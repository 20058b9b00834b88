//! Hyphenated compound names ("Hydro-Québec", "Rolls-Royce"): a place read in the second
//! part of a compound whose first part is a capitalised word no rule took is part of the
//! compound's name, not the place (Hydro-Québec is a company, not Quebec). Two places or a
//! place and a demonym joined by a hyphen ("Russia-Ukraine war", "Franco-German") are left
//! as they are.
//!
//! German compounds end in their head noun ("Regional|zug", "Güter|zug"): a one-word place
//! name that ends longer words of the same text is that noun there ("Zug" in a report of a
//! train crash is no Swiss canton).

use crate::link::{Context, Picked, Target};
use crate::tokens::Script;

/// Drops the places that only the second part of such a compound names.
pub fn drop_places_inside_compounds(cx: &Context, picked: &mut Vec<Picked>) {
    let taken: Vec<(usize, usize)> = picked.iter().map(|p| (p.first, p.last)).collect();
    picked.retain(|p| {
        let place = matches!(p.target, Target::Known(e) if cx.g.entity(e).place.is_some());
        if !place || p.demonym || p.first == 0 {
            return true;
        }
        let prev = &cx.toks[p.first - 1];
        let hyphen = &cx.text[prev.byte_end..cx.toks[p.first].byte_start] == "-";
        let prev_free = !taken.iter().any(|&(a, b)| a < p.first && p.first - 1 <= b);
        !(hyphen && prev.script == Script::Cased && prev.capitalised && prev_free)
    });
}

/// Whether the word at `k` ends longer cased words of the text (by at least four letters).
pub fn heads_compounds(cx: &Context, k: usize) -> bool {
    let own = cx.toks[k].folded.as_str();
    if own.chars().count() < 3 {
        return false;
    }
    // Sorted backwards spellings: the words ending in `own` are one run, found by binary
    // search (a long text has many candidates and many words).
    let words = cx.reversed_words.get_or_init(|| {
        let mut v: Vec<String> = cx
            .toks
            .iter()
            .filter(|t| t.script == Script::Cased)
            .map(|t| t.folded.chars().rev().collect())
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    });
    let key: String = own.chars().rev().collect();
    let n = key.chars().count();
    let from = words.partition_point(|w| w.as_str() < key.as_str());
    words[from..]
        .iter()
        .take_while(|w| w.starts_with(key.as_str()))
        .any(|w| w.chars().count() >= n + 4)
}
