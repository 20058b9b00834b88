//! XLM-R SentencePiece-unigram tokenizer, an exact port of e5.c's `tok_content`:
//! per-code-point normalisation map, collapse of space runs, metaspace (U+2581) with a
//! leading one, Viterbi over the unigram pieces (f32 scores, FNV-1a open-addressing lookup),
//! single-character `<unk>` fallback (each unknown char is its own `<unk>`, not merged).

use std::sync::Arc;

use memmap2::Mmap;

use super::format::TokenizerData;

const META: u32 = 0x2581;

/// Whether the text is a search query or a document (selects the e5 prefix).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Query,
    Passage,
}

impl Kind {
    pub fn prefix(self) -> &'static str {
        match self {
            Kind::Query => "query: ",
            Kind::Passage => "passage: ",
        }
    }
}

pub struct Tokenizer {
    map: Arc<Mmap>,
    d: TokenizerData,
    unk_score: f32,
    max_piece_bytes: usize,
    ht: Vec<u32>,
    ht_mask: usize,
}

#[inline]
fn fnv1a(s: &[u8]) -> u64 {
    let mut h: u64 = 1469598103934665603;
    for &b in s {
        h ^= b as u64;
        h = h.wrapping_mul(1099511628211);
    }
    h
}

fn utf8_encode(cp: u32, out: &mut Vec<u8>) {
    // same as e5.c (no validation; code points come from valid UTF-8 or the norm table)
    if cp < 0x80 {
        out.push(cp as u8);
    } else if cp < 0x800 {
        out.extend_from_slice(&[0xC0 | (cp >> 6) as u8, 0x80 | (cp & 0x3F) as u8]);
    } else if cp < 0x10000 {
        out.extend_from_slice(&[
            0xE0 | (cp >> 12) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]);
    } else {
        out.extend_from_slice(&[
            0xF0 | (cp >> 18) as u8,
            0x80 | ((cp >> 12) & 0x3F) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]);
    }
}

impl Tokenizer {
    pub fn new(map: Arc<Mmap>, d: TokenizerData) -> Self {
        let blob = &map[d.blob_start..d.blob_start + d.blob_len];
        let mut mins = 1e30f32;
        let mut maxb = 1usize;
        for i in 0..d.n_pieces {
            if d.scores[i] < mins {
                mins = d.scores[i];
            }
            let len = (d.offs[i + 1] - d.offs[i]) as usize;
            maxb = maxb.max(len);
        }
        let mut hbits = 1;
        while (1usize << hbits) < d.n_pieces * 2 {
            hbits += 1;
        }
        let hsz = 1usize << hbits;
        let ht_mask = hsz - 1;
        let mut ht = vec![0u32; hsz];
        for i in 0..d.n_pieces {
            let (a, b) = (d.offs[i] as usize, d.offs[i + 1] as usize);
            if a == b {
                continue;
            }
            let mut h = (fnv1a(&blob[a..b]) as usize) & ht_mask;
            while ht[h] != 0 {
                h = (h + 1) & ht_mask;
            }
            ht[h] = i as u32 + 1;
        }
        let unk_score = mins - 10.0;
        Tokenizer {
            map,
            d,
            unk_score,
            max_piece_bytes: maxb,
            ht,
            ht_mask,
        }
    }

    pub fn bos(&self) -> u32 {
        self.d.bos
    }
    pub fn eos(&self) -> u32 {
        self.d.eos
    }
    pub fn pad(&self) -> u32 {
        self.d.pad
    }
    pub fn unk(&self) -> u32 {
        self.d.unk
    }

    fn blob(&self) -> &[u8] {
        &self.map[self.d.blob_start..self.d.blob_start + self.d.blob_len]
    }

    /// The UTF-8 bytes of piece `id`.
    pub fn piece(&self, id: u32) -> &[u8] {
        let i = id as usize;
        &self.blob()[self.d.offs[i] as usize..self.d.offs[i + 1] as usize]
    }

    #[inline]
    fn lookup(&self, blob: &[u8], s: &[u8]) -> Option<usize> {
        let mut i = (fnv1a(s) as usize) & self.ht_mask;
        loop {
            let v = self.ht[i];
            if v == 0 {
                return None;
            }
            let idx = (v - 1) as usize;
            let (a, b) = (self.d.offs[idx] as usize, self.d.offs[idx + 1] as usize);
            if &blob[a..b] == s {
                return Some(idx);
            }
            i = (i + 1) & self.ht_mask;
        }
    }

