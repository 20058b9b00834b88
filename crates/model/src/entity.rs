use serde::{Deserialize, Serialize};

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    Person,
    Organisation,
    Place,
    Other,
}

impl EntityType {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Organisation => "organisation",
            EntityType::Place => "place",
            EntityType::Other => "other",
        }
    }
}

/// A person, organisation, place or other named thing an article mentions, with one id
/// across languages and scripts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Wikidata id when the reference data gives one (`Q423`), else a stable key:
    /// `gn:<geonameid>` for cities, `iso:<ISO 3166-2>` for subdivisions, `person:<slug>`,
    /// `org:<slug>`, `other:<slug>`.
    pub id: String,
    /// Display name (English when the reference data has one, else the longest mention).
    pub name: String,
    #[serde(rename = "type")]
    pub etype: EntityType,
    pub mentions: Vec<Mention>,
}

/// One place in the text that refers to an entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// The text as written (inflected forms included, titles and particles excluded).
    pub text: String,
    /// Offsets in Unicode code points (characters, as Python counts them) into the
    /// article's `text` (into its `title` when `in_title`), end exclusive.
    pub start: usize,
    pub end: usize,
    /// The mention is in the article's title.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub in_title: bool,
    /// The mention is an adjective or demonym of a country ("norte-coreana").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub demonym: bool,
    /// A capital used for its country's government ("Pyongyang said").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub metonym: bool,
    /// A role or title given with a person ("foreign-minister").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The entity the role belongs to ("Q159" for Russia's foreign minister).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
}
