//! The plain records every gazetteer source is read into before compilation.
//!
//! Each source parser (rigour, countrynames, geonames, CLDR, our own seed tables) returns a
//! [`SourceData`]; the builder merges them, folds the names and writes the compact files.

use serde::{Deserialize, Serialize};

pub use concord_model::EntityType;

/// Finer kind of a place, used to choose among same-named places.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceKind {
    Country,
    /// A first- or second-level subdivision (oblast, province, state, region).
    Subdivision,
    City,
    /// Anything else with a name (continents, islands, geographic units).
    Region,
}

/// One entity: a stable id and what the linker needs to choose it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityRecord {
    /// Wikidata QID when the source gives one (`Q423`), else a stable key:
    /// `iso:ru-krs`, `gn:1871859`, `person:sergey-lavrov`, `org:kcna`.
    pub id: String,
    /// Display name, in English when the source has one.
    pub name: String,
    pub etype: EntityType,
    /// For places only.
    pub place: Option<PlaceKind>,
    /// ISO 3166-1 alpha-2, lower case, of the country the entity belongs to (itself for a country).
    pub country: Option<String>,
    /// Population for places (0 when unknown); used as a prior.
    pub population: u64,
    /// For capital cities: the ISO code (lower case) of the country they are the capital of,
    /// so a capital used for its government ("Pyongyang said") can link to the country.
    pub capital_of: Option<String>,
}

/// How a name refers to its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NameForm {
    /// A full name or official alias ("Coréia do Norte", "Sergei Lavrov").
    Name,
    /// An abbreviation written in capitals ("KCNA", "ЦТАК", "NIS").
    Acronym,
    /// A demonym or country adjective ("norte-coreano", "северокорейский").
    Demonym,
    /// A short form that is only safe when the full entity is in the same article ("Lavrov").
    Short,
}

/// One surface name of one entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NameRecord {
    /// The `id` of an [`EntityRecord`].
    pub entity: String,
    /// The name as written in the source (not folded).
    pub text: String,
    pub form: NameForm,
    /// ISO 639-1 language of the name when the source says it.
    pub lang: Option<String>,
}

/// A group of spellings of one person-name part across scripts
/// (`lavrov, lawrow, лавров, 拉夫罗夫`), from rigour; the group id is its Wikidata id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NamePartGroup {
    pub group: String,
    pub forms: Vec<String>,
}

/// Where a source came from, recorded in the gazetteer manifest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Provenance {
    /// Package name and version, e.g. `rigour 2.6.1 (PyPI sdist)`.
    pub package: String,
    /// File read, relative to the unpacked package.
    pub file: String,
    /// SHA-256 of that file.
    pub sha256: String,
    pub licence: String,
}

/// Everything one or more sources contribute.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceData {
    pub entities: Vec<EntityRecord>,
    pub names: Vec<NameRecord>,
    pub name_parts: Vec<NamePartGroup>,
    /// Function words: (ISO 639-1 language, folded word).
    #[serde(default)]
    pub stopwords: Vec<(String, String)>,
    pub provenance: Vec<Provenance>,
}

impl SourceData {
    /// Appends another source's records.
    pub fn extend(&mut self, other: SourceData) {
        self.entities.extend(other.entities);
        self.names.extend(other.names);
        self.name_parts.extend(other.name_parts);
        self.stopwords.extend(other.stopwords);
        self.provenance.extend(other.provenance);
    }
}
