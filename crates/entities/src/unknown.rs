//! Names the gazetteer does not hold, in capitalised runs: organisations (by their head
//! word) and people (by their name parts). Slavic lower-case official names are in
//! `slavic_orgs`, people of uncased scripts in `uncased_people`, lone words in
//! `lone_names`.

use crate::lexicon::{DIRECTIONS, PLACE_TAILS};
use crate::link::{
    is_country, is_place, joins, name_part_groups, person_by_parts, slug, Context, Picked, Target,
    INSTITUTION_PREFIX,
};
use crate::name_parts::person_key;
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

/// People in a capitalised run: the stretches of it that no known name covers
/// ("Bayerns Ministerpräsident | Markus Söder"), each tried as a name. One-word small places
/// and a country or designation that is a first name ("Edi Rama", "Marina Silva") do not
/// break a stretch.
fn add_person_run(cx: &Context, picked: &mut Vec<Picked>, first: usize, last: usize) {
    // Each pick inside the run is judged once.
    let mut flags = vec![false; last - first + 1];
    for p in picked.iter().filter(|p| p.first <= last && p.last >= first) {
        let breaks = place_before_name(cx, p, first, last)
            || (!small_place(cx, p)
                && !first_name_reading(cx, p, last)
                && !surname_place(cx, p)
                && !surname_org(cx, p, first));
        if breaks {
            for k in p.first.max(first)..=p.last.min(last) {
                flags[k - first] = true;
            }
        }
    }
    let mut k = 0;
    while k < flags.len() {
        if flags[k] {
            k += 1;
            continue;
        }
        let s = k;
        while k < flags.len() && !flags[k] {
            k += 1;
        }
        add_person_stretch(cx, picked, first + s, first + k - 1);
    }
}

/// Prepositions of place ("in", "w", "в", "near"): capitalised words after them that no
/// table knows are most often a village or an inflected place, not a firm. Directions ("to",
/// "from") are left out: contracts go to firms.
#[rustfmt::skip]
const AT_PLACE: &[&str] = &[
    "in", "at", "near", "w", "we", "na", "pod", "в", "во", "у", "под", "біля", "em", "no",
    "nos", "na", "nas", "en", "nel", "nella", "a", "au", "aux", "im", "bei", "σε", "στο",
    "στη", "στην",
];

/// The sentence holding token `k` has more capitalised words than lower-case ones (a
/// headline in title case: "Markets Rally as Investors Await Thursday's Rate Decision").
fn title_case_sentence(cx: &Context, k: usize) -> bool {
    let start = (0..=k).rev().find(|&i| cx.sentence_start[i]).unwrap_or(0);
    let end = (k + 1..cx.toks.len())
        .find(|&i| cx.sentence_start[i])
        .unwrap_or(cx.toks.len());
    let cased = |i: &usize| cx.toks[*i].folded.chars().any(char::is_alphabetic);
    let (upper, lower) = (start..end).filter(cased).fold((0, 0), |(u, l), i| {
        if cx.toks[i].capitalised {
            (u + 1, l)
        } else {
            (u, l + 1)
        }
    });
    upper > lower
}

/// A one-word place opening a run (after titles) that goes on with a full name is where the person is
/// from, not part of the name: "Prezydent Krakowa | Aleksander Miszalski", "Мер Львова |
/// Андрій Садовий".
fn place_before_name(cx: &Context, p: &Picked, run_first: usize, run_last: usize) -> bool {
    let named = |k: usize| !name_part_groups(cx, k).is_empty();
    // Titles before it may open the run ("Prezydent Krakowa …").
    let at = p.first;
    p.first == p.last
        && (run_first..at).all(|k| !named(k))
        && run_last >= at + 2
        && cx.toks[at + 1].capitalised
        && cx.toks[at + 2].capitalised
        && named(at + 1)
        && named(at + 2)
        // A large place only: "Teresa Gouveia Lopes" keeps the small Brazilian town
        // that is her first name.
        && matches!(p.target, Target::Known(e) if {
            let v = cx.g.entity(e);
            v.place.is_some() && v.population >= 100_000
        })
}

/// A one-word town or region (not a capital) whose name is also a person-name part ("Rama"):
/// inside a run of name parts it is read as part of the name.
fn surname_place(cx: &Context, p: &Picked) -> bool {
    p.first == p.last
        && !name_part_groups(cx, p.first).is_empty()
        && matches!(p.target, Target::Known(e) if {
            let v = cx.g.entity(e);
            matches!(v.place, Some(PlaceKind::City | PlaceKind::Subdivision | PlaceKind::Region))
                && v.capital_of.is_none()
        })
}

