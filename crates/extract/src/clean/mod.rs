//! Cleaning an article body: dropping what is not the article (chrome, notes, credits, lines
//! in another language, the title repeated), and repairing machine-translation artefacts.
//! Every removal and repair is reported.

pub mod agencies;
pub mod chrome;
pub mod repairs;

use concord_model::{Removal, RemovalReason, Repair};
use concord_text::lang::foreign_line;
use concord_text::normalize::fold_for_compare;
use concord_text::relative::RelativeTime;
use regex::Regex;
use std::sync::LazyLock;

/// A cleaned body and what cleaning found.
#[derive(Debug, Default)]
pub struct Cleaned {
    pub paragraphs: Vec<String>,
    pub removed: Vec<Removal>,
    pub repairs: Vec<Repair>,
    pub agencies: Vec<String>,
    /// A relative time printed in chrome ("upday.com 7 godzin temu").
    pub relative_time: Option<RelativeTime>,
}

/// How many lines at each end of an article count as its edges, where notes and credits live.
const EDGE_HEAD: usize = 3;
const EDGE_TAIL: usize = 4;

/// Cleans the paragraphs of one article. `lang` is the body's language when known.
pub fn clean(paragraphs: &[&str], title: Option<&str>, lang: Option<&str>) -> Cleaned {
    let mut out = Cleaned::default();
    let n = paragraphs.len();
    let title_forms = title.map(title_forms).unwrap_or_default();
    let mut in_teasers = false;
    // Kept paragraphs when the previous line was judged: no more now means it was removed.
    let mut kept_before_prev = 0;
    for (i, &p) in paragraphs.iter().enumerate() {
        let prev_removed = i > 0 && out.paragraphs.len() == kept_before_prev;
        kept_before_prev = out.paragraphs.len();
        let edge = i < EDGE_HEAD || i + EDGE_TAIL >= n;
        let mut drop = |reason, lang: Option<&str>| {
            out.removed.push(Removal {
                text: p.to_string(),
                reason,
                lang: lang.map(str::to_string),
            })
        };
        if i < EDGE_HEAD && out.paragraphs.is_empty() && title_forms.contains(&fold_for_compare(p))
        {
            drop(RemovalReason::TitleRepeat, None);
            continue;
        }
        // Headlines listed under a "Related" label: short, without closing punctuation.
        if in_teasers && is_teaser(p) {
            drop(RemovalReason::Chrome, None);
            continue;
        }
        in_teasers = false;
        if let Some(found) = agencies::credit_line(p) {
            push_agencies(&mut out.agencies, &found);
            drop(RemovalReason::AgencyCredit, None);
            continue;
        }
        // A line opening with a credit is taken apart segment by segment below.
        let judged = agencies::leading_credit(p)
            .is_none()
            .then(|| chrome::judge_line(p, edge))
            .flatten();
        if let Some(v) = judged {
            in_teasers = v.reason == RemovalReason::Chrome && chrome::is_teaser_label(p);
            if out.relative_time.is_none() {
                out.relative_time = v.relative_time;
            }
            drop(v.reason, None);
            continue;
        }
        // Foreign-language chrome sits at the edges or next to other chrome; judging every
        // short line would cost a lingua call each (~0.4 ms) and risk the article's own lists.
        if let Some(l) = lang.filter(|_| edge || prev_removed) {
            // Interface lines do not end like sentences; article sentences at the edges do.
            if p.split_whitespace().count() <= 12 && !ends_sentence(p) {
                if let Some(d) = foreign_line(p, l) {
                    drop(RemovalReason::OtherLanguage, Some(d.code));
                    continue;
                }
            }
        }
        let kept = strip_segments(p, edge, &mut out);
        if !kept.is_empty() {
            out.paragraphs.push(kept);
        }
    }
    if let Some(first) = out.paragraphs.first() {
        let found = agencies::dateline_agencies(first);
        push_agencies(&mut out.agencies, &found);
    }
    for p in out.paragraphs.iter_mut() {
        *p = repairs::repair(p, lang, &mut out.repairs);
    }
    out
}

/// Strips credits, URLs and notes from the ends of a line that also holds text:
/// "(AGI/AFP) www.agi.it Nota: Questo articolo è stato modificato con l'aiuto dell'IA." and
/// "…disse o ministro. (EFE)". Notes and URLs are only stripped at the article's edges.
fn strip_segments(p: &str, edge: bool, out: &mut Cleaned) -> String {
    let mut rest = p.trim();
    let mut removed = Vec::new();
    loop {
        if let Some((len, found)) = agencies::leading_credit(rest) {
            push_agencies(&mut out.agencies, &found);
            removed.push((rest[..len].trim().to_string(), RemovalReason::AgencyCredit));
            rest = rest[len..].trim_start();
        } else if let Some(url) = rest
            .split_whitespace()
            .next()
            .filter(|w| edge && chrome::is_url_segment(w))
        {
            removed.push((url.to_string(), RemovalReason::Chrome));
            rest = rest[url.len()..].trim_start();
        } else {
            break;
        }
    }
    loop {
        if let Some((start, found)) = agencies::trailing_credit(rest) {
            push_agencies(&mut out.agencies, &found);
            removed.push((
                rest[start..].trim().to_string(),
                RemovalReason::AgencyCredit,
            ));
            rest = rest[..start].trim_end();
        } else if let Some(start) = edge.then(|| trailing_note_start(rest)).flatten() {
            removed.push((rest[start..].trim().to_string(), RemovalReason::EditNote));
            rest = rest[..start].trim_end();
        } else {
            break;
        }
    }
    // A line whose only text left is a note is all note.
    if edge && !rest.is_empty() && chrome::is_note_segment(rest) && !removed.is_empty() {
        removed.push((rest.to_string(), RemovalReason::EditNote));
        rest = "";
    }
    for (text, reason) in removed.into_iter().filter(|(t, _)| !t.is_empty()) {
        out.removed.push(Removal {
            text,
            reason,
            lang: None,
        });
    }
    rest.to_string()
}

