//! Capitalised abbreviations the gazetteer does not know ("ANEPC", "ЗСУ"): organisations,
//! joined to the name they abbreviate when the text spells it out.

use crate::link::{covered, is_country, joins, slug, Context, Picked, Target};
use crate::tokens::Script;
use crate::unknown::{new_target, pick};
use crate::{EntityType, PlaceKind};

/// Capitalised abbreviations (KCNA, ЦТАК, ANEPC) not known to the gazetteer: the
/// organisation spelled out just before "(ACR)" or just after "ACR (" when there is one,
/// else a new organisation of that name.
pub fn add_acronyms(cx: &Context, picked: &mut Vec<Picked>) {
    let cov = covered(cx.toks, picked);
    let toks = cx.toks;
    for i in 0..toks.len() {
        let t = &toks[i];
        let letters = t.folded.chars().count();
        if cov[i] || t.script != Script::Cased || !t.all_caps || !(3..=8).contains(&letters) {
            continue;
        }
        // A common word in capitals ("UPDATED", "FIRE" when the text also writes "fire"), a
        // month or a weekday ("MAY", "MONDAY"), is no acronym.
        if cx.lex.is_not_org(&t.folded)
            || crate::lone_names::is_calendar_word(&t.folded)
            || cx.written_lower(&t.folded) && written_lower_as_is(cx, t)
            || DATELINE_WORDS.contains(&t.folded.as_str())
        {
            continue;
        }
        // A line in capitals is a shouted headline, not a row of acronyms.
        let caps_neighbour = |k: Option<usize>| {
            k.and_then(|k| toks.get(k))
                .is_some_and(|n| n.script == Script::Cased && n.all_caps)
        };
        if caps_neighbour(i.checked_sub(1)) && caps_neighbour(Some(i + 1)) {
            continue;
        }
        let before = &cx.text[..t.byte_start];
        let in_parens = before.trim_end().ends_with('(');
        let defined = if in_parens {
            picked
                .iter()
                .rfind(|p| {
                    p.end <= t.start
                        && cx.text[cx.toks[p.last].byte_end..t.byte_start].trim() == "("
                })
                .filter(|p| is_org_target(cx, &p.target))
                .map(|p| p.target.clone())
        } else {
            None
        };
        let target = defined.unwrap_or_else(|| {
            new_target(
                format!("org:{}", slug(&t.folded)),
                &cx.text[t.byte_start..t.byte_end],
                EntityType::Organisation,
            )
        });
        picked.push(pick(i, i, cx, target));
    }
    picked.sort_by_key(|p| p.start);
}

/// An abbreviation followed by the city or region it serves is one organisation's name
/// ("MPK Rzeszów", "ARS Nouvelle-Aquitaine", "ETH Zürich"): the two picks become one.
/// Only when the pair is the whole capitalised run, so "NATO Brussels summit" is not
/// read this way either when a capitalised word follows.
pub fn join_places_to_acronyms(cx: &Context, picked: &mut Vec<Picked>) {
    let toks = cx.toks;
    let mut k = 0;
    while k + 1 < picked.len() {
        let (a, p) = (&picked[k], &picked[k + 1]);
        let t = &toks[a.first];
        let place_ok = matches!(p.target, Target::Known(e)
            if matches!(cx.g.entity(e).place, Some(PlaceKind::City | PlaceKind::Subdivision | PlaceKind::Region)));
        let acronym_ok = a.first == a.last
            && t.script == Script::Cased
            && t.all_caps
            && t.folded.chars().count() >= 3
            && (is_org_target(cx, &a.target) || is_country(cx, &a.target));
        let capitalised = |i: usize| toks[i].script == Script::Cased && toks[i].capitalised;
        // An elided article is no part of the name ("L'ARS Nouvelle-Aquitaine").
        let elided = |k: usize| matches!(toks[k].folded.as_str(), "l" | "d");
        let alone_before = a.first == 0
            || !capitalised(a.first - 1)
            || elided(a.first - 1)
            || !joins(cx, a.first - 1, a.first);
        let alone_after =
            p.last + 1 >= toks.len() || !capitalised(p.last + 1) || !joins(cx, p.last, p.last + 1);
        if acronym_ok
            && place_ok
            && p.first == a.last + 1
            && cx.text[t.byte_end..toks[p.first].byte_start] == *" "
            && alone_before
            && alone_after
        {
            let joined = crate::unknown::new_org(cx, a.first, p.last);
            picked.splice(k..k + 2, [joined]);
        }
        k += 1;
    }
}

