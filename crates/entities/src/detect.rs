//! Finding gazetteer names in text: every span of tokens whose folded form (or the base
//! form of an inflected word) is a key, longest spans and all alternatives kept; choosing
//! among them is the linker's job.

use crate::gazetteer::{Gazetteer, PostingKind, State};
use crate::inflect::{base_forms, clitic_prefixes, KO_PARTICLES};
use crate::tokens::{Script, Token};

/// Longest name, in tokens, that is looked up.
const MAX_TOKENS: usize = 8;
/// Longest name inside a run of Han/kana, in characters.
const MAX_CJK_CHARS: usize = 16;

/// A span of text that is a gazetteer key.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// First and last token (inclusive).
    pub first: usize,
    pub last: usize,
    /// Character offsets in the text, end exclusive.
    pub start: usize,
    pub end: usize,
    pub entries: Vec<(u32, PostingKind)>,
    /// Some word matched through a base form, not as written.
    pub inflected: bool,
}

/// Whether the text between two tokens lets them belong to one name: only spaces, a
/// hyphen, an apostrophe or an abbreviation dot, on one line.
pub fn joinable(text: &str, a: &Token, b: &Token) -> bool {
    let gap = &text[a.byte_end..b.byte_start];
    gap.chars().count() <= 3
        && !gap.is_empty()
        && gap.chars().all(|c| {
            matches!(
                c,
                ' ' | '\u{a0}' | '\u{202f}' | '-' | '‐' | '‑' | '\'' | '’' | '.' | '·' | '・'
            )
        })
        && gap.chars().filter(|c| *c == '.').count() <= 1
}

/// All gazetteer matches in `toks` (tokens of `text`); `lang` selects inflection rules.
pub fn find(g: &Gazetteer, text: &str, toks: &[Token], lang: &str) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut forms: Vec<Vec<(String, bool)>> = Vec::with_capacity(toks.len());
    for t in toks {
        let mut v = vec![(t.folded.clone(), false)];
        if matches!(t.script, Script::Cased | Script::Uncased) {
            let mut b = Vec::new();
            base_forms(lang, &t.folded, &mut b);
            v.extend(b.into_iter().map(|f| (f, true)));
        }
        forms.push(v);
    }
    for i in 0..toks.len() {
        match toks[i].script {
            Script::Cjk => find_in_cjk_run(g, &toks[i], i, &mut out),
            Script::Hangul => find_hangul(g, text, toks, i, &mut out),
            _ => find_words(g, text, toks, &forms, i, lang, &mut out),
        }
    }
    out
}

fn entries(g: &Gazetteer, s: State) -> Option<Vec<(u32, PostingKind)>> {
    g.finals(s)
        .map(|p| crate::gazetteer::Postings(p).iter().collect())
}

fn find_words(
    g: &Gazetteer,
    text: &str,
    toks: &[Token],
    forms: &[Vec<(String, bool)>],
    i: usize,
    lang: &str,
    out: &mut Vec<Candidate>,
) {
    // (state, inflected, start char)
    let mut frontier: Vec<(State, bool, usize)> = Vec::new();
    let root = g.root();
    for (f, infl) in &forms[i] {
        if let Some(s) = g.step(root, f.as_bytes()) {
            frontier.push((s, *infl, toks[i].start));
        }
    }
    for cut in clitic_prefixes(lang, &toks[i].folded) {
        let rest = &toks[i].folded[cut..];
        let shift = crate::inflect::span_prefix_len(lang, &toks[i].folded[..cut]);
        if let Some(s) = g.step(root, rest.as_bytes()) {
            frontier.push((s, false, toks[i].start + shift));
        }
    }
    let mut j = i;
    loop {
        for &(s, infl, start) in &frontier {
            if let Some(e) = entries(g, s) {
                out.push(Candidate {
                    first: i,
                    last: j,
                    start,
                    end: toks[j].end,
                    entries: e,
                    inflected: infl,
                });
            }
        }
        j += 1;
        if j >= toks.len()
            || j - i >= MAX_TOKENS
            || !matches!(
                toks[j].script,
                Script::Cased | Script::Uncased | Script::Digits
            )
            || !joinable(text, &toks[j - 1], &toks[j])
        {
            return;
        }
        let mut next = Vec::new();
        for &(s, infl, start) in &frontier {
            let Some(sp) = g.step(s, b" ") else { continue };
            for (f, finfl) in &forms[j] {
                if let Some(s2) = g.step(sp, f.as_bytes()) {
                    next.push((s2, infl || *finfl, start));
                }
            }
        }
        next.truncate(16);
        if next.is_empty() {
            return;
        }
        frontier = next;
    }
}

/// Korean: a name is the start of a word, followed by nothing or a particle (북한이);
/// names of several words continue over spaces (유엔 안전보장이사회).
fn find_hangul(g: &Gazetteer, text: &str, toks: &[Token], i: usize, out: &mut Vec<Candidate>) {
    let mut state = g.root();
    let mut j = i;
    loop {
        let t = &toks[j];
        let chars: Vec<(usize, char)> = t.folded.char_indices().collect();
        let mut s = state;
        for (k, (bi, c)) in chars.iter().enumerate() {
            let Some(s2) = g.step(s, &t.folded.as_bytes()[*bi..*bi + c.len_utf8()]) else {
                return;
            };
            s = s2;
            let rest = &t.folded[bi + c.len_utf8()..];
            if KO_PARTICLES.contains(&rest) {
                if let Some(e) = entries(g, s) {
                    out.push(Candidate {
                        first: i,
                        last: j,
                        start: toks[i].start,
                        end: t.char_starts[k] + 1,
                        entries: e,
                        inflected: false,
                    });
                }
            }
        }
        j += 1;
        if j >= toks.len()
            || j - i >= MAX_TOKENS
            || toks[j].script != Script::Hangul
            || !joinable(text, &toks[j - 1], &toks[j])
        {
            return;
        }
        match g.step(s, b" ") {
            Some(sp) => state = sp,
            None => return,
        }
    }
}

/// Han and kana are written without spaces: every position of the run may start a name.
fn find_in_cjk_run(g: &Gazetteer, t: &Token, i: usize, out: &mut Vec<Candidate>) {
    let chars: Vec<(usize, char)> = t.folded.char_indices().collect();
    for p in 0..chars.len() {
        let mut s = g.root();
        for (k, (bi, c)) in chars.iter().enumerate().skip(p).take(MAX_CJK_CHARS) {
            let Some(s2) = g.step(s, &t.folded.as_bytes()[*bi..*bi + c.len_utf8()]) else {
                break;
            };
            s = s2;
            if let Some(e) = entries(g, s) {
                out.push(Candidate {
                    first: i,
                    last: i,
                    start: t.char_starts[p],
                    end: t.char_starts[k] + 1,
                    entries: e,
                    inflected: false,
                });
            }
        }
    }
}
