//! Direct quotations: text between quotation marks in every common style (“…”, „…“, «…»,
//! ‹…›, "…", '…', 「…」, 『…』, German »…«), including quotes left open at the end of a
//! paragraph and reopened at the start of the next, as typographic convention writes a
//! quote that runs over paragraphs.

/// One quoted stretch: the marks at `open` and `close` (byte offsets of the marks; `close`
/// is the end of the text's paragraph when the quote runs on), the content between.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quoted {
    pub open: usize,
    pub start: usize,
    pub end: usize,
    pub close: usize,
    /// The quote goes on in the next paragraph.
    pub runs_on: bool,
    /// This part continues a quote of the previous paragraph.
    pub continued: bool,
}

/// The closing marks an opening mark accepts.
fn closers(open: char, lang: &str) -> Option<&'static [char]> {
    Some(match open {
        '“' => &['”', '“'],
        // A right mark opening a quote, as careless typing has it ("”Fear. I am …”").
        '”' => &['”', '“'],
        '„' => &['“', '”'],
        '«' => &['»'],
        '‹' => &['›'],
        '»' if lang == "de" || lang == "da" => &['«'],
        '"' => &['"'],
        '\'' => &['\''],
        '‘' => &['’'],
        '「' => &['」'],
        '『' => &['』'],
        '﹁' => &['﹂'],
        _ => return None,
    })
}

fn is_hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}')
}

fn is_word(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric())
}

/// Finds the quoted stretches of a text, in order. Nested quotes stay inside their outer
/// quote; an opening mark never closed (in its paragraph or a continuation) is ignored.
pub fn find_quoted(text: &str, lang: &str) -> Vec<Quoted> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        // Two apostrophes as a quotation mark (''…''), as some archives write “…”.
        if c == '\'' && at(k + 1) == Some('\'') {
            if let Some(q) = doubled_apostrophes(text, i) {
                k = chars.partition_point(|&(b, _)| b < q.close);
                out.push(q);
                continue;
            }
        }
        let Some(close_set) = closers(c, lang) else {
            k += 1;
            continue;
        };
        let prev = if k > 0 { at(k - 1) } else { None };
        // Straight and single marks open only after a space or bracket and before a word
        // character: an apostrophe (it's, l'Ucraina) or an inch mark is no quote.
        if matches!(c, '"' | '\'' | '‘') {
            let opens = prev.is_none_or(|p| p.is_whitespace() || "([{—–-:".contains(p));
            if !opens || at(k + 1).is_none_or(|n| n.is_whitespace()) {
                k += 1;
                continue;
            }
        }
        // A right mark opens only at a line's start, before a letter.
        if c == '”'
            && !(prev.is_none_or(|p| p == '\n') && at(k + 1).is_some_and(char::is_alphabetic))
        {
            k += 1;
            continue;
        }
        match find_close(&chars, text, k, close_set) {
            Some(Close::Mark(j)) => {
                let start = i + c.len_utf8();
                out.push(Quoted {
                    open: i,
                    start,
                    end: chars[j].0,
                    close: chars[j].0 + chars[j].1.len_utf8(),
                    runs_on: false,
                    continued: false,
                });
                k = j + 1;
            }
            Some(Close::Paragraph { end, next_open }) => {
                // Left open at a paragraph end and reopened with the same mark: a quote
                // over several paragraphs, one part per paragraph.
                out.push(Quoted {
                    open: i,
                    start: i + c.len_utf8(),
                    end: trim_end(text, i + c.len_utf8(), end),
                    close: end,
                    runs_on: true,
                    continued: out
                        .last()
                        .is_some_and(|q: &Quoted| q.runs_on && q.close <= i),
                });
                k = next_open;
            }
            None => k += 1,
        }
    }
    // A part that follows a "runs on" part continues it.
    for n in 1..out.len() {
        if out[n - 1].runs_on {
            out[n].continued = true;
        }
    }
    // The spaces French and others put inside the marks (« … ») are no part of the quote.
    for q in &mut out {
        let inner = &text[q.start..q.end];
        q.start += inner.len() - inner.trim_start().len();
        q.end = q.start + text[q.start..q.end].trim_end().len();
    }
    out.retain(|q| q.end > q.start);
    out
}

