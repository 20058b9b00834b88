//! Our own seed tables: people, organisations and the words around them that no registry has.
//!
//! The tables live in `crates/entities/data/*.tsv`, are written by the concord team from general
//! knowledge (MIT OR Apache-2.0, like the rest of the project) and are embedded in the binary.
//! All files are UTF-8, tab-separated, one record a line; empty lines and lines starting with
//! `#` are comments.
//!
//! | file               | columns                                  | read by              |
//! |--------------------|------------------------------------------|----------------------|
//! | `entities.tsv`     | `id type country name`                   | [`load_seeds`]       |
//! | `names.tsv`        | `id form lang text`                      | [`load_seeds`]       |
//! | `demonyms.tsv`     | `country lang text`                      | [`load_seeds`]       |
//! | `institutions.tsv` | `kind lang text`                         | [`institutions`]     |
//! | `roles.tsv`        | `role lang text`                         | [`roles`]            |
//! | `org_words.tsv`    | `lang text position` (`head`\|`suffix`)  | [`org_words`]        |
//!
//! `lang` is one of [`LANGS`] or `-` (the same in every language). Names are nominative lemmas;
//! inflection is left to the matcher.

use std::collections::HashSet;
use std::path::PathBuf;

use crate::gazetteer::records::{EntityRecord, EntityType, NameForm, NameRecord, SourceData};
use crate::EntityError;

/// The languages the seed tables are written for (ISO 639-1).
pub const LANGS: [&str; 16] = [
    "en", "pt", "es", "it", "fr", "de", "nl", "pl", "ru", "uk", "el", "ar", "he", "zh", "ja", "ko",
];

const ENTITIES: &str = include_str!("../../../data/entities.tsv");
const NAMES: &str = include_str!("../../../data/names.tsv");
const DEMONYMS: &str = include_str!("../../../data/demonyms.tsv");
const INSTITUTIONS: &str = include_str!("../../../data/institutions.tsv");
const ROLES: &str = include_str!("../../../data/roles.tsv");
const ORG_WORDS: &str = include_str!("../../../data/org_words.tsv");

/// Where our own tables come from, for the gazetteer's manifest: each file with its SHA-256.
pub fn provenance() -> Vec<crate::gazetteer::records::Provenance> {
    [
        ("entities.tsv", ENTITIES),
        ("names.tsv", NAMES),
        ("demonyms.tsv", DEMONYMS),
        ("institutions.tsv", INSTITUTIONS),
        ("roles.tsv", ROLES),
        ("org_words.tsv", ORG_WORDS),
    ]
    .into_iter()
    .map(|(file, text)| crate::gazetteer::records::Provenance {
        package: format!("concord {} seed tables", env!("CARGO_PKG_VERSION")),
        file: format!("crates/entities/data/{file}"),
        sha256: super::archive::sha256_hex(text.as_bytes()),
        licence: "MIT OR Apache-2.0".to_string(),
    })
    .collect()
}

/// A keyed phrase of `institutions.tsv` or `roles.tsv`: a generic designation of a national
/// institution ("foreign ministry", "МИД", "外交部"; its country comes from the context) or a
/// title written next to a person's name ("foreign minister", "глава МИД", "外长").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Designation {
    /// English key: `foreign-ministry`, `central-bank`, `foreign-minister`, `spokesperson`, …
    pub key: String,
    /// ISO 639-1 language, or `None` when the text is the same in every language.
    pub lang: Option<String>,
    pub text: String,
}

/// A word that makes an unknown capitalised name an organisation ("Bank", "Ministerstwo", "AG").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgWord {
    /// ISO 639-1 language, or `None` when the word is used in every language.
    pub lang: Option<String>,
    pub text: String,
    /// `true` when the word may also be glued to the end of another word, as in German
    /// compounds (`Hansebank`, `Stadtsparkasse`); `false` when it stands as a separate word.
    pub suffix: bool,
}

