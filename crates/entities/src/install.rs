//! The set-up step: registry packages and our seed tables compiled into `<data>/gazetteer`.

use crate::gazetteer::sources::{load_registry_sources, seeds};
use crate::gazetteer::{build, BuildStats};
use crate::link::{INSTITUTION_PREFIX, ROLE_PREFIX};
use crate::{EntityError, EntityRecord, EntityType, NameForm, NameRecord, SourceData};
use std::path::{Path, PathBuf};

/// Where the gazetteer of a data directory lives.
pub fn gazetteer_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("gazetteer")
}

/// Reads the downloaded packages in `downloads` and our own tables, and writes the
/// gazetteer into `<data_dir>/gazetteer`.
pub fn install(downloads: &Path, data_dir: &Path) -> Result<BuildStats, EntityError> {
    let mut data = load_registry_sources(downloads)?;
    data.extend(seeds::load_seeds()?);
    data.extend(word_list_records()?);
    build(&data, &gazetteer_dir(data_dir))
}

/// Roles and institution designations go into the same index as names, under ids the
/// linker recognises (`role:foreign-minister`, `institution:foreign-ministry`), so one pass
/// over the text finds them, with the same folding and inflection.
pub fn word_list_records() -> Result<SourceData, EntityError> {
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
            format!("{ROLE_PREFIX}{}", r.role),
            &r.text,
            &r.lang,
            EntityType::Other,
        );
    }
    for i in seeds::institutions()? {
        add(
            format!("{INSTITUTION_PREFIX}{}", i.kind),
            &i.text,
            &i.lang,
            EntityType::Organisation,
        );
    }
    Ok(d)
}
