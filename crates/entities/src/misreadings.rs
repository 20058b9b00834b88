//! Readings of a gazetteer match that its surroundings rule out: a listed surname after
//! another first name, an acronym with a plural "s".

use crate::detect::Candidate;
use crate::gazetteer::PostingKind;
use crate::link::{joins, Context};

/// Whether a surname alone ("Klitschko", listed for Vitali) follows a first name that
/// is not the listed person's ("Wladimir Klitschko"): then another person of that name
/// is meant, read as a name of its own. A first name of the listed person's in any
/// spelling ("Sergey Lavrov" for "Sergei Lavrov") still links.
pub(crate) fn other_first_name(cx: &Context, c: &Candidate, e: u32) -> bool {
    if c.first != c.last || c.first == 0 {
        return false;
    }
    let p = c.first - 1;
    let t = &cx.toks[p];
    if t.script != crate::tokens::Script::Cased
        || !t.capitalised
        || t.all_caps
        || !joins(cx, p, c.first)
        // Only spaces between: "Kim-Lavrov", "… Zelensky. Meloni", a title's last word and
        // the text's first are two names.
        || !cx.text[t.byte_end..cx.toks[c.first].byte_start]
            .chars()
            .all(|ch| ch == ' ' || ch == '\u{a0}')
        // A word the text also writes in lower case is no first name ("Will Trump …?").
        || cx.written_lower(&t.folded)
    {
        return false;
    }
    // Nor a person's name listed itself ("Trump Putin summit": two people).
    if cx.g.get(&t.folded).iter().any(|(e, k)| {
        matches!(k, PostingKind::Name | PostingKind::Short)
            && cx.g.entity(e).etype == crate::EntityType::Person
    }) {
        return false;
    }
    let first = crate::name_parts::name_part_groups(cx, p);
    if first.is_empty() {
        return false;
    }
    let last = crate::name_parts::name_part_groups(cx, c.first);
    crate::name_parts::person_by_parts(cx.g, &first, &last) != Some(e)
}

/// Whether a candidate is an acronym with a plural "s" ("KOs", "NGOs", "MPs"): a common
/// noun (knockouts, charities, members), not the party or body the acronym names.
pub(crate) fn plural_acronym(cx: &Context, c: &Candidate) -> bool {
    let t = &cx.toks[c.first];
    let w = &cx.text[t.byte_start..t.byte_end];
    c.first == c.last
        && w.len() >= 3
        && w.strip_suffix('s').is_some_and(|stem| {
            stem.chars()
                .all(|ch| ch.is_uppercase() || ch.is_ascii_digit())
        })
}
