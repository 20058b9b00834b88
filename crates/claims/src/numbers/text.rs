//! Small text helpers: one-char case folding (so byte offsets map back one to one), word
//! boundaries by script, and phrase tables matched in place without allocating.

use rustc_hash::FxHashMap;

/// Lower-cases one char to one char and folds apostrophe and space variants, so a folded
/// phrase and the text it came from have the same number of chars. The common scripts are
/// folded by arithmetic: the table lookup behind `to_lowercase` is slow.
pub(super) fn lower1(c: char) -> char {
    let u = c as u32;
    match u {
        0..=0x7F => c.to_ascii_lowercase(),
        0xC0..=0xDE if u != 0xD7 => char::from_u32(u + 0x20).unwrap_or(c),
        0x0410..=0x042F | 0x0391..=0x03A1 | 0x03A3..=0x03AB => {
            char::from_u32(u + 0x20).unwrap_or(c)
        }
        0x0400..=0x040F => char::from_u32(u + 0x50).unwrap_or(c),
        0x0430..=0x045F | 0x03AC..=0x03CE | 0x0600..=0x06FF | 0x3040..=0x9FFF | 0xAC00..=0xD7A3 => {
            c
        }
        _ => match c {
            '’' | 'ʼ' | '´' | '‘' => '\'',
            '\u{a0}' | '\u{202f}' | '\u{2009}' => ' ',
            _ => c.to_lowercase().next().unwrap_or(c),
        },
    }
}

/// Folds `s` with [`lower1`] into `buf` (reused to avoid per-word allocations).
pub(super) fn lower_into(s: &str, buf: &mut String) {
    buf.clear();
    buf.extend(s.chars().map(lower1));
}

pub(super) fn at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

pub(super) fn before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// Skips spaces but not a line break: numbers and their words stay on one line.
pub(super) fn skip_blank(text: &str, mut i: usize) -> usize {
    while let Some(c) = at(text, i) {
        if !c.is_whitespace() || c == '\n' || c == '\r' {
            break;
        }
        i += c.len_utf8();
    }
    i
}

pub(super) fn skip_blank_back(text: &str, mut i: usize) -> usize {
    while let Some(c) = before(text, i) {
        if !c.is_whitespace() || c == '\n' || c == '\r' {
            break;
        }
        i -= c.len_utf8();
    }
    i
}

/// Scripts that matter for word boundaries: CJK words are not separated by spaces and
/// Hangul attaches particles, so they are told apart from alphabetic runs.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Script {
    Alpha,
    Hangul,
    Han,
    Kana,
}

pub(super) fn script(c: char) -> Option<Script> {
    let u = c as u32;
    match u {
        // Fast paths for the scripts news text is written in; `is_alphabetic` is slow
        // outside ASCII.
        0x41..=0x5A | 0x61..=0x7A => Some(Script::Alpha),
        0..=0x7F => None,
        0xC0..=0x24F => (u != 0xD7 && u != 0xF7).then_some(Script::Alpha),
        0x0400..=0x0481 | 0x048A..=0x052F => Some(Script::Alpha),
        0x0386 | 0x0388..=0x03FF | 0x1F00..=0x1FFF => Some(Script::Alpha),
        0x0620..=0x065F | 0x066E..=0x06D3 | 0x06D5 | 0x06FA..=0x06FC => Some(Script::Alpha),
        0x0600..=0x06FF => None,
        0xAC00..=0xD7A3 | 0x1100..=0x11FF | 0x3130..=0x318F => Some(Script::Hangul),
        0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0xF900..=0xFAFF | 0x3005 => Some(Script::Han),
        0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => Some(Script::Kana),
        0x2000..=0x2BFF | 0x3000..=0x303F | 0xFF00..=0xFF65 => None,
        _ if c.is_alphabetic() => Some(Script::Alpha),
        0x0300..=0x036F => Some(Script::Alpha),
        _ => None,
    }
}

/// A letter or digit (fast for common scripts).
pub(super) fn is_alnum(c: char) -> bool {
    script(c).is_some() || super::numerals::is_digit(c) || (c as u32 >= 0x80 && c.is_numeric())
}

/// Whether `c` belongs to a script written with spaces between words.
pub(super) fn is_alpha(c: char) -> bool {
    script(c) == Some(Script::Alpha)
}

