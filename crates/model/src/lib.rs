//! The article record that every concord stage reads and enriches.
//!
//! `extract` fills the text and metadata, `analyze` adds entities, quotes, claims and
//! times, `cluster` adds the story. The JSON field names here are a published format
//! (documented in the README): add fields, never rename them.

mod article;
mod claims;
mod entity;

pub use article::{
    Article, InputFormat, InputRef, PublishedFrom, Removal, RemovalReason, Repair, RepairReason,
    StoryRef,
};
pub use claims::{Casualty, Claim, Granularity, Qualifier, Quote, Speaker, TextSpan, TimeMention};
pub use entity::{Entity, EntityType, Mention};
