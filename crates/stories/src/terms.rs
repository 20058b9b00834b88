//! Term vectors for within-language lexical similarity: words lower-cased and stemmed with
//! the Snowball stemmers of `rust-stemmers` where the language has one, cut to their first
//! six letters where it has none (Polish, Ukrainian: a crude but language-neutral stem), and
//! character bigrams for Han, kana and Hangul, which are written without spaces.

use rust_stemmers::{Algorithm, Stemmer};
use std::sync::LazyLock;
use unicode_segmentation::UnicodeSegmentation;
use xxhash_rust::xxh3::xxh3_64;

fn algorithm(lang: &str) -> Option<Algorithm> {
    Some(match lang {
        "en" => Algorithm::English,
        "de" => Algorithm::German,
        "fr" => Algorithm::French,
        "es" => Algorithm::Spanish,
        "it" => Algorithm::Italian,
        "pt" => Algorithm::Portuguese,
        "nl" => Algorithm::Dutch,
        "ru" => Algorithm::Russian,
        "ar" => Algorithm::Arabic,
        "el" => Algorithm::Greek,
        "tr" => Algorithm::Turkish,
        "ro" => Algorithm::Romanian,
        "hu" => Algorithm::Hungarian,
        "sv" => Algorithm::Swedish,
        "da" => Algorithm::Danish,
        "no" | "nb" => Algorithm::Norwegian,
        "fi" => Algorithm::Finnish,
        _ => return None,
    })
}

/// Stemmers are built once per language and shared by all threads.
static STEMMERS: LazyLock<Vec<(&'static str, Stemmer)>> = LazyLock::new(|| {
    [
        "en", "de", "fr", "es", "it", "pt", "nl", "ru", "ar", "el", "tr", "ro", "hu", "sv", "da",
        "no", "fi",
    ]
    .iter()
    .filter_map(|l| algorithm(l).map(|a| (*l, Stemmer::create(a))))
    .collect()
});

fn is_unspaced(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

/// The stems of a text as words separated by spaces (Han, kana and Hangul as character
/// bigrams), for a full-text index that should find "earthquakes" from "earthquake".
pub fn stems(text: &str, lang: &str) -> String {
    let stemmer = STEMMERS.iter().find(|(l, _)| *l == lang).map(|(_, s)| s);
    let mut out = String::new();
    let mut run: Vec<char> = Vec::new();
    let push = |w: &str, out: &mut String| {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    };
    for w in text.unicode_words() {
        if w.chars().any(is_unspaced) {
            run.extend(w.chars());
            continue;
        }
        for pair in run.windows(2) {
            push(&pair.iter().collect::<String>(), &mut out);
        }
        run.clear();
        let lower: String = w.chars().flat_map(char::to_lowercase).collect();
        let stem = match stemmer {
            Some(s) => s.stem(&lower).into_owned(),
            None => lower.chars().take(6).collect(),
        };
        push(&stem, &mut out);
    }
    for pair in run.windows(2) {
        push(&pair.iter().collect::<String>(), &mut out);
    }
    out
}

/// The languages with a stemmer (queries are stemmed in each of them).
pub fn stemmed_languages() -> impl Iterator<Item = &'static str> {
    STEMMERS.iter().map(|(l, _)| *l)
}

/// The hashed terms of a text, with repeats (the caller counts them).
pub fn terms(text: &str, lang: &str) -> Vec<u64> {
    let stemmer = STEMMERS.iter().find(|(l, _)| *l == lang).map(|(_, s)| s);
    let mut out = Vec::new();
    let mut lower = String::new();
    // Runs of Han, kana or Hangul: bigrams (Unicode word breaks split them into characters).
    let mut run: Vec<char> = Vec::new();
    let flush = |run: &mut Vec<char>, out: &mut Vec<u64>| {
        for pair in run.windows(2) {
            let mut buf = [0u8; 8];
            let n1 = pair[0].encode_utf8(&mut buf).len();
            let n2 = pair[1].encode_utf8(&mut buf[n1..]).len();
            out.push(xxh3_64(&buf[..n1 + n2]));
        }
        if run.len() == 1 {
            let mut buf = [0u8; 4];
            out.push(xxh3_64(run[0].encode_utf8(&mut buf).as_bytes()));
        }
        run.clear();
    };
    for c in text.chars() {
        if is_unspaced(c) {
            run.push(c);
        } else if !run.is_empty() {
            flush(&mut run, &mut out);
        }
    }
    flush(&mut run, &mut out);
    for w in text.unicode_words() {
        if w.chars().any(is_unspaced) {
            continue;
        }
        if w.chars().count() < 3 || w.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        lower.clear();
        lower.extend(w.chars().flat_map(char::to_lowercase));
        let stem = match stemmer {
            Some(s) => s.stem(&lower).into_owned(),
            None => lower.chars().take(6).collect(),
        };
        out.push(xxh3_64(stem.as_bytes()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflected_forms_share_a_stem() {
        assert_eq!(terms("earthquakes", "en"), terms("earthquake", "en"));
        assert_eq!(terms("terremoti", "it"), terms("terremoto", "it"));
        assert_ne!(terms("earthquake", "en"), terms("wildfire", "en"));
    }

    #[test]
    fn han_text_gives_bigrams() {
        assert_eq!(terms("地震", "zh").len(), 1);
        assert_eq!(terms("印尼地震", "zh").len(), 3);
    }
}
