//! The human toll a number reports: killed, injured or missing, read from the words right
//! around it ("13 injured", "12 zostało rannych", "ещё 13 получили ранения", "Zwölf weitere
//! wurden verletzt", "부상자 14명", "14人受伤"). Outlets report these counts in different
//! words and often with different values, so the comparison lines them up by this category
//! rather than by how their words embed (a lone participle embeds poorly across languages).
//!
//! Hand-written because no crate or registry package tags casualty predicates across these
//! languages; the word lists are the common news forms, checked with the sample corpus's
//! disaster and attack reports and the claims gold set.

use super::NumberMention;
use concord_model::Casualty;

/// Words after the number (and its counted phrase) that are read: a predicate sits within
/// two or three words ("were killed", "получили ранения", "weitere wurden verletzt").
const WORDS_AFTER: usize = 3;
/// Words before the number that are read when those after say nothing ("killed 3",
/// "the number of injured at 14").
const WORDS_BEFORE: usize = 4;
/// Characters read after and before a number in Chinese and Japanese, past its counter
/// ("14人受伤", "死者2人").
const CJK_AFTER: usize = 6;
const CJK_BEFORE: usize = 5;

/// Conjunctions that end the window: "killed 3 and injured 40" must not read "injured" for
/// 3.
#[rustfmt::skip]
const JOINERS: &[&str] = &[
    "and", "e", "y", "i", "a", "ed", "et", "und", "en", "oraz", "и", "а", "і", "й", "та",
    "while", "mentre", "mientras", "tandis", "während", "alors",
];

/// Whole words, lower-cased (spaced scripts).
#[rustfmt::skip]
const KILLED: &[&str] = &[
    // en (not "die": German article)
    "killed", "kills", "kill", "dead", "deaths", "death", "died", "fatalities", "killing",
    // pt, es, it, fr
    "mortos", "mortas", "morto", "morta", "morreram", "mortes", "óbitos", "muertos",
    "muertas", "muerto", "murieron", "fallecidos", "fallecieron", "muertes", "morti",
    "uccisi", "uccise", "deceduti", "decessi", "morts", "mortes", "tués", "tuées", "tué",
    "décès", "décédés",
    // de, nl
    "tote", "toten", "getötet", "starben", "todesopfer", "doden", "gedood", "omgekomen",
    // pl
    "zginęło", "zginęły", "zginął", "zginęła", "zginęli", "zabitych", "zabici", "zmarło",
    "zmarli", "ofiar",
    // ru, uk
    "погибли", "погиб", "погибла", "погибло", "погибших", "погибшие", "убиты", "убито",
    "убитых", "жертв", "жертвами", "скончались", "умерли", "загинули", "загинув", "загинула",
    "загинуло", "загиблих", "загиблі", "вбито", "вбиті", "вбитих", "померли",
];

#[rustfmt::skip]
const INJURED: &[&str] = &[
    "injured", "wounded", "hurt", "injuries", "injuring", "wounding",
    "feridos", "feridas", "ferido", "ferida", "heridos", "heridas", "herido", "herida",
    "lesionados", "feriti", "ferite", "ferito", "ferita", "blessés", "blessées", "blessé",
    "blessée", "verletzte", "verletzten", "verletzt", "verwundet", "verwundete",
    "verwundeten", "gewond", "gewonden", "gewonde",
    "ranni", "rannych", "rannymi", "ranny", "ranna", "raniono", "poszkodowanych",
    "poszkodowani",
    "ранены", "ранения", "ранение", "раненых", "раненые", "ранен", "ранено", "пострадали",
    "пострадавших", "пострадавшие", "поранення", "поранені", "поранених", "поранено",
    "травмовані", "травмованих", "постраждали", "постраждалих", "постраждалі",
];