/// A quote between two pairs of apostrophes in one paragraph, opened at byte `i`.
fn doubled_apostrophes(text: &str, i: usize) -> Option<Quoted> {
    let start = i + 2;
    let rest = &text[start..];
    let end = start + rest.find("''")?;
    if text[start..end].contains("\n\n") || end == start {
        return None;
    }
    Some(Quoted {
        open: i,
        start,
        end,
        close: end + 2,
        runs_on: false,
        continued: false,
    })
}

enum Close {
    Mark(usize),
    Paragraph { end: usize, next_open: usize },
}

/// Where the quote opened at `k` closes: its mark, or (when the paragraph ends first and
/// the next paragraph opens with the same mark) the paragraph end.
fn find_close(chars: &[(usize, char)], text: &str, k: usize, close_set: &[char]) -> Option<Close> {
    let open = chars[k].1;
    let mut j = k + 1;
    while j < chars.len() {
        let (b, c) = chars[j];
        if c == '\n' && text[b..].starts_with("\n\n") {
            // The paragraph ended with the quote open.
            let mut n = j;
            while n < chars.len() && chars[n].1.is_whitespace() {
                n += 1;
            }
            return (n < chars.len() && chars[n].1 == open).then_some(Close::Paragraph {
                end: b,
                next_open: n,
            });
        }
        if close_set.contains(&c) {
            let next = chars.get(j + 1).map(|&(_, c)| c);
            // A straight or single closing mark is not followed by a letter ("it's"), save
            // a Korean quotative particle glued to the mark ("…못 잤다"고 말했다).
            let word_after = matches!(c, '"' | '\'' | '’')
                && is_word(next)
                && !(c == '"' && next.is_some_and(is_hangul));
            if !word_after && j > k + 1 {
                return Some(Close::Mark(j));
            }
        }
        j += 1;
    }
    None
}

fn trim_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contents(text: &str, lang: &str) -> Vec<String> {
        find_quoted(text, lang)
            .iter()
            .map(|q| text[q.start..q.end].to_string())
            .collect()
    }

    #[test]
    fn every_quotation_style() {
        assert_eq!(
            contents("Er sagte: „Wir sind bereit“.", "de"),
            ["Wir sind bereit"]
        );
        assert_eq!(
            contents("Il a dit « nous sommes prêts ».", "fr"),
            ["nous sommes prêts"]
        );
        assert_eq!(
            contents("Kim disse “pronto para apoiar”.", "pt"),
            ["pronto para apoiar"]
        );
        assert_eq!(contents("他说：「我们准备好了」。", "zh"), ["我们准备好了"]);
        assert_eq!(contents("Er sagte: »Wir kommen«.", "de"), ["Wir kommen"]);
        assert_eq!(
            contents("He said \"we will win\" today.", "en"),
            ["we will win"]
        );
        assert_eq!(contents("She said 'not now' and left.", "en"), ["not now"]);
        // Korean glues the quotative particle to the closing mark.
        assert_eq!(
            contents("과장은 \"해안가 접근을 삼가 달라\"고 당부했다.", "ko"),
            ["해안가 접근을 삼가 달라"]
        );
    }

    #[test]
    fn a_right_mark_opening_a_line_opens_a_quote() {
        assert_eq!(
            contents("Getty.\n\n”Fear. I am truly afraid.” ― Edwin Monroy", "en"),
            ["Fear. I am truly afraid."]
        );
        // Elsewhere it only closes.
        // (Without the rule, the first mark would open a quote closed by the second.)
        assert_eq!(
            contents("He said ” and left. ”Go,” she said.", "en"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn doubled_apostrophes_quote() {
        assert_eq!(
            contents("''It was the least bad outcome,'' Mr. Morgan said.", "en"),
            ["It was the least bad outcome,"]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(contents("It's l'Ucraina's turn, isn't it?", "en").is_empty());
    }

    #[test]
    fn a_quote_over_two_paragraphs_is_two_parts() {
        let t = "Kim said: “We are ready.\n\n“We will not stop,” he added.";
        let q = find_quoted(t, "en");
        assert_eq!(q.len(), 2);
        assert_eq!(&t[q[0].start..q[0].end], "We are ready.");
        assert!(q[0].runs_on && q[1].continued);
        assert_eq!(&t[q[1].start..q[1].end], "We will not stop,");
    }

    #[test]
    fn an_unclosed_mark_is_ignored() {
        assert!(contents("He said “this never ends.\n\nNext paragraph.", "en").is_empty());
    }
}