/// End of the word starting at `i`: a run of letters of one script; an apostrophe between
/// letters is kept when `apostrophe` (Ukrainian "п'ять"), a hyphen between letters always
/// ("norte-coreanos").
pub(super) fn word_end(text: &str, i: usize, apostrophe: bool) -> usize {
    let bytes = text.as_bytes();
    let Some(first) = at(text, i) else { return i };
    let Some(sc) = script(first) else { return i };
    let mut j = i;
    while j < bytes.len() {
        // ASCII letters without decoding: most words in most texts.
        if bytes[j].is_ascii_alphabetic() && sc == Script::Alpha {
            j += 1;
            continue;
        }
        let Some(c) = at(text, j) else { break };
        if c as u32 >= 0x80 && script(c) == Some(sc) {
            j += c.len_utf8();
            continue;
        }
        let joins = c == '-' || (apostrophe && matches!(c, '\'' | '’' | 'ʼ'));
        if joins && sc == Script::Alpha {
            if let Some(n) = at(text, j + c.len_utf8()) {
                if script(n) == Some(sc) {
                    j += c.len_utf8();
                    continue;
                }
            }
        }
        break;
    }
    j
}

/// Start of the word ending at `j` (same rules as [`word_end`]).
pub(super) fn word_start(text: &str, j: usize, apostrophe: bool) -> usize {
    let Some(last) = before(text, j) else {
        return j;
    };
    let Some(sc) = script(last) else { return j };
    let mut i = j;
    while let Some(c) = before(text, i) {
        if script(c) == Some(sc) {
            i -= c.len_utf8();
            continue;
        }
        let joins = c == '-' || (apostrophe && matches!(c, '\'' | '’' | 'ʼ'));
        if joins && sc == Script::Alpha {
            if let Some(p) = before(text, i - c.len_utf8()) {
                if script(p) == Some(sc) {
                    i -= c.len_utf8();
                    continue;
                }
            }
        }
        break;
    }
    i
}

/// The word before position `i` (spaces skipped, not across a line break), as a span.
pub(super) fn prev_word(text: &str, i: usize, apostrophe: bool) -> Option<(usize, usize)> {
    let j = skip_blank_back(text, i);
    let s = word_start(text, j, apostrophe);
    (s < j).then_some((s, j))
}

/// Whether position `i` starts a sentence: only spaces, opening quotes or brackets
/// between it and the previous sentence end or line start.
pub(super) fn sentence_start(text: &str, i: usize) -> bool {
    let mut j = i;
    while let Some(c) = before(text, j) {
        if c.is_whitespace() && c != '\n' {
            j -= c.len_utf8();
            continue;
        }
        if matches!(
            c,
            '"' | '«' | '“' | '„' | '(' | '[' | '\'' | '‘' | '—' | '–' | '-' | '•'
        ) {
            j -= c.len_utf8();
            continue;
        }
        return matches!(c, '.' | '!' | '?' | '\n' | ':' | '…' | '。' | '？' | '！');
    }
    true
}

/// Whether `c` is a letter or digit of a script written with spaces (Hangul included): a
/// phrase edge that needs a word boundary, or a neighbour that breaks one.
fn spaced(c: char) -> bool {
    match script(c) {
        Some(Script::Han | Script::Kana) => false,
        Some(_) => true,
        None => super::numerals::is_digit(c),
    }
}

/// Arabic one-letter prefixes (and, with, for, so) written attached to the next word.
pub(super) fn is_arabic_prefix(c: char) -> bool {
    matches!(c, 'و' | 'ب' | 'ل' | 'ف')
}

/// Matches folded phrase `p` at `i`; returns its end. A space in `p` matches one or more
/// spaces in the text.
pub(super) fn match_fwd(p: &str, text: &str, i: usize) -> Option<usize> {
    let mut j = i;
    for pc in p.chars() {
        let tc = at(text, j)?;
        if pc == ' ' {
            if !tc.is_whitespace() || tc == '\n' {
                return None;
            }
            j = skip_blank(text, j);
            continue;
        }
        if lower1(tc) != pc {
            return None;
        }
        j += tc.len_utf8();
    }
    let last = p.chars().next_back()?;
    // Arabic "و" (and) is written glued to the number after it: "بين 68 و70".
    let glued_digit = p.chars().count() == 1
        && is_arabic_prefix(last)
        && at(text, j).is_some_and(|c| c.is_ascii_digit() || ('٠'..='٩').contains(&c));
    if spaced(last) && at(text, j).is_some_and(spaced) && !glued_digit {
        return None;
    }
    Some(j)
}

