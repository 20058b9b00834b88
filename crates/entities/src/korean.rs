//! Korean names that no table knows: Hangul has no capitals, so a person is a word made of a
//! family name and a given name next to a title ("김문수 후보", "대변인 강민서"), and an
//! organisation is a word ending in an organisation suffix ("제주항공", "중앙선거관리위원회").

use crate::inflect::KO_PARTICLES;
use crate::link::{covered, slug, Context, Picked, Target};
use crate::tokens::Script;
use crate::EntityType;

/// The common Korean family names (over 90% of people), one or two syllables.
#[rustfmt::skip]
const FAMILY_NAMES: &[&str] = &[
    "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황",
    "안", "송", "류", "유", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남", "심", "노",
    "하", "곽", "성", "차", "주", "우", "구", "민", "진", "나", "지", "엄", "채", "원", "천", "방",
    "공", "현", "함", "변", "염", "여", "추", "도", "소", "석", "선", "설", "마", "길", "연", "위",
    "표", "명", "기", "반", "왕", "금", "옥", "육", "인", "맹", "제", "모", "탁", "국", "어", "은",
    "편", "용", "예", "경", "봉", "사", "부", "남궁", "황보", "제갈", "선우", "독고",
];

/// Whether a Hangul word is one of the common Korean family names.
pub fn is_family_name(s: &str) -> bool {
    FAMILY_NAMES.contains(&s)
}

/// Titles written after (or before) a Korean name, besides the roles of the gazetteer.
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "씨", "전", "후보", "의원", "대표", "재판관", "소장", "사장", "회장", "교수", "기자", "총재",
    "청장", "지사", "시장", "원장", "처장", "차관", "의장", "총장", "부장", "팀장", "국장", "위원",
    "변호사", "대통령", "장관", "위원장", "대변인", "총리", "대사", "감독", "선수",
];

/// Word endings that make a Korean word an organisation's name when it has at least this many
/// syllables before them (one-syllable endings need a long word: "더불어민주당"; 청 ends
/// the names of agencies from three syllables on: "산림청", "기상청").
const ORG_ENDINGS: &[(&str, usize)] = &[("당", 3), ("부", 3), ("청", 1)];

/// Grammatical words that some gazetteer name is spelt like: postpositional verbs ("위해"
/// is "in order to", and also the Sino-Korean reading of 威海), adverbs and determiners.
#[rustfmt::skip]
const FUNCTION_WORDS: &[&str] = &[
    "위해", "위한", "위하여", "대해", "대한", "대하여", "통해", "통한", "통하여", "의해", "의한",
    "관해", "관한", "따라", "따른", "인해", "인한", "향해", "향한", "함께", "다시", "이후", "이번",
    "지난", "오늘", "어제", "내일", "모든", "또한", "그러나", "하지만", "때문",
];

/// Drops gazetteer places and names read in Korean grammatical words.
pub fn drop_function_words(cx: &Context, picked: &mut Vec<Picked>) {
    if cx.lang != "ko" {
        return;
    }
    picked.retain(|p| {
        let t = &cx.toks[p.first];
        t.script != Script::Hangul
            || p.first != p.last
            || !FUNCTION_WORDS.contains(&strip_particle(&cx.text[t.byte_start..t.byte_end]))
    });
}

/// The word without a trailing particle, leaving at least two syllables.
pub fn strip_particle(w: &str) -> &str {
    // Longest particle first, leaving at least two syllables.
    let mut best = w;
    for p in KO_PARTICLES.iter().filter(|p| !p.is_empty()) {
        if let Some(stem) = w.strip_suffix(p) {
            if stem.chars().count() >= 2 && stem.len() < best.len() {
                best = stem;
            }
        }
    }
    best
}

/// A title word, as written after a name (particles allowed: "위원장은", "씨는") or, with
/// `bare`, before one (no particle: "대변인 강민서"). Besides the listed titles and the
/// gazetteer's roles, words for chiefs and officials end in 장 or 관 (공보실장, 과장, 차관).
fn is_title(cx: &Context, picked: &[Picked], i: usize, bare: bool) -> bool {
    let t = &cx.toks[i];
    if t.script != Script::Hangul {
        return false;
    }
    let w = t.folded.as_str();
    let stem = if bare {
        w
    } else {
        KO_PARTICLES
            .iter()
            .filter(|p| !p.is_empty())
            .filter_map(|p| w.strip_suffix(p))
            .filter(|s| !s.is_empty())
            .min_by_key(|s| s.len())
            .unwrap_or(w)
    };
    let official = stem.chars().count() >= 2 && (stem.ends_with('장') || stem.ends_with('관'));
    TITLES.contains(&stem)
        || TITLES.contains(&w)
        || official
        || picked.iter().any(|p| {
            p.first == i && matches!(p.target, Target::Role(_)) && (!bare || p.end == t.end)
        })
}

