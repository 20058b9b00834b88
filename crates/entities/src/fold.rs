//! The one folding shared by the gazetteer build and the lookup, so that "Coréia do Norte",
//! "COREIA DO NORTE" and "coreia do norte" are the same key.
//!
//! Folding: Unicode compatibility decomposition, combining marks dropped (accents, Greek
//! tonos, Arabic harakat, Hebrew niqqud), lower case, a few letters with no decomposition
//! mapped by hand (ł, ø, ß, đ, ı…), Arabic alef/yeh variants unified and tatweel dropped.
//! Hangul syllables are kept whole (decomposing them into jamo would make keys longer and
//! gain nothing), and Han/kana are left as they are.

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// Appends the folded form of one character to `out`.
pub fn fold_char_into(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if is_hangul_syllable(c) || is_han_or_kana(c) {
        out.push(c);
        return;
    }
    // Arabic and Hebrew have no case: drop the vowel marks, unify alef and yeh forms, keep
    // the rest, without the general decomposition tables.
    match c {
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0610}'..='\u{061A}' | 'ـ' => return,
        '\u{0591}'..='\u{05C7}'
            if !matches!(c, '\u{05BE}' | '\u{05C0}' | '\u{05C3}' | '\u{05C6}') =>
        {
            return
        }
        'أ' | 'إ' | 'آ' | 'ٱ' => {
            out.push('ا');
            return;
        }
        'ى' => {
            out.push('ي');
            return;
        }
        '\u{0621}'..='\u{064A}' | '\u{05D0}'..='\u{05EA}' => {
            out.push(c);
            return;
        }
        _ => {}
    }
    decompose_compatible(c, |d| {
        if is_combining_mark(d) {
            return;
        }
        match d {
            'ł' | 'Ł' => out.push('l'),
            'ø' | 'Ø' => out.push('o'),
            'ß' | 'ẞ' => out.push_str("ss"),
            'đ' | 'Đ' => out.push('d'),
            'ı' => out.push('i'),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'ς' => out.push('σ'),
            // Arabic: hamza-carrying alefs and alef maqsura written many ways in news.
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ى' => out.push('ي'),
            'ـ' => {}
            _ => {
                for l in d.to_lowercase() {
                    out.push(if l == 'ς' { 'σ' } else { l });
                }
            }
        }
    });
}

/// Folds a whole string; separators are not touched (see [`key`] for names).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char_into(c, &mut out);
    }
    out
}

/// The gazetteer key of a name: its tokens folded and joined by one space; names written
/// only in Han or kana are joined without a separator, as such text is written without spaces
/// ("谢尔盖·拉夫罗夫" -> "谢尔盖拉夫罗夫").
pub fn key(name: &str) -> String {
    let toks = crate::tokens::tokenize(name);
    let mut out = String::with_capacity(name.len());
    let mut prev_cjk = false;
    for (i, t) in toks.iter().enumerate() {
        let cjk = t.script == crate::tokens::Script::Cjk;
        if i > 0 && !(cjk && prev_cjk) {
            out.push(' ');
        }
        out.push_str(&t.folded);
        prev_cjk = cjk;
    }
    out
}

pub fn is_hangul_syllable(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

pub fn is_han_or_kana(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'   // hiragana, katakana
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}' // compatibility ideographs
        | '\u{31F0}'..='\u{31FF}' // katakana phonetic extensions
        | '\u{FF66}'..='\u{FF9D}') // half-width katakana
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_case_and_special_letters() {
        assert_eq!(fold("Coréia do Norte"), "coreia do norte");
        assert_eq!(fold("Ławrow"), "lawrow");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("ΡΩΣΊΑΣ"), "ρωσιασ");
        assert_eq!(fold("Ρωσίας"), "ρωσιασ");
        assert_eq!(fold("Сергей Лавров"), "сергеи лавров");
        assert_eq!(fold("Ёлка"), "елка");
        assert_eq!(fold("أحمد"), "احمد");
        assert_eq!(fold("북한"), "북한");
        assert_eq!(fold("ＫＣＮＡ"), "kcna");
    }

    #[test]
    fn keys_join_tokens() {
        assert_eq!(key("Kim Jong-un"), "kim jong un");
        assert_eq!(key("Idanha-a-Nova"), "idanha a nova");
        assert_eq!(key("谢尔盖·拉夫罗夫"), "谢尔盖拉夫罗夫");
        assert_eq!(
            key("Consiglio di sicurezza dell'Onu"),
            "consiglio di sicurezza dell onu"
        );
        assert_eq!(key("  "), "");
    }
}
