//! Chinese and Japanese organisations that no table knows. Han text has no capitals and no
//! spaces, but an organisation's name ends in a telling word (大学, 交易所, 气象台, 機構)
//! and starts after punctuation, a function word or a verb ("拟在|香港交易所", "。|公安部").
//! A name is taken from there to the end of its head word when the part before the head word
//! has a plausible length; a place right before the head word is part of the name
//! ("浙江省气象台").
//!
//! Written by hand: no word segmenter with named-entity tags is available from the
//! registries for Rust, and this needs only the head words we already keep.

use crate::link::{is_place, slug, Context, Picked, Target};
use crate::EntityType;

/// Characters an organisation's name does not hold: verbs of saying and acting, function
/// words and particles. A name starts right after the last of them.
const STOPS: &[char] = &[
    '说', '表', '在', '称', '指', '宣', '举', '同', '与', '和', '抵', '访', '的', '于', '对', '向',
    '将', '已', '也', '还', '则', '就', '会', '曾', '正', '是', '为', '等', '被', '让', '给', '到',
    '据', '由', '从', '把', '及', '或', '并', '其', '该', '这', '那', '了', '有', '时', '着', '过',
    '都', '又', '而', '但', '因', '所', '以', '拟', '受', '自', '经', '当', '各', '每', '位',
];

/// Japanese names are written in kanji and katakana; hiragana are particles and endings.
fn is_stop(c: char) -> bool {
    STOPS.contains(&c) || matches!(c, '\u{3041}'..='\u{309F}')
}

/// Head words of one character are too often the end of a common word (全部, 冠军, 当局):
/// only these are taken, and only after two to four characters, the last not a point of the
/// compass (安徽南部).
const ONE_CHAR_HEADS: &[char] = &['党', '部', '局', '院', '署'];
const COMPASS: &[char] = &['东', '南', '西', '北', '中', '东', '內', '内', '上', '下'];

/// Longest part before the head word, in characters.
const MAX_PREFIX: usize = 8;

/// Adds the organisations found by their head words in Han/kana runs of zh and ja text.
pub fn add_cjk_orgs(cx: &Context, picked: &mut Vec<Picked>, heads: &CjkHeads) {
    if !matches!(cx.lang, "zh" | "ja") {
        return;
    }
    let mut add = Vec::new();
    for (ti, t, chars) in crate::tokens::cjk_runs(cx.toks) {
        // A head word ends a segment, taken or not: "反对党|工人党".
        let mut after_head = 0;
        // End (in characters) of the last name taken, when its head word is of two or more
        // characters: a name taken right after it goes on from it (宇宙航空|研究開発機構),
        // while one-character heads end a name (反对党|工人党).
        let mut joinable_end = None;
        let mut k = 0;
        while k < chars.len() {
            let Some(len) = head_at(heads, &chars, k) else {
                k += 1;
                continue;
            };
            // Head words run on: 証券|取引所, 研究開発|機構.
            let mut end = k + len;
            while let Some(more) = (end < chars.len())
                .then(|| head_at(heads, &chars, end))
                .flatten()
            {
                end += more;
            }
            // A stop character inside a place's name is no stop: 都 in 成都, 京都.
            let in_place = |p: usize| {
                let c = t.char_starts[p];
                picked
                    .iter()
                    .any(|q| q.start <= c && c < q.end && is_place(cx, q))
            };
            let start = (after_head..k)
                .rev()
                .find(|&p| is_stop(chars[p]) && !in_place(p))
                .map_or(after_head, |p| p + 1);
            after_head = end;
            let prefix = k - start;
            let (s, e) = (t.char_starts[start], t.char_starts[end - 1] + 1);
            let one_char_ok =
                end - k > 1 || ((2..=4).contains(&prefix) && !COMPASS.contains(&chars[k - 1]));
            // Known names inside other than places keep their reading.
            let blocked = || {
                picked.iter().any(|q| {
                    q.start < e
                        && s < q.end
                        && !(q.start >= s && q.end <= t.char_starts[k] && is_place(cx, q))
                })
            };
            if (2..=MAX_PREFIX).contains(&prefix) && one_char_ok && !blocked() {
                let mut name: String = chars[start..end].iter().collect();
                let mut s = s;
                if joinable_end == Some(start) {
                    if let Some((prev_s, _, prev_name)) = add.pop() {
                        s = prev_s;
                        name = format!("{prev_name}{name}");
                    }
                }
                add.push((s, e, name));
                joinable_end = (len >= 2).then_some(end);
            } else {
                joinable_end = None;
            }
            k = end;
        }
        for (s, e, name) in add.drain(..) {
            picked.retain(|q| !(q.start >= s && q.end <= e));
            picked.push(Picked::new(
                ti,
                ti,
                s,
                e,
                Target::New {
                    id: format!("org:{}", slug(&name)),
                    name,
                    etype: EntityType::Organisation,
                },
            ));
        }
    }
    picked.sort_by_key(|p| p.start);
}

/// Organisation head words, found fast by their first character (most characters of a
/// text start none).
#[derive(Debug, Default)]
pub struct CjkHeads {
    /// Sorted and without duplicates.
    first: Vec<char>,
    heads: Vec<Vec<char>>,
}

impl CjkHeads {
    pub fn add(&mut self, word: &str) {
        let h: Vec<char> = word.chars().collect();
        let Some(&c) = h.first() else { return };
        if !word.chars().all(crate::fold::is_han_or_kana) || self.heads.contains(&h) {
            return;
        }
        if let Err(at) = self.first.binary_search(&c) {
            self.first.insert(at, c);
        }
        self.heads.push(h);
    }
}

/// Length of the longest head word starting at `k`.
fn head_at(heads: &CjkHeads, chars: &[char], k: usize) -> Option<usize> {
    heads.first.binary_search(&chars[k]).ok()?;
    heads
        .heads
        .iter()
        .filter(|h| (h.len() >= 2 || ONE_CHAR_HEADS.contains(&h[0])) && chars[k..].starts_with(h))
        .map(|h| h.len())
        .max()
}
