//! Shared test helpers: the installed models and the reference fixtures.

#![allow(dead_code)]

use serde::Deserialize;
use std::path::PathBuf;

/// The installed model directory; the tests need the real weights (a forward pass cannot be
/// checked without them), so a missing model is a failure with the command that installs it.
pub fn model_dir(name: &str) -> PathBuf {
    let dir = concord_embed::data_dir::default_data_dir()
        .join("models")
        .join(name);
    assert!(
        dir.join("manifest.json").exists(),
        "{} is not installed: run scripts/setup-models.sh (or set CONCORD_DATA to where it ran)",
        dir.display()
    );
    dir
}

#[derive(Deserialize)]
pub struct TokItem {
    pub lang: String,
    pub text: String,
    pub ids: Vec<u32>,
    pub normalized: String,
}

#[derive(Deserialize)]
pub struct VecItem {
    pub lang: String,
    pub text: String,
    pub ids: Vec<u32>,
    pub vector: Vec<f32>,
}

pub fn fixture<T: for<'de> Deserialize<'de>>(name: &str) -> Vec<T> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let s = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    serde_json::from_str(&s).unwrap()
}

pub fn cosine(a: &[f32], b: &[f32]) -> f32 {
    let d: f32 = a.iter().zip(b).map(|(x, y)| x * y).sum();
    let na: f32 = a.iter().map(|x| x * x).sum::<f32>().sqrt();
    let nb: f32 = b.iter().map(|x| x * x).sum::<f32>().sqrt();
    d / (na * nb)
}
