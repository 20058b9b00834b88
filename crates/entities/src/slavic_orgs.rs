//! Russian, Ukrainian, Belarusian and Bulgarian official names that no table knows:
//! a capitalised first word (often an adjective), lower-case words, a head word.

use crate::link::{covered, is_place, joins, Context, Picked, Target};
use crate::tokens::Script;
use crate::unknown::{is_org_head, new_org};
use crate::PlaceKind;

/// Russian, Ukrainian and Belarusian official names capitalise only their first word:
/// "Следственный комитет", "Верховна рада", "Томский политехнический университет". A
/// capitalised word, at most two lower-case words, then a lower-case organisation head word
/// is one organisation. The capitalised word may have been read as a city's or region's
/// adjective ("Львівська міська рада"); a country's ("Российская армия") stays a demonym.
pub fn add_slavic_org_phrases(cx: &Context, picked: &mut Vec<Picked>) {
    if !matches!(cx.lang, "ru" | "uk" | "be" | "bg") {
        return;
    }
    let cov = covered(cx.toks, picked);
    let lower = |k: usize| {
        let t = &cx.toks[k];
        t.script == Script::Cased && !t.capitalised && !cov[k]
    };
    let mut add = Vec::new();
    for (i, a) in cx.toks.iter().enumerate() {
        let opener = a.script == Script::Cased
            && a.capitalised
            && !a.all_caps
            && !cx.g.is_stopword(cx.lang, &a.folded)
            && (!cx.sentence_start[i] || adjective_like(&a.folded))
            && (!cov[i]
                || picked
                    .iter()
                    .any(|p| p.first == i && p.last == i && region_adjective(cx, p)));
        if !opener {
            continue;
        }
        let mut last = None;
        for j in i + 1..(i + 4).min(cx.toks.len()) {
            if !lower(j) || !joins(cx, j - 1, j) || cx.g.is_stopword(cx.lang, &cx.toks[j].folded) {
                break;
            }
            if is_org_head(cx, j) {
                last = Some(j);
                break;
            }
            // Only adjectives stand between ("Томского политехнического университета"),
            // not a verb ("Галтекс відкрила другий завод").
            if !adjective_like(&cx.toks[j].folded) || cx.toks[j].folded.ends_with("ла") {
                break;
            }
        }
        if let Some(mut last) = last {
            // A country or place in the genitive right after is part of the official name
            // ("Національного олімпійського комітету | України"): no preposition links it.
            if let Some(p) = picked.iter().find(|p| {
                p.first == last + 1 && cx.toks[p.first].capitalised && joins(cx, last, p.first)
            }) {
                if is_place(cx, p) {
                    last = p.last;
                }
            }
            add.push(new_org(cx, i, last));
        }
    }
    picked.retain(|p| {
        !add.iter()
            .any(|a: &Picked| p.first >= a.first && p.last <= a.last)
    });
    picked.extend(add);
    picked.sort_by_key(|p| p.start);
}

/// Whether a Russian or Ukrainian word has an adjective's ending: at the start of a sentence
/// only an adjective opens an official name ("Центральный банк"), not an adverb ("Днями").
fn adjective_like(w: &str) -> bool {
    // Folded: "й" and "ї" lose their marks ("Центральный" -> "центральныи").
    const ENDINGS: &[&str] = &[
        "ыи", "ии", "ои", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ых", "их", "іи",
        "ська", "на", "ня", "ова", "ева", "оі", "ну", "не", "ке", "ное", "кое",
    ];
    ENDINGS.iter().any(|e| w.ends_with(e))
}

/// A known place other than a country, read from an adjective ("Львівська").
fn region_adjective(cx: &Context, p: &Picked) -> bool {
    matches!(p.target, Target::Known(e) if {
        let v = cx.g.entity(e);
        v.place.is_some() && v.place != Some(PlaceKind::Country)
    })
}
