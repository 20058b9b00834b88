//! Named entities linked across languages and scripts.
//!
//! Layers, in the order a text goes through them:
//! - `gazetteer`: registry data and our seed tables, compiled once by the set-up step into a
//!   memory-mapped name index (`sources` -> `build` -> `index`);
//! - `fold`, `tokens`, `inflect`: the one folding and tokenisation shared by build and
//!   lookup, and base forms of inflected words;
//! - `detect`: every span of text that is a gazetteer key;
//! - `link`, `misreadings`, `unknown`, `resolve`: one reading per span (less the readings
//!   the surroundings rule out), names no table knows, short forms, capitals used for their
//!   state, roles and institutions, then the output.

pub mod acronyms;
pub mod arabic_orgs;
pub mod chinese;
pub mod cjk_orgs;
pub mod clubs;
pub mod compounds;
pub mod demonym_orgs;
pub mod descriptors;
pub mod detect;
pub mod dotted_names;
mod error;
mod extractor;
pub mod fold;
pub mod gazetteer;
pub mod han_readings;
pub mod inflect;
mod install;
pub mod japanese;
pub mod korean;
pub mod lexicon;
pub mod link;
pub mod lone_names;
pub mod misreadings;
pub mod name_parts;
pub mod people;
pub mod resolve;
pub mod runs;
pub mod short_forms;
pub mod slavic_orgs;
pub mod split_designations;
pub mod storms;
pub mod tokens;
pub mod uncased_people;
pub mod unknown;

pub use error::EntityError;
pub use extractor::EntityExtractor;
pub use gazetteer::records::{
    EntityRecord, EntityType, NameForm, NamePartGroup, NameRecord, PlaceKind, Provenance,
    SourceData,
};
pub use install::{gazetteer_dir, gazetteer_is_current, install};
