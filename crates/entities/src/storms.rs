//! Named storms ("Hurricane Milton", "el huracán Milton", "태풍 해누리", "台风摩羯"): the
//! storm word says the next name is the storm's, not the town or person of that name, and
//! the name alone later in the article ("Milton") is the same storm.

use crate::korean::strip_particle;
use crate::link::{covered, slug, Context, Picked, Target};
use crate::tokens::Script;
use crate::EntityType;

/// Words that follow 台风 and are no name: "受台风影响", "台风预警", "台风登陆".
const CJK_NOT_NAMES: &[&str] = &[
    "影响", "预警", "登陆", "路径", "过后", "天气", "带来", "造成", "期间", "中心", "来袭", "袭击",
    "灾害", "季节", "强度", "过境", "外围", "警报", "红色", "橙色", "黄色", "蓝色", "影響", "警報",
];

/// Storm words in the supported languages, folded.
#[rustfmt::skip]
const STORM_WORDS: &[&str] = &[
    "hurricane", "typhoon", "cyclone", "storm", "huracan", "tifon", "ciclon", "tormenta",
    "furacao", "tufao", "ciclone", "tempestade", "uragano", "tifone", "tempesta", "ouragan",
    "typhon", "tempete", "hurrikan", "taifun", "zyklon", "sturm", "tropensturm", "huragan",
    "tajfun", "cyklon", "ураган", "таифун", "циклон", "шторм", "orkaan", "tyfoon", "cycloon",
    "τυφωνασ", "κυκλωνασ", "اعصار", "הוריקן", "טייפון", "태풍", "허리케인", "사이클론",
];
/// Storm words written in Han or kana, followed by the name without a space.
const CJK_STORM_WORDS: &[&str] = &[
    "台风",
    "颱風",
    "台風",
    "飓风",
    "颶風",
    "ハリケーン",
    "サイクロン",
];

fn storm(name: &str) -> Target {
    Target::New {
        id: format!("other:storm-{}", slug(name)),
        name: name.to_string(),
        etype: EntityType::Other,
    }
}

fn pick(first: usize, last: usize, start: usize, end: usize, target: Target) -> Picked {
    Picked::new(first, last, start, end, target)
}

/// Adds the storms named in the text, and the later mentions of their names alone.
pub fn add_storms(cx: &Context, picked: &mut Vec<Picked>) {
    let toks = cx.toks;
    static WORDS: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| STORM_WORDS.iter().copied().collect());
    // Most texts name no storm: one pass over the words decides.
    static FIRST: std::sync::LazyLock<[bool; 256]> = std::sync::LazyLock::new(|| {
        let mut f = [false; 256];
        for w in STORM_WORDS {
            f[w.as_bytes()[0] as usize] = true;
        }
        f
    });
    let any = toks.iter().any(|t| match t.script {
        Script::Cjk => CJK_STORM_WORDS.iter().any(|w| t.folded.contains(w)),
        _ => FIRST[t.folded.as_bytes()[0] as usize] && WORDS.contains(t.folded.as_str()),
    });
    if !any {
        return;
    }
    // (folded name, target) of each storm found.
    let mut found: Vec<(String, Target)> = Vec::new();
    let mut add: Vec<Picked> = Vec::new();
    for i in 0..toks.len() {
        let t = &toks[i];
        if t.script == Script::Cjk {
            for w in CJK_STORM_WORDS {
                let Some(at) = t.folded.find(w) else { continue };
                let rest = &t.folded[at + w.len()..];
                let kana = rest
                    .chars()
                    .next()
                    .is_some_and(|c| ('\u{30A0}'..='\u{30FF}').contains(&c));
                let name: String = if kana {
                    rest.chars()
                        .take_while(|c| ('\u{30A0}'..='\u{30FF}').contains(c))
                        .collect()
                } else {
                    rest.chars()
                        .take(2)
                        .filter(|c| crate::fold::is_han_or_kana(*c))
                        .collect()
                };
                // A quoted name after the storm word: 台风“摩羯”.
                let name = if rest.is_empty() {
                    toks.get(i + 1)
                        .filter(|n| n.script == Script::Cjk && n.folded.chars().count() <= 6)
                        .filter(|n| {
                            let gap = &cx.text[t.byte_end..n.byte_start];
                            gap.chars().count() == 1
                                && gap.chars().all(|c| "“「『《\"'‘".contains(c))
                        })
                        .map_or(name, |n| n.folded.to_string())
                } else {
                    name
                };
                // A verb or function word right after the storm word starts no name
                // ("台风已造成", "台风将于", "台风发布").
                let function_word = !kana && name.chars().any(crate::chinese::is_stop);
                if name.chars().count() >= 2
                    && !function_word
                    && !CJK_NOT_NAMES.contains(&name.as_str())
                {
                    found.push((name.clone(), storm(&name)));
                }
            }
            continue;
        }
        if !WORDS.contains(t.folded.as_str()) || i + 1 >= toks.len() {
            continue;
        }
        let j = i + 1;
        let n = &toks[j];
        // "National Hurricane Center": the storm word inside an organisation's name.
        let in_name =
            i > 0 && t.capitalised && toks[i - 1].capitalised && crate::link::joins(cx, i - 1, i);
        if in_name || cx.lex.is_org_word(&n.folded) {
            continue;
        }
        let name = match n.script {
            Script::Cased if n.capitalised => n.folded.to_string(),
            Script::Uncased => n.folded.to_string(),
            Script::Hangul => strip_particle(&n.folded).to_string(),
            _ => continue,
        };
        let shown = &cx.text[n.byte_start..n.byte_end];
        let shown = if n.script == Script::Hangul {
            &shown[..name.len()]
        } else {
            shown
        };
        let target = storm(shown);
        let first = if t.capitalised { i } else { j };
        add.push(pick(
            first,
            j,
            toks[first].start,
            n.start + shown.chars().count(),
            target.clone(),
        ));
        found.push((name, target));
    }
    if found.is_empty() {
        return;
    }
    // The spans of the storm words and names replace what was read there ("Milton" the town).
    picked.retain(|p| !add.iter().any(|a| p.first <= a.last && a.first <= p.last));
    picked.extend(add);
    let cov = covered(toks, picked);
    let mut more = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        match t.script {
            Script::Cjk => {
                for (name, target) in &found {
                    for (b, _) in t.folded.match_indices(name.as_str()) {
                        let k = t.folded[..b].chars().count();
                        let start = t.char_starts[k];
                        if !picked.iter().any(|p| p.start <= start && start < p.end) {
                            more.push(pick(
                                i,
                                i,
                                start,
                                start + name.chars().count(),
                                target.clone(),
                            ));
                        }
                    }
                }
            }
            _ if !cov[i] => {
                let w = if t.script == Script::Hangul {
                    strip_particle(&t.folded)
                } else {
                    &t.folded
                };
                let capital_ok = t.script != Script::Cased || t.capitalised;
                if let Some((name, target)) =
                    found.iter().find(|(n, _)| n == w).filter(|_| capital_ok)
                {
                    more.push(pick(
                        i,
                        i,
                        t.start,
                        t.start + name.chars().count(),
                        target.clone(),
                    ));
                }
            }
            _ => {
                // A name read as something else (a town "Milton") is the storm here.
                if let Some(p) = picked.iter().position(|p| {
                    p.first == i && p.last == i && !matches!(p.target, Target::New { .. })
                }) {
                    if let Some((_, target)) = found.iter().find(|(n, _)| n == t.folded.as_str()) {
                        picked[p].target = target.clone();
                    }
                }
            }
        }
    }
    picked.extend(more);
    picked.sort_by_key(|p| p.start);
}
