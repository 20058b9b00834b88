//! People named in Han characters, linked to the same people named in other scripts in the
//! same story, by the readings of the characters (Unihan, see
//! `gazetteer::sources::unihan`).
//!
//! An article keys a Han name by its characters (姜敏瑞 → `person:jiangminrui`), since it
//! cannot know whether the person is Chinese, Korean or Japanese. A story can: when its
//! other reports name a person whose name is one reading of those characters (강민서 /
//! "Kang Min-seo" by the Korean readings, "Kenichi Sato" by the Japanese ones, "Wang Yi" by
//! the Mandarin ones), the Han name is that person. Readings are read only against names
//! present in the story, never guessed alone: a Japanese name has many possible readings.

use crate::korean;
use concord_model::{Article, EntityType};
use rustc_hash::FxHashMap;
use std::path::Path;

/// The file in the gazetteer directory that holds the readings.
pub const FILE: &str = "han_readings.tsv";

/// Korean, Japanese and Mandarin readings of Han characters.
#[derive(Debug, Default)]
pub struct HanReadings {
    map: FxHashMap<char, [Vec<String>; 3]>,
}

const KOREAN: usize = 0;
const JAPANESE: usize = 1;
const MANDARIN: usize = 2;

fn is_han(c: char) -> bool {
    crate::fold::is_han_or_kana(c)
}

fn is_name_dot(c: char) -> bool {
    matches!(c, '·' | '・' | '･' | '‧')
}

/// The consonants of a romanised name (pinyin or a Latin spelling), with the sounds a
/// Mandarin transliteration merges made one (r and l, v and f, x and s; pinyin "zh", "ch",
/// "sh" and "ng" as one letter each). Vowels, y and h are dropped and repeated letters
/// written once: "deweilaisitali" and "dewilestari" are both "dwlstl".
fn consonants(s: &str, pinyin: bool) -> String {
    let s = if pinyin {
        s.replace("zh", "j")
            .replace("ch", "c")
            .replace("sh", "s")
            .replace("ng", "n")
    } else {
        s.replace("ph", "f").replace("ck", "k").replace("th", "t")
    };
    let mut out = String::new();
    for ch in s.chars() {
        let m = match ch {
            'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'h' => continue,
            'r' => 'l',
            'v' => 'f',
            'x' => 's',
            'q' => 'c',
            'z' if pinyin => 'z',
            c => c,
        };
        if !out.ends_with(m) {
            out.push(m);
        }
    }
    out
}

/// A romanised name folded for comparison: ASCII letters only, long vowels written once
/// ("Satō", "Satou", "Sato" → "sato"; "Ken'ichi" → "kenichi").
fn romaji(s: &str) -> String {
    let ascii: String = any_ascii::any_ascii(s)
        .to_lowercase()
        .chars()
        .filter(char::is_ascii_lowercase)
        .collect();
    ascii
        .replace("ou", "o")
        .replace("oo", "o")
        .replace("uu", "u")
}

/// The voiced form a reading takes inside a compound (rendaku: 田 "ta" in 山田 "Yamada").
fn voiced(r: &str) -> Option<String> {
    let (first, rest) = r.split_at(1);
    let v = match first {
        "k" => "g",
        "s" => "z",
        "t" => "d",
        "h" | "f" => "b",
        _ => return None,
    };
    Some(format!("{v}{rest}"))
}

impl HanReadings {
    /// The readings written into `gazetteer_dir` by the set-up step, if they are there (a
    /// gazetteer built by an older concord has none: Han names then stay unlinked).
    pub fn load(gazetteer_dir: &Path) -> Option<Self> {
        let text = std::fs::read_to_string(gazetteer_dir.join(FILE)).ok()?;
        Some(Self::parse(&text))
    }

    /// The table as written by `gazetteer::sources::unihan::parse`.
    pub fn parse(text: &str) -> Self {
        let mut map = FxHashMap::default();
        for line in text.lines() {
            let mut f = line.split('\t');
            let Some(c) = f.next().and_then(|c| c.chars().next()) else {
                continue;
            };
            let mut cols: [Vec<String>; 3] = Default::default();
            for col in &mut cols {
                *col = f
                    .next()
                    .unwrap_or("")
                    .split(',')
                    .filter(|r| !r.is_empty())
                    .map(str::to_string)
                    .collect();
            }
            map.insert(c, cols);
        }
        Self { map }
    }

    fn readings(&self, c: char, col: usize) -> &[String] {
        self.map.get(&c).map_or(&[], |r| r[col].as_slice())
    }

    /// The Korean person key of a Han name (the first Korean reading of each character),
    /// when its first character reads as a Korean family name.
    pub fn korean_key(&self, han: &str) -> Option<String> {
        let hangul: Option<String> = han
            .chars()
            .map(|c| self.readings(c, KOREAN).first().cloned())
            .collect();
        let hangul = hangul?;
        let family = hangul.chars().next()?.to_string();
        korean::is_family_name(&family).then(|| format!("person:{}", korean::person_slug(&hangul)))
    }

