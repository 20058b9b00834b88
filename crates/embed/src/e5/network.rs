//! BERT / XLM-R encoder forward pass, following e5.c's `forward_batch`.
//!
//! Several windows (texts) are concatenated into one `[T, H]` activation matrix with no
//! padding; attention is restricted to each window's own tokens (this is the batch mask).
//! Mean pooling is over all tokens of a window (incl. `<s>`/`</s>`), as in e5.c.
//!
//! Matrix products: the Q4_0 layer weights are dequantised to f32 once at load (exact:
//! fp16 scale x small integer), and the activations are rounded to e5.c's per-32-block int8
//! grid before every weight product ("fake" Q8_0). The f32 GEMM (`gemm` crate, AVX2/AVX-512
//! picked at run time) then computes, up to f32 summation order, the same numbers as
//! e5.c's integer `matmul_q4q8`.

use std::ops::Range;
use std::sync::Arc;

use gemm::Parallelism;
use memmap2::Mmap;
use rayon::prelude::*;

use super::format::{dequant_row_q4, HParams, ModelFile, Q4_BLOCK_BYTES, QK};
use super::q8::{Q4Linear, QActs};
use super::Error;

/// A weight matrix `[nout, nin]` plus bias: either dequantised f32 (row-major, for the
/// `gemm` path) or re-packed 4-bit for the int8 VNNI kernel.
pub struct Linear {
    pub w: Vec<f32>,
    pub b: Vec<f32>,
    pub nout: usize,
    pub nin: usize,
    pub q4: Option<Q4Linear>,
}

/// Which matrix-product implementation runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// 4-bit weights x int8 activations, AVX-512 VNNI (e5.c's arithmetic).
    Q4Q8Vnni,
    /// f32 GEMM on weights dequantised at load, activations rounded to e5.c's int8 grid.
    F32Gemm,
}

impl Backend {
    /// VNNI when the CPU has it, unless env `E5_BACKEND=f32`.
    pub fn auto() -> Self {
        if std::env::var("E5_BACKEND").is_ok_and(|v| v == "f32") || !super::q8::vnni_available() {
            Backend::F32Gemm
        } else {
            Backend::Q4Q8Vnni
        }
    }
}

pub struct Layer {
    /// Q, K and V stacked: `[3H, H]`.
    pub qkv: Linear,
    pub ao: Linear,
    pub aln_w: Vec<f32>,
    pub aln_b: Vec<f32>,
    pub fi: Linear,
    pub fo: Linear,
    pub oln_w: Vec<f32>,
    pub oln_b: Vec<f32>,
}

pub struct Network {
    pub hp: HParams,
    map: Arc<Mmap>,
    /// Q4_0 word embeddings, left in the memory map (dequantised per looked-up row).
    word: Range<usize>,
    pos: Vec<f32>,
    typ: Vec<f32>,
    eln_w: Vec<f32>,
    eln_b: Vec<f32>,
    pub layers: Vec<Layer>,
    /// Round activations to e5.c's int8 grid before weight products (default true; f32 path).
    pub fake_quant_acts: bool,
    pub backend: Backend,
}

fn load_linear(
    f: &ModelFile,
    names: &[(&str, &str)],
    nout_each: usize,
    nin: usize,
    be: Backend,
) -> Result<Linear, Error> {
    let nout = nout_each * names.len();
    let mut b = Vec::with_capacity(nout);
    let row_bytes = nin / QK * Q4_BLOCK_BYTES;
    let mut rows: Vec<u8> = Vec::with_capacity(nout * row_bytes);
    for (wn, bn) in names {
        let r = f.q4_tensor(wn, nout_each, nin)?;
        rows.extend_from_slice(&f.map[r]);
        b.extend(f.f32_tensor(bn, nout_each)?);
    }
    if be == Backend::Q4Q8Vnni {
        let q4 = Q4Linear::from_q4(&rows, nout, nin, b.clone());
        return Ok(Linear {
            w: Vec::new(),
            b,
            nout,
            nin,
            q4: Some(q4),
        });
    }
    let mut w = vec![0f32; nout * nin];
    for o in 0..nout {
        dequant_row_q4(
            &rows[o * row_bytes..(o + 1) * row_bytes],
            nin,
            &mut w[o * nin..(o + 1) * nin],
        );
    }
    Ok(Linear {
        w,
        b,
        nout,
        nin,
        q4: None,
    })
}