/// The start of the shortest trailing run of sentences that is an edit note, if any.
fn trailing_note_start(s: &str) -> Option<usize> {
    SENTENCE_START
        .find_iter(s)
        .map(|m| m.end())
        .filter(|&i| i > 0)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .find(|&i| chrome::is_note_segment(&s[i..]))
}

static SENTENCE_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[.!?。！？]\s+|\s+[-–—]\s+").unwrap());

fn ends_sentence(p: &str) -> bool {
    p.trim_end().ends_with([
        '.', '!', '?', '。', '！', '？', ':', ';', '"', '”', '»', '…',
    ])
}

fn is_teaser(p: &str) -> bool {
    p.split_whitespace().count() <= 20
        && !p
            .trim_end()
            .ends_with(['.', '!', '?', '。', '！', '？', ':', ';'])
}

/// The title and its parts around separators ("Headline | Outlet", "Section: Headline"),
/// folded, as they may be repeated at the top of the body.
fn title_forms(title: &str) -> Vec<String> {
    let mut forms = vec![fold_for_compare(title)];
    for part in title.split(['|', '–', '—', ':', '»']) {
        let f = fold_for_compare(part);
        if f.split(' ').count() >= 3 {
            forms.push(f);
        }
    }
    forms
}

fn push_agencies(list: &mut Vec<String>, found: &[&str]) {
    for a in found {
        if !list.iter().any(|x| x == a) {
            list.push(a.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_the_italian_seed_tail() {
        let paras = [
            "Kim Jong Un promette sostegno incondizionato a Russia",
            "upday.com 7 godzin temu",
            "Il leader nordcoreano Kim Jong Un ha assicurato al ministro degli Esteri russo Sergei Lavrov il suo sostegno.",
            "Alleanza militare sempre più salda",
            "L'incontro tra Kim e Lavrov conferma la solidità dell'alleanza tra i due Paesi.",
            "(AGI/AFP) www.agi.it Nota: Questo articolo è stato modificato con l'aiuto dell'Intelligenza Artificiale.",
            "Idź do oryginalnego materiału",
        ];
        let c = clean(
            &paras,
            Some("Kim Jong Un promette sostegno incondizionato a Russia"),
            Some("it"),
        );
        assert_eq!(c.paragraphs.len(), 3, "{:?}", c.paragraphs);
        assert_eq!(c.paragraphs[1], "Alleanza militare sempre più salda");
        assert_eq!(c.agencies, ["AGI", "AFP"]);
        let reasons: Vec<_> = c
            .removed
            .iter()
            .map(|r| (r.text.as_str(), r.reason))
            .collect();
        assert!(reasons.contains(&("upday.com 7 godzin temu", RemovalReason::Chrome)));
        assert!(reasons.contains(&("(AGI/AFP)", RemovalReason::AgencyCredit)));
        assert!(reasons.contains(&("www.agi.it", RemovalReason::Chrome)));
        assert!(reasons
            .iter()
            .any(|(t, r)| t.starts_with("Nota:") && *r == RemovalReason::EditNote));
        assert!(reasons
            .iter()
            .any(|(t, r)| t.starts_with("Idź") && *r != RemovalReason::TitleRepeat));
        assert_eq!(c.relative_time.unwrap().count, 7);
    }

    #[test]
    fn drops_teaser_headlines_after_a_related_label() {
        let paras = [
            "The quake struck at dawn, officials said.",
            "Related stories",
            "Magnitude 5.7 earthquake in West Java kills two",
            "Explainer: how the UN Security Council votes",
            "Rescue teams reached the village on Monday, the agency said.",
        ];
        let c = clean(&paras, None, Some("en"));
        assert_eq!(c.paragraphs, [paras[0], paras[4]]);
    }

    #[test]
    fn trailing_credit_is_cut_from_the_last_sentence() {
        let c = clean(
            &["O ministro confirmou os números na segunda-feira. (EFE)"],
            None,
            Some("pt"),
        );
        assert_eq!(
            c.paragraphs,
            ["O ministro confirmou os números na segunda-feira."]
        );
        assert_eq!(c.agencies, ["EFE"]);
    }
}
