//! Word tokens with their positions in the original text.
//!
//! Hand-written rather than unicode-segmentation's word splitter because we need, per
//! token, its script class, its case shape and its folded form in one pass, and runs of
//! Han/kana must stay one token (they are matched inside, character by character).

use crate::fold::{fold_char_into, is_han_or_kana, is_hangul_syllable};
use compact_str::CompactString;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    /// Scripts with upper and lower case (Latin, Cyrillic, Greek, Armenian...).
    Cased,
    /// Arabic, Hebrew and other scripts without case.
    Uncased,
    /// A run of Han ideographs and kana, written without spaces.
    Cjk,
    Hangul,
    Digits,
}

#[derive(Debug, Clone)]
pub struct Token {
    /// Character (code point) offsets in the text, end exclusive.
    pub start: usize,
    pub end: usize,
    /// Byte offsets in the text.
    pub byte_start: usize,
    pub byte_end: usize,
    /// Folded form; short words are stored inline (most words fit, so tokenising a text
    /// allocates little).
    pub folded: CompactString,
    pub script: Script,
    /// First letter upper case.
    pub capitalised: bool,
    /// Every letter upper case and at least two letters.
    pub all_caps: bool,
    /// For Han/kana and Hangul tokens: the character offset (in the text) of each char of
    /// `folded`, so matches inside the token map back to the text.
    pub char_starts: Vec<usize>,
}

fn class_slow(c: char) -> Option<Script> {
    if c.is_ascii() {
        return if c.is_ascii_digit() {
            Some(Script::Digits)
        } else if c.is_ascii_alphabetic() {
            Some(Script::Cased)
        } else {
            None
        };
    }
    // Arabic and Hebrew letters, marks and digits by range: the general Unicode tables are
    // a binary search per character, and these scripts have no case to look up.
    match c {
        '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' => return Some(Script::Digits),
        '\u{0610}'..='\u{061A}'
        | '\u{0620}'..='\u{065F}'
        | '\u{066E}'..='\u{06D3}'
        | '\u{06D5}'..='\u{06DC}'
        | '\u{05B0}'..='\u{05BD}'
        | '\u{05BF}'
        | '\u{05C1}'..='\u{05C2}'
        | '\u{05C4}'..='\u{05C5}'
        | '\u{05C7}'
        | '\u{05D0}'..='\u{05EA}'
        | '\u{05F0}'..='\u{05F2}' => return Some(Script::Uncased),
        '\u{0600}'..='\u{06FF}' | '\u{0590}'..='\u{05FF}' => return None,
        _ => {}
    }
    if c.is_numeric() {
        Some(Script::Digits)
    } else if is_han_or_kana(c) || c == 'ー' {
        Some(Script::Cjk)
    } else if is_hangul_syllable(c) {
        Some(Script::Hangul)
    } else if c.is_alphabetic() || unicode_normalization::char::is_combining_mark(c) {
        if c.is_lowercase() || c.is_uppercase() {
            Some(Script::Cased)
        } else {
            Some(Script::Uncased)
        }
    } else {
        None
    }
}

/// Class, case and folded form of every character below U+0600 (Latin, Greek, Cyrillic,
/// Armenian, Hebrew), computed once: the general Unicode tables are binary searches and
/// decompositions, too slow to run for every character of every text.
struct Small {
    class: Option<Script>,
    upper: bool,
    folded: CompactString,
}

const SMALL_END: u32 = 0x0600;

static SMALL: std::sync::LazyLock<Vec<Small>> = std::sync::LazyLock::new(|| {
    (0..SMALL_END)
        .map(|u| {
            let c = char::from_u32(u).unwrap_or('\0');
            let mut f = String::new();
            fold_char_into(c, &mut f);
            Small {
                class: class_slow(c),
                upper: c.is_uppercase(),
                folded: CompactString::from(f),
            }
        })
        .collect()
});

fn class(c: char) -> Option<Script> {
    match SMALL.get(c as usize) {
        Some(s) => s.class,
        None => class_slow(c),
    }
}

fn is_upper(c: char) -> bool {
    match SMALL.get(c as usize) {
        Some(s) => s.upper,
        None => c.is_uppercase(),
    }
}

/// Middle dots that join the parts of a foreign name in Han/kana text (谢尔盖·拉夫罗夫).
fn is_cjk_joiner(c: char) -> bool {
    matches!(c, '·' | '・' | '･' | '‧')
}

