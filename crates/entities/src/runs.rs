//! Capitalised runs: the stretches of capitalised words (with connectors inside) that
//! unknown names are read from, and how they are cut and grown before that: split at
//! coordinating conjunctions, grown over the lower-case words of Romance official names.

use crate::link::{joins, Context};
use crate::tokens::Script;
use crate::unknown::{is_org_head, ARTICLES};

/// English words that make an adjective of a name after a hyphen ("Lagos-based",
/// "Kremlin-backed"): the name stops before them.
const HYPHEN_ADJECTIVE_ENDINGS: &[&str] = &[
    "based",
    "backed",
    "led",
    "born",
    "owned",
    "run",
    "made",
    "bound",
    "linked",
    "funded",
    "controlled",
    "occupied",
    "allied",
    "friendly",
    "speaking",
    "style",
    "era",
    "wide",
    "registered",
    "headquartered",
    "listed",
    "flagged",
    "supported",
    "held",
    "area",
];

/// Maximal runs of capitalised words in cased scripts, with connectors inside
/// ("Junta de Extremadura"), as (first, last) token indices.
pub(crate) fn capitalised_runs(cx: &Context) -> Vec<(usize, usize)> {
    let toks = cx.toks;
    let mut runs = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !(toks[i].script == Script::Cased && toks[i].capitalised) {
            i += 1;
            continue;
        }
        let first = i;
        let mut last = i;
        let mut j = i + 1;
        while j < toks.len() && joins(cx, j - 1, j) && !cx.sentence_start[j] {
            let t = &toks[j];
            let hyphenated = &cx.text[toks[j - 1].byte_end..t.byte_start] == "-";
            let hyphen_part = hyphenated
                && last == j - 1
                && !HYPHEN_ADJECTIVE_ENDINGS.contains(&t.folded.as_str());
            if t.script == Script::Cased && (t.capitalised || hyphen_part) {
                // "Kang Min-seo", "Kim Tae-ho": a hyphenated lower-case part continues.
                last = j;
            } else if !(t.script == Script::Cased && cx.lex.is_connector(&t.folded)) {
                break;
            }
            j += 1;
        }
        runs.push((first, last));
        i = last + 1;
    }
    runs
}

/// Genitive connectors that may carry a Romance official name on over lower-case words.
pub(crate) const GENITIVES: &[&str] = &[
    "de", "di", "da", "do", "dos", "das", "del", "della", "delle", "dei", "degli", "des", "du",
    "d", "dell",
];

/// French, Spanish, Italian and Portuguese official names capitalise only their first word
/// and the names inside: "Société de transport de Montréal", "Hôpitaux universitaires de
/// Genève". A run ending in an organisation head word goes on over at most two lower-case
/// words and genitive connectors when a capitalised word follows right after a genitive.
/// Other connectors ("a", "et") and anything else stop it, so verbs never join.
pub(crate) fn extend_romance_names(cx: &Context, runs: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    if !matches!(cx.lang, "fr" | "es" | "it" | "pt") {
        return runs;
    }
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(runs.len());
    for (first, last) in runs {
        if let Some(prev) = out.last_mut() {
            if prev.1 >= first {
                prev.1 = prev.1.max(last);
                continue;
            }
        }
        let mut end = last;
        if is_org_head(cx, last) {
            let (mut j, mut lower) = (last + 1, 0);
            while j < cx.toks.len() && joins(cx, j - 1, j) && !cx.sentence_start[j] {
                let t = &cx.toks[j];
                if t.script != Script::Cased {
                    break;
                }
                let genitive = !t.capitalised && GENITIVES.contains(&t.folded.as_str());
                if t.capitalised {
                    if GENITIVES.contains(&cx.toks[j - 1].folded.as_str()) && j > last + 1 {
                        end = j;
                    }
                    break;
                } else if !genitive && (lower == 2 || cx.lex.is_connector(&t.folded)) {
                    break;
                } else if !genitive {
                    lower += 1;
                }
                j += 1;
            }
        }
        out.push((first, end));
    }
    out
}

/// A run split at its coordinating conjunctions: "Kraśnik and Puławy" are two names, as are
/// "Università di Padova e dell'Istituto Nazionale…" (a head word follows the conjunction);
/// but "Ministry of Water and Irrigation" is one (a head word before, none after).
pub(crate) fn split_at_conjunctions(
    cx: &Context,
    first: usize,
    last: usize,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = first;
    for k in first + 1..last {
        let t = &cx.toks[k];
        if t.capitalised || !cx.lex.is_conjunction(cx.lang, &t.folded) || k <= start {
            continue;
        }
        let mut next = k + 1;
        while next < last
            && cx.lex.is_connector(&cx.toks[next].folded)
            && !cx.toks[next].capitalised
        {
            next += 1;
        }
        // Without a head word on either side, only short names are split: "Africa Centres
        // for Disease Control and Prevention" stays whole.
        let head_before = (start..k).any(|j| is_org_head(cx, j));
        let words_before = (start..k)
            .filter(|&j| !cx.lex.is_connector(&cx.toks[j].folded))
            .count();
        // Two organisations named in full: a head word on both sides of the conjunction
        // ("University of Leeds and the Kenya Medical Research Institute").
        let head_after = || {
            (next..=last)
                .take_while(|&j| {
                    cx.toks[j].capitalised || !cx.lex.is_conjunction(cx.lang, &cx.toks[j].folded)
                })
                .any(|j| is_org_head(cx, j))
        };
        // An article after the conjunction opens a name of its own ("Universitätsspital
        // Zürich und der ETH Zürich"): names coordinate their parts without one.
        // Not in the Romance languages, where names do ("Fundação para a Ciência e a
        // Tecnologia").
        let article_after = next > k + 1
            && matches!(cx.lang, "en" | "de" | "nl")
            && ARTICLES.contains(&cx.toks[k + 1].folded.as_str());
        let splits = is_org_head(cx, next)
            || (!head_before && words_before <= 3)
            || (head_before && (article_after || head_after()));
        if !splits {
            continue;
        }
        let mut end = k - 1;
        while end > start && cx.lex.is_connector(&cx.toks[end].folded) && !cx.toks[end].capitalised
        {
            end -= 1;
        }
        out.push((start, end));
        start = next;
    }
    out.push((start, last));
    out
}

/// The parts of a run (token range) outside the given role spans.
pub(crate) fn split_at_roles(
    (first, last): (usize, usize),
    roles: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = first;
    for &(a, b) in roles.iter().filter(|&&(a, b)| a <= last && b >= first) {
        if a > start {
            out.push((start, a - 1));
        }
        start = start.max(b + 1);
    }
    if start <= last {
        out.push((start, last));
    }
    out
}
