//! People in scripts without case (Arabic, Hebrew): runs of known name parts, with Arabic
//! compound parts ("عبد الله") and without a Hebrew verb of saying after the name.

use crate::link::{covered, joins, name_part_groups, person_by_parts, Context, Picked, Target};
use crate::name_parts::person_key;
use crate::tokens::Script;
use crate::unknown::{new_target, person_by_transliteration, pick, span_text};
use crate::EntityType;

/// Arabic words that make one name part with the word after them (folded).
const ARABIC_NAME_PREFIXES: &[&str] = &["عبد", "ابو", "بو"];

/// Hebrew verbs of saying that follow a name ("נועה ברגר אמרה"): never part of it.
const HEBREW_SPEECH_VERBS: &[&str] = &[
    "אמר",
    "אמרה",
    "אמרו",
    "הודיע",
    "הודיעה",
    "הוסיף",
    "הוסיפה",
    "ציין",
    "ציינה",
    "מסר",
    "מסרה",
    "הסביר",
    "הסבירה",
    "טען",
    "טענה",
    "כתב",
    "כתבה",
];

/// People in scripts without case (Arabic, Hebrew): two or three words that are all
/// person-name parts, the first and last known together as one person, or at least each
/// known as a name part and not already read as something else.
pub fn add_uncased_people(cx: &Context, picked: &mut Vec<Picked>) {
    let cov = covered(cx.toks, picked);
    let toks = cx.toks;
    let mut i = 0;
    while i + 1 < toks.len() {
        // A first name that is also a town ("رشيد" is Rashid, Egypt) opens a name when a
        // word follows it that no rule read and that opens with neither alef (the article)
        // nor "and" ("رشيد حشيشي").
        let town_as_first_name = cov[i]
            && picked
                .iter()
                .any(|p| p.first == i && p.last == i && town(cx, &p.target))
            && !name_part_groups(cx, i).is_empty()
            && toks[i + 1].script == Script::Uncased
            && !cov[i + 1]
            && joins(cx, i, i + 1)
            && !toks[i + 1].folded.starts_with(['ا', 'و'])
            && !cx.g.is_stopword(cx.lang, &toks[i + 1].folded);
        if toks[i].script != Script::Uncased
            || (cov[i] && !town_as_first_name)
            || cx.g.is_stopword(cx.lang, &toks[i].folded)
        {
            i += 1;
            continue;
        }
        let mut last = i;
        // "عبد الله", "أبو بكر": two words, one part of a name.
        let mut compounds = 0;
        loop {
            let next_ok = last + 1 < toks.len()
                && toks[last + 1].script == Script::Uncased
                && !cov[last + 1]
                && joins(cx, last, last + 1);
            if !next_ok {
                break;
            }
            let next = &toks[last + 1].folded;
            if ARABIC_NAME_PREFIXES.contains(&toks[last].folded.as_str()) {
                compounds += 1;
                last += 1;
                continue;
            }
            let part = last - i - compounds < 2
                && !cx.g.is_stopword(cx.lang, next)
                && !HEBREW_SPEECH_VERBS.contains(&next.as_str())
                && (!name_part_groups(cx, last + 1).is_empty()
                    || ARABIC_NAME_PREFIXES.contains(&next.as_str()));
            if !part {
                break;
            }
            last += 1;
        }
        // A family name with the article after a compound given name ("عبد الحميد الدبيبة").
        if compounds > 0
            && last + 1 < toks.len()
            && toks[last + 1].script == Script::Uncased
            && !cov[last + 1]
            && joins(cx, last, last + 1)
            && toks[last + 1].folded.starts_with("ال")
            && !cx.g.is_stopword(cx.lang, &toks[last + 1].folded)
        {
            last += 1;
        }
        if last == i && town_as_first_name {
            last = i + 1;
        }
        if last == i {
            i += 1;
            continue;
        }
        let fg = name_part_groups(cx, i);
        let lg = name_part_groups(cx, last);
        if fg.is_empty() {
            i += 1;
            continue;
        }
        let target = match person_by_parts(cx.g, &fg, &lg)
            .or_else(|| person_by_transliteration(cx, i, last))
        {
            Some(e) => Target::Known(e),
            None => {
                let text = span_text(cx, i, last);
                let words: Vec<usize> = (i..=last).collect();
                let groups: Vec<Vec<u32>> =
                    words.iter().map(|&k| name_part_groups(cx, k)).collect();
                new_target(
                    format!("person:{}", person_key(cx, &words, &groups)),
                    text,
                    EntityType::Person,
                )
            }
        };
        picked.retain(|p| !(p.first >= i && p.last <= last));
        picked.push(pick(i, last, cx, target));
        i = last + 1;
    }
    picked.sort_by_key(|p| p.start);
}

/// A city or town that is no capital.
fn town(cx: &Context, t: &Target) -> bool {
    matches!(t, Target::Known(e) if {
        let v = cx.g.entity(*e);
        v.place == Some(crate::PlaceKind::City) && v.capital_of.is_none()
    })
}
