//! countrynames (PyPI, MIT): `countrynames/data.yaml`, a mapping of ISO-style codes
//! (`KP`, `GB-WLS`, `SUHH`) to aliases in many languages and scripts, without language tags.

use std::path::Path;

use yaml_rust2::{Yaml, YamlLoader};

use super::rigour::{country_of, CodeMap, NameSink};
use crate::gazetteer::records::{EntityRecord, EntityType, NameForm, PlaceKind, SourceData};
use crate::EntityError;

/// The block of strings the package itself refuses to map to any country.
const FAIL_KEY: &str = "FAIL";

fn scalar_text(y: &Yaml) -> Option<String> {
    match y {
        Yaml::String(s) | Yaml::Real(s) => Some(s.clone()),
        // An unquoted number reads as an integer in YAML; its digits are still a name.
        Yaml::Integer(i) => Some(i.to_string()),
        _ => None,
    }
}

/// Parses `data.yaml`. Aliases go to the entity the code map gives for their code; a code the
/// map lacks becomes an `iso:<code>` place named by its first alias (and is added to the map).
pub fn parse(path: &Path, text: &str, codes: &mut CodeMap) -> Result<SourceData, EntityError> {
    let docs =
        YamlLoader::load_from_str(text).map_err(|e| EntityError::parse(path, e.to_string()))?;
    let Some(Yaml::Hash(map)) = docs.into_iter().next() else {
        return Err(EntityError::parse(path, "not a mapping of codes to names"));
    };
    let mut data = SourceData::default();
    let mut sink = NameSink::default();
    for (key, value) in &map {
        let code = scalar_text(key)
            .ok_or_else(|| EntityError::parse(path, format!("bad key {key:?}")))?
            .trim()
            .to_ascii_lowercase();
        if code.eq_ignore_ascii_case(FAIL_KEY) {
            continue;
        }
        let aliases: Vec<String> = match value {
            Yaml::Array(items) => items.iter().filter_map(scalar_text).collect(),
            Yaml::Null => Vec::new(),
            other => {
                return Err(EntityError::parse(
                    path,
                    format!("{code}: expected a list of names, found {other:?}"),
                ))
            }
        };
        let id = match codes.get(&code) {
            Some(id) => id.to_string(),
            None => {
                // Without a name the entity could not be shown; such a code is skipped.
                let Some(first) = aliases.iter().find(|a| !a.trim().is_empty()) else {
                    continue;
                };
                let id = format!("iso:{code}");
                data.entities.push(EntityRecord {
                    id: id.clone(),
                    name: first.trim().to_string(),
                    etype: EntityType::Place,
                    place: Some(if code.contains('-') {
                        PlaceKind::Subdivision
                    } else if code.len() == 2 {
                        PlaceKind::Country
                    } else {
                        PlaceKind::Region
                    }),
                    country: country_of(&code),
                    population: 0,
                    capital_of: None,
                });
                codes.insert(&code, &id);
                id
            }
        };
        for alias in &aliases {
            sink.add(&id, alias, NameForm::Name, None);
        }
    }
    data.names = sink.names;
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;

    const YAML: &str = r#"FAIL:
  - ABC islands
  - "00"
KP:
  - North Korea
  - "Coreia do Norte"
  # a comment
  - 북한
"NO":
  - Norway
XX-NEW:
  - Newland
YY:
"#;

    #[test]
    fn aliases_follow_the_code_map() {
        let mut codes = CodeMap::default();
        codes.insert("kp", "Q423");
        let d = parse(Path::new("data.yaml"), YAML, &mut codes).unwrap();
        let names: Vec<_> = d
            .names
            .iter()
            .map(|n| (n.entity.as_str(), n.text.as_str()))
            .collect();
        assert_eq!(
            names,
            [
                ("Q423", "North Korea"),
                ("Q423", "Coreia do Norte"),
                ("Q423", "북한"),
                ("iso:no", "Norway"),
                ("iso:xx-new", "Newland"),
            ]
        );
        // FAIL is skipped; YY has no name, so no entity.
        let ids: Vec<_> = d.entities.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["iso:no", "iso:xx-new"]);
        assert_eq!(d.entities[1].place, Some(PlaceKind::Subdivision));
        assert_eq!(codes.get("xx-new"), Some("iso:xx-new"));
        assert!(parse(Path::new("d"), "- a\n", &mut codes).is_err());
    }
}
