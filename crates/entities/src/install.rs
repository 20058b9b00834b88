//! The set-up step: registry packages and our seed tables compiled into `<data>/gazetteer`.

use crate::gazetteer::sources::{load_registry_sources, seeds, stopwords, unihan};
use crate::gazetteer::{build, BuildStats};
use crate::link::{INSTITUTION_PREFIX, ROLE_PREFIX};
use crate::{EntityError, EntityRecord, EntityType, NameForm, NameRecord, SourceData};
use std::path::{Path, PathBuf};

/// Where the gazetteer of a data directory lives.
pub fn gazetteer_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("gazetteer")
}

/// Whether the gazetteer in `dir` was built from the seed tables compiled into this binary
/// (a newer concord with changed tables needs `scripts/setup-models.sh` run again).
pub fn gazetteer_is_current(dir: &Path) -> bool {
    let Ok(text) = std::fs::read_to_string(dir.join(crate::gazetteer::format::MANIFEST_FILE))
    else {
        return false;
    };
    let Ok(manifest) = serde_json::from_str::<serde_json::Value>(&text) else {
        return false;
    };
    let built: Vec<&str> = manifest["sources"]
        .as_array()
        .map(|a| a.iter().filter_map(|p| p["sha256"].as_str()).collect())
        .unwrap_or_default();
    seeds::provenance()
        .iter()
        .all(|p| built.contains(&p.sha256.as_str()))
}

/// Reads the downloaded packages in `downloads` and our own tables, and writes the
/// gazetteer into `<data_dir>/gazetteer`.
pub fn install(downloads: &Path, data_dir: &Path) -> Result<BuildStats, EntityError> {
    let mut data = load_registry_sources(downloads)?;
    let (stopwords, prov) = stopwords::load_stopwords(downloads)?;
    data.stopwords = stopwords;
    data.provenance.push(prov);
    // Adjectives guessed from CLDR currency names ("won norte-coreano") include currency
    // nouns and common words ("marco", "costa", "вона"); our own demonym table replaces them.
    data.names.retain(|n| n.form != NameForm::Demonym);
    // CLDR names places in ~800 locales; a country's name in a minority language is often a
    // common word or a first name elsewhere ("Iryna"). Names in languages news is written in
    // are kept, and names without a language tag (rigour, countrynames, geonames).
    data.names.retain(|n| {
        n.lang
            .as_deref()
            .is_none_or(|l| NEWS_LANGUAGES.contains(&l))
    });
    let mut seeds = seeds::load_seeds()?;
    same_as_registry(&mut data, &mut seeds);
    data.extend(seeds);
    data.provenance.extend(seeds::provenance());
    data.extend(word_list_records()?);
    let (readings, prov) = unihan::load_han_readings(downloads)?;
    data.provenance.push(prov);
    let dir = gazetteer_dir(data_dir);
    let stats = build(&data, &dir)?;
    let path = dir.join(crate::han_readings::FILE);
    std::fs::write(&path, readings).map_err(|source| EntityError::Io { path, source })?;
    Ok(stats)
}

/// Languages whose CLDR place names are indexed.
const NEWS_LANGUAGES: &[&str] = &[
    "en", "pt", "es", "it", "fr", "de", "nl", "pl", "ru", "uk", "el", "ar", "he", "zh", "ja", "ko",
    "cs", "sk", "hu", "ro", "bg", "sr", "hr", "sl", "sv", "da", "nb", "no", "fi", "et", "lv", "lt",
    "tr", "fa", "hi", "id", "ms", "vi", "th", "ca", "be", "ka", "hy", "az", "kk", "ur", "bn", "ta",
    "sw", "tl", "fil",
];

/// Institution designations that, in news, name one country's body. Left out: words used
/// generically far more often than as a name ("the military", "spy agency", "police",
/// "firefighters", "the government", "prosecutors").
const SPECIFIC_INSTITUTIONS: &[&str] = &[
    "foreign-ministry",
    "defence-ministry",
    "interior-ministry",
    "finance-ministry",
    "health-ministry",
    "justice-ministry",
    "security-council",
    "general-staff",
    "air-force",
    "navy",
    "coast-guard",
    "central-bank",
    "parliament",
    "election-commission",
    "supreme-court",
    "constitutional-court",
];

/// A seed organisation that the registry already lists as a territory under the same English
/// name (the European Union is rigour's Q458, the United Nations Q1065) keeps one id, the
/// registry's, with the seed's type: its names and acronyms from our tables go to it.
fn same_as_registry(registry: &mut SourceData, seeds: &mut SourceData) {
    let by_name: std::collections::HashMap<String, usize> = registry
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.id.starts_with('Q'))
        .map(|(i, e)| (crate::fold::key(&e.name), i))
        .collect();
    let mut moved: std::collections::HashMap<String, String> = Default::default();
    seeds
        .entities
        .retain(|e| match by_name.get(&crate::fold::key(&e.name)) {
            Some(&i) if e.etype != EntityType::Person => {
                let r = &mut registry.entities[i];
                r.etype = e.etype;
                r.place = None;
                moved.insert(e.id.clone(), r.id.clone());
                false
            }
            _ => true,
        });
    for n in &mut seeds.names {
        if let Some(q) = moved.get(&n.entity) {
            n.entity.clone_from(q);
        }
    }
}

/// Roles and institution designations go into the same index as names, under ids the
/// linker recognises (`role:foreign-minister`, `institution:foreign-ministry`), so one pass
/// over the text finds them, with the same folding and inflection.
fn word_list_records() -> Result<SourceData, EntityError> {
    let mut d = SourceData::default();
    let mut add = |id: String, text: &str, lang: &Option<String>, etype: EntityType| {
        if !d.entities.iter().any(|e| e.id == id) {
            d.entities.push(EntityRecord {
                id: id.clone(),
                name: id.split(':').nth(1).unwrap_or("").replace('-', " "),
                etype,
                place: None,
                country: None,
                population: 0,
                capital_of: None,
            });
        }
        d.names.push(NameRecord {
            entity: id,
            text: text.to_string(),
            form: NameForm::Name,
            lang: lang.clone(),
        });
    };
    for r in seeds::roles()? {
        add(
            format!("{ROLE_PREFIX}{}", r.key),
            &r.text,
            &r.lang,
            EntityType::Other,
        );
    }
    for i in seeds::institutions()?
        .into_iter()
        .filter(|i| SPECIFIC_INSTITUTIONS.contains(&i.key.as_str()))
    {
        add(
            format!("{INSTITUTION_PREFIX}{}", i.key),
            &i.text,
            &i.lang,
            EntityType::Organisation,
        );
    }
    Ok(d)
}