#[rustfmt::skip]
const MISSING: &[&str] = &[
    "missing", "desaparecidos", "desaparecidas", "dispersi", "disperse", "disperso",
    "dispersa", "disparus", "disparues", "disparu", "vermisst", "vermisste", "vermissten",
    "vermist", "vermisten", "zaginionych", "zaginieni", "zaginęło", "пропавших", "пропавшие",
    "пропали", "безвести", "зниклих", "зниклі", "безвісти",
];

/// Two-word forms ("kamen ums Leben", "kwamen om het leven" read by its last two words).
const KILLED_PAIRS: &[(&str, &str)] = &[("ums", "leben"), ("het", "leven"), ("their", "lives")];

/// Pieces of words in unspaced scripts and Arabic (which glues "and", "the" and "with" to
/// its words), matched anywhere in the window.
const KILLED_PIECES: &[&str] = &[
    "死亡",
    "遇难",
    "丧生",
    "罹难",
    "身亡",
    "死者",
    "亡くな",
    "사망",
    "숨져",
    "숨진",
    "숨졌",
    "숨지",
    "قتلى",
    "قتيل",
    "مقتل",
    "حتفهم",
    "مصرع",
];
const INJURED_PIECES: &[&str] = &[
    "受伤",
    "伤者",
    "负伤",
    "受傷",
    "負傷",
    "けが",
    "重軽傷",
    "重傷",
    "軽傷",
    "부상",
    "다쳤",
    "다친",
    "جرحى",
    "جريح",
    "مصاب",
    "إصاب",
    "بجروح",
];
const MISSING_PIECES: &[&str] = &["失踪", "行方不明", "실종", "مفقود"];

fn by_word(w: &str) -> Option<Casualty> {
    if KILLED.contains(&w) {
        Some(Casualty::Killed)
    } else if INJURED.contains(&w) {
        Some(Casualty::Injured)
    } else if MISSING.contains(&w) {
        Some(Casualty::Missing)
    } else {
        by_piece(w)
    }
}

fn by_piece(s: &str) -> Option<Casualty> {
    let has = |pieces: &[&str]| pieces.iter().any(|p| s.contains(p));
    if has(KILLED_PIECES) {
        Some(Casualty::Killed)
    } else if has(INJURED_PIECES) {
        Some(Casualty::Injured)
    } else if has(MISSING_PIECES) {
        Some(Casualty::Missing)
    } else {
        None
    }
}

/// Where a window stops: the end of a clause, or another number.
fn stops(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '('
            | ')'
            | '\n'
            | '。'
            | '，'
            | '、'
            | '；'
            | '：'
            | '！'
            | '？'
            | '–'
            | '—'
    ) || c.is_ascii_digit()
}

fn unspaced(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}')
}

/// The words of a window, nearest first, up to a joiner.
fn words<'t>(window: impl Iterator<Item = &'t str>, most: usize) -> Vec<String> {
    window
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .take_while(|w| !JOINERS.contains(&w.as_str()))
        .take(most)
        .collect()
}

/// The toll number `n` of `text` reports, if the words around it say one.
pub fn casualty(text: &str, n: &NumberMention) -> Option<Casualty> {
    if n.unit.is_some() {
        return None;
    }
    let from = n.counted.map_or(n.end, |(_, e)| e.max(n.end));
    let after = &text[from..];
    let after = &after[..after.find(stops).unwrap_or(after.len())];
    let before = &text[..n.start];
    let before = &before[before.rfind(stops).map_or(0, |k| {
        k + before[k..].chars().next().map_or(1, char::len_utf8)
    })..];
    if let Some(c) = n.counted.and_then(|(s, e)| by_word_or_piece(&text[s..e])) {
        return Some(c);
    }
    // Chinese and Japanese: a few characters past the counter, then before.
    if after.chars().next().is_some_and(unspaced) || before.chars().last().is_some_and(unspaced) {
        let ahead: String = after.chars().take(CJK_AFTER).collect();
        let behind: String = {
            let v: Vec<char> = before.chars().collect();
            v[v.len().saturating_sub(CJK_BEFORE)..].iter().collect()
        };
        return by_piece(&ahead).or_else(|| by_piece(&behind));
    }
    let ahead = words(after.split_whitespace(), WORDS_AFTER + 1);
    let pair = ahead
        .windows(2)
        .any(|p| KILLED_PAIRS.contains(&(p[0].as_str(), p[1].as_str())));
    if pair {
        return Some(Casualty::Killed);
    }
    let behind = words(before.split_whitespace().rev(), WORDS_BEFORE);
    ahead
        .iter()
        .take(WORDS_AFTER)
        .chain(&behind)
        .find_map(|w| by_word(w))
}

