//! Evaluation metrics for concord's stages, implemented as the benchmarks define them.

pub mod entities;
pub mod extraction;
pub mod quotes;
pub mod pairs;