/// An abbreviation no table knows, followed by one or two capitalised words no rule took,
/// is one organisation's name ("ESB Networks", "SUD-Rail", "PRO-GE"): a company or union
/// named after its parent's initials. Only when those words end the capitalised run and
/// nothing capitalised comes before the abbreviation, so a known acronym ("NATO Council",
/// also "PKP Intercity" while PKP is in our table) and a longer heading keep their own
/// readings.
pub fn join_names_to_acronyms(cx: &Context, picked: &mut [Picked]) {
    let toks = cx.toks;
    let cov = covered(toks, picked);
    let capitalised = |k: usize| toks[k].script == Script::Cased && toks[k].capitalised;
    let gap = |a: usize, b: usize| &cx.text[toks[a].byte_end..toks[b].byte_start];
    let name_word = |prev: usize, k: usize| {
        let t = &toks[k];
        let hyphen = matches!(gap(prev, k), "-" | "‐" | "‑");
        capitalised(k)
            && !cov[k]
            && !cx.sentence_start[k]
            && (hyphen || gap(prev, k) == " " && !t.all_caps)
            && !cx.g.is_stopword(cx.lang, &t.folded)
            && !crate::lone_names::is_calendar_word(&t.folded)
            && !cx.lex.is_connector(&t.folded)
    };
    for p in picked.iter_mut() {
        let i = p.first;
        let unknown_acronym = p.first == p.last
            && toks[i].script == Script::Cased
            && toks[i].all_caps
            && matches!(&p.target, Target::New { id, etype: EntityType::Organisation, .. }
                if *id == format!("org:{}", slug(&toks[i].folded)));
        if !unknown_acronym {
            continue;
        }
        let elided = |k: usize| matches!(toks[k].folded.as_str(), "l" | "d");
        if !cx.sentence_start[i] && capitalised(i - 1) && !elided(i - 1) && joins(cx, i - 1, i) {
            continue;
        }
        let mut last = i;
        while last < i + 2 && last + 1 < toks.len() && name_word(last, last + 1) {
            last += 1;
        }
        let run_goes_on =
            last + 1 < toks.len() && capitalised(last + 1) && joins(cx, last, last + 1);
        if last > i && !run_goes_on {
            *p = crate::unknown::new_org(cx, i, last);
        }
    }
}

/// Whether the text writes the token's own letters in lower case, accents and all: "más"
/// does not make "MAS" a common word, where their folded forms agree.
fn written_lower_as_is(cx: &Context, t: &crate::tokens::Token) -> bool {
    let lower = cx.text[t.byte_start..t.byte_end].to_lowercase();
    cx.toks
        .iter()
        .any(|o| !o.capitalised && cx.text[o.byte_start..o.byte_end] == lower)
}

/// Labels of a dateline printed in capitals ("UPDATED: 22:07 GMT", "POSTED").
pub(crate) const DATELINE_WORDS: &[&str] =
    &["updated", "posted", "published", "modified", "breaking"];

fn is_org_target(cx: &Context, t: &Target) -> bool {
    match t {
        Target::Known(e) => cx.g.entity(*e).etype == EntityType::Organisation,
        Target::New { etype, .. } => *etype == EntityType::Organisation,
        Target::Role(_) => false,
    }
}
