//! Names the gazetteer does not hold, in capitalised runs: organisations (by their head
//! word); people by their name parts are in `people`, Slavic lower-case official names in
//! `slavic_orgs`, people of uncased scripts in `uncased_people`, lone words in
//! `lone_names`.

use crate::link::{
    is_country, is_place, name_part_groups, slug, Context, Picked, Target, INSTITUTION_PREFIX,
};
use crate::people::add_person_run;
use crate::runs::{capitalised_runs, extend_romance_names, split_at_conjunctions, split_at_roles};
use crate::{EntityType, PlaceKind};

/// Leading words of a capitalised span that are articles, not part of a name.
pub(crate) const ARTICLES: &[&str] = &[
    "the", "a", "an", "il", "lo", "la", "le", "les", "l", "gli", "i", "el", "los", "las", "o",
    "os", "as", "der", "die", "das", "den", "dem", "des", "het", "de", "een", "un", "una", "uno",
    "une", "ο", "η", "το", "οι", "τα", "του", "της", "των", "τον", "την",
];

pub(crate) fn new_target(id: String, name: &str, etype: EntityType) -> Target {
    Target::New {
        id,
        name: name.to_string(),
        etype,
    }
}

pub(crate) fn span_text<'t>(cx: &Context<'t>, first: usize, last: usize) -> &'t str {
    &cx.text[cx.toks[first].byte_start..cx.toks[last].byte_end]
}

/// An organisation no table knows, named by the words `first..=last`.
pub(crate) fn new_org(cx: &Context, first: usize, last: usize) -> Picked {
    let text = span_text(cx, first, last);
    pick(
        first,
        last,
        cx,
        new_target(
            format!("org:{}", slug(text)),
            text,
            EntityType::Organisation,
        ),
    )
}

pub(crate) fn pick(first: usize, last: usize, cx: &Context, target: Target) -> Picked {
    Picked::new(first, last, cx.toks[first].start, cx.toks[last].end, target)
}