/// Matches folded phrase `p` ending exactly at `j`; returns its start.
pub(super) fn match_back(p: &str, text: &str, j: usize) -> Option<usize> {
    let mut i = j;
    for pc in p.chars().rev() {
        let tc = before(text, i)?;
        if pc == ' ' {
            if !tc.is_whitespace() || tc == '\n' {
                return None;
            }
            i = skip_blank_back(text, i);
            continue;
        }
        if lower1(tc) != pc {
            return None;
        }
        i -= tc.len_utf8();
    }
    let first = p.chars().next()?;
    if spaced(first) {
        if let Some(c) = before(text, i) {
            let glued =
                is_arabic_prefix(c) && before(text, i - c.len_utf8()).is_none_or(|d| !is_alnum(d));
            if spaced(c) && !glued {
                return None;
            }
        }
    }
    Some(i)
}

/// A table of folded phrases, bucketed by first and last char so a lookup compares only a
/// handful of candidates.
pub(super) struct Phrases<T: Copy> {
    first: FxHashMap<char, Vec<(&'static str, T)>>,
    last: FxHashMap<char, Vec<(&'static str, T)>>,
}

impl<T: Copy> Phrases<T> {
    pub(super) fn new(items: impl IntoIterator<Item = (&'static str, T)>) -> Self {
        let mut first: FxHashMap<char, Vec<(&'static str, T)>> = FxHashMap::default();
        let mut last: FxHashMap<char, Vec<(&'static str, T)>> = FxHashMap::default();
        for (p, v) in items {
            if let (Some(f), Some(l)) = (p.chars().next(), p.chars().next_back()) {
                first.entry(f).or_default().push((p, v));
                last.entry(l).or_default().push((p, v));
            }
        }
        for v in first.values_mut().chain(last.values_mut()) {
            v.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        }
        Phrases { first, last }
    }

    /// The longest phrase starting at `i`: (end, value).
    pub(super) fn fwd(&self, text: &str, i: usize) -> Option<(usize, T)> {
        let c = lower1(at(text, i)?);
        let list = self.first.get(&c)?;
        list.iter()
            .find_map(|&(p, v)| match_fwd(p, text, i).map(|e| (e, v)))
    }

    /// The longest phrase ending at `j`: (start, value).
    pub(super) fn back(&self, text: &str, j: usize) -> Option<(usize, T)> {
        let c = lower1(before(text, j)?);
        let list = self.last.get(&c)?;
        list.iter()
            .find_map(|&(p, v)| match_back(p, text, j).map(|s| (s, v)))
    }
}

/// Phrases matched by prefix at a position, without word boundaries (CJK counters and
/// units, which Korean particles may follow): bucketed by first char.
pub(super) struct Prefixes<T: Copy> {
    first: FxHashMap<char, Vec<(&'static str, T)>>,
}

impl<T: Copy> Prefixes<T> {
    pub(super) fn new(items: &[(&'static str, T)]) -> Self {
        let mut first: FxHashMap<char, Vec<(&'static str, T)>> = FxHashMap::default();
        for &(p, v) in items {
            if let Some(c) = p.chars().next() {
                first.entry(c).or_default().push((p, v));
            }
        }
        for v in first.values_mut() {
            v.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        }
        Prefixes { first }
    }

    /// The longest item starting at `i`: (end, value).
    pub(super) fn at(&self, text: &str, i: usize) -> Option<(usize, T)> {
        let rest = text.get(i..)?;
        let list = self.first.get(&rest.chars().next()?)?;
        list.iter()
            .find(|(p, _)| rest.starts_with(p))
            .map(|&(p, v)| (i + p.len(), v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_phrases() {
        let t = "Mais de 6.000 soldados norte-coreanos";
        assert_eq!(word_end(t, 23, false), t.len());
        assert_eq!(word_start(t, t.len(), false), 23);
        let p = Phrases::new([("mais de", 1u8), ("de", 2)]);
        assert_eq!(p.back(t, 7), Some((0, 1)));
        assert_eq!(p.fwd(t, 5), Some((7, 2)));
        assert_eq!(p.fwd(t, 1), None);
        assert!(sentence_start("Foo. Bar", 5));
        assert!(!sentence_start("foo Bar", 4));
        assert_eq!(word_end("п'ять тисяч", 0, true), "п'ять".len());
        assert_eq!(word_end("п'ять тисяч", 0, false), "п".len());
    }
}
