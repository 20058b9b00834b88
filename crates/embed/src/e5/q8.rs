//! 4-bit weight x int8 activation products, the arithmetic of e5.c's `matmul_q4q8`
//! (Q4_0 weights, activations quantised per 32-block to int8 with scale amax/127):
//! `y[t,o] = b[o] + sum_blocks dw[o,b] * da[t,b] * (<w_nibbles, a_int8> - 8 * sum(a_int8))`.
//!
//! Kernel: AVX-512 VNNI (`vpdpbusd`, u8 nibbles x s8 activations). Weights are re-packed at
//! load so that one 512-bit register holds 4 consecutive weights of 16 output rows; an
//! activation quad is broadcast, so 8 `vpdpbusd` yield 16 exact int32 block dot products,
//! which are then scaled (one convert + one FMA per block) into f32 accumulators.
//! A portable scalar kernel computes the same thing on other CPUs (slow; the f32 path in
//! network.rs is the fast fallback there).

use super::format::{fp16_to_fp32, Q4_BLOCK_BYTES, QK};

/// Output rows per packed group (one zmm of int32 lanes).
const G: usize = 16;

pub struct Q4Linear {
    pub nout: usize,
    pub nin: usize,
    nb: usize,
    /// [nout/16][nb][8 quads][16 rows][4 bytes], nibble values 0..15
    w: Vec<u8>,
    /// [nout/16][nb][16] fp16 scales as f32
    dw: Vec<f32>,
    pub b: Vec<f32>,
}

/// Activations quantised exactly like e5.c's `quantize_acts`.
pub struct QActs {
    pub t: usize,
    pub nin: usize,
    pub q: Vec<i8>,
    pub d: Vec<f32>,
    /// -8 * sum of the block's int8 values
    pub nsa: Vec<i32>,
}

impl QActs {
    pub fn new() -> Self {
        QActs {
            t: 0,
            nin: 0,
            q: Vec::new(),
            d: Vec::new(),
            nsa: Vec::new(),
        }
    }

    pub fn quantize(&mut self, x: &[f32], t: usize, nin: usize) {
        let nb = nin / QK;
        self.t = t;
        self.nin = nin;
        self.q.resize(t * nin, 0);
        self.d.resize(t * nb, 0.0);
        self.nsa.resize(t * nb, 0);
        quantize_dispatch(x, &mut self.q, &mut self.d, &mut self.nsa);
    }
}

impl Default for QActs {
    fn default() -> Self {
        Self::new()
    }
}

#[inline(always)]
fn quantize_generic(x: &[f32], q: &mut [i8], d: &mut [f32], nsa: &mut [i32]) {
    for (((xb, qb), dd), ns) in x
        .chunks_exact(QK)
        .zip(q.chunks_exact_mut(QK))
        .zip(d.iter_mut())
        .zip(nsa.iter_mut())
    {
        let mut m = [0f32; 16];
        for i in 0..16 {
            let (a, b) = (xb[i].abs(), xb[i + 16].abs());
            m[i] = if a > b { a } else { b };
        }
        let mut amax = 0f32;
        for &v in &m {
            if v > amax {
                amax = v;
            }
        }
        let s = amax / 127.0;
        let id = if s > 0.0 { 1.0 / s } else { 0.0 };
        let mut sum = 0i32;
        for j in 0..QK {
            // clamp, then round half to even (lrintf) via the 1.5*2^23 trick: integer ops only
            let v = ((xb[j] * id).clamp(-128.0, 127.0) + 12582912.0).to_bits() as i32 - 0x4B40_0000;
            qb[j] = v as i8;
            sum += v;
        }
        *dd = s;
        *ns = -8 * sum;
    }
}

