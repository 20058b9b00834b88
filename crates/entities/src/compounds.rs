//! Hyphenated compound names ("Hydro-Québec", "Rolls-Royce"): a place read in the second
//! part of a compound whose first part is a capitalised word no rule took is part of the
//! compound's name, not the place (Hydro-Québec is a company, not Quebec). Two places or a
//! place and a demonym joined by a hyphen ("Russia-Ukraine war", "Franco-German") are left
//! as they are.

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
