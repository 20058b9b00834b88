//! Repairs of machine-translation artefacts, each reported with what it changed:
//! a space before a compound's hyphen ("norte -coreana"), a repeated name fragment
//! ("Kim Jong Un Jong U"), an English possessive left on a translated name ("Coréia do Norte‘s").

use concord_model::{Repair, RepairReason};
use regex::{Captures, Regex};
use std::sync::LazyLock;

/// Applies every repair to one paragraph, appending what changed to `repairs`.
pub fn repair(paragraph: &str, lang: Option<&str>, repairs: &mut Vec<Repair>) -> String {
    let mut text = spaced_hyphen(paragraph, repairs);
    text = repeated_name_fragment(&text, repairs);
    if lang.is_some_and(|l| !POSSESSIVE_LANGS.contains(&l)) {
        text = english_possessive(&text, repairs);
    }
    text
}

/// Languages in which `'s` is native (English possessive, Dutch/Afrikaans plural and genitive).
const POSSESSIVE_LANGS: &[&str] = &["en", "nl", "af"];

/// "norte -coreana": a letter, a space, a hyphen glued to a lowercase word. A real dash has
/// spaces on both sides, so this shape is an artefact.
static SPACED_HYPHEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\p{L}+) -(\p{Ll}[\p{L}-]*)").unwrap());

fn spaced_hyphen(text: &str, repairs: &mut Vec<Repair>) -> String {
    SPACED_HYPHEN
        .replace_all(text, |c: &Captures| {
            let to = format!("{}-{}", &c[1], &c[2]);
            repairs.push(Repair {
                from: c[0].to_string(),
                to: to.clone(),
                reason: RepairReason::SpacedHyphen,
            });
            to
        })
        .into_owned()
}

/// "Coréia do Norte‘s": an English possessive on a capitalised word in a non-English text.
static POSSESSIVE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\p{Lu}[\p{L}.]*)(['’‘]s)(\P{L}|$)").unwrap());

fn english_possessive(text: &str, repairs: &mut Vec<Repair>) -> String {
    POSSESSIVE
        .replace_all(text, |c: &Captures| {
            let to = c[1].to_string();
            let from = format!("{}{}", &c[1], &c[2]);
            repairs.push(Repair {
                from,
                to: to.clone(),
                reason: RepairReason::EnglishPossessive,
            });
            // The character after the possessive was matched to bound it; put it back.
            format!("{to}{}", &c[3])
        })
        .into_owned()
}

/// "Kim Jong Un Jong U": within a run of capitalised words, two or more words repeated right
/// after themselves, the last possibly cut short. Single repeated words are left alone
/// ("Bora Bora", "Baden Baden" are real names).
fn repeated_name_fragment(text: &str, repairs: &mut Vec<Repair>) -> String {
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        // Trailing punctuation stays in the text: "Kang Min Seo Min S." keeps its full stop.
        .map(|w| {
            (
                w.as_ptr() as usize - text.as_ptr() as usize,
                w.trim_end_matches(|c: char| !c.is_alphanumeric()),
            )
        })
        .collect();
    let cap = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
    };
    let mut cuts: Vec<(usize, usize, usize)> = Vec::new(); // (name start, repeat start, repeat end) in bytes
    let mut i = 0;
    while i < words.len() {
        let mut found = None;
        for m in (2..=3).rev() {
            if i < m || i + m > words.len() {
                continue;
            }
            let (orig, rep) = (&words[i - m..i], &words[i..i + m]);
            if !orig.iter().chain(rep).all(|(_, w)| cap(w)) {
                continue;
            }
            let head_equal = orig[..m - 1]
                .iter()
                .zip(&rep[..m - 1])
                .all(|(a, b)| a.1 == b.1);
            let (last_orig, last_rep) = (orig[m - 1].1, rep[m - 1].1);
            if head_equal && last_orig.starts_with(last_rep) {
                // The name starts at the capitalised run before the original fragment.
                let mut s = i - m;
                while s > 0 && cap(words[s - 1].1) {
                    s -= 1;
                }
                let end = rep[m - 1].0 + last_rep.len();
                found = Some((words[s].0, rep[0].0, end, m));
                break;
            }
        }
        if let Some((s, rs, re, m)) = found {
            cuts.push((s, rs, re));
            i += m;
        } else {
            i += 1;
        }
    }
    if cuts.is_empty() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for (s, rs, re) in cuts {
        let kept = text[s..rs].trim_end();
        repairs.push(Repair {
            from: text[s..re].to_string(),
            to: kept.to_string(),
            reason: RepairReason::RepeatedNameFragment,
        });
        out.push_str(&text[pos..s]);
        out.push_str(kept);
        pos = re;
    }
    out.push_str(&text[pos..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fix(s: &str, lang: &str) -> (String, Vec<(String, String)>) {
        let mut r = Vec::new();
        let out = repair(s, Some(lang), &mut r);
        (out, r.into_iter().map(|r| (r.from, r.to)).collect())
    }

    #[test]
    fn repairs_the_seed_artefacts() {
        let (out, r) = fix("Coréia do Norte‘s Kim Jong Un Jong U reiterou, na cidade norte -coreana de Wonsan, com o ex -ministro", "pt");
        assert_eq!(out, "Coréia do Norte Kim Jong Un reiterou, na cidade norte-coreana de Wonsan, com o ex-ministro");
        assert!(
            r.contains(&("Kim Jong Un Jong U".into(), "Kim Jong Un".into())),
            "{r:?}"
        );
        assert!(r.contains(&("Norte‘s".into(), "Norte".into())));
        assert!(r.contains(&("norte -coreana".into(), "norte-coreana".into())));
    }

    #[test]
    fn leaves_correct_text_alone() {
        for (s, lang) in [
            ("Bora Bora e Baden Baden - cidades", "pt"),
            ("Kim's visit to Moscow", "en"),
            ("De foto's van Anna's reis", "nl"),
            ("Kim Jong Un e Kim Yo Jong", "pt"),
            ("Lee Jae-myung - presidente", "pt"),
        ] {
            assert_eq!(fix(s, lang).0, s);
        }
    }

    #[test]
    fn repairs_a_repeated_fragment_in_other_names() {
        assert_eq!(
            fix("o presidente Lee Jae Myung Jae M disse", "pt").0,
            "o presidente Lee Jae Myung disse"
        );
        assert_eq!(
            fix("disse o porta-voz Kang Min Seo Min S.", "pt").0,
            "disse o porta-voz Kang Min Seo."
        );
    }
}
