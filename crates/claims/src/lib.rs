//! Claims: quotes with their speakers, numbers with what they count and who asserts them,
//! and dates and times resolved against the publication time.
//!
//! Each part is a plain function over text (plus the language and, for times, the
//! reference time), testable alone; `analyze` combines them with the entities stage.

mod article;
pub mod numbers;
pub mod quotes;
pub mod times;

pub use article::{add_claims, analyze_text, quotes, Found};