/// Splits `text` into tokens: runs of letters of one script class, runs of digits, and
/// runs of Han/kana (with name-joining middle dots inside them skipped).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut toks: Vec<Token> = Vec::with_capacity(text.len() / 5);
    let mut buf = String::new();
    let mut cur: Option<Token> = None;
    let mut upper = 0usize;
    let mut letters = 0usize;
    let mut chars = text.char_indices().enumerate().peekable();
    while let Some((ci, (bi, c))) = chars.next() {
        let cls = class(c);
        // A Cased letter glued to an Uncased one (marks) continues the token; otherwise a
        // change of class ends it.
        let cont = match (&cur, cls) {
            (Some(t), Some(k)) => {
                t.script == k
                    || (matches!(t.script, Script::Cased | Script::Uncased)
                        && matches!(k, Script::Cased | Script::Uncased))
            }
            _ => false,
        };
        let joiner_inside_cjk = cls.is_none()
            && is_cjk_joiner(c)
            && cur.as_ref().is_some_and(|t| t.script == Script::Cjk)
            && chars
                .peek()
                .is_some_and(|&(_, (_, n))| class(n) == Some(Script::Cjk));
        if joiner_inside_cjk {
            continue;
        }
        // Hebrew writes abbreviations and foreign sounds with a geresh or gershayim inside
        // the word (צה"ל, ארה"ב, ריצ'רד): the mark is part of it, folded to a plain ' or ".
        let hebrew = |c: char| matches!(c, '\u{05D0}'..='\u{05EA}');
        let inside_hebrew = cls.is_none()
            && matches!(c, '\'' | '"' | '׳' | '״' | '’')
            && cur.as_ref().is_some_and(|t| t.script == Script::Uncased)
            && text[..bi].chars().next_back().is_some_and(hebrew)
            && chars.peek().is_some_and(|&(_, (_, n))| hebrew(n));
        if inside_hebrew {
            if let Some(t) = cur.as_mut() {
                t.folded
                    .push(if matches!(c, '"' | '״') { '"' } else { '\'' });
                t.end = ci + 1;
                t.byte_end = bi + c.len_utf8();
            }
            continue;
        }
        if !cont {
            if let Some(mut t) = cur.take() {
                t.all_caps = letters >= 2 && upper == letters;
                toks.push(t);
            }
            if let Some(k) = cls {
                upper = 0;
                letters = 0;
                cur = Some(Token {
                    start: ci,
                    end: ci,
                    byte_start: bi,
                    byte_end: bi,
                    folded: CompactString::default(),
                    script: k,
                    capitalised: is_upper(c),
                    all_caps: false,
                    char_starts: Vec::new(),
                });
            }
        }
        if let Some(t) = cur.as_mut() {
            if cls == Some(Script::Cased) {
                letters += 1;
                if is_upper(c) {
                    upper += 1;
                }
            } else if cls == Some(Script::Uncased) && !c.is_ascii() && c > '\u{06FF}' {
                // A letter of a cased script after marks that opened the token.
                if c.is_uppercase() {
                    t.script = Script::Cased;
                }
            }
            if matches!(t.script, Script::Cjk | Script::Hangul) {
                t.char_starts.push(ci);
            }
            if c.is_ascii() {
                t.folded.push(c.to_ascii_lowercase());
            } else if let Some(small) = SMALL.get(c as usize) {
                t.folded.push_str(&small.folded);
            } else {
                buf.clear();
                fold_char_into(c, &mut buf);
                t.folded.push_str(&buf);
            }
            t.end = ci + 1;
            t.byte_end = bi + c.len_utf8();
        }
    }
    if let Some(mut t) = cur.take() {
        t.all_caps = letters >= 2 && upper == letters;
        toks.push(t);
    }
    toks
}

/// The Han/kana tokens of a text, each with its index and its folded characters (Han and
/// kana fold to themselves, so the n-th character is at `char_starts[n]` in the text).
pub fn cjk_runs(toks: &[Token]) -> impl Iterator<Item = (usize, &Token, Vec<char>)> {
    toks.iter()
        .enumerate()
        .filter(|(_, t)| t.script == Script::Cjk)
        .map(|(i, t)| (i, t, t.folded.chars().collect()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> Vec<String> {
        tokenize(text)
            .into_iter()
            .map(|t| t.folded.to_string())
            .collect()
    }

    #[test]
    fn splits_scripts_and_keeps_offsets_in_chars() {
        let t = tokenize("Ким Чен Ын, «KCNA» 朝中社报道 북한이");
        let f: Vec<_> = t.iter().map(|t| t.folded.as_str()).collect();
        assert_eq!(f, ["ким", "чен", "ын", "kcna", "朝中社报道", "북한이"]);
        assert_eq!((t[1].start, t[1].end), (4, 7));
        assert!(t[3].all_caps && t[0].capitalised && !t[0].all_caps);
        assert_eq!(t[4].script, Script::Cjk);
        assert_eq!(t[4].char_starts, vec![19, 20, 21, 22, 23]);
        assert_eq!(t[5].script, Script::Hangul);
    }

    #[test]
    fn cjk_name_dots_are_skipped() {
        assert_eq!(folded("谢尔盖·拉夫罗夫说"), ["谢尔盖拉夫罗夫说"]);
        assert_eq!(folded("Kim Jong-un"), ["kim", "jong", "un"]);
        assert_eq!(folded("الكوري الشمالي"), ["الكوري", "الشمالي"]);
    }

    #[test]
    fn hebrew_abbreviation_marks_stay_inside_the_word() {
        assert_eq!(folded("דובר צה\"ל אמר"), ["דובר", "צה\"ל", "אמר"]);
        assert_eq!(folded("ריצ׳רד פרנסיס"), ["ריצ'רד", "פרנסיס"]);
        assert_eq!(folded("\"שלום\" אמר"), ["שלום", "אמר"]);
    }
}