/// Reads `entities.tsv`, `names.tsv` and `demonyms.tsv`.
///
/// Entities get `population` 0 and no place kind or capital. Every name must belong to an entity
/// of `entities.tsv`, or to a country by its ISO code (`country:kr`, for the common short names
/// the registries lack: Korean 한국 for South Korea).
///
/// Demonyms are emitted as [`NameForm::Demonym`] names whose `entity` is `country:<iso2>`
/// (`country:kp`): the country entities themselves come from the registries with Wikidata ids,
/// so the builder maps `country:<iso2>` to the id of the territory with that ISO code.
pub fn load_seeds() -> Result<SourceData, EntityError> {
    let mut data = SourceData::default();
    let mut ids = HashSet::new();
    for (line, cols) in rows("entities.tsv", ENTITIES, 4)? {
        let [id, etype, country, name] = [cols[0], cols[1], cols[2], cols[3]];
        let etype = match etype {
            "person" => EntityType::Person,
            "organisation" => EntityType::Organisation,
            "other" => EntityType::Other,
            _ => return Err(bad("entities.tsv", line, format!("unknown type `{etype}`"))),
        };
        let prefix = match etype {
            EntityType::Person => "person:",
            EntityType::Organisation => "org:",
            _ => "other:",
        };
        if !valid_id(id, prefix) {
            return Err(bad("entities.tsv", line, format!("bad id `{id}`")));
        }
        if !ids.insert(id) {
            return Err(bad("entities.tsv", line, format!("duplicate id `{id}`")));
        }
        let country = match country {
            "-" => None,
            c if is_iso2(c) => Some(c.to_string()),
            c => return Err(bad("entities.tsv", line, format!("bad country `{c}`"))),
        };
        data.entities.push(EntityRecord {
            id: id.to_string(),
            name: name.to_string(),
            etype,
            place: None,
            country,
            population: 0,
            capital_of: None,
        });
    }
    for (line, cols) in rows("names.tsv", NAMES, 4)? {
        let [id, form, lang, text] = [cols[0], cols[1], cols[2], cols[3]];
        // A country is named by its ISO code (`country:kr`): the registries give it its id.
        let country = id.strip_prefix("country:").is_some_and(is_iso2);
        if !ids.contains(id) && !country {
            return Err(bad("names.tsv", line, format!("unknown entity `{id}`")));
        }
        let form = match form {
            "name" => NameForm::Name,
            "acronym" => NameForm::Acronym,
            "short" => NameForm::Short,
            _ => return Err(bad("names.tsv", line, format!("unknown form `{form}`"))),
        };
        data.names.push(NameRecord {
            entity: id.to_string(),
            text: text.to_string(),
            form,
            lang: lang_of("names.tsv", line, lang)?,
        });
    }
    for (line, cols) in rows("demonyms.tsv", DEMONYMS, 3)? {
        let [country, lang, text] = [cols[0], cols[1], cols[2]];
        if !is_iso2(country) {
            return Err(bad(
                "demonyms.tsv",
                line,
                format!("bad country `{country}`"),
            ));
        }
        data.names.push(NameRecord {
            entity: format!("country:{country}"),
            text: text.to_string(),
            form: NameForm::Demonym,
            lang: lang_of("demonyms.tsv", line, lang)?,
        });
    }
    Ok(data)
}

/// Reads `institutions.tsv`.
pub fn institutions() -> Result<Vec<Designation>, EntityError> {
    designations("institutions.tsv", INSTITUTIONS)
}

/// Reads `roles.tsv`.
pub fn roles() -> Result<Vec<Designation>, EntityError> {
    designations("roles.tsv", ROLES)
}

fn designations(file: &str, text: &str) -> Result<Vec<Designation>, EntityError> {
    rows(file, text, 3)?
        .into_iter()
        .map(|(line, cols)| {
            Ok(Designation {
                key: key(file, line, cols[0])?,
                lang: lang_of(file, line, cols[1])?,
                text: cols[2].to_string(),
            })
        })
        .collect()
}

/// Reads `org_words.tsv`.
pub fn org_words() -> Result<Vec<OrgWord>, EntityError> {
    rows("org_words.tsv", ORG_WORDS, 3)?
        .into_iter()
        .map(|(line, cols)| {
            let suffix = match cols[2] {
                "head" => false,
                "suffix" => true,
                p => return Err(bad("org_words.tsv", line, format!("bad position `{p}`"))),
            };
            Ok(OrgWord {
                lang: lang_of("org_words.tsv", line, cols[0])?,
                text: cols[1].to_string(),
                suffix,
            })
        })
        .collect()
}

/// The data lines of a table with their 1-based line numbers, each split into exactly `n`
/// non-empty, trimmed columns.
fn rows<'a>(
    file: &str,
    text: &'a str,
    n: usize,
) -> Result<Vec<(usize, Vec<&'a str>)>, EntityError> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = raw.split('\t').collect();
        if cols.len() != n {
            return Err(bad(
                file,
                line,
                format!("expected {n} tab-separated columns, found {}", cols.len()),
            ));
        }
        if let Some(c) = cols.iter().find(|c| c.is_empty() || c.trim() != **c) {
            return Err(bad(file, line, format!("empty or untrimmed column `{c}`")));
        }
        out.push((line, cols));
    }
    Ok(out)
}

fn bad(file: &str, line: usize, message: String) -> EntityError {
    EntityError::parse(
        PathBuf::from("crates/entities/data").join(file),
        format!("line {line}: {message}"),
    )
}