/// A one-word organisation written as a surname after a first name of the same run
/// ("Antoine | Dupont", "Tom | Ford"): the person is meant.
fn surname_org(cx: &Context, p: &Picked, run_first: usize) -> bool {
    p.first == p.last
        && p.first > run_first
        && !cx.toks[p.first].all_caps
        && cx.toks[p.first - 1].capitalised
        && !name_part_groups(cx, p.first - 1).is_empty()
        && is_known_org(cx, &p.target)
}

/// A one-word country or institution designation that is a person's first name here: a
/// name part followed, in the same run, by another capitalised word.
fn first_name_reading(cx: &Context, p: &Picked, run_last: usize) -> bool {
    let named = |k: usize| !name_part_groups(cx, k).is_empty();
    p.first == p.last
        && p.last < run_last
        && cx.toks[p.last + 1].capitalised
        && named(p.first)
        && matches!(&p.target, Target::Known(e) if {
            let v = cx.g.entity(*e);
            v.place == Some(PlaceKind::Country)
                || v.id.starts_with(crate::link::INSTITUTION_PREFIX)
                // An organisation's name that is a first name before another name part
                // ("Ana Paula Martins").
                || (v.etype == EntityType::Organisation
                    && !cx.toks[p.first].all_caps
                    && named(p.first + 1))
                // Any town, even a capital, when the next word is a name part too ("Edi
                // Rama": Edi is an old name of Tokyo).
                || (v.place == Some(PlaceKind::City) && named(p.first + 1))
        })
}