/// A counted phrase's own words ("14 Verletzte", "48 mortos", "부상자").
fn by_word_or_piece(phrase: &str) -> Option<Casualty> {
    phrase
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .find_map(|w| by_word(&w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numbers::find_numbers;

    fn tolls(text: &str, lang: &str) -> Vec<(f64, Option<Casualty>)> {
        find_numbers(text, lang)
            .iter()
            .map(|n| (n.value, casualty(text, n)))
            .collect()
    }

    #[test]
    fn predicates_after_the_number() {
        use Casualty::*;
        let t = tolls(
            "Two people were killed and at least 13 injured in the attack.",
            "en",
        );
        assert_eq!(t, vec![(2.0, Some(Killed)), (13.0, Some(Injured))]);
        let t = tolls("Zginęły dwie osoby, a 12 zostało rannych.", "pl");
        assert_eq!(t, vec![(2.0, Some(Killed)), (12.0, Some(Injured))]);
        let t = tolls("Погибли два человека, ещё 13 получили ранения.", "ru");
        assert_eq!(t, vec![(2.0, Some(Killed)), (13.0, Some(Injured))]);
        let t = tolls(
            "Zwölf weitere wurden verletzt, wie der Gouverneur mitteilte.",
            "de",
        );
        assert_eq!(t, vec![(12.0, Some(Injured))]);
        let t = tolls("Mindestens zwei Menschen kamen ums Leben.", "de");
        assert_eq!(t, vec![(2.0, Some(Killed))]);
        let t = tolls("Zwei Millionen Menschen leben hier.", "de");
        assert_eq!(t, vec![(2e6, None)]);
        let t = tolls("Il bilancio è di 3 morti e 2 dispersi.", "it");
        assert_eq!(t, vec![(3.0, Some(Killed)), (2.0, Some(Missing))]);
    }

    #[test]
    fn words_before_and_joiners() {
        use Casualty::*;
        let t = tolls("It struck, killing two people and injuring 45.", "en");
        assert_eq!(t, vec![(2.0, Some(Killed)), (45.0, Some(Injured))]);
        let t = tolls("The quake killed 3 and injured 40 people.", "en");
        assert_eq!(t, vec![(3.0, Some(Killed)), (40.0, Some(Injured))]);
        let t = tolls("Officials put the number of injured at 14.", "en");
        assert_eq!(t, vec![(14.0, Some(Injured))]);
        // Not a toll: no such word near, or a unit.
        let t = tolls("The storm damaged 300 homes, 40 km from the coast.", "en");
        assert_eq!(t, vec![(300.0, None), (40.0, None)]);
    }

    #[test]
    fn unspaced_scripts_and_arabic() {
        use Casualty::*;
        assert_eq!(
            tolls("事故造成2人死亡、14人受伤。", "zh")[1].1,
            Some(Injured)
        );
        assert_eq!(
            tolls("事故造成2人死亡、14人受伤。", "zh")[0].1,
            Some(Killed)
        );
        assert_eq!(tolls("부상자는 14명으로 늘었다.", "ko")[0].1, Some(Injured));
        assert_eq!(
            tolls("1人が行方不明になっている。", "ja")[0].1,
            Some(Missing)
        );
        assert_eq!(tolls("وأسفر الهجوم عن 5 قتلى.", "ar")[0].1, Some(Killed));
    }
}
