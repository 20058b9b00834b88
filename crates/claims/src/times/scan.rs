//! Cuts a text into lexemes: numbers, punctuation marks and words, each word looked up in
//! the language's lexicon (longest phrase first). One pass, no regex: the lexicon lookup is
//! one hash probe per word, which keeps the stage far above the throughput it needs.

use super::lexicon::{norm_push, Entry, Lex, Lexicon, Script};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Word,
    Num,
    /// A punctuation mark, normalised: dashes to '-', apostrophes to '\'', full-width forms
    /// to ASCII.
    Punct(char),
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Lexeme {
    /// Byte span in the text.
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Empty for words the lexicon does not know.
    pub lex: Lex,
    /// Value and digit count of a number (Arabic-Indic, full-width and Chinese numerals too).
    pub value: u32,
    pub digits: u8,
    /// Whitespace separates it from the lexeme before.
    pub space_before: bool,
    /// Starts with a capital letter.
    pub cap: bool,
    /// First lexeme of a sentence, line or quotation.
    pub sent_start: bool,
}

struct Scanner<'a> {
    text: &'a str,
    lexicon: &'a Lexicon,
    out: Vec<Lexeme>,
    buf: String,
    other: String,
    space: bool,
    sent: bool,
}

pub(super) fn scan(text: &str, lexicon: &Lexicon) -> Vec<Lexeme> {
    let mut s = Scanner {
        text,
        lexicon,
        out: Vec::with_capacity(text.len() / 5 + 4),
        buf: String::with_capacity(32),
        other: String::with_capacity(32),
        space: false,
        sent: true,
    };
    let mut pos = 0;
    while let Some(c) = text[pos..].chars().next() {
        let next = pos + c.len_utf8();
        if c.is_whitespace() {
            s.space = true;
            s.sent |= c == '\n';
            pos = next;
        } else if digit(c).is_some() {
            pos = s.number(pos);
        } else if is_han(c) && lexicon.script == Script::Han {
            pos = s.han(pos, c);
        } else if is_word_char(c) {
            pos = s.word(pos);
        } else {
            let p = punct(c);
            s.push(pos, next, Kind::Punct(p), Lex::default());
            if matches!(
                p,
                '.' | '!' | '?' | '"' | '«' | '»' | ':' | ';' | '。' | '！' | '？'
            ) || matches!(c, '“' | '”' | '—')
            {
                s.sent = true;
            }
            pos = next;
        }
    }
    s.out
}

fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '٠'..='٩' => Some(c as u32 - '٠' as u32),
        '۰'..='۹' => Some(c as u32 - '۰' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// Han ideographs, kana and the ideographic zero.
fn is_han(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}'
        | '\u{f900}'..='\u{faff}' | '\u{3005}' | '\u{3007}')
}

fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | 'À'..='ÿ' | 'Ѐ'..='ӿ' | '\u{ac00}'..='\u{d7a3}' => {
            c != '×' && c != '÷'
        }
        '\u{0300}'..='\u{036f}' => true,
        _ if c.is_ascii() => false,
        _ => c.is_alphabetic(),
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02bc}')
}

fn punct(c: char) -> char {
    match c {
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        '\u{2019}' | '\u{2018}' | '\u{02bc}' => '\'',
        '（' => '(',
        '）' => ')',
        '，' | '、' => ',',
        '．' => '.',
        '／' => '/',
        '：' => ':',
        _ => c,
    }
}

/// Value of a Chinese numeral (〇一二…九十两), up to 99 with 十 or positional ("二〇二五").
fn han_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' | '两' | '兩' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        '十' => 10,
        _ => return None,
    })
}