impl Network {
    pub fn load(f: &ModelFile, be: Backend) -> Result<Self, Error> {
        let hp = f.hp;
        let h = hp.hidden;
        let word = f.q4_tensor("emb.word", hp.vocab, h)?;
        let pos = f.f32_tensor("emb.pos", hp.max_pos * h)?;
        let typ = f.f32_tensor("emb.type", h)?;
        let eln_w = f.f32_tensor("emb.ln.w", h)?;
        let eln_b = f.f32_tensor("emb.ln.b", h)?;
        let layers = (0..hp.layers)
            .into_par_iter()
            .map(|l| {
                let n = |s: &str| format!("l{l}.{s}");
                Ok(Layer {
                    qkv: load_linear(
                        f,
                        &[
                            (&n("q.w"), &n("q.b")),
                            (&n("k.w"), &n("k.b")),
                            (&n("v.w"), &n("v.b")),
                        ],
                        h,
                        h,
                        be,
                    )?,
                    ao: load_linear(f, &[(&n("ao.w"), &n("ao.b"))], h, h, be)?,
                    aln_w: f.f32_tensor(&n("aln.w"), h)?,
                    aln_b: f.f32_tensor(&n("aln.b"), h)?,
                    fi: load_linear(f, &[(&n("fi.w"), &n("fi.b"))], hp.ffn, h, be)?,
                    fo: load_linear(f, &[(&n("fo.w"), &n("fo.b"))], h, hp.ffn, be)?,
                    oln_w: f.f32_tensor(&n("oln.w"), h)?,
                    oln_b: f.f32_tensor(&n("oln.b"), h)?,
                })
            })
            .collect::<Result<Vec<_>, Error>>()?;
        Ok(Network {
            hp,
            map: f.map.clone(),
            word,
            pos,
            typ,
            eln_w,
            eln_b,
            layers,
            fake_quant_acts: true,
            backend: be,
        })
    }

