//! rigour (PyPI, MIT): territories with Wikidata ids (`rust/data/territories/data.jsonl`) and
//! groups of person-name-part spellings (`rust/data/names/person_names.txt`).

use std::collections::{BTreeMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::path::Path;

use serde::Deserialize;

use crate::gazetteer::records::{
    EntityRecord, EntityType, NameForm, NamePartGroup, NameRecord, PlaceKind, SourceData,
};
use crate::EntityError;

/// ISO-style territory code (lower case: `kp`, `ru-krs`, `x-so`) → entity id, shared by every
/// source that names territories by code, so they all land in one id space.
#[derive(Debug, Clone, Default)]
pub struct CodeMap {
    map: BTreeMap<String, String>,
}

impl CodeMap {
    pub fn get(&self, code: &str) -> Option<&str> {
        self.map.get(&code.to_ascii_lowercase()).map(String::as_str)
    }

    /// Adds `code` unless it is already mapped: the first source (rigour's primary codes)
    /// wins over later aliases.
    pub fn insert(&mut self, code: &str, id: &str) {
        self.map
            .entry(code.to_ascii_lowercase())
            .or_insert_with(|| id.to_string());
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

#[derive(Deserialize)]
struct Territory {
    code: String,
    qid: String,
    name: String,
    #[serde(default)]
    full_name: Option<String>,
    #[serde(default)]
    is_country: bool,
    #[serde(default)]
    other_codes: Vec<String>,
    #[serde(default)]
    names_strong: Vec<String>,
    #[serde(default)]
    names_weak: Vec<String>,
}

/// The country part of a territory code (`ru-krs` → `ru`), when it is two letters.
pub(crate) fn country_of(code: &str) -> Option<String> {
    let cc = code.get(..2)?;
    let alpha = cc.bytes().all(|b| b.is_ascii_alphabetic());
    (alpha && (code.len() == 2 || code.as_bytes().get(2) == Some(&b'-')))
        .then(|| cc.to_ascii_lowercase())
}

/// Collects names, dropping exact repeats (same entity, text, form and language), which the
/// sources have many of (`name` repeated in `names_weak`, plural forms equal to singular…).
/// Repeats are found by a 128-bit hash of the record rather than a set of owned strings:
/// a million names would otherwise cost four allocations each.
#[derive(Default)]
pub(crate) struct NameSink {
    seen: HashSet<u128, BuildHasherDefault<LowBits>>,
    pub names: Vec<NameRecord>,
}

impl NameSink {
    pub fn add(&mut self, entity: &str, text: &str, form: NameForm, lang: Option<&str>) {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        // 0xFF never occurs in UTF-8, so the fields cannot run into each other.
        for part in [
            entity.as_bytes(),
            text.as_bytes(),
            &[form as u8],
            lang.unwrap_or("").as_bytes(),
        ] {
            h.update(part);
            h.update(&[0xFF]);
        }
        if self.seen.insert(h.digest128()) {
            self.names.push(NameRecord {
                entity: entity.to_string(),
                text: text.to_string(),
                form,
                lang: lang.map(str::to_string),
            });
        }
    }
}

/// The keys of [`NameSink`] are already hashes: their low bits are used as they are.
#[derive(Default)]
pub(crate) struct LowBits(u64);

impl Hasher for LowBits {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*b);
        }
    }
    fn write_u128(&mut self, n: u128) {
        self.0 = n as u64;
    }
}

/// Parses `data.jsonl`: one entity per territory, in file order, and the code map.
pub fn parse_territories(path: &Path, text: &str) -> Result<(SourceData, CodeMap), EntityError> {
    let mut data = SourceData::default();
    let mut codes = CodeMap::default();
    let mut sink = NameSink::default();
    let mut territories = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let t: Territory = serde_json::from_str(line)
            .map_err(|e| EntityError::parse(path, format!("line {}: {e}", i + 1)))?;
        codes.insert(&t.code, &t.qid);
        territories.push(t);
    }
    // Aliases only after every primary code, so an alias never shadows another's primary code.
    for t in &territories {
        for other in &t.other_codes {
            codes.insert(other, &t.qid);
        }
    }
    for t in territories {
        let place = if t.is_country {
            PlaceKind::Country
        } else if t.code.contains('-') {
            PlaceKind::Subdivision
        } else {
            PlaceKind::Region
        };
        let all = std::iter::once(&t.name)
            .chain(t.full_name.as_ref())
            .chain(&t.names_strong)
            .chain(&t.names_weak);
        for name in all {
            sink.add(&t.qid, name, NameForm::Name, None);
        }
        data.entities.push(EntityRecord {
            id: t.qid,
            name: t.name,
            etype: EntityType::Place,
            place: Some(place),
            country: country_of(&t.code),
            population: 0,
            capital_of: None,
        });
    }
    data.names = sink.names;
    Ok((data, codes))
}