fn lang_of(file: &str, line: usize, lang: &str) -> Result<Option<String>, EntityError> {
    match lang {
        "-" => Ok(None),
        l if LANGS.contains(&l) => Ok(Some(l.to_string())),
        l => Err(bad(file, line, format!("unknown language `{l}`"))),
    }
}

/// A lower-case ASCII key with hyphens (`foreign-ministry`).
fn key(file: &str, line: usize, k: &str) -> Result<String, EntityError> {
    if is_slug(k) {
        Ok(k.to_string())
    } else {
        Err(bad(file, line, format!("bad key `{k}`")))
    }
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn valid_id(id: &str, prefix: &str) -> bool {
    id.strip_prefix(prefix).is_some_and(is_slug)
}

fn is_iso2(c: &str) -> bool {
    c.len() == 2 && c.bytes().all(|b| b.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn every_table_parses() {
        let data = load_seeds().unwrap();
        assert!(data.entities.len() > 100);
        assert!(data.names.len() > 1000);
        assert!(data
            .names
            .iter()
            .any(|n| n.form == NameForm::Demonym && n.entity == "country:kp"));
        assert!(!institutions().unwrap().is_empty());
        assert!(!roles().unwrap().is_empty());
        assert!(org_words().unwrap().iter().any(|w| w.suffix));
    }

    #[test]
    fn no_duplicate_names() {
        let data = load_seeds().unwrap();
        let mut seen = HashSet::new();
        for n in &data.names {
            assert!(
                seen.insert((n.entity.as_str(), n.text.as_str())),
                "duplicate name {} `{}`",
                n.entity,
                n.text
            );
        }
        let mut seen = HashSet::new();
        for i in institutions().unwrap() {
            assert!(
                seen.insert((i.key.clone(), i.lang.clone(), i.text.clone())),
                "duplicate institution {i:?}"
            );
        }
        let mut seen = HashSet::new();
        for r in roles().unwrap() {
            assert!(
                seen.insert((r.key.clone(), r.lang.clone(), r.text.clone())),
                "duplicate role {r:?}"
            );
        }
        let mut seen = HashSet::new();
        for w in org_words().unwrap() {
            assert!(
                seen.insert((w.lang.clone(), w.text.clone())),
                "duplicate org word {w:?}"
            );
        }
    }

    #[test]
    fn names_belong_to_entities_and_every_entity_is_named() {
        let data = load_seeds().unwrap();
        let ids: HashSet<&str> = data.entities.iter().map(|e| e.id.as_str()).collect();
        let mut named: HashMap<&str, usize> = HashMap::new();
        for n in &data.names {
            if n.form == NameForm::Demonym || n.entity.starts_with("country:") {
                assert!(n.entity.starts_with("country:"));
                assert!(is_iso2(&n.entity["country:".len()..]), "{}", n.entity);
                continue;
            }
            assert!(ids.contains(n.entity.as_str()), "unknown {}", n.entity);
            *named.entry(n.entity.as_str()).or_default() += 1;
        }
        for e in &data.entities {
            assert!(named.contains_key(e.id.as_str()), "{} has no names", e.id);
        }
    }

    #[test]
    fn languages_and_types_are_valid() {
        let data = load_seeds().unwrap();
        for n in &data.names {
            if let Some(l) = &n.lang {
                assert!(LANGS.contains(&l.as_str()));
            }
        }
        for e in &data.entities {
            assert!(matches!(
                e.etype,
                EntityType::Person | EntityType::Organisation | EntityType::Other
            ));
            assert!(e.place.is_none() && e.population == 0);
        }
    }

    #[test]
    fn lavrov_is_named_in_cyrillic_and_arabic() {
        let data = load_seeds().unwrap();
        let lavrov: Vec<&NameRecord> = data
            .names
            .iter()
            .filter(|n| n.entity == "person:sergey-lavrov")
            .collect();
        let has = |lang: &str, text: &str| {
            lavrov
                .iter()
                .any(|n| n.lang.as_deref() == Some(lang) && n.text == text)
        };
        assert!(has("ru", "Сергей Лавров"));
        assert!(has("ar", "سيرغي لافروف"));
        assert!(lavrov
            .iter()
            .any(|n| n.form == NameForm::Short && n.text == "Лавров"));
    }

    #[test]
    fn malformed_lines_are_reported_with_file_and_line() {
        let err = rows("x.tsv", "# header\nonly\ttwo\n", 3).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("x.tsv") && msg.contains("line 2"), "{msg}");
        assert!(rows("x.tsv", "a\t b\tc\n", 3).is_err());
        assert!(lang_of("x.tsv", 1, "xx").is_err());
        assert!(valid_id("person:sergey-lavrov", "person:"));
        assert!(!valid_id("person:Sergey", "person:"));
        assert!(!valid_id("org:kcna", "person:"));
    }
}