    /// Forward pass over concatenated windows. `segs` are `[start, end)` token ranges
    /// covering `ids`; `pos` are per-token position ids. Returns `segs.len() x H`
    /// mean-pooled (not normalised) vectors.
    pub fn forward(
        &self,
        ids: &[u32],
        pos: &[u32],
        segs: &[(usize, usize)],
        par: Parallelism,
    ) -> Vec<f32> {
        let hp = &self.hp;
        let (h, ff, nh) = (hp.hidden, hp.ffn, hp.heads);
        let hd = h / nh;
        let t = ids.len();
        let word = &self.map[self.word.clone()];
        let row_bytes = h / QK * Q4_BLOCK_BYTES;

        let mut x = vec![0f32; t * h];
        let mut tmp = vec![0f32; h];
        for i in 0..t {
            let id = ids[i] as usize;
            let r = &mut x[i * h..(i + 1) * h];
            dequant_row_q4(&word[id * row_bytes..(id + 1) * row_bytes], h, r);
            let pp = &self.pos[pos[i] as usize * h..(pos[i] as usize + 1) * h];
            for j in 0..h {
                tmp[j] = pp[j] + self.typ[j];
                r[j] += tmp[j];
            }
        }
        layernorm(&mut x, None, &self.eln_w, &self.eln_b, h, hp.eps);

        let mut qkv = vec![0f32; t * 3 * h];
        let mut ctx = vec![0f32; t * h];
        let mut ao = vec![0f32; t * h];
        let mut mid = vec![0f32; t * ff];
        let mut xq = if self.backend == Backend::F32Gemm {
            vec![0f32; t * ff]
        } else {
            Vec::new()
        };
        let mut qa = QActs::new();
        let scale = 1.0 / (hd as f32).sqrt();
        for ly in &self.layers {
            self.linear(&x, &ly.qkv, &mut qkv, t, par, &mut qa, &mut xq);
            attention(&qkv, &mut ctx, segs, h, nh, scale, par);
            self.linear(&ctx, &ly.ao, &mut ao, t, par, &mut qa, &mut xq);
            layernorm(&mut x, Some(&ao), &ly.aln_w, &ly.aln_b, h, hp.eps);
            self.linear(&x, &ly.fi, &mut mid, t, par, &mut qa, &mut xq);
            gelu_inplace(&mut mid, par);
            self.linear(&mid, &ly.fo, &mut ao, t, par, &mut qa, &mut xq);
            layernorm(&mut x, Some(&ao), &ly.oln_w, &ly.oln_b, h, hp.eps);
        }

        let mut out = vec![0f32; segs.len() * h];
        for (s, &(a, b)) in segs.iter().enumerate() {
            let o = &mut out[s * h..(s + 1) * h];
            for tt in a..b {
                let r = &x[tt * h..(tt + 1) * h];
                for i in 0..h {
                    o[i] += r[i];
                }
            }
            let inv = 1.0 / (b - a) as f32;
            for v in o.iter_mut() {
                *v *= inv;
            }
        }
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn linear(
        &self,
        x: &[f32],
        lin: &Linear,
        y: &mut [f32],
        t: usize,
        par: Parallelism,
        qa: &mut QActs,
        xq: &mut [f32],
    ) {
        match &lin.q4 {
            Some(q4) => {
                qa.quantize(&x[..t * lin.nin], t, lin.nin);
                let y = &mut y[..t * lin.nout];
                let yp = SendPtr(y.as_mut_ptr());
                let ng = q4.groups();
                let qa = &*qa;
                match par {
                    // SAFETY: y is t*nout; each call writes a disjoint set of output groups.
                    Parallelism::None => unsafe { q4.matmul_groups(qa, yp.0, 0..ng) },
                    _ => {
                        let step = 4usize;
                        (0..ng.div_ceil(step)).into_par_iter().for_each(|c| {
                            let p = yp;
                            unsafe { q4.matmul_groups(qa, p.0, c * step..((c + 1) * step).min(ng)) }
                        });
                    }
                }
            }
            None => {
                let xin = self.quant(&x[..t * lin.nin], lin.nin, xq);
                matmul(xin, lin, y, t, par);
            }
        }
    }

    fn quant<'a>(&self, x: &'a [f32], nin: usize, buf: &'a mut [f32]) -> &'a [f32] {
        if !self.fake_quant_acts {
            return x;
        }
        let buf = &mut buf[..x.len()];
        fake_quant_q8(x, buf, nin);
        buf
    }
}

/// Round each 32-block of activations to e5.c's Q8_0 grid (amax/127 scale, round-half-even,
/// clamp to [-128, 127]) and write back the dequantised values.
pub fn fake_quant_q8(x: &[f32], out: &mut [f32], _nin: usize) {
    fake_quant_q8_fast(x, out)
}

#[inline(always)]
fn fake_quant_q8_generic(x: &[f32], out: &mut [f32]) {
    for (xb, ob) in x.chunks_exact(QK).zip(out.chunks_exact_mut(QK)) {
        let mut amax = 0f32;
        for &v in xb {
            amax = amax.max(v.abs());
        }
        let dd = amax / 127.0;
        let id = if dd > 0.0 { 1.0 / dd } else { 0.0 };
        for j in 0..QK {
            let v = (xb[j] * id).round_ties_even().clamp(-128.0, 127.0);
            ob[j] = v * dd;
        }
    }
}

/// y[t, nout] = x[t, nin] * W^T + b
fn matmul(x: &[f32], lin: &Linear, y: &mut [f32], t: usize, par: Parallelism) {
    let (nout, nin) = (lin.nout, lin.nin);
    let y = &mut y[..t * nout];
    for row in y.chunks_exact_mut(nout) {
        row.copy_from_slice(&lin.b);
    }
    // SAFETY: all pointers/strides describe in-bounds row-major buffers of the given shapes.
    unsafe {
        gemm::gemm(
            t,
            nout,
            nin,
            y.as_mut_ptr(),
            1,
            nout as isize,
            true,
            x.as_ptr(),
            1,
            nin as isize,
            lin.w.as_ptr(),
            nin as isize,
            1,
            1.0f32,
            1.0f32,
            false,
            false,
            false,
            par,
        );
    }
}

/// Run `f` compiled for AVX2+FMA when the CPU has it (auto-vectorised loops), else baseline.
macro_rules! simd_dispatch {
    ($name:ident, $generic:ident, ($($arg:ident : $ty:ty),*)) => {
        fn $name($($arg: $ty),*) {
            #[cfg(target_arch = "x86_64")]
            {
                #[target_feature(enable = "avx512f,avx512bw,avx512vl,avx2,fma")]
                unsafe fn avx512($($arg: $ty),*) { $generic($($arg),*) }
                #[target_feature(enable = "avx2,fma")]
                unsafe fn avx2($($arg: $ty),*) { $generic($($arg),*) }
                if std::arch::is_x86_feature_detected!("avx512f") && std::arch::is_x86_feature_detected!("avx512bw") && std::arch::is_x86_feature_detected!("avx512vl") {
                    // SAFETY: features checked above.
                    return unsafe { avx512($($arg),*) };
                }
                if std::arch::is_x86_feature_detected!("avx2") && std::arch::is_x86_feature_detected!("fma") {
                    // SAFETY: features checked above.
                    return unsafe { avx2($($arg),*) };
                }
            }
            $generic($($arg),*)
        }
    };
}

simd_dispatch!(fake_quant_q8_fast, fake_quant_q8_generic, (x: &[f32], out: &mut [f32]));
simd_dispatch!(gelu_slice, gelu_generic, (v: &mut [f32]));
simd_dispatch!(softmax_rows, softmax_rows_generic, (p: &mut [f32], l: usize));
simd_dispatch!(layernorm, layernorm_generic, (x: &mut [f32], y: Option<&[f32]>, w: &[f32], b: &[f32], h: usize, eps: f32));

/// Cephes-style expf (rel. error ~1e-7), branch-free so it vectorises.
#[inline(always)]
pub fn fast_exp(x: f32) -> f32 {
    let x = x.clamp(-87.3, 88.3);
    // n = round(x / ln2) via the 1.5*2^23 trick (integer ops only, vectorises)
    let t = x * std::f32::consts::LOG2_E + 12582912.0;
    let n = t.to_bits() as i32 - 0x4B40_0000;
    let fx = t - 12582912.0;
    let r = x - fx * 0.693_359_4 - fx * -2.121_944_4e-4;
    let mut y = 1.987_569_1e-4_f32;
    y = y * r + 1.398_199_9e-3;
    y = y * r + 8.333_452e-3;
    y = y * r + 4.166_579_6e-2;
    y = y * r + 1.666_666_6e-1;
    y = y * r + 5e-1;
    y = y * r * r + r + 1.0;
    y * f32::from_bits(((n + 127) as u32) << 23)
}

/// Rational erf approximation (as in Eigen/TensorFlow), a few ulp on [-4, 4], vectorisable.
#[inline(always)]
pub fn fast_erf(x: f32) -> f32 {
    let x = x.clamp(-4.0, 4.0);
    let x2 = x * x;
    let mut p = x2 * -2.726_142_4e-10_f32 + 2.770_681_5e-8;
    p = x2 * p + -2.101_024e-6;
    p = x2 * p + -5.692_506_2e-5;
    p = x2 * p + -7.349_906_4e-4;
    p = x2 * p + -2.954_6e-3;
    p = x2 * p + -1.609_603_3e-2;
    p *= x;
    let mut q = x2 * -1.456_607_15e-5_f32 + -2.133_740_5e-4;
    q = x2 * q + -1.682_827e-3;
    q = x2 * q + -7.373_329_3e-3;
    q = x2 * q + -1.426_473_9e-2;
    p / q
}

#[inline(always)]
fn softmax_rows_generic(p: &mut [f32], l: usize) {
    // explicit 16-lane partial max/sum so the loops vectorise (f32 reductions otherwise stay scalar)
    for row in p.chunks_exact_mut(l) {
        let mut m = [-1e30f32; 16];
        let mut it = row.chunks_exact(16);
        for c in &mut it {
            for i in 0..16 {
                m[i] = if c[i] > m[i] { c[i] } else { m[i] };
            }
        }
        let mut mx = -1e30f32;
        for &d in m.iter().chain(it.remainder()) {
            if d > mx {
                mx = d;
            }
        }
        for v in row.iter_mut() {
            *v = fast_exp(*v - mx);
        }
        let mut sl = [0f32; 16];
        let mut it = row.chunks_exact(16);
        for c in &mut it {
            for i in 0..16 {
                sl[i] += c[i];
            }
        }
        let sum: f32 = sl.iter().sum::<f32>() + it.remainder().iter().sum::<f32>();
        let inv = 1.0 / sum;
        for v in row.iter_mut() {
            *v *= inv;
        }
    }
}

#[derive(Clone, Copy)]
struct SendPtr(*mut f32);
unsafe impl Send for SendPtr {}
unsafe impl Sync for SendPtr {}

/// Scaled dot-product attention per (segment, head); `qkv` rows are `[q | k | v]` of width 3H.
fn attention(
    qkv: &[f32],
    ctx: &mut [f32],
    segs: &[(usize, usize)],
    h: usize,
    nh: usize,
    scale: f32,
    par: Parallelism,
) {
    let hd = h / nh;
    let ld = 3 * h;
    let ctxp = SendPtr(ctx.as_mut_ptr());
    let job = |&(s0, s1): &(usize, usize), head: usize, prob: &mut Vec<f32>| {
        let l = s1 - s0;
        prob.clear();
        prob.resize(l * l, 0.0);
        let q = qkv[s0 * ld + head * hd..].as_ptr();
        let k = qkv[s0 * ld + h + head * hd..].as_ptr();
        let v = qkv[s0 * ld + 2 * h + head * hd..].as_ptr();
        let c = ctxp;
        // SAFETY: shapes/strides are in bounds; each (segment, head) writes a disjoint
        // block of ctx (rows s0..s1, columns head*hd..(head+1)*hd).
        unsafe {
            gemm::gemm(
                l,
                l,
                hd,
                prob.as_mut_ptr(),
                1,
                l as isize,
                false,
                q,
                1,
                ld as isize,
                k,
                ld as isize,
                1,
                0.0f32,
                scale,
                false,
                false,
                false,
                Parallelism::None,
            );
        }
        softmax_rows(prob, l);
        unsafe {
            gemm::gemm(
                l,
                hd,
                l,
                c.0.add(s0 * h + head * hd),
                1,
                h as isize,
                false,
                prob.as_ptr(),
                1,
                l as isize,
                v,
                1,
                ld as isize,
                0.0f32,
                1.0f32,
                false,
                false,
                false,
                Parallelism::None,
            );
        }
    };
    let jobs: Vec<(usize, usize)> = (0..segs.len())
        .flat_map(|s| (0..nh).map(move |hh| (s, hh)))
        .collect();
    match par {
        Parallelism::None => {
            let mut prob = Vec::new();
            for &(s, hh) in &jobs {
                job(&segs[s], hh, &mut prob);
            }
        }
        _ => {
            jobs.par_iter()
                .for_each_init(Vec::new, |prob, &(s, hh)| job(&segs[s], hh, prob));
        }
    }
}

#[inline(always)]
fn lane_sum(v: &[f32]) -> f32 {
    // 16 partial sums so the reduction vectorises
    let mut acc = [0f32; 16];
    let mut it = v.chunks_exact(16);
    for c in &mut it {
        for i in 0..16 {
            acc[i] += c[i];
        }
    }
    acc.iter().sum::<f32>() + it.remainder().iter().sum::<f32>()
}

/// x = LN(x + y) (or LN(x) when y is None), per row of width h (e5.c's formula; the sums
/// use 16 partial accumulators).
#[inline(always)]
fn layernorm_generic(x: &mut [f32], y: Option<&[f32]>, w: &[f32], b: &[f32], h: usize, eps: f32) {
    let mut dev = vec![0f32; h];
    for (ti, r) in x.chunks_exact_mut(h).enumerate() {
        if let Some(y) = y {
            for (a, b) in r.iter_mut().zip(&y[ti * h..(ti + 1) * h]) {
                *a += *b;
            }
        }
        let mean = lane_sum(r) / h as f32;
        for (d, &v) in dev.iter_mut().zip(r.iter()) {
            *d = (v - mean) * (v - mean);
        }
        let var = lane_sum(&dev) / h as f32;
        let inv = 1.0 / (var + eps).sqrt();
        for i in 0..h {
            r[i] = (r[i] - mean) * inv * w[i] + b[i];
        }
    }
}

#[inline(always)]
fn gelu_generic(v: &mut [f32]) {
    for x in v.iter_mut() {
        *x = 0.5 * *x * (1.0 + fast_erf(*x * std::f32::consts::FRAC_1_SQRT_2));
    }
}

fn gelu_inplace(v: &mut [f32], par: Parallelism) {
    match par {
        Parallelism::None => gelu_slice(v),
        _ => v.par_chunks_mut(4096).for_each(gelu_slice),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn fast_math_accuracy() {
        let (mut e_erf, mut e_exp) = (0f32, 0f32);
        let mut x = -10f32;
        while x < 10.0 {
            e_erf = e_erf.max((fast_erf(x) - libm::erff(x)).abs());
            if x <= 0.0 {
                let r = x * 8.0; // softmax inputs are <= 0
                e_exp = e_exp.max(((fast_exp(r) - r.exp()) / r.exp()).abs());
            }
            x += 1e-3;
        }
        eprintln!("max |erf err| {e_erf:e}, max rel exp err {e_exp:e}");
        assert!(e_erf < 2e-6 && e_exp < 1e-6);
    }
}