/// Parses `person_names.txt`: lines `form, form, … => Q123`, in file order.
pub fn parse_person_names(path: &Path, text: &str) -> Result<Vec<NamePartGroup>, EntityError> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let (forms, group) = line.rsplit_once(" => ").ok_or_else(|| {
            EntityError::parse(path, format!("line {}: no ' => ' in {line:?}", i + 1))
        })?;
        let forms: Vec<String> = forms
            .split(", ")
            .map(str::trim)
            .filter(|f| !f.is_empty())
            .map(str::to_string)
            .collect();
        let group = group.trim();
        if forms.is_empty() || group.is_empty() {
            return Err(EntityError::parse(
                path,
                format!("line {}: empty group", i + 1),
            ));
        }
        out.push(NamePartGroup {
            group: group.to_string(),
            forms,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TERRITORIES: &str = r#"{"name":"North Korea","full_name":"Democratic People's Republic of Korea","qid":"Q423","is_country":true,"names_strong":["DPRK","North Korea"],"names_weak":["Coréia do Norte","КНДР"],"code":"kp"}
{"name":"Kursk Oblast","qid":"Q3178","is_country":false,"names_strong":[],"names_weak":["Курская область"],"code":"ru-krs"}
{"name":"Hong Kong","qid":"Q8646","other_codes":["kp"],"is_country":false,"code":"hk"}
{"name":"Somaliland","qid":"Q34754","other_codes":["x-so"],"is_country":false,"code":"so-sl"}
"#;

    #[test]
    fn territories_become_places_with_a_code_map() {
        let (d, codes) = parse_territories(Path::new("t.jsonl"), TERRITORIES).unwrap();
        let kinds: Vec<_> = d
            .entities
            .iter()
            .map(|e| (e.id.as_str(), e.place))
            .collect();
        assert_eq!(
            kinds,
            [
                ("Q423", Some(PlaceKind::Country)),
                ("Q3178", Some(PlaceKind::Subdivision)),
                ("Q8646", Some(PlaceKind::Region)),
                ("Q34754", Some(PlaceKind::Subdivision)),
            ]
        );
        assert_eq!(d.entities[1].country.as_deref(), Some("ru"));
        let kp: Vec<_> = d
            .names
            .iter()
            .filter(|n| n.entity == "Q423")
            .map(|n| n.text.as_str())
            .collect();
        // "North Korea" appears twice in the source and once here.
        assert_eq!(
            kp,
            [
                "North Korea",
                "Democratic People's Republic of Korea",
                "DPRK",
                "Coréia do Norte",
                "КНДР"
            ]
        );
        // An alias never takes a primary code.
        assert_eq!(codes.get("KP"), Some("Q423"));
        assert_eq!(codes.get("x-so"), Some("Q34754"));
        assert_eq!(codes.get("ru-krs"), Some("Q3178"));
        assert!(parse_territories(Path::new("t"), "{\"name\":1}")
            .unwrap_err()
            .to_string()
            .contains("line 1"));
    }

    #[test]
    fn person_name_groups() {
        let g = parse_person_names(
            Path::new("p.txt"),
            "lavrov, lawrow, лавров, 拉夫罗夫 => Q21492445\n\nsergei, сергей => Q1\n",
        )
        .unwrap();
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].group, "Q21492445");
        assert_eq!(g[0].forms, ["lavrov", "lawrow", "лавров", "拉夫罗夫"]);
        assert!(parse_person_names(Path::new("p"), "x y\n").is_err());
    }

    #[test]
    fn country_part_of_codes() {
        assert_eq!(country_of("kp").as_deref(), Some("kp"));
        assert_eq!(country_of("ru-krs").as_deref(), Some("ru"));
        assert_eq!(country_of("x-so"), None);
        assert_eq!(country_of("suhh"), None);
    }
}