/// Adds organisations and people found in capitalised runs; organisation spans replace the
/// place names inside them ("Junta de Extremadura"), but stop before a trailing country
/// ("Conselho de Segurança | da Rússia").
pub fn add_capitalised_names(cx: &Context, picked: &mut Vec<Picked>) {
    // A title the tables list ends the name before it and opens the one after it:
    // "Superior Court | Judge | James Bodiford", "Senior Trooper | William Hakim".
    // Not a title that an organisation's head word follows ("Inspector General's Office",
    // "Sheriff Office"): that is the organisation's name.
    let roles: Vec<(usize, usize)> = picked
        .iter()
        .filter(|p| matches!(p.target, Target::Role(_)))
        .filter(|p| {
            !cx.toks
                .get(p.last + 1)
                .is_some_and(|t| cx.lex.is_org_word(&t.folded))
        })
        .map(|p| (p.first, p.last))
        .collect();
    let runs: Vec<(usize, usize)> = capitalised_runs(cx)
        .into_iter()
        .flat_map(|run| split_at_roles(run, &roles))
        .flat_map(|(first, last)| split_at_conjunctions(cx, first, last))
        .collect();
    let runs = extend_romance_names(cx, runs);
    for (mut first, mut last) in runs {
        while first < last
            && (ARTICLES.contains(&cx.toks[first].folded.as_str())
                || cx.sentence_start[first]
                    && cx
                        .lex
                        .is_opening_preposition(cx.lang, &cx.toks[first].folded))
        {
            first += 1;
        }
        let words: Vec<usize> = (first..=last)
            .filter(|&k| !cx.lex.is_connector(&cx.toks[k].folded) || cx.toks[k].capitalised)
            .collect();
        let head = words.iter().copied().find(|&k| is_org_head(cx, k));
        // A one-word compound title before a full name ("Landrat Stefan Huber") is no
        // organisation: the name after it is a person.
        let named = |k: usize| !name_part_groups(cx, k).is_empty();
        let title_before_name = head == Some(first)
            && is_compound_org(cx, first)
            && (3..=4).contains(&(last + 1 - first))
            && (first + 1..=last)
                .all(|k| cx.toks[k].capitalised && !cx.lex.is_connector(&cx.toks[k].folded))
            && named(first + 1)
            && named(last);
        if title_before_name {
            add_person_run(cx, picked, first + 1, last);
            continue;
        }
        // An acronym opening a short run is a name of its own ("NATO Council" is not one
        // name), unless it is a head word itself ("FC Twente", "TU Dresden").
        let opens_with_acronym =
            cx.toks[first].all_caps && !cx.lex.is_org_word_exact(&cx.toks[first].folded);
        if let Some(head) = head.filter(|_| !opens_with_acronym || words.len() >= 3) {
            // The organisation starts at the connector-free segment holding its head word:
            // "Tom Ashworth of | Calder Capital", but "Bank of England" stays whole.
            let seg_start = (first + 1..=head)
                .rev()
                .find(|&k| {
                    cx.lex.is_connector(&cx.toks[k - 1].folded) && !cx.toks[k - 1].capitalised
                })
                .unwrap_or(first);
            if seg_start > first {
                let mut before_last = seg_start - 1;
                while before_last > first && cx.lex.is_connector(&cx.toks[before_last].folded) {
                    before_last -= 1;
                }
                add_person_run(cx, picked, first, before_last);
                first = seg_start;
            }
            let words: Vec<usize> = words.iter().copied().filter(|&k| k >= first).collect();
            // Cut before a country joined by a connector at the end; but English puts a
            // country after "of" only in official names ("Central Bank of Nigeria"; a
            // description would be "Nigeria's central bank").
            // So does a bare "de" or "di" without an article in the Romance languages
            // ("Banco de México", "Banque de France"; not "Conselho de Segurança da
            // Rússia").
            let official_of = |p: &Picked| {
                let link = cx.toks[p.first - 1].folded.as_str();
                (cx.lang == "en" && link == "of")
                    || (matches!(cx.lang, "es" | "pt" | "fr" | "it") && matches!(link, "de" | "di"))
            };
            // A Romance adjective of nationality after its noun belongs to the name
            // ("Sindicato dos Enfermeiros Portugueses", "Cruz Roja Española").
            let postposed_demonym = |p: &Picked| {
                p.demonym
                    && matches!(cx.lang, "es" | "pt" | "fr" | "it")
                    && !cx.lex.is_connector(&cx.toks[p.first - 1].folded)
            };
            if let Some(p) = picked.iter().find(|p| {
                p.first > first
                    && p.last == last
                    && is_country(cx, &p.target)
                    && !official_of(p)
                    && !postposed_demonym(p)
            }) {
                let mut cut = p.first;
                while cut > first && cx.lex.is_connector(&cx.toks[cut - 1].folded) {
                    cut -= 1;
                }
                last = cut.saturating_sub(1).max(first);
            }
            // A known place after a locative is where the organisation is, not part of its
            // name ("Minera Altiplano | en Calama"). After a genitive it may well be part of
            // it ("Universidade Federal de Minas Gerais", "Fondazione Arena di Verona").
            if let Some(p) = picked.iter().find(|p| {
                p.first > head + 1
                    && p.last == last
                    && is_place(cx, p)
                    && cx.lex.is_locative(&cx.toks[p.first - 1].folded)
            }) {
                last = p.first - 2;
            }
            // An acronym at the end is its own mention ("Nachrichtenagentur | KCNA").
            let acronym_after = last > first && cx.toks[last].all_caps;
            while last > first && cx.toks[last].all_caps {
                last -= 1;
            }
            if words.len() < 2 && !cx.lex.is_org_word(&cx.toks[first].folded) {
                continue;
            }
            // A one-word compound right before a name is a descriptor of it
            // ("Nachrichtenagentur KCNA", "Katastrophenschutzbehörde BNPB").
            let before_name = acronym_after
                || picked
                    .iter()
                    .any(|p| p.first == last + 1 && is_known_actor(cx, &p.target))
                || cx.toks.get(last + 1).is_some_and(|t| t.all_caps);
            if first == last && before_name {
                continue;
            }
            let single_head = first == last
                && cx.lex.is_org_word(&cx.toks[first].folded)
                && !is_compound_org(cx, first);
            if single_head {
                continue;
            }
            if picked.iter().any(|p| p.first == first && p.last == last) {
                continue;
            }
            // Known people and organisations inside are kept as they are; but a known
            // organisation opening the span and followed by "of" and the country is that
            // organisation's official name ("Central Bank | of Nigeria").
            let inside = |p: &Picked| p.first >= first && p.last <= last;
            let country_after = |p: &Picked| {
                picked.iter().find_map(|c| match c.target {
                    Target::Known(e)
                        if c.first == p.last + 2 && c.last == last && is_country(cx, &c.target) =>
                    {
                        Some(e)
                    }
                    _ => None,
                })
            };
            if let Some(k) = picked.iter().position(|p| {
                p.first == first
                    && p.last + 2 <= last
                    && cx.lang == "en"
                    && cx.toks[p.last + 1].folded == "of"
                    && is_known_org(cx, &p.target)
                    && country_after(p).is_some()
            }) {
                // A generic institution ("central bank") becomes the country's.
                let country = country_after(&picked[k]).expect("checked");
                let target = match picked[k].target {
                    Target::Known(e) => match cx.g.entity(e).id.strip_prefix(INSTITUTION_PREFIX) {
                        Some(kind) => crate::resolve::national_institution(
                            cx,
                            kind,
                            Some(cx.g.entity(country).id),
                            Some(country),
                        ),
                        None => picked[k].target.clone(),
                    },
                    _ => picked[k].target.clone(),
                };
                picked.retain(|p| !inside(p));
                picked.push(pick(first, last, cx, target));
                continue;
            }
            // A one-word organisation inside, after the first word, is a word of this
            // name when the name ends in its head word ("Manitoba Labour Board").
            let word_of_name = |p: &Picked| {
                p.first == p.last
                    && p.first > first
                    && head == last
                    && !cx.toks[p.first].all_caps
                    && is_known_org(cx, &p.target)
            };
            if picked
                .iter()
                .any(|p| inside(p) && is_known_actor(cx, &p.target) && !word_of_name(p))
            {
                continue;
            }
            picked.retain(|p| !inside(p));
            if picked.iter().any(|p| p.first <= last && p.last >= first) {
                continue;
            }
            picked.push(new_org(cx, first, last));
            continue;
        }
        add_person_run(cx, picked, first, last);
    }
    picked.sort_by_key(|p| p.start);
}