    fn norm_find(&self, cp: u32) -> Option<usize> {
        self.d.norm_cp.binary_search(&cp).ok()
    }

    /// Content token ids (no `<s>`/`</s>`) of `text`, exactly as e5.c's `tok_content`
    /// (the caller adds the prefix). No truncation: long texts are windowed later.
    pub fn content_ids(&self, text: &str) -> Vec<u32> {
        // e5.c works on a NUL-terminated C string
        let text = match text.find('\0') {
            Some(p) => &text[..p],
            None => text,
        };
        // decode + normalisation map
        let mut cps: Vec<u32> = Vec::with_capacity(text.len() + 2);
        for ch in text.chars() {
            let cp = ch as u32;
            match self.norm_find(cp) {
                None => cps.push(cp),
                Some(ni) => {
                    let (a, b) = (
                        self.d.norm_off[ni] as usize,
                        self.d.norm_off[ni + 1] as usize,
                    );
                    cps.extend_from_slice(&self.d.norm_out[a..b]);
                }
            }
        }
        // collapse runs of spaces
        let mut w = 0;
        for i in 0..cps.len() {
            if cps[i] == 0x20 && w > 0 && cps[w - 1] == 0x20 {
                continue;
            }
            cps[w] = cps[i];
            w += 1;
        }
        cps.truncate(w);
        let nc = cps.len();
        // metaspace
        let mut buf: Vec<u8> = Vec::with_capacity(nc * 4 + 8);
        let mut cs: Vec<usize> = Vec::with_capacity(nc + 2);
        if nc == 0 || cps[0] != 0x20 {
            cs.push(0);
            utf8_encode(META, &mut buf);
        }
        for &c in &cps {
            cs.push(buf.len());
            utf8_encode(if c == 0x20 { META } else { c }, &mut buf);
        }
        let n = cs.len();
        cs.push(buf.len());

        // Viterbi
        let blob = self.blob();
        let scores = &self.d.scores;
        let unk = self.d.unk as usize;
        let mut best = vec![-1e30f32; n + 1];
        let mut bp = vec![0i64; n + 1];
        let mut bf = vec![0usize; n + 1];
        best[0] = 0.0;
        for i in 0..n {
            if best[i] <= -1e29 {
                continue;
            }
            let bi = cs[i];
            for e in i + 1..=n {
                let len = cs[e] - bi;
                if len > self.max_piece_bytes {
                    break;
                }
                if let Some(idx) = self.lookup(blob, &buf[bi..bi + len]) {
                    if idx != unk {
                        let sc = best[i] + scores[idx];
                        if sc > best[e] {
                            best[e] = sc;
                            bp[e] = idx as i64;
                            bf[e] = i;
                        }
                    }
                }
            }
            let us = best[i] + self.unk_score;
            if us > best[i + 1] {
                best[i + 1] = us;
                bp[i + 1] = -1;
                bf[i + 1] = i;
            }
        }
        let mut out = Vec::with_capacity(n);
        let mut i = n;
        while i > 0 {
            out.push(if bp[i] < 0 { self.d.unk } else { bp[i] as u32 });
            i = bf[i];
        }
        out.reverse();
        out
    }

    /// Content ids of `prefix + text` (what e5.c feeds, before windowing / specials).
    pub fn content_ids_with_prefix(&self, text: &str, kind: Kind) -> Vec<u32> {
        let mut s = String::with_capacity(text.len() + 9);
        s.push_str(kind.prefix());
        s.push_str(text);
        self.content_ids(&s)
    }

    /// Full id sequence `<s> prefix+text </s>` for a text fitting one window
    /// (for longer texts e5.c splits the content into windows of `max_pos - 2`).
    pub fn encode(&self, text: &str, kind: Kind) -> Vec<u32> {
        let c = self.content_ids_with_prefix(text, kind);
        let mut v = Vec::with_capacity(c.len() + 2);
        v.push(self.d.bos);
        v.extend_from_slice(&c);
        v.push(self.d.eos);
        v
    }
}