    /// Whether a romanised name is one reading of a Han name in `col` (Japanese or Mandarin
    /// readings): the name's words, in either order, read character by character, with the
    /// boundary between its words on a boundary between characters.
    fn reads_as(&self, han: &str, latin: &str, col: usize) -> bool {
        let words: Vec<String> = latin
            .split(|c: char| c.is_whitespace() || c == '-')
            .map(romaji)
            .filter(|w| !w.is_empty())
            .collect();
        if words.len() < 2 {
            return false;
        }
        let chars: Vec<char> = han.chars().collect();
        let readings: Vec<Vec<String>> = chars
            .iter()
            .enumerate()
            .map(|(k, &c)| {
                let mut rs: Vec<String> = self.readings(c, col).iter().map(|r| romaji(r)).collect();
                if col == JAPANESE && k > 0 {
                    let v: Vec<String> = rs.iter().filter_map(|r| voiced(r)).collect();
                    rs.extend(v);
                }
                rs
            })
            .collect();
        if readings.iter().any(Vec::is_empty) {
            return false;
        }
        let orders = [
            words.concat(),
            words.iter().rev().cloned().collect::<Vec<_>>().concat(),
        ];
        orders.iter().enumerate().any(|(o, target)| {
            // Where the first word ends: family first ("Sato Kenichi") or given name first
            // ("Kenichi Sato", read from the back).
            let first = if o == 0 {
                &words[0]
            } else {
                &words[words.len() - 1]
            };
            segments(&readings, target, first.len())
        })
    }

    /// Whether a Han-named person and another person (named in another script) are one.
    pub fn same_person(&self, han_name: &str, other_id: &str, other_name: &str) -> bool {
        self.same_person_keyed(
            han_name,
            self.korean_key(han_name).as_deref(),
            other_id,
            other_name,
        )
    }

    /// [`HanReadings::same_person`] with the Han name's Korean key computed once.
    fn same_person_keyed(
        &self,
        han_name: &str,
        korean_key: Option<&str>,
        other_id: &str,
        other_name: &str,
    ) -> bool {
        if korean_key == Some(other_id) {
            return true;
        }
        !other_name.chars().any(is_han)
            && other_name.chars().any(|c| c.is_ascii_alphabetic())
            && (self.reads_as(han_name, other_name, JAPANESE)
                || self.reads_as(han_name, other_name, MANDARIN))
    }

    /// Whether a foreign name written in Han characters with a middle dot ("德维·莱斯塔里")
    /// sounds like a name in Latin letters ("Dewi Lestari"). Transliteration keeps the
    /// consonants and changes the vowels, so the two are compared by their consonants, with
    /// the sounds Mandarin merges merged (r and l, v and f, x and s) and one difference
    /// allowed in long names.
    pub fn sounds_like(&self, dotted: &str, latin: &str) -> bool {
        let mut pinyin = String::new();
        for c in dotted.chars().filter(|&c| is_han(c)) {
            match self.readings(c, MANDARIN).first() {
                Some(r) => pinyin.push_str(&romaji(r)),
                None => return false,
            }
        }
        let (a, b) = (consonants(&pinyin, true), consonants(&romaji(latin), false));
        a.len() >= 3 && (a == b || a.len() >= 5 && strsim::levenshtein(&a, &b) <= 1)
    }

    /// Gives each Han-named person of a story's articles the id of the one person named in
    /// another script elsewhere in the story that the characters read as (entity ids, quote
    /// speakers and number sources are rewritten).
    pub fn link_story_people(&self, articles: &mut [Article]) {
        let people: Vec<(String, String)> = articles
            .iter()
            .flat_map(|a| &a.entities)
            .filter(|e| e.etype == EntityType::Person && !e.name.chars().all(is_han))
            .map(|e| (e.id.clone(), e.name.clone()))
            .collect();
        let mut renamed: FxHashMap<String, String> = FxHashMap::default();
        for e in articles.iter().flat_map(|a| &a.entities) {
            let person = e.etype == EntityType::Person && !renamed.contains_key(&e.id);
            let han = (2..=4).contains(&e.name.chars().count()) && e.name.chars().all(is_han);
            let dotted = e.name.chars().any(is_name_dot)
                && e.name.chars().all(|c| is_han(c) || is_name_dot(c));
            if !person || !(han || dotted) {
                continue;
            }
            let key = self.korean_key(&e.name);
            let same = |id: &str, name: &str| {
                if dotted {
                    !name.chars().any(is_han) && self.sounds_like(&e.name, name)
                } else {
                    self.same_person_keyed(&e.name, key.as_deref(), id, name)
                }
            };
            let mut ids: Vec<&str> = people
                .iter()
                .filter(|(id, name)| same(id, name))
                .map(|(id, _)| id.as_str())
                .collect();
            ids.sort_unstable();
            ids.dedup();
            if let [one] = ids[..] {
                renamed.insert(e.id.clone(), one.to_string());
            }
        }
        if renamed.is_empty() {
            return;
        }
        let rename = |id: &mut String| {
            if let Some(n) = renamed.get(id.as_str()) {
                *id = n.clone();
            }
        };
        for a in articles {
            a.entities.iter_mut().for_each(|e| rename(&mut e.id));
            for q in &mut a.quotes {
                for s in q.speaker.iter_mut().chain(q.via.iter_mut()) {
                    s.entity_id.iter_mut().for_each(rename);
                }
            }
            for c in &mut a.claims {
                c.subject_entities.iter_mut().for_each(rename);
                for s in c.attributed_to.iter_mut() {
                    s.entity_id.iter_mut().for_each(rename);
                }
            }
        }
    }
}

