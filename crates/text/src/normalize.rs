//! Unicode and whitespace clean-up that keeps the text's own characters (typographic quotes,
//! dashes, non-Latin scripts) but removes what only gets in the way.

use unicode_normalization::UnicodeNormalization;

/// NFC-normalises `text`, drops control and invisible formatting characters, turns every kind
/// of space into a plain space, collapses runs of spaces, trims each line and keeps at most one
/// blank line between paragraphs. Line structure is kept: one input line is one output line.
pub fn clean_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_run = 0usize;
    for line in text.nfc().collect::<String>().lines() {
        let line = clean_line(line);
        if line.is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
            if blank_run > 0 {
                out.push('\n');
            }
        }
        blank_run = 0;
        out.push_str(&line);
    }
    out
}

/// Cleans one line (no NFC step: callers normalise whole texts once).
pub fn clean_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut pending_space = false;
    for c in line.chars() {
        if is_space(c) {
            pending_space = !out.is_empty();
            continue;
        }
        if is_dropped(c) {
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    out
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

/// Control characters and invisible format characters that carry no meaning in news text.
/// Zero-width joiners are kept: they matter in Arabic, Indic scripts and emoji.
fn is_dropped(c: char) -> bool {
    (c.is_control() && c != '\t')
        || matches!(c, '\u{00AD}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FFFC}')
}

/// Splits a clean text into paragraphs: non-empty lines. A text where paragraphs are separated
/// by blank lines and one where each line is a paragraph give the same result.
pub fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty())
}

/// Folds a line for comparisons: lowercase, letters and digits only, single spaces.
pub fn fold_for_compare(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for w in line
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(w.chars().flat_map(char::to_lowercase));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_spaces_controls_and_blank_lines() {
        let raw = "  Title\u{00A0}\u{00A0}here \r\n\n\n\nBody\u{0007} text\u{200B}ok\n";
        assert_eq!(clean_text(raw), "Title here\n\nBody text ok");
    }

    #[test]
    fn normalises_to_nfc_and_keeps_typographic_quotes() {
        let decomposed = "Coe\u{0301}ia “citação” «цитата» „Zitat“";
        assert_eq!(clean_text(decomposed), "Coéia “citação” «цитата» „Zitat“");
    }

    #[test]
    fn folds_for_comparison() {
        assert_eq!(fold_for_compare("  Ça va, Élodie?!"), "ça va élodie");
    }
}
