//! National institutions whose designation holds the country's adjective in the middle, as
//! French, Spanish, Italian and Portuguese write them: "ministère égyptien des Affaires
//! étrangères", "ministerio español de Defensa", "ministero russo degli Esteri". The tables
//! list the designation without the adjective ("ministère des Affaires étrangères"), so the
//! words around the adjective are looked up again as if it were not there.

use crate::detect;
use crate::link::{joins, Context, Picked, Target, INSTITUTION_PREFIX};
use crate::resolve::national_institution;
use crate::tokens::{tokenize, Script};
use crate::PlaceKind;

/// The most words of a designation after the adjective that are looked up.
const MAX_AFTER: usize = 7;

/// Replaces a country's adjective and the designation around it by that country's
/// institution ("ministère égyptien des Affaires étrangères" -> Egypt's foreign ministry).
pub fn add_designations_around_demonyms(cx: &Context, picked: &mut Vec<Picked>) {
    if !matches!(cx.lang, "fr" | "es" | "it" | "pt") {
        return;
    }
    let toks = cx.toks;
    let mut add: Vec<Picked> = Vec::new();
    for p in picked.iter() {
        let Target::Known(country) = p.target else {
            continue;
        };
        let is_country = cx.g.entity(country).place == Some(PlaceKind::Country);
        if !p.demonym
            || !is_country
            || p.first == 0
            || p.first != p.last
            || p.last + 1 >= toks.len()
        {
            continue;
        }
        let (h, a) = (p.first - 1, p.last);
        if toks[h].script != Script::Cased || !joins(cx, h, a) || !joins(cx, a, a + 1) {
            continue;
        }
        // The designation's first word, then the words after the adjective.
        let end = toks[(a + MAX_AFTER).min(toks.len() - 1)].byte_end;
        let head = &cx.text[toks[h].byte_start..toks[h].byte_end];
        let text = format!("{head} {}", &cx.text[toks[a + 1].byte_start..end]);
        let words = tokenize(&text);
        let same_words = words
            .iter()
            .enumerate()
            .skip(1)
            .all(|(k, w)| toks.get(a + k).is_some_and(|t| t.folded == w.folded));
        if !same_words {
            continue;
        }
        let institution = detect::find(cx.g, &text, &words, cx.lang)
            .into_iter()
            .filter(|c| c.first == 0 && c.last >= 1)
            .filter_map(|c| {
                c.entries.iter().find_map(|(e, _)| {
                    let kind = cx.g.entity(*e).id.strip_prefix(INSTITUTION_PREFIX)?;
                    Some((c.last, kind.to_string()))
                })
            })
            .max_by_key(|(last, _)| *last);
        let Some((last, kind)) = institution else {
            continue;
        };
        let last = a + last;
        let id = cx.g.entity(country).id;
        let target = national_institution(cx, &kind, Some(id), Some(country));
        add.push(Picked::new(h, last, toks[h].start, toks[last].end, target));
    }
    for a in add {
        picked.retain(|p| p.last < a.first || p.first > a.last);
        picked.push(a);
    }
    picked.sort_by_key(|p| p.start);
}