impl Scanner<'_> {
    fn push(&mut self, start: usize, end: usize, kind: Kind, lex: Lex) {
        let cap = kind == Kind::Word
            && self.text[start..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
        self.out.push(Lexeme {
            start,
            end,
            kind,
            lex,
            value: 0,
            digits: 0,
            space_before: self.space,
            cap,
            sent_start: self.sent,
        });
        self.space = false;
        self.sent = false;
    }

    fn push_num(&mut self, start: usize, end: usize, value: u32, digits: u8) {
        self.push(start, end, Kind::Num, Lex::default());
        let l = self.out.last_mut().expect("just pushed");
        l.value = value;
        l.digits = digits;
    }

    fn number(&mut self, start: usize) -> usize {
        let (mut value, mut digits, mut end) = (0u32, 0u8, start);
        for c in self.text[start..].chars() {
            let Some(d) = digit(c) else { break };
            value = value.saturating_mul(10).saturating_add(d);
            digits = digits.saturating_add(1);
            end += c.len_utf8();
        }
        self.push_num(start, end, value, digits);
        end
    }

    /// One Han or kana character: a lexicon phrase starting here, a run of numerals, or an
    /// unknown character (merged with unknown neighbours).
    fn han(&mut self, start: usize, c: char) -> usize {
        let key = &self.text[start..start + c.len_utf8()];
        if let Some(entries) = self.lexicon.get(key) {
            for e in entries {
                let mut end = start + key.len();
                if !e.rest.iter().all(|r| {
                    let ok = self.text[end..].starts_with(&**r);
                    end += r.len();
                    ok
                }) {
                    continue;
                }
                // "两周一次" is "once every two weeks", "每周一" every Monday: no weekday.
                if e.lex.weekday != 0 && self.after_count(start) {
                    continue;
                }
                self.push(start, end, Kind::Word, e.lex);
                return end;
            }
        }
        if han_digit(c).is_some() {
            return self.han_number(start);
        }
        let end = start + c.len_utf8();
        if let Some(last) = self.out.last_mut() {
            if last.kind == Kind::Word && last.lex.is_empty() && last.end == start {
                last.end = end;
                return end;
            }
        }
        self.push(start, end, Kind::Word, Lex::default());
        end
    }

    fn after_count(&self, start: usize) -> bool {
        self.text[..start].ends_with('每')
            || self
                .out
                .last()
                .is_some_and(|l| l.kind == Kind::Num && l.end == start)
    }

    fn han_number(&mut self, start: usize) -> usize {
        let mut end = start;
        let mut values = Vec::new();
        for c in self.text[start..].chars() {
            let Some(v) = han_digit(c) else { break };
            values.push(v);
            end += c.len_utf8();
        }
        let value = match values.iter().position(|&v| v == 10) {
            // 十三 = 13, 二十 = 20, 二十一 = 21; a second 十 is not a numeral we read.
            Some(i) if i <= 1 && values.len() <= i + 2 && !values[i + 1..].contains(&10) => {
                let tens = if i == 0 { 1 } else { values[0] };
                tens * 10 + values.get(i + 1).copied().unwrap_or(0)
            }
            Some(_) => u32::MAX,
            None => values.iter().fold(0u32, |a, &v| a.saturating_mul(10) + v),
        };
        // Digit count as if written in Arabic digits, so that 十三 reads like 13.
        let digits = if value == u32::MAX {
            9
        } else if values.contains(&10) {
            value.to_string().len() as u8
        } else {
            values.len() as u8
        };
        self.push_num(start, end, value, digits);
        end
    }

    /// A run of letters (and, in Ukrainian, inner apostrophes), then its lexicon entry.
    fn word(&mut self, start: usize) -> usize {
        let mut end = start;
        let mut chars = self.text[start..].char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let inner_apostrophe = self.lexicon.script == Script::Apostrophe
                && is_apostrophe(c)
                && chars.peek().is_some_and(|&(_, n)| is_word_char(n));
            let han_break = self.lexicon.script == Script::Han && is_han(c);
            if !(is_word_char(c) || inner_apostrophe) || han_break {
                break;
            }
            end = start + i + c.len_utf8();
        }
        let plain = matches!(self.lexicon.script, Script::Latin | Script::Apostrophe);
        if plain && end - start > self.lexicon.max_key + 4 {
            self.push(start, end, Kind::Word, Lex::default());
            return end;
        }
        self.buf.clear();
        for c in self.text[start..end].chars() {
            norm_push(&mut self.buf, c);
        }
        let key = std::mem::take(&mut self.buf);
        let found = self.lookup(&key, start, end);
        self.buf = key;
        if found.is_some() {
            return found.unwrap_or(end);
        }
        let split = match self.lexicon.script {
            Script::Hangul => self.hangul(start, end),
            Script::Arabic => self.arabic(start, end),
            _ => None,
        };
        if let Some(e) = split {
            return e;
        }
        self.push(start, end, Kind::Word, Lex::default());
        end
    }

    /// Pushes the longest lexicon phrase whose first word is `key` (spanning `start..end`
    /// in the text); returns where it ends.
    fn lookup(&mut self, key: &str, start: usize, end: usize) -> Option<usize> {
        let entries = self.lexicon.get(key)?;
        let (lex, stop) = self.first_match(entries, end)?;
        self.push(start, stop, Kind::Word, lex);
        Some(stop)
    }

    fn first_match(&mut self, entries: &[Entry], end: usize) -> Option<(Lex, usize)> {
        entries.iter().find_map(|e| {
            let mut stop = end;
            for r in e.rest.iter() {
                stop = self.next_word_is(stop, r)?;
            }
            Some((e.lex, stop))
        })
    }

    /// If the next word after `pos` (past spaces, hyphens and apostrophes) is `want`,
    /// where it ends.
    fn next_word_is(&mut self, pos: usize, want: &str) -> Option<usize> {
        let rest = &self.text[pos..];
        let skip = rest.len()
            - rest
                .trim_start_matches(|c: char| {
                    c.is_whitespace() || is_apostrophe(c) || punct(c) == '-'
                })
                .len();
        if skip > 8 {
            return None;
        }
        let from = pos + skip;
        let mut end = from;
        self.other.clear();
        for c in self.text[from..].chars() {
            if !is_word_char(c) {
                break;
            }
            norm_push(&mut self.other, c);
            end += c.len_utf8();
            if self.other.len() > want.len() {
                return None;
            }
        }
        (end > from && self.other == want).then_some(end)
    }

    /// Korean: a time word followed by a particle ("지난주에") or by a second time word
    /// ("올여름", "월말").
    fn hangul(&mut self, start: usize, end: usize) -> Option<usize> {
        let word = &self.text[start..end];
        let single = |lx: &Lexicon, w: &str| {
            lx.get(w)
                .and_then(|es| es.iter().find(|e| e.rest.is_empty()))
                .map(|e| e.lex)
        };
        let bounds: Vec<usize> = word.char_indices().map(|(i, _)| i).skip(1).collect();
        for &k in bounds.iter().rev() {
            let Some(first) = single(self.lexicon, &word[..k]) else {
                continue;
            };
            let rest = &word[k..];
            if self.lexicon.is_particle(rest) {
                self.push(start, start + k, Kind::Word, first);
                return Some(end);
            }
            if let Some(second) = single(self.lexicon, rest) {
                self.push(start, start + k, Kind::Word, first);
                self.push(start + k, end, Kind::Word, second);
                return Some(end);
            }
            for (j, _) in rest.char_indices().skip(1) {
                if let Some(second) = single(self.lexicon, &rest[..j]) {
                    if self.lexicon.is_particle(&rest[j..]) {
                        self.push(start, start + k, Kind::Word, first);
                        self.push(start + k, start + k + j, Kind::Word, second);
                        return Some(end);
                    }
                }
            }
        }
        None
    }

    /// Arabic: strips a glued conjunction (و, ف) and preposition (ب, ل, ك), which stay out
    /// of the span like any preposition ("بالأمس" → "الأمس").
    fn arabic(&mut self, start: usize, end: usize) -> Option<usize> {
        let word = &self.text[start..end];
        let mut cut = 0;
        for (round, set) in [&['و', 'ف'][..], &['ب', 'ل', 'ك'][..]].iter().enumerate() {
            let Some(c) = word[cut..].chars().next() else {
                break;
            };
            if !set.contains(&c) || word[cut..].chars().count() < 3 {
                continue;
            }
            cut += c.len_utf8();
            // ل + ال is written لل: "للعام" is "ل" + "العام", kept whole as the article
            // cannot be cut out.
            let mut key = String::new();
            let mut from = start + cut;
            if round == 1 && c == 'ل' && word[cut..].starts_with('ل') {
                key.push('ا');
                from -= c.len_utf8();
            }
            for ch in word[cut..].chars() {
                norm_push(&mut key, ch);
            }
            if let Some(stop) = self.lookup(&key, from, end) {
                return Some(stop);
            }
        }
        None
    }
}