/// People: two to four capitalised words, the first or last a known name part, none a
/// function word. Acronyms at either end are left out ("ДСНС | Андрій Левченко"), and
/// one-word small places inside give way ("Marco Bellandi" is not the town of Marco).
fn add_person_stretch(cx: &Context, picked: &mut Vec<Picked>, mut first: usize, mut last: usize) {
    // A capitalised word that opens the sentence ("Вчера", "Yesterday") and is a function
    // word or no name part is not part of the name after it.
    while first < last
        && (cx.toks[first].all_caps
            || cx.lex.is_connector(&cx.toks[first].folded)
            // "On Sunday the Boston Red Sox …": a weekday opens no name.
            || cx.lang == "en" && crate::lone_names::WEEKDAYS.contains(&cx.toks[first].folded.as_str())
            || cx.g.is_stopword(cx.lang, &cx.toks[first].folded)
            || (cx.sentence_start[first] && name_part_groups(cx, first).is_empty()))
    {
        first += 1;
    }
    while last > first && (cx.toks[last].all_caps || cx.lex.is_connector(&cx.toks[last].folded)) {
        last -= 1;
    }
    // A title no table lists opens the run ("Inspector Rachel Osei", "Landrat Stefan
    // Huber", "Trainer Jonas Brandt"): a word that is no name part, before two or more
    // capitalised words the first of which is a name part.
    let plain_name_word =
        |k: usize| cx.toks[k].capitalised && !cx.lex.is_connector(&cx.toks[k].folded);
    while first + 2 <= last
        && name_part_groups(cx, first).is_empty()
        && plain_name_word(first + 1)
        && plain_name_word(first + 2)
        && !cx.text[cx.toks[first + 1].byte_end..cx.toks[first + 2].byte_start].contains('-')
        && !name_part_groups(cx, first + 1).is_empty()
    {
        first += 1;
    }
    let words: Vec<usize> = (first..=last)
        .filter(|&k| !cx.lex.is_connector(&cx.toks[k].folded) || cx.toks[k].capitalised)
        .collect();
    let n = words.len();
    if !(2..=4).contains(&n) || words.iter().any(|&k| cx.toks[k].all_caps) {
        return;
    }
    // A capitalised particle inside a name is part of it ("Yann Le Goff", "Charles De
    // Gaulle"), though it is a stopword elsewhere.
    let particle = |i: usize| i > 0 && cx.lex.is_connector(&cx.toks[words[i]].folded);
    // A people's adjective or a direction opens a place or a body, not a person's name
    // ("Persian Gulf", "Southern California", "Western Naval Command").
    let demonym_first = picked.iter().any(|p| p.first == words[0] && p.demonym);
    if (0..n).any(|i| cx.g.is_stopword(cx.lang, &cx.toks[words[i]].folded) && !particle(i))
        || cx.lex.is_geo_head(&cx.toks[words[0]].folded)
        || demonym_first
        || DIRECTIONS.contains(&cx.toks[words[0]].folded.as_str())
        || cx.lang == "en" && PLACE_TAILS.contains(&cx.toks[words[n - 1]].folded.as_str())
    {
        return;
    }
    let groups: Vec<Vec<u32>> = words.iter().map(|&k| name_part_groups(cx, k)).collect();
    // German capitalises every noun ("Millionen Artilleriegranaten"): there every word must
    // be a known name part; elsewhere the first, or the last when the span does not open a
    // sentence.
    let known = |i: usize| !groups[i].is_empty();
    // A known first name after a title ("Parteichef Hubert Aiwanger") or before a verb of
    // saying ("Hubert Aiwanger sagte") opens a name whatever the surname.
    let ok = if cx.lang == "de" {
        known(0) && (known(n - 1) || role_before(picked, first) || says_after(cx, last))
    } else {
        known(0) || (known(n - 1) && !cx.sentence_start[first])
    };
    let inside = |p: &Picked| p.first <= last && p.last >= first;
    if !ok {
        // Not recognisable as a name by its parts, but maybe a known person written in
        // another script.
        if let Some(e) = person_by_transliteration(cx, first, last) {
            if !picked.iter().any(|p| inside(p) && !small_place(cx, p)) {
                picked.retain(|p| !inside(p));
                picked.push(pick(first, last, cx, Target::Known(e)));
            }
            return;
        }
        // Capitalised words inside a sentence that no table knows, none of them a name part
        // nor a place: a firm, club or body named without a head word ("Vestfjord Ferjer",
        // "Rheintal Armaturen"). German capitalises every noun, so there it takes three.
        // Not in German, which capitalises every noun, nor in English, which capitalises
        // events, works and titles as well ("Academy Awards", "Entertainment Weekly",
        // "Deputy Sgt"; on ECB+ the rule merged two years' Oscars through "Academy
        // Awards"); not after a connector, where
        // capitalised common nouns end a longer name ("Ministério dos | Negócios
        // Estrangeiros"), nor after a locative, where an inflected place the tables lack
        // stands ("w Stroniu Śląskim"); not in a title-case headline.
        let before = first.checked_sub(1).map(|k| cx.toks[k].folded.as_str());
        let unknown = (0..n).all(|i| !known(i) && cx.toks[words[i]].capitalised);
        if unknown
            && !matches!(cx.lang, "de" | "en")
            && !cx.sentence_start[first]
            && !before.is_some_and(|w| cx.lex.is_connector(w) || AT_PLACE.contains(&w))
            && !picked.iter().any(inside)
            && !title_case_sentence(cx, first)
        {
            picked.push(new_org(cx, first, last));
        }
        return;
    }
    // What a person's name may contain: a small town, or a one-word country or designation
    // that is its first name ("Edi Rama", "Israel Katz", "Marina Silva") when both words are
    // name parts.
    let yields = |p: &Picked| {
        small_place(cx, p)
            || (surname_place(cx, p) && known(0))
            || surname_org(cx, p, first)
            || (p.first == first
                && p.last == first
                && n >= 2
                && known(0)
                && first_name_reading(cx, p, last))
    };
    if picked.iter().any(|p| inside(p) && !yields(p)) {
        return;
    }
    picked.retain(|p| !inside(p));
    let target = match person_by_parts(cx.g, &groups[0], &groups[n - 1])
        .or_else(|| person_by_transliteration(cx, first, last))
    {
        Some(e) => Target::Known(e),
        None => {
            let text = span_text(cx, first, last);
            new_target(
                format!("person:{}", person_key(cx, &words, &groups)),
                text,
                EntityType::Person,
            )
        }
    };
    picked.push(pick(first, last, cx, target));
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

fn is_known_org(cx: &Context, t: &Target) -> bool {
    matches!(t, Target::Known(e) if cx.g.entity(*e).etype == EntityType::Organisation)
}

fn is_known_actor(cx: &Context, t: &Target) -> bool {
    matches!(t, Target::Known(e) if matches!(cx.g.entity(*e).etype, EntityType::Person | EntityType::Organisation))
}

/// German verbs of saying right after a name, folded.
const DE_SAYING: &[&str] = &[
    "sagte",
    "sagt",
    "erklarte",
    "erklart",
    "betonte",
    "betont",
    "teilte",
    "kundigte",
    "forderte",
    "warnte",
    "meinte",
    "sprach",
    "bestatigte",
    "kritisierte",
];

/// A title or role ends right before the token.
fn role_before(picked: &[Picked], first: usize) -> bool {
    picked
        .iter()
        .any(|p| matches!(p.target, Target::Role(_)) && p.last + 1 == first)
}

/// A German verb of saying follows the token.
fn says_after(cx: &Context, last: usize) -> bool {
    cx.toks
        .get(last + 1)
        .is_some_and(|t| DE_SAYING.contains(&t.folded.as_str()) && joins(cx, last, last + 1))
}