/// Adds Korean people (family name + given name next to a title) and organisations (by
/// their ending) that the gazetteer did not find.
pub fn add_korean_names(cx: &Context, picked: &mut Vec<Picked>, suffixes: &[String]) {
    if !cx.toks.iter().any(|t| t.script == Script::Hangul) {
        return;
    }
    let cov = covered(cx.toks, picked);
    let mut add = Vec::new();
    for (i, t) in cx.toks.iter().enumerate() {
        if t.script != Script::Hangul || cov[i] {
            continue;
        }
        let name = strip_particle(&t.folded);
        let n = name.chars().count();
        // The title may follow an organisation's name: "강민서 합참 공보실장은".
        let org_between = |k: usize| {
            picked.iter().any(|p| {
                p.first == k && matches!(&p.target, Target::Known(e) if cx.g.entity(*e).etype == EntityType::Organisation)
            })
        };
        let title_next = (i + 1 < cx.toks.len() && is_title(cx, picked, i + 1, false))
            || (i + 2 < cx.toks.len() && org_between(i + 1) && is_title(cx, picked, i + 2, false));
        let title_before = i > 0 && is_title(cx, picked, i - 1, true) && name == t.folded.as_str();
        // Names are a family name and a given name of two syllables: three syllables, four
        // with a two-syllable family name.
        let family = FAMILY_NAMES
            .iter()
            .any(|f| name.starts_with(f) && n == f.chars().count() + 2);
        let person = family && (title_next || title_before) && !cx.g.is_stopword(cx.lang, name);
        let etype = if person {
            EntityType::Person
        } else if suffixes
            .iter()
            .any(|s| name.ends_with(s.as_str()) && n > s.chars().count() + 1)
            || ORG_ENDINGS
                .iter()
                .any(|(e, min)| name.ends_with(e) && n > min + 1)
        {
            EntityType::Organisation
        } else {
            continue;
        };
        let prefix = if etype == EntityType::Person {
            "person"
        } else {
            "org"
        };
        add.push(Picked::new(
            i,
            i,
            t.start,
            t.start + n,
            Target::New {
                id: if etype == EntityType::Person {
                    format!("person:{}", person_slug(name))
                } else {
                    format!("{prefix}:{}", slug(name))
                },
                name: name.to_string(),
                etype,
            },
        ));
    }
    picked.extend(add);
    picked.sort_by_key(|p| p.start);
}

/// Family names as news in Latin script spells them ("Kim", not the Revised Romanisation's
/// "Gim"), so that "김태호" and "Kim Tae-ho" get one key.
#[rustfmt::skip]
const FAMILY_SPELLINGS: &[(&str, &str)] = &[
    ("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"), ("강", "kang"),
    ("조", "cho"), ("윤", "yoon"), ("장", "jang"), ("임", "lim"), ("한", "han"), ("오", "oh"),
    ("서", "seo"), ("신", "shin"), ("권", "kwon"), ("황", "hwang"), ("안", "ahn"), ("송", "song"),
    ("류", "ryu"), ("유", "yoo"), ("전", "jeon"), ("홍", "hong"), ("고", "ko"), ("문", "moon"),
    ("양", "yang"), ("손", "son"), ("배", "bae"), ("백", "baek"), ("허", "heo"), ("남", "nam"),
    ("노", "roh"), ("하", "ha"), ("곽", "kwak"), ("성", "sung"), ("차", "cha"), ("주", "joo"),
    ("우", "woo"), ("구", "koo"), ("민", "min"), ("진", "jin"), ("나", "na"), ("지", "ji"),
];

/// A Korean person's key: the family name as news spells it, then each syllable of the given
/// name romanised and joined by hyphens, as Korean news agencies write names in English
/// ("김태호" -> "kim-tae-ho", "이정숙" -> "lee-jeong-suk").
pub fn person_slug(name: &str) -> String {
    let family = FAMILY_NAMES
        .iter()
        .filter(|f| name.starts_with(**f) && name.chars().count() > f.chars().count())
        .max_by_key(|f| f.len());
    let Some(family) = family else {
        return slug(name);
    };
    let family_latin = FAMILY_SPELLINGS
        .iter()
        .find(|(h, _)| h == family)
        .map_or_else(|| syllable(family), |(_, l)| l.to_string());
    let given: Vec<String> = name[family.len()..]
        .chars()
        .map(|c| syllable(&c.to_string()))
        .collect();
    slug(&crate::name_parts::spelling_skeleton(&format!(
        "{family_latin} {}",
        given.join("-")
    )))
}

/// One syllable in the Revised Romanisation, with a final consonant as it is spelt at the end
/// of a word ("숙" -> "suk", not "sug").
fn syllable(s: &str) -> String {
    let mut r = any_ascii::any_ascii(s).to_lowercase();
    if r.ends_with('g') && !r.ends_with("ng") {
        r.pop();
        r.push('k');
    } else if r.ends_with('d') {
        r.pop();
        r.push('t');
    } else if r.ends_with('b') {
        r.pop();
        r.push('p');
    }
    r
}

#[cfg(test)]
mod tests {
    use super::person_slug;

    #[test]
    fn korean_people_are_keyed_as_news_spells_them() {
        assert_eq!(person_slug("김태호"), "kim-tae-ho");
        assert_eq!(person_slug("이정숙"), "lee-jeong-suk");
        assert_eq!(person_slug("남궁민수"), "namgung-min-su");
    }
}
