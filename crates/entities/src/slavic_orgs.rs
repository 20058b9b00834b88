//! Slavic official names that no table knows: Russian, Ukrainian, Belarusian and
//! Bulgarian ones (a capitalised first word, often an adjective, lower-case words, a head
//! word, what the body is for), and Polish local bodies with their seat.

use crate::link::{covered, is_place, joins, Context, Picked, Target};
use crate::tokens::Script;
use crate::unknown::{is_org_head, new_org};
use crate::PlaceKind;

/// Russian, Ukrainian and Belarusian official names capitalise only their first word:
/// "Следственный комитет", "Верховна рада", "Томский политехнический университет". A
/// capitalised word, at most two lower-case words, then a lower-case organisation head word
/// is one organisation. The capitalised word may have been read as a city's or region's
/// adjective ("Львівська міська рада"). A country's adjective opens one only inside a
/// sentence ("ученые | Китайская академия наук"), since these languages write it in lower
/// case unless it begins a name; opening a sentence it stays a demonym ("Российская армия").
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
                || picked.iter().any(|p| {
                    p.first == i
                        && p.last == i
                        && (region_adjective(cx, p) || p.demonym && !cx.sentence_start[i])
                }));
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
    extend_genitive_tails(cx, picked);
}

/// What a body is for, in the genitive after its head word: "Евразийского банка |
/// развития", "Міністерства | охорони здоров'я", "Національним інститутом | раку". A closed
/// list of such nouns (folded; an apostrophe splits a Ukrainian word in two tokens), since
/// any other lower-case word after a name may as well be the sentence going on.
#[rustfmt::skip]
const GENITIVE_PURPOSES: &[&str] = &[
    // Russian
    "развития", "науки", "наук", "обороны", "финансов", "здравоохранения", "образования",
    "юстиции", "безопасности", "экономики", "культуры", "транспорта", "энергетики",
    "промышленности", "торговли", "труда", "природы", "связи", "спорта", "строительства",
    "иностранных", "внутренних", "дел", "реконструкции", "здоровья", "рака", "кардиологии",
    "онкологии", "экологии",
    // Ukrainian
    "розвитку", "оборони", "фінансів", "охорони", "здоров'я", "освіти", "юстиції", "безпеки",
    "економіки", "культури", "транспорту", "енергетики", "промисловості", "торгівлі", "праці",
    "довкілля", "зв'язку", "спорту", "інфраструктури", "раку", "кардіології", "онкології",
    "закордонних", "внутрішніх", "справ", "реконструкції", "відбудови", "екології",
];

/// The last token of a word of [`GENITIVE_PURPOSES`] starting at token `k`, if one does.
fn purpose_at(cx: &Context, k: usize) -> Option<usize> {
    let t = &cx.toks[k];
    if t.capitalised || t.script != Script::Cased {
        return None;
    }
    if GENITIVE_PURPOSES.contains(&t.folded.as_str()) {
        return Some(k);
    }
    let n = cx.toks.get(k + 1)?;
    let gap = &cx.text[t.byte_end..n.byte_start];
    let joined = format!("{}'{}", t.folded, n.folded);
    (matches!(gap, "'" | "’") && GENITIVE_PURPOSES.contains(&joined.as_str())).then_some(k + 1)
}

/// Grows Russian and Ukrainian organisations ending in a head word over the genitive
/// nouns of [`GENITIVE_PURPOSES`] right after them (at most three words).
fn extend_genitive_tails(cx: &Context, picked: &mut [Picked]) {
    let toks = cx.toks;
    let taken = covered(toks, picked);
    for p in picked.iter_mut() {
        let org = match &p.target {
            Target::New { etype, .. } => *etype == crate::EntityType::Organisation,
            Target::Known(e) => cx.g.entity(*e).etype == crate::EntityType::Organisation,
            Target::Role(_) => false,
        };
        if !org || !is_org_head(cx, p.last) {
            continue;
        }
        let (mut last, mut words) = (p.last, 0);
        while words < 3 && last + 1 < toks.len() && !taken[last + 1] && joins(cx, last, last + 1) {
            let Some(end) = purpose_at(cx, last + 1) else {
                break;
            };
            last = end;
            words += 1;
        }
        if last > p.last {
            let grown = new_org(cx, p.first, last);
            (p.target, p.last, p.end) = (grown.target, grown.last, grown.end);
        }
    }
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

/// Polish local bodies carry their seat in their name: "Sąd Okręgowy w Olsztynie",
/// "Giełda Papierów Wartościowych w Warszawie". An organisation no table knows, right
/// before "w" or "we" and a town, is grown over them; a known one ("Komisja Europejska w
/// Brukseli") is only somewhere.
pub fn add_polish_seats(cx: &Context, picked: &mut Vec<Picked>) {
    if cx.lang != "pl" {
        return;
    }
    let toks = cx.toks;
    let mut k = 0;
    while k + 1 < picked.len() {
        let (o, p) = (&picked[k], &picked[k + 1]);
        let unknown = matches!(&o.target,
            Target::New { etype, .. } if *etype == crate::EntityType::Organisation);
        let town = matches!(p.target, Target::Known(e)
            if cx.g.entity(e).place == Some(PlaceKind::City));
        let seat = p.first == o.last + 2
            && matches!(toks[o.last + 1].folded.as_str(), "w" | "we")
            && joins(cx, o.last, o.last + 1)
            && joins(cx, o.last + 1, p.first);
        if unknown && town && seat && !p.demonym {
            let joined = new_org(cx, o.first, p.last);
            picked.splice(k..k + 2, [joined]);
        }
        k += 1;
    }
}
