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
        // Join to the previous sentence when the boundary is inside a quotation on the
        // same paragraph.
        if let Some(last) = out.last_mut() {
            let inside = quoted
                .iter()
                .any(|q| q.open < last.1 && start < q.close && !q.runs_on);
            let same_paragraph = !text[last.1..start].contains("\n\n");
            if inside && same_paragraph {
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
