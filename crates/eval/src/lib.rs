//! Evaluation metrics for concord's stages, implemented as the benchmarks define them.

pub mod claims;
pub mod cluster;
pub mod entities;
pub mod extraction;
pub mod pairs;
pub mod quotes;
