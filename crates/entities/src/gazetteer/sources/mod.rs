//! Parsers for each gazetteer source; each returns a [`super::records::SourceData`].

mod archive;
pub mod cldr;
pub mod countrynames;
pub mod geonames;
mod registry;
pub mod rigour;

pub use registry::load_registry_sources;
pub mod seeds;
pub mod stopwords;
pub mod unihan;
