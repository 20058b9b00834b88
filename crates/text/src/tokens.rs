//! Word tokens as the evaluation metrics and the duplicate detector see them.

/// Unicode `\w+` runs (letters, marks, digits, connector punctuation), like Python's `re.findall(r"\w+")`.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || is_mark(c)
}

/// Combining marks count as word characters (Python's `\w` includes them; they matter in
/// Indic scripts and decomposed Latin).
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0489}' | '\u{0591}'..='\u{05BD}'
        | '\u{064B}'..='\u{065F}' | '\u{0900}'..='\u{0903}' | '\u{093A}'..='\u{094F}'
        | '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}' | '\u{3099}'..='\u{309A}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_non_word_characters() {
        let w: Vec<_> = words("Kim-Lavrov: 6.000 engenheiros, «ok_x»").collect();
        assert_eq!(w, ["Kim", "Lavrov", "6", "000", "engenheiros", "ok_x"]);
    }
}