fn quantize_dispatch(x: &[f32], q: &mut [i8], d: &mut [f32], nsa: &mut [i32]) {
    #[cfg(target_arch = "x86_64")]
    {
        #[target_feature(enable = "avx2,fma")]
        unsafe fn avx2(x: &[f32], q: &mut [i8], d: &mut [f32], nsa: &mut [i32]) {
            quantize_generic(x, q, d, nsa)
        }
        #[target_feature(enable = "avx512f,avx512bw,avx512vl,avx2,fma")]
        unsafe fn avx512(x: &[f32], q: &mut [i8], d: &mut [f32], nsa: &mut [i32]) {
            quantize_generic(x, q, d, nsa)
        }
        if vnni_available() {
            // SAFETY: avx512f/bw checked (vl accompanies bw on all VNNI CPUs; checked below too).
            if std::arch::is_x86_feature_detected!("avx512vl") {
                return unsafe { avx512(x, q, d, nsa) };
            }
        }
        if std::arch::is_x86_feature_detected!("avx2") && std::arch::is_x86_feature_detected!("fma")
        {
            // SAFETY: features checked.
            return unsafe { avx2(x, q, d, nsa) };
        }
    }
    quantize_generic(x, q, d, nsa)
}

/// True when the CPU runs the VNNI kernel.
pub fn vnni_available() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx512f")
            && std::arch::is_x86_feature_detected!("avx512bw")
            && std::arch::is_x86_feature_detected!("avx512vnni")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

impl Q4Linear {
    /// Pack Q4_0 rows (`nout` rows of `nin/32` 18-byte blocks) into the kernel layout.
    pub fn from_q4(rows: &[u8], nout: usize, nin: usize, b: Vec<f32>) -> Self {
        assert!(nout.is_multiple_of(G) && nin.is_multiple_of(QK));
        let nb = nin / QK;
        let row_bytes = nb * Q4_BLOCK_BYTES;
        let mut w = vec![0u8; nout * nin];
        let mut dw = vec![0f32; nout * nb];
        for o in 0..nout {
            let (g, lane) = (o / G, o % G);
            for bi in 0..nb {
                let blk = &rows[o * row_bytes + bi * Q4_BLOCK_BYTES..][..Q4_BLOCK_BYTES];
                dw[(g * nb + bi) * G + lane] = fp16_to_fp32(u16::from_le_bytes([blk[0], blk[1]]));
                for i in 0..QK {
                    let nib = if i < 16 {
                        blk[2 + i] & 0x0F
                    } else {
                        blk[2 + i - 16] >> 4
                    };
                    let (k4, j) = (i / 4, i % 4);
                    w[((g * nb + bi) * 8 + k4) * (G * 4) + lane * 4 + j] = nib;
                }
            }
        }
        Q4Linear {
            nout,
            nin,
            nb,
            w,
            dw,
            b,
        }
    }

    /// y[t, nout] = acts * W^T + b, for output groups in `groups` (units of 16 rows).
    /// `y` is the full `[t, nout]` matrix; only the selected columns are written.
    ///
    /// # Safety
    /// `y` must point to a `t * nout` f32 buffer; concurrent callers must use disjoint groups.
    pub unsafe fn matmul_groups(&self, a: &QActs, y: *mut f32, groups: std::ops::Range<usize>) {
        debug_assert_eq!(a.nin, self.nin);
        #[cfg(target_arch = "x86_64")]
        if vnni_available() {
            let mut g = groups.start;
            while g < groups.end {
                let ng = if groups.end - g >= 2 { 2 } else { 1 };
                let mut t0 = 0;
                while t0 < a.t {
                    let nt = (a.t - t0).min(4);
                    unsafe {
                        match (ng, nt) {
                            (2, 4) => vnni::tile::<4, 2>(self, a, y, t0, g),
                            (2, 3) => vnni::tile::<3, 2>(self, a, y, t0, g),
                            (2, 2) => vnni::tile::<2, 2>(self, a, y, t0, g),
                            (2, _) => vnni::tile::<1, 2>(self, a, y, t0, g),
                            (_, 4) => vnni::tile::<4, 1>(self, a, y, t0, g),
                            (_, 3) => vnni::tile::<3, 1>(self, a, y, t0, g),
                            (_, 2) => vnni::tile::<2, 1>(self, a, y, t0, g),
                            (_, _) => vnni::tile::<1, 1>(self, a, y, t0, g),
                        }
                    }
                    t0 += nt;
                }
                g += ng;
            }
            return;
        }
        // portable fallback, same arithmetic
        let nb = self.nb;
        for g in groups {
            for t in 0..a.t {
                for lane in 0..G {
                    let o = g * G + lane;
                    let mut acc = 0f32;
                    for bi in 0..nb {
                        let mut isum = a.nsa[t * nb + bi];
                        for i in 0..QK {
                            let (k4, j) = (i / 4, i % 4);
                            let wv =
                                self.w[((g * nb + bi) * 8 + k4) * (G * 4) + lane * 4 + j] as i32;
                            isum += wv * a.q[t * self.nin + bi * QK + i] as i32;
                        }
                        acc += isum as f32 * (self.dw[(g * nb + bi) * G + lane] * a.d[t * nb + bi]);
                    }
                    unsafe { *y.add(t * self.nout + o) = acc + self.b[o] };
                }
            }
        }
    }

