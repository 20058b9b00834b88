//! People named in capitalised runs: the stretches of a run that no known name covers,
//! each tried as a person's name by its parts, its title and its surroundings ("Bayerns
//! Ministerpräsident | Markus Söder", "owner Arte Moreno", "Bill Clinton").

use crate::lexicon::{DIRECTIONS, PLACE_TAILS};
use crate::link::{is_place, joins, name_part_groups, person_by_parts, Context, Picked, Target};
use crate::name_parts::person_key;
use crate::unknown::{
    is_known_org, new_org, new_target, person_by_transliteration, pick, small_place, span_text,
};
use crate::{EntityType, PlaceKind};

/// People in a capitalised run: the stretches of it that no known name covers
/// ("Bayerns Ministerpräsident | Markus Söder"), each tried as a name. One-word small places
/// and a country or designation that is a first name ("Edi Rama", "Marina Silva") do not
/// break a stretch.
pub(crate) fn add_person_run(cx: &Context, picked: &mut Vec<Picked>, first: usize, last: usize) {
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
    // A function word that is also a first name or a Chinese surname opens a name before
    // another capitalised word: "Bill Clinton", "Ed Miliband", "He Lifeng". A closed list: the
    // name-part tables hold nearly every capitalised word ("In", "Meeting").
    const NAMES_AMONG_FUNCTION_WORDS: &[&str] = &[
        "al", "bill", "bo", "don", "ed", "he", "jo", "li", "ma", "mo", "ng", "will", "wu",
    ];
    let end = last;
    let first_name = |k: usize| {
        cx.toks[k].capitalised
            && NAMES_AMONG_FUNCTION_WORDS.contains(&cx.toks[k].folded.as_str())
            && k < end
            && cx.toks[k + 1].capitalised
    };
    // A capitalised word that opens the sentence ("Вчера", "Yesterday") and is a function
    // word or no name part is not part of the name after it.
    while first < last
        && (cx.toks[first].all_caps
            // English capitalises a connector only as a name part ("Al Gore", "Van Morrison").
            || cx.lex.is_connector(&cx.toks[first].folded)
                && !(cx.lang == "en" && cx.toks[first].capitalised)
            // "On Sunday the Boston Red Sox …": a weekday opens no name.
            || cx.lang == "en" && crate::lone_names::WEEKDAYS.contains(&cx.toks[first].folded.as_str())
            || !first_name(first)
                && (cx.g.is_stopword(cx.lang, &cx.toks[first].folded)
                    || cx.sentence_start[first] && name_part_groups(cx, first).is_empty()))
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
    let opens_with_first_name = first_name(words[0]);
    // A function word that is a name part here: the first name, or a surname after one
    // ("Neil Young", "Larry Page"); not in a headline, which capitalises every word.
    let name_word = |i: usize| {
        cx.toks[words[i]].capitalised
            && (i > 0 && !name_part_groups(cx, words[i]).is_empty()
                || i == 0 && opens_with_first_name)
            && !title_case_sentence(cx, words[i])
    };
    if (0..n).any(|i| {
        cx.g.is_stopword(cx.lang, &cx.toks[words[i]].folded) && !particle(i) && !name_word(i)
    }) || cx.lex.is_geo_head(&cx.toks[words[0]].folded)
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
    let known = |i: usize| !groups[i].is_empty() || i == 0 && opens_with_first_name;
    // A title right before the words makes them a name whatever the parts ("owner Arte
    // Moreno"), and a town inside it is part of the name; in German a known first name
    // after a title ("Parteichef Hubert Aiwanger") or before a verb of saying ("Hubert
    // Aiwanger sagte") opens a name whatever the surname.
    let after_role = role_before(picked, first);
    let ok = if cx.lang == "de" {
        known(0) && (known(n - 1) || after_role || says_after(cx, last))
    } else {
        known(0)
            || (known(n - 1) && (!cx.sentence_start[first] || after_role))
            || (after_role && n <= 3 && !title_case_sentence(cx, first))
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
        (after_role && p.first > first && is_place(cx, p))
            || small_place(cx, p)
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
    // English gives a team, a paper, a prize or a society the article, never a person:
    // "the Red Sox", "the Hollywood Reporter", "the Walter Scott Prize".
    if cx.lang == "en" && first > 0 && cx.toks[first - 1].folded == "the" {
        picked.push(new_org(cx, first, last));
        return;
    }
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
