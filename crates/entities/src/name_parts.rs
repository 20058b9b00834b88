//! Person-name parts (rigour's groups of spellings across scripts): which groups a word
//! belongs to, and which known person a first and last part name together.

use crate::gazetteer::{Gazetteer, PostingKind};
use crate::link::Context;
use crate::tokens::Script;

/// The group ids of a single-token person-name part, exactly or through a base form.
pub fn name_part_groups(cx: &Context, i: usize) -> Vec<u32> {
    // Asked for the same word by several rules: looked up once per text.
    cx.groups_cache[i]
        .get_or_init(|| {
            let t = &cx.toks[i];
            let parts = |f: &str| -> Vec<u32> {
                cx.g.get(f)
                    .iter()
                    .filter(|(_, k)| *k == PostingKind::NamePart)
                    .map(|(g, _)| g)
                    .collect()
            };
            let exact = parts(&t.folded);
            if !exact.is_empty() || t.script != Script::Cased && t.script != Script::Uncased {
                return exact;
            }
            let mut forms = Vec::new();
            crate::inflect::base_forms(cx.lang, &t.folded, &mut forms);
            forms
                .iter()
                .map(|f| parts(f))
                .find(|g| !g.is_empty())
                .unwrap_or_default()
        })
        .clone()
}

/// A known person whose first and last name parts are in these groups.
pub fn person_by_parts(g: &Gazetteer, first: &[u32], last: &[u32]) -> Option<u32> {
    // Keys are "\x01<first group>\x01<last group>": each first group is read once and the
    // walk stops there when no known person starts with it.
    let mut num = itoa_buf();
    for f in first {
        let Some(s) = g
            .step(g.root(), b"\x01")
            .and_then(|s| g.step(s, fmt_u32(*f, &mut num)))
            .and_then(|s| g.step(s, b"\x01"))
        else {
            continue;
        };
        for l in last {
            let hit = g
                .step(s, fmt_u32(*l, &mut num))
                .and_then(|s2| g.finals(s2))
                .and_then(|p| {
                    crate::gazetteer::Postings(p)
                        .iter()
                        .find(|(_, k)| *k == PostingKind::PersonParts)
                });
            if let Some((e, _)) = hit {
                return Some(e);
            }
        }
    }
    None
}

fn itoa_buf() -> [u8; 10] {
    [0; 10]
}

/// Decimal digits of `n` in `buf`, without allocating.
fn fmt_u32(mut n: u32, buf: &mut [u8; 10]) -> &[u8] {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    &buf[i..]
}

/// A key for a person no table knows. A name part written in Latin script keeps its own
/// spelling ("Rui", not another spelling of its group); one written in another script takes
/// the Latin spelling of its name-part groups closest to its transliteration, so "Ahmed
/// Samir" and "أحمد سمير" can meet; parts in no group are transliterated.
pub fn person_key(cx: &Context, words: &[usize], groups: &[Vec<u32>]) -> String {
    let parts: Vec<String> = words
        .iter()
        .zip(groups)
        .map(|(&k, gs)| {
            let t = &cx.toks[k];
            if t.folded.is_ascii() {
                return t.folded.to_string();
            }
            let translit = crate::fold::fold(&any_ascii::any_ascii(&t.folded));
            gs.iter()
                .flat_map(|&g| cx.g.group_latin(g))
                .min_by_key(|c| (strsim::levenshtein(c, &translit), *c))
                .map(str::to_string)
                .unwrap_or(translit)
        })
        .collect();
    crate::link::slug(&spelling_skeleton(&parts.join(" ")))
}

/// Folds the spellings that transliterations of one name differ by: "Andriy" and "Andrii";
/// "Zelenskyy" and "Zelenskiy"; "Oleksandr" and "Olexandr" (y as i, ii as i, x as ks). Applied to every person key, so a name written in Latin script and the same
/// name transliterated from Cyrillic get one key.
pub(crate) fn spelling_skeleton(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        let c = match c {
            'y' => 'i',
            'x' => {
                out.push_str("ks");
                continue;
            }
            c => c,
        };
        if c == 'i' && out.ends_with('i') {
            continue;
        }
        out.push(c);
    }
    out
}