    pub fn groups(&self) -> usize {
        self.nout / G
    }
}

#[cfg(target_arch = "x86_64")]
mod vnni {
    use super::*;
    use std::arch::x86_64::*;

    /// NT tokens x NG groups of 16 output rows.
    // A register tile of NT tokens x NG output groups: indices over both axes read clearer
    // than nested iterators in this kernel.
    #[allow(clippy::needless_range_loop)]
    #[target_feature(enable = "avx512f,avx512bw,avx512vnni")]
    pub unsafe fn tile<const NT: usize, const NG: usize>(
        l: &Q4Linear,
        a: &QActs,
        y: *mut f32,
        t0: usize,
        g0: usize,
    ) {
        let nb = l.nb;
        let nin = l.nin;
        let mut facc = [[_mm512_setzero_ps(); NG]; NT];
        let wbase = l.w.as_ptr();
        let aq = a.q.as_ptr();
        unsafe {
            for bi in 0..nb {
                let mut iacc = [[_mm512_setzero_si512(); NG]; NT];
                for t in 0..NT {
                    let v = _mm512_set1_epi32(*a.nsa.get_unchecked((t0 + t) * nb + bi));
                    for g in 0..NG {
                        iacc[t][g] = v;
                    }
                }
                for k4 in 0..8 {
                    let mut wv = [_mm512_setzero_si512(); NG];
                    for g in 0..NG {
                        wv[g] = _mm512_loadu_si512(
                            wbase.add((((g0 + g) * nb + bi) * 8 + k4) * 64) as *const _
                        );
                    }
                    for t in 0..NT {
                        let quad = (aq.add((t0 + t) * nin + bi * QK + k4 * 4) as *const i32)
                            .read_unaligned();
                        let av = _mm512_set1_epi32(quad);
                        for g in 0..NG {
                            iacc[t][g] = _mm512_dpbusd_epi32(iacc[t][g], wv[g], av);
                        }
                    }
                }
                let mut dwv = [_mm512_setzero_ps(); NG];
                for g in 0..NG {
                    dwv[g] = _mm512_loadu_ps(l.dw.as_ptr().add(((g0 + g) * nb + bi) * G));
                }
                for t in 0..NT {
                    let d = _mm512_set1_ps(*a.d.get_unchecked((t0 + t) * nb + bi));
                    for g in 0..NG {
                        facc[t][g] = _mm512_fmadd_ps(
                            _mm512_cvtepi32_ps(iacc[t][g]),
                            _mm512_mul_ps(dwv[g], d),
                            facc[t][g],
                        );
                    }
                }
            }
            for t in 0..NT {
                for g in 0..NG {
                    let o = (g0 + g) * G;
                    let bv = _mm512_loadu_ps(l.b.as_ptr().add(o));
                    _mm512_storeu_ps(y.add((t0 + t) * l.nout + o), _mm512_add_ps(facc[t][g], bv));
                }
            }
        }
    }
}
