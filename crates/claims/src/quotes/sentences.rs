//! Sentences for attribution: Unicode sentence boundaries (UAX #29, from
//! `unicode-segmentation`), joined again where a boundary falls inside a quotation ("He
//! said: “We are ready. We will win.”" is one sentence).

use super::Quoted;
use unicode_segmentation::UnicodeSegmentation;

/// Byte ranges of the sentences of a text, trimmed of surrounding white space.
pub fn sentences(text: &str, quoted: &[Quoted]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (start, s) in text.split_sentence_bound_indices() {
        let trimmed = s.trim_start();
        let start = start + (s.len() - trimmed.len());
        let end = start + trimmed.trim_end().len();
        if end <= start {
            continue;
        }
        // Join to the previous sentence when the boundary is inside a quotation, after an
        // abbreviation or initial ("Mr.", "Sen.", "H."), or before a lower-case word, on
        // the same paragraph.
        if let Some(last) = out.last_mut() {
            let inside = quoted
                .iter()
                .any(|q| q.open < last.1 && start < q.close && !q.runs_on);
            let same_paragraph = !text[last.1..start].contains("\n\n");
            let prev = &text[last.0..last.1];
            let lower_next = text[start..end]
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
            // “You winning?” she said. / “…?” Trump said, looking out …
            let after_quote = prev.ends_with(['”', '"', '»', '\'', '’', '“'])
                && text[start..end].split_whitespace().count() <= 12;
            if same_paragraph
                && (inside || ends_with_abbreviation(prev) || lower_next || after_quote)
            {
                last.1 = end;
                continue;
            }
        }
        // A paragraph break always ends a sentence (headlines have no full stop).
        let mut from = start;
        for part in text[start..end].split("\n\n") {
            let t = part.trim();
            if !t.is_empty() {
                let a = from + part.find(t).unwrap_or(0);
                out.push((a, a + t.len()));
            }
            from += part.len() + 2;
        }
    }
    out
}

/// Abbreviations that end with a full stop inside a sentence, lower-cased without the stop.
#[rustfmt::skip]
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "st", "jr", "sr",
    "prof", "inc", "co", "corp", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "rev", "hon", "pres", "capt",
    "cmdr", "adm", "maj", "sra", "dra", "sig", "dott", "ing", "avv", "mme", "mlle", "hr", "fr",
    "nr", "ul", "al", "pl", "tel", "ca", "approx", "dept", "univ", "gov't", "a.m", "p.m", "u.s",
    "u.n", "u.k", "e.u", "d.c", "z.b", "bzw", "ggf", "г", "гг", "ст", "им", "ул", "св", "т.е",
    "т.д", "пр", "тыс", "млн", "млрд", "mln", "mld", "mln.", "tys", "proc", "ok",
];

/// The sentence ends with an abbreviation or an initial, not a full stop.
pub(super) fn ends_with_abbreviation(sentence: &str) -> bool {
    let Some(body) = sentence.strip_suffix('.') else {
        return false;
    };
    let word = body
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"')
        .next()
        .unwrap_or("");
    let mut chars = word.chars();
    // An initial ("H." in "George H. Bush").
    if chars.next().is_some_and(char::is_uppercase) && chars.next().is_none() {
        return true;
    }
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        let t = "Mrs. Clinton met Sen. Graham. George H. Bush said so. Next one.";
        let s: Vec<&str> = sentences(t, &[]).iter().map(|&(a, b)| &t[a..b]).collect();
        assert_eq!(
            s,
            [
                "Mrs. Clinton met Sen. Graham.",
                "George H. Bush said so.",
                "Next one."
            ]
        );
    }
}
