//! Organisations whose name opens with a country's adjective, in languages that write the
//! adjective with a capital only in such a name or where a capitalised name follows it:
//! Dutch "het Nederlandse Rode Kruis", Greek "η Ελληνική Αστυνομία". The adjective alone
//! would be read as a demonym of the country and the rest as another body or nothing.
//! (Russian and Ukrainian names of this kind are read by `slavic_orgs`: their words after
//! the first are in lower case.)

use crate::link::{covered, is_country, Context, Picked};
use crate::tokens::Script;
use crate::unknown::{is_known_org, new_org};

/// Greek adjective endings (folded, accents removed): nationality nouns ("Ρώσος",
/// "Έλληνας") are capitalised in running text, the adjectives ("ελληνική") only in names.
const GREEK_ADJECTIVE_ENDINGS: &[&str] = &[
    "ικη", "ικο", "ικος", "ικης", "ικου", "ικα", "ικοι", "ικες", "ικων",
];

/// The most words a name after the adjective is read over.
const MAX_WORDS: usize = 5;

/// Replaces a demonym inside a sentence and the capitalised name right after it by one
/// organisation: the name is words no rule took, or one organisation ("Rode Kruis")
/// that the adjective makes national. Lower-case connectors may stand between capitalised
/// words ("Ελληνικό Ίδρυμα Έρευνας και Καινοτομίας"). A person, a title or a place after
/// the adjective leaves it a demonym ("de Amerikaanse President", "Βούλγαροι οδηγοί").
pub fn add_demonym_led_orgs(cx: &Context, picked: &mut Vec<Picked>) {
    if !matches!(cx.lang, "nl" | "el") {
        return;
    }
    let toks = cx.toks;
    let cov = covered(toks, picked);
    let capitalised =
        |k: usize| toks[k].script == Script::Cased && toks[k].capitalised && !toks[k].all_caps;
    let space = |a: usize, b: usize| cx.text[toks[a].byte_end..toks[b].byte_start] == *" ";
    let mut replace: Vec<(usize, usize)> = Vec::new();
    for p in picked.iter() {
        let i = p.first;
        // Dutch adjectives end in -se or -sche ("Nederlandse", "Belgische"); some are
        // linked as names of the country rather than flagged as demonyms.
        let w = toks[i].folded.as_str();
        let adjective = match cx.lang {
            "el" => GREEK_ADJECTIVE_ENDINGS.iter().any(|e| w.ends_with(e)),
            _ => w.ends_with("se") || w.ends_with("sche"),
        };
        if !(p.demonym || is_country(cx, &p.target))
            || p.first != p.last
            || cx.sentence_start[i]
            || !capitalised(i)
            || !adjective
        {
            continue;
        }
        // One organisation right after ("Rode Kruis").
        let org_after = picked
            .iter()
            .find(|o| o.first == i + 1 && space(i, i + 1) && is_known_org(cx, &o.target));
        if let Some(o) = org_after {
            let run_goes_on =
                o.last + 1 < toks.len() && capitalised(o.last + 1) && space(o.last, o.last + 1);
            if !run_goes_on {
                replace.push((i, o.last));
            }
            continue;
        }
        // Or capitalised words no rule took.
        let (mut k, mut last) = (i + 1, None);
        while k < toks.len() && k <= i + MAX_WORDS && space(k - 1, k) {
            let word = capitalised(k) && !cov[k] && !cx.g.is_stopword(cx.lang, &toks[k].folded);
            let connector = !toks[k].capitalised
                && cx.lex.is_connector(&toks[k].folded)
                && k + 1 < toks.len()
                && capitalised(k + 1)
                && !cov[k + 1];
            if word {
                last = Some(k);
            } else if !connector {
                break;
            }
            k += 1;
        }
        if let Some(last) = last {
            replace.push((i, last));
        }
    }
    for (first, last) in replace {
        picked.retain(|p| p.last < first || p.first > last);
        picked.push(new_org(cx, first, last));
    }
    picked.sort_by_key(|p| p.start);
}

#[cfg(test)]
mod tests {
    use super::GREEK_ADJECTIVE_ENDINGS;

    #[test]
    fn greek_adjectives_are_told_from_nationality_nouns() {
        let adjective = |w: &str| GREEK_ADJECTIVE_ENDINGS.iter().any(|e| w.ends_with(e));
        assert!(adjective("ελληνικη") && adjective("ελληνικο"));
        assert!(!adjective("ρωσος") && !adjective("ελληνας"));
    }
}