/// A known person whose Latin name is the transliteration of the span ("Сергей Лавров" ->
/// "Sergei Lavrov", "Βλαντιμίρ Πούτιν" -> "Vlantimir Poutin" finds nothing): tried for
/// names outside the Latin script when the name-part groups did not find the person.
pub(crate) fn person_by_transliteration(cx: &Context, first: usize, last: usize) -> Option<u32> {
    let span = span_text(cx, first, last);
    if span.is_ascii() {
        return None;
    }
    let key = crate::fold::key(&any_ascii::any_ascii(span));
    cx.g.get(&key).iter().find_map(|(e, k)| {
        (k == crate::gazetteer::PostingKind::Name && cx.g.entity(e).etype == EntityType::Person)
            .then_some(e)
    })
}

/// A one-word city or region that a person's name may contain.
pub(crate) fn small_place(cx: &Context, p: &Picked) -> bool {
    p.first == p.last
        && matches!(p.target, Target::Known(e) if {
            let v = cx.g.entity(e);
            matches!(v.place, Some(PlaceKind::City | PlaceKind::Subdivision | PlaceKind::Region))
                && v.capital_of.is_none()
                && v.population < 50_000
        })
}

/// The word is an organisation head word, also in a case form ("Komisji", "адміністрації").
pub(crate) fn is_org_head(cx: &Context, k: usize) -> bool {
    let w = &cx.toks[k].folded;
    if cx.lex.is_org_word(w) {
        return true;
    }
    // Only languages that decline nouns write head words in other cases.
    if !matches!(cx.lang, "pl" | "ru" | "uk" | "cs" | "sk" | "el" | "de") {
        return false;
    }
    let mut forms = Vec::new();
    crate::inflect::suffix_forms(cx.lang, w, &mut forms);
    // German compounds keep their head at the end in every case ("des Landesamts").
    forms
        .iter()
        .any(|f| cx.lex.is_org_word_exact(f) || cx.lang == "de" && cx.lex.is_org_word(f))
}

fn is_compound_org(cx: &Context, i: usize) -> bool {
    let w = &cx.toks[i].folded;
    cx.lex.is_org_word(w) && !cx.lex.is_org_word_exact(w)
}

pub(crate) fn is_known_org(cx: &Context, t: &Target) -> bool {
    matches!(t, Target::Known(e) if cx.g.entity(*e).etype == EntityType::Organisation)
}

fn is_known_actor(cx: &Context, t: &Target) -> bool {
    matches!(t, Target::Known(e) if matches!(cx.g.entity(*e).etype, EntityType::Person | EntityType::Organisation))
}
