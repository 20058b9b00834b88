//! Lone capitalised words: a single capitalised word inside a sentence that no table knows,
//! that no rule read as a person or a place, and that the text never writes in lower case
//! ("said Ebiware", "la Cgil", "профсоюз Unia", "компания Исетьнасос"). In languages that
//! capitalise only names, such a word is a name; when it is no known first name or surname
//! it is most often an organisation (a firm, a union, a club, an agency), so it is taken as
//! one.
//!
//! German capitalises every noun, so the rule is off there; it is on only for the
//! languages it was measured on (en, pt, es, it, fr, nl, pl, ru, uk, el).

use crate::link::{covered, joins, name_part_groups, Context, Picked};
use crate::runs::GENITIVES;
use crate::tokens::Script;
use crate::unknown::{is_org_head, new_org, pick};
use crate::EntityType;

/// Characters after which a capital opens a quote, a list item or a title, not a name.
const OPENERS: &[char] = &[
    '"', '“', '„', '«', '‹', '\'', '‘', '‚', '[', ':', '—', '–', '-', '•', '/',
];

/// Closing quote marks: a single word quoted whole is a name («Исетьнасос», „Unia“).
const CLOSERS: &[char] = &['"', '”', '“', '»', '›', '\'', '’'];

/// Prepositions of place the locative list leaves out ("nad Bałtykiem", "près de"), and
/// nouns of settlement: the name after them is a place the tables do not hold.
const NEAR: &[&str] = &[
    "nad",
    "przy",
    "kolo",
    "okolo",
    "над",
    "около",
    "возле",
    "біля",
    "поблизу",
    "під",
    "near",
    "pres",
    "vicino",
    "cerca",
    "perto",
    "nahe",
    "bij",
    // Settlement nouns before a name: "міста Сваженд", "miasta", "города", "village of".
    "місто",
    "міста",
    "село",
    "села",
    "город",
    "города",
    "село",
    "деревня",
    "деревни",
    "miasto",
    "miasta",
    "wies",
    "wsi",
    "gmina",
    "gminy",
    "town",
    "village",
    "city",
];

/// Beginnings of nouns of district and settlement after a name ("Pütürge ilçesinde",
/// "Kayadibi mahallesinde", "Garut district"): the name is a place the tables do not hold.
const PLACE_NOUNS_AFTER: &[&str] = &[
    "ilce",
    "koy",
    "mahalle",
    "district",
    "province",
    "county",
    "village",
    "region",
    "oblast",
    "powiat",
    "gmin",
    "bezirk",
    "kreis",
    "landkreis",
    "comune",
    "provincia",
    "municipio",
    "distrito",
    "concelho",
    "departement",
    "район",
    "област",
    "округ",
    "громад",
    "раион",
];

/// English capitalises weekdays (months are read from `concord_text::dates`, whose
/// names without accents match the folded word: "march", "sept", "maio"; accented ones,
/// "février", "março", do not).
pub(crate) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A weekday or a month, written out or cut short ("Sunday", "Sept"): never part of a name.
pub(crate) fn is_calendar_word(folded: &str) -> bool {
    WEEKDAYS.contains(&folded) || concord_text::dates::is_month_name(folded)
}

/// Adds lone capitalised words as organisations.
pub fn add_lone_names(cx: &Context, picked: &mut Vec<Picked>) {
    // The languages the rule was written and measured for, less German.
    if !matches!(
        cx.lang,
        "en" | "pt" | "es" | "it" | "fr" | "nl" | "pl" | "ru" | "uk" | "el"
    ) {
        return;
    }
    let toks = cx.toks;
    let cov = covered(toks, picked);
    let capital_at = |k: usize| toks[k].script == Script::Cased && toks[k].capitalised;
    let mut add = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let lone = t.script == Script::Cased
            && t.capitalised
            && !t.all_caps
            && !cx.sentence_start[i]
            && !cov[i]
            && t.folded.chars().count() >= 3
            && !(i > 0 && joins(cx, i - 1, i) && capital_at(i - 1))
            && !(i + 1 < toks.len()
                && !cx.sentence_start[i + 1]
                && joins(cx, i, i + 1)
                && capital_at(i + 1));
        // After a genitive ("Ministério das Relações | Exteriores", "Secretaría de |
        // Emergencias") the word is most often the tail of an institution's name; after a
        // locative ("en Santoña", "w Bydgoszczy") a place the tables do not hold.
        let after =
            |f: fn(&crate::lexicon::Lexicon, &str) -> bool| i > 0 && f(cx.lex, &toks[i - 1].folded);
        if !lone
            || i > 0 && (GENITIVES.contains(&toks[i - 1].folded.as_str()) || toks[i - 1].folded == "of")
            || after(crate::lexicon::Lexicon::is_locative)
            || i > 0 && NEAR.contains(&toks[i - 1].folded.as_str())
            || toks
                .get(i + 1)
                .is_some_and(|n| PLACE_NOUNS_AFTER.iter().any(|p| n.folded.starts_with(p)))
            || is_org_head(cx, i)
            // Weekdays and months, written out or cut short ("Sept. 8").
            || is_calendar_word(&t.folded)
            || crate::acronyms::DATELINE_WORDS.contains(&t.folded.as_str())
            // Words the text also writes in lower case are common words ("Internet").
            || cx.written_lower(&t.folded)
            || cx.g.is_stopword(cx.lang, &t.folded)
            || after_opener(cx, i) && !quoted_name(cx, i)
            // The last word of a name with a conjunction inside ("Exploração e Produção",
            // "Disease Control and Prevention").
            || i > 1 && cx.lex.is_conjunction(cx.lang, &toks[i - 1].folded) && capital_at(i - 2)
            || !name_part_groups(cx, i).is_empty()
        {
            continue;
        }
        add.push(new_org(cx, i, i));
    }
    picked.extend(add);
    repeat_at_sentence_start(cx, picked);
    picked.sort_by_key(|p| p.start);
}

/// A one-word organisation named again at the start of a sentence ("… firm Ebiware …
/// Ebiware said it would appeal") is the same organisation: at a sentence start no rule
/// trusts a capital alone.
fn repeat_at_sentence_start(cx: &Context, picked: &mut Vec<Picked>) {
    let cov = covered(cx.toks, picked);
    let one_word_orgs: Vec<(&str, crate::link::Target)> = picked
        .iter()
        .filter(|p| p.first == p.last)
        .filter(|p| match &p.target {
            crate::link::Target::New { etype, .. } => *etype == EntityType::Organisation,
            crate::link::Target::Known(e) => cx.g.entity(*e).etype == EntityType::Organisation,
            _ => false,
        })
        .map(|p| (cx.toks[p.first].folded.as_str(), p.target.clone()))
        .collect();
    let mut add = Vec::new();
    for (i, t) in cx.toks.iter().enumerate() {
        if !cx.sentence_start[i] || cov[i] || !t.capitalised {
            continue;
        }
        if let Some((_, target)) = one_word_orgs.iter().find(|(f, _)| *f == t.folded.as_str()) {
            add.push(pick(i, i, cx, target.clone()));
        }
    }
    picked.extend(add);
}

/// Whether a closing quote mark follows the word right away.
fn quoted_name(cx: &Context, i: usize) -> bool {
    cx.text[cx.toks[i].byte_end..]
        .chars()
        .next()
        .is_some_and(|c| CLOSERS.contains(&c))
}

/// Whether the word comes right after a quote mark, a colon, a dash or a bracket.
fn after_opener(cx: &Context, i: usize) -> bool {
    cx.text[..cx.toks[i].byte_start]
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| OPENERS.contains(&c))
}
