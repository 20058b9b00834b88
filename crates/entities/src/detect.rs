//! Finding gazetteer names in text: every span of tokens whose folded form (or the base
//! form of an inflected word) is a key, longest spans and all alternatives kept; choosing
//! among them is the linker's job.

use crate::gazetteer::{Gazetteer, PostingKind, State};
use crate::inflect::{clitic_prefixes, KO_PARTICLES};
use crate::tokens::{Script, Token};
use rustc_hash::FxHashMap;

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
    let mut scratch = Scratch::default();
    for i in 0..toks.len() {
        match toks[i].script {
            Script::Cjk => find_in_cjk_run(g, &toks[i], i, &mut out),
            Script::Hangul => find_hangul(g, text, toks, i, &mut out),
            // No name starts with a number.
            Script::Digits => {}
            _ => find_words(g, text, toks, i, lang, &mut scratch, &mut out),
        }
    }
    out
}

/// The states a word reaches from a root, by (lower-case root, folded word).
type FirstSteps<'t> = FxHashMap<(bool, &'t str), Vec<(State, bool)>>;

/// Buffers reused from one word to the next: (state, inflected, start char).
#[derive(Default)]
struct Scratch<'t> {
    frontier: Vec<(State, bool, usize)>,
    grown: Vec<(State, bool, usize)>,
    next: Vec<(State, bool)>,
    /// Words recur in a text ("the", "of", a name said again): what a word reads from the
    /// root is looked up once per text.
    first_steps: FirstSteps<'t>,
}

/// The readings of a whole key; name parts alone are not mentions (the linker looks them
/// up itself), so a key with nothing else gives no candidate.
fn entries(g: &Gazetteer, s: State) -> Option<Vec<(u32, PostingKind)>> {
    let p = crate::gazetteer::Postings(g.finals(s)?);
    let mut v = Vec::new();
    v.extend(
        p.iter()
            .filter(|(_, k)| !matches!(k, PostingKind::NamePart | PostingKind::PersonParts)),
    );
    (!v.is_empty()).then_some(v)
}

/// Reads one word from `s`: as written and, for cased and uncased scripts, through its
/// base forms. Base forms are only made when the automaton accepts the part of the word
/// that no rule changes, which most words fail at once.
fn step_word(g: &Gazetteer, s: State, t: &Token, lang: &str, next: &mut Vec<(State, bool)>) {
    let inflects = matches!(t.script, Script::Cased | Script::Uncased);
    step_forms(g, s, &t.folded, lang, inflects, false, next);
    if inflects {
        // Forms whose start differs: Arabic without its article, German without a direction.
        for bare in crate::inflect::bare_stems(lang, &t.folded) {
            step_forms(g, s, bare, lang, true, true, next);
        }
    }
}

/// Reads `w` and, when the automaton accepted the part of it that no rule changes, its base
/// forms. No rule of a language replaces more than its longest ending, so most words are
/// left at once without looking at the rules.
fn step_forms(
    g: &Gazetteer,
    s: State,
    w: &str,
    lang: &str,
    inflects: bool,
    inflected: bool,
    next: &mut Vec<(State, bool)>,
) {
    let reached = match g.walk(s, w.as_bytes()) {
        Ok(s2) => {
            next.push((s2, inflected));
            w.len()
        }
        Err(k) => k,
    };
    let hopeless = |ending: usize| reached + ending < w.len();
    if !inflects
        || hopeless(crate::inflect::max_ending_bytes(lang))
        || hopeless(crate::inflect::longest_ending(lang, w))
    {
        return;
    }
    let mut forms = Vec::new();
    crate::inflect::suffix_forms(lang, w, &mut forms);
    for f in forms {
        if let Some(s2) = g.step(s, f.as_bytes()) {
            next.push((s2, true));
        }
    }
}

fn find_words<'t>(
    g: &Gazetteer,
    text: &str,
    toks: &'t [Token],
    i: usize,
    lang: &str,
    scratch: &mut Scratch<'t>,
    out: &mut Vec<Candidate>,
) {
    let Scratch {
        frontier,
        grown,
        next,
        first_steps,
    } = scratch;
    frontier.clear();
    let t = &toks[i];
    // Lower-case words start only demonyms, roles and institutions: a small automaton.
    let lower = t.script == Script::Cased && !t.capitalised;
    let root = if lower { g.lower_root() } else { g.root() };
    let steps = first_steps
        .entry((lower, t.folded.as_str()))
        .or_insert_with(|| {
            let mut v = Vec::new();
            step_word(g, root, t, lang, &mut v);
            v
        });
    frontier.extend(steps.iter().map(|&(s, infl)| (s, infl, t.start)));
    for cut in clitic_prefixes(lang, &t.folded) {
        let rest = &t.folded[cut..];
        let shift = crate::inflect::span_prefix_len(lang, &t.folded[..cut]);
        if let Some(s) = g.step(root, rest.as_bytes()) {
            frontier.push((s, false, t.start + shift));
        }
    }
    // A short word after its prefix only opens a name of several words ("בתל אביב"): it
    // joins the frontier after the one-word candidates are taken.
    let short = crate::inflect::short_clitic_prefix(lang, &t.folded).and_then(|cut| {
        let shift = crate::inflect::span_prefix_len(lang, &t.folded[..cut]);
        g.step(root, t.folded[cut..].as_bytes())
            .map(|s| (s, false, t.start + shift))
    });
    let mut j = i;
    loop {
        for &(s, infl, start) in frontier.iter() {
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
        if j == i {
            frontier.extend(short);
        }
        j += 1;
        if frontier.is_empty()
            || j >= toks.len()
            || j - i >= MAX_TOKENS
            || !matches!(
                toks[j].script,
                Script::Cased | Script::Uncased | Script::Digits
            )
            || !joinable(text, &toks[j - 1], &toks[j])
        {
            return;
        }
        grown.clear();
        for &(s, infl, start) in frontier.iter() {
            let Some(sp) = g.step(s, b" ") else { continue };
            step_word(g, sp, &toks[j], lang, next);
            grown.extend(next.drain(..).map(|(s2, i2)| (s2, infl || i2, start)));
        }
        grown.truncate(16);
        std::mem::swap(frontier, grown);
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

fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30A0}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}') && c != '・'
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
            // Katakana words are written whole: a name does not start or end inside one
            // (サイ in ミサイル).
            let inside_kana = |a: usize, b: usize| {
                is_katakana(chars[a].1) && b < chars.len() && is_katakana(chars[b].1)
            };
            if p > 0 && inside_kana(p - 1, p) || inside_kana(k, k + 1) {
                continue;
            }
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