/// Whether `target` is a concatenation of one reading per character, in order, with a
/// boundary between characters at byte `boundary` (the end of the first word).
fn segments(readings: &[Vec<String>], target: &str, boundary: usize) -> bool {
    // Positions reachable after each character, and whether the word boundary was met.
    let mut reach: Vec<(usize, bool)> = vec![(0, false)];
    for rs in readings {
        let mut next: Vec<(usize, bool)> = Vec::new();
        for &(at, met) in &reach {
            for r in rs {
                if target[at..].starts_with(r.as_str()) {
                    let end = at + r.len();
                    let item = (end, met || end == boundary);
                    if !next.contains(&item) {
                        next.push(item);
                    }
                }
            }
        }
        if next.is_empty() {
            return false;
        }
        reach = next;
    }
    reach.contains(&(target.len(), true))
}

#[cfg(test)]
mod tests {
    use super::consonants;

    #[test]
    fn transliterations_keep_their_consonants() {
        assert_eq!(consonants("deweilaisitali", true), "dwlstl");
        assert_eq!(consonants("dewilestari", false), "dwlstl");
        assert_eq!(consonants("xieergai", true), consonants("sergei", false));
        assert_eq!(consonants("lafuluofu", true), consonants("lavrov", false));
        assert_ne!(consonants("makelong", true), consonants("lavrov", false));
    }

    use super::*;

    fn table() -> HanReadings {
        HanReadings::parse(concat!(
            "佐\t좌\tsa,tasukeru\tzuǒ\n",
            "藤\t등\ttou,dou,fuji\tténg\n",
            "健\t건\tken,sukoyaka\tjiàn\n",
            "一\t일\tichi,itsu,hitotsu\tyī\n",
            "姜\t강\tkyou\tjiāng\n",
            "敏\t민\tbin,min\tmǐn\n",
            "瑞\t서\tzui\truì\n",
            "山\t산\tsan,yama\tshān\n",
            "田\t전\tden,ta\ttián\n",
            "王\t왕\tou\twáng\n",
            "毅\t의\tki\tyì\n",
        ))
    }

    #[test]
    fn han_names_read_as_the_same_person_in_other_scripts() {
        let t = table();
        // Korean readings: 姜敏瑞 is 강민서, keyed as Korean news spells it.
        assert_eq!(
            t.korean_key("姜敏瑞").as_deref(),
            Some("person:kang-min-seo")
        );
        assert!(t.same_person("姜敏瑞", "person:kang-min-seo", "Kang Min-seo"));
        // Japanese readings, given name first or family name first, long vowels folded,
        // voiced inside a compound.
        assert!(t.same_person("佐藤健一", "person:kenichi-sato", "Kenichi Sato"));
        assert!(t.same_person("佐藤健一", "person:x", "Satō Ken'ichi"));
        assert!(t.same_person("山田健一", "person:x", "Kenichi Yamada"));
        // Mandarin readings.
        assert!(t.same_person("王毅", "person:wang-yi", "Wang Yi"));
        // Not another person, nor the same syllables split elsewhere.
        assert!(!t.same_person("佐藤健一", "person:x", "Kenichi Tanaka"));
        assert!(!t.same_person("佐藤健一", "person:x", "Kenji Sato"));
        assert!(!t.same_person("姜敏瑞", "person:x", "Kim Min-seo"));
    }

    #[test]
    fn a_story_gives_a_han_name_the_id_of_the_person_it_reads_as() {
        let person = |id: &str, name: &str| concord_model::Entity {
            id: id.into(),
            name: name.into(),
            etype: EntityType::Person,
            mentions: vec![],
        };
        let article = |e: concord_model::Entity| {
            let mut a: Article = serde_json::from_value(serde_json::json!({"id": "x", "text": "t",
                    "input": {"path": "-", "format": "text"}}))
            .unwrap();
            a.entities.push(e);
            a
        };
        let mut story = vec![
            article(person("person:kenichi-sato", "Kenichi Sato")),
            article(person("person:zuotengjianyi", "佐藤健一")),
            article(person("person:jiangminrui", "姜敏瑞")),
        ];
        table().link_story_people(&mut story);
        assert_eq!(story[1].entities[0].id, "person:kenichi-sato");
        // No Kang Min-seo in this story: the Han name keeps its key.
        assert_eq!(story[2].entities[0].id, "person:jiangminrui");
    }
}
