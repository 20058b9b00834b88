//! The gazetteer: registry data and our seed tables compiled into one memory-mapped index.

pub mod build;
pub mod format;
pub mod index;
pub mod records;
pub mod sources;

pub use build::{build, BuildStats};
pub use format::PostingKind;
pub use index::{EntityView, Gazetteer, Postings, State};
