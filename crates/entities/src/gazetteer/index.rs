//! Reading a compiled gazetteer in place from memory maps.

use super::format::*;
use super::records::{EntityType, PlaceKind};
use crate::EntityError;
use fst::raw::{CompiledAddr, Fst, Output};
use memmap2::Mmap;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::Path;

/// A compiled gazetteer, opened read-only.
pub struct Gazetteer {
    names: Fst<Mmap>,
    lower: Fst<Mmap>,
    /// The first two steps from each root, decoded once: the nodes near the roots have the
    /// most transitions and every lookup starts there.
    names_first: Box<[Option<State>; 256]>,
    lower_first: Box<[Option<State>; 256]>,
    names_second: HashMap<u16, State>,
    lower_second: HashMap<u16, State>,
    postings: Mmap,
    entities: Mmap,
    count: usize,
    blob_off: usize,
    /// ISO alpha-2 -> index of the country entity.
    countries: HashMap<[u8; 2], u32>,
    /// Latin spellings of each person-name-part group, space-separated.
    groups: Vec<String>,
    /// Function words per language (folded).
    stopwords: HashMap<String, HashSet<String>>,
}

/// One entity as stored.
#[derive(Debug, Clone, Copy)]
pub struct EntityView<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub etype: EntityType,
    pub place: Option<PlaceKind>,
    pub country: Option<&'a str>,
    pub population: u32,
    pub capital_of: Option<&'a str>,
}

/// A position in a name automaton while a key is being read.
#[derive(Debug, Clone, Copy)]
pub struct State {
    addr: CompiledAddr,
    out: Output,
    lower: bool,
}

fn map(path: &Path) -> Result<Mmap, EntityError> {
    let f = std::fs::File::open(path).map_err(|e| EntityError::io(path, e))?;
    // SAFETY: the gazetteer files are written once by the set-up step and only read
    // afterwards; a concurrent rewrite is outside what concord supports.
    unsafe { Mmap::map(&f) }.map_err(|e| EntityError::io(path, e))
}

fn u32_at(b: &[u8], o: usize) -> usize {
    u32::from_le_bytes(b[o..o + 4].try_into().expect("4 bytes")) as usize
}

fn u16_at(b: &[u8], o: usize) -> usize {
    u16::from_le_bytes(b[o..o + 2].try_into().expect("2 bytes")) as usize
}

impl Gazetteer {
    /// Opens the gazetteer in `dir` (normally `<data>/gazetteer`).
    pub fn open(dir: &Path) -> Result<Self, EntityError> {
        if !dir.join(NAMES_FILE).exists() {
            return Err(EntityError::NotInstalled(dir.to_path_buf()));
        }
        let bad = |m: &str| EntityError::Corrupt {
            path: dir.to_path_buf(),
            message: m.to_string(),
        };
        let fst = |f: &str| Fst::new(map(&dir.join(f))?).map_err(|e| bad(&e.to_string()));
        let names = fst(NAMES_FILE)?;
        let lower = fst(LOWER_FILE)?;
        let postings = map(&dir.join(POSTINGS_FILE))?;
        let entities = map(&dir.join(ENTITIES_FILE))?;
        if entities.len() < HEADER_LEN || &entities[..4] != MAGIC {
            return Err(bad("entities.bin has no CGZ1 header"));
        }
        let count = u32_at(&entities, 4);
        let blob_off = u32_at(&entities, 8);
        let blob_len = u32_at(&entities, 12);
        if HEADER_LEN + count * RECORD_LEN != blob_off || blob_off + blob_len != entities.len() {
            return Err(bad("entities.bin sizes do not add up"));
        }
        // Every string is checked once here, so that `entity` slices without checking.
        let blob = &entities[blob_off..];
        let fits = |off: usize, len: usize| {
            off + len <= blob.len() && std::str::from_utf8(&blob[off..off + len]).is_ok()
        };
        let mut countries = HashMap::default();
        for i in 0..count {
            let r = &entities[HEADER_LEN + i * RECORD_LEN..HEADER_LEN + (i + 1) * RECORD_LEN];
            if !fits(u32_at(r, 0), u16_at(r, 8)) || !fits(u32_at(r, 4), u16_at(r, 10)) {
                return Err(bad("entities.bin has a string out of bounds or not UTF-8"));
            }
            if place_from(r[17]) == Some(PlaceKind::Country) && r[18] != 0 {
                countries.entry([r[18], r[19]]).or_insert(i as u32);
            }
        }
        let groups = std::fs::read_to_string(dir.join(GROUPS_FILE))
            .map(|t| t.lines().map(str::to_string).collect())
            .unwrap_or_default();
        // Optional: a gazetteer built without function words still works, less precisely.
        let mut stopwords: HashMap<String, HashSet<String>> = HashMap::default();
        if let Ok(text) = std::fs::read_to_string(dir.join(STOPWORDS_FILE)) {
            for (l, w) in text.lines().filter_map(|l| l.split_once('\t')) {
                stopwords
                    .entry(l.to_string())
                    .or_default()
                    .insert(w.to_string());
            }
        }
        let first_steps = |f: &Fst<Mmap>, lower: bool| {
            let root = f.root();
            let mut t: Box<[Option<State>; 256]> = Box::new([None; 256]);
            for tr in root.transitions() {
                t[tr.inp as usize] = Some(State {
                    addr: tr.addr,
                    out: tr.out,
                    lower,
                });
            }
            t
        };
        let second_steps = |f: &Fst<Mmap>, lower: bool| {
            let mut m = HashMap::default();
            for t1 in f.root().transitions() {
                for t2 in f.node(t1.addr).transitions() {
                    let key = u16::from_be_bytes([t1.inp, t2.inp]);
                    m.insert(
                        key,
                        State {
                            addr: t2.addr,
                            out: t1.out.cat(t2.out),
                            lower,
                        },
                    );
                }
            }
            m
        };
        let names_first = first_steps(&names, false);
        let lower_first = first_steps(&lower, true);
        let names_second = second_steps(&names, false);
        let lower_second = second_steps(&lower, true);
        Ok(Gazetteer {
            names,
            lower,
            names_first,
            lower_first,
            names_second,
            lower_second,
            postings,
            entities,
            count,
            blob_off,
            countries,
            groups,
            stopwords,
        })
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn key_count(&self) -> usize {
        self.names.len()
    }

    fn record(&self, i: u32) -> &[u8] {
        let o = HEADER_LEN + i as usize * RECORD_LEN;
        &self.entities[o..o + RECORD_LEN]
    }

    /// The entity at `index` (as found in postings). Panics on an index out of range,
    /// which only a corrupt posting could give.
    pub fn entity(&self, index: u32) -> EntityView<'_> {
        let r = self.record(index);
        let s = |off: usize, len: usize| {
            let b = &self.entities[self.blob_off + off..self.blob_off + off + len];
            // SAFETY: `open` checked every record's strings to be in bounds and UTF-8, and
            // the map is read-only.
            unsafe { std::str::from_utf8_unchecked(b) }
        };
        let code = |o: usize| (r[o] != 0).then(|| std::str::from_utf8(&r[o..o + 2]).unwrap_or(""));
        EntityView {
            id: s(u32_at(r, 0), u16_at(r, 8)),
            name: s(u32_at(r, 4), u16_at(r, 10)),
            population: u32_at(r, 12) as u32,
            etype: etype_from(r[16]),
            place: place_from(r[17]),
            country: code(18),
            capital_of: code(20),
        }
    }

    /// The Latin spellings of a person-name-part group (none when unknown).
    pub fn group_latin(&self, group: u32) -> impl Iterator<Item = &str> {
        self.groups
            .get(group as usize)
            .map_or("", String::as_str)
            .split(' ')
            .filter(|s| !s.is_empty())
    }

    /// Whether the folded word is a function word of `lang`.
    pub fn is_stopword(&self, lang: &str, folded: &str) -> bool {
        self.stopwords.get(lang).is_some_and(|s| s.contains(folded))
    }

    /// The country entity with this ISO alpha-2 code (lower case).
    pub fn country(&self, iso2: &str) -> Option<u32> {
        let b = iso2.as_bytes();
        (b.len() == 2)
            .then(|| self.countries.get(&[b[0], b[1]]).copied())
            .flatten()
    }

    /// The start of every key.
    pub fn root(&self) -> State {
        State {
            addr: self.names.root().addr(),
            out: Output::zero(),
            lower: false,
        }
    }

    /// The start of the keys that may be written in lower case (demonyms, roles,
    /// institutions): a much smaller automaton for the many lower-case words of a text.
    pub fn lower_root(&self) -> State {
        State {
            addr: self.lower.root().addr(),
            out: Output::zero(),
            lower: true,
        }
    }

    fn fst(&self, s: &State) -> &Fst<Mmap> {
        if s.lower {
            &self.lower
        } else {
            &self.names
        }
    }

    /// Reads `bytes` from `s`; `None` when no key continues that way.
    pub fn step(&self, s: State, bytes: &[u8]) -> Option<State> {
        self.walk(s, bytes).ok()
    }

    /// Reads `bytes` from `s`; on failure, how many bytes could be read.
    pub fn walk(&self, s: State, bytes: &[u8]) -> Result<State, usize> {
        let fst = self.fst(&s);
        let at_root = s.addr == fst.root().addr() && s.out == Output::zero();
        let (s, bytes, skipped) = match bytes {
            [a, b, ..] if at_root => {
                let table = if s.lower {
                    &self.lower_second
                } else {
                    &self.names_second
                };
                match table.get(&u16::from_be_bytes([*a, *b])) {
                    Some(&s2) => (s2, &bytes[2..], 2),
                    None => {
                        let first = if s.lower {
                            &self.lower_first
                        } else {
                            &self.names_first
                        };
                        return Err(usize::from(first[*a as usize].is_some()));
                    }
                }
            }
            [a] if at_root => {
                let table = if s.lower {
                    &self.lower_first
                } else {
                    &self.names_first
                };
                (table[*a as usize].ok_or(0usize)?, &bytes[1..], 1)
            }
            _ => (s, bytes, 0),
        };
        let mut node = fst.node(s.addr);
        let mut out = s.out;
        for (k, &b) in bytes.iter().enumerate() {
            let i = node.find_input(b).ok_or(k + skipped)?;
            let t = node.transition(i);
            out = out.cat(t.out);
            node = fst.node(t.addr);
        }
        Ok(State {
            addr: node.addr(),
            out,
            lower: s.lower,
        })
    }

    /// The postings of the key read so far, if it is a whole key.
    pub fn finals(&self, s: State) -> Option<&[u8]> {
        let node = self.fst(&s).node(s.addr);
        node.is_final()
            .then(|| self.postings_at(s.out.cat(node.final_output()).value()))
    }

    /// The postings of a whole key, or an empty list.
    pub fn get(&self, key: &str) -> Postings<'_> {
        Postings(
            self.step(self.root(), key.as_bytes())
                .and_then(|s| self.finals(s))
                .unwrap_or(&[]),
        )
    }

    fn postings_at(&self, word: u64) -> &[u8] {
        let o = word as usize * 4;
        if o + 4 > self.postings.len() {
            return &[];
        }
        let n = u32_at(&self.postings, o);
        let end = (o + 4 + n * 4).min(self.postings.len());
        &self.postings[o + 4..end]
    }
}

/// A key's postings, as stored (little-endian u32 words).
#[derive(Debug, Clone, Copy)]
pub struct Postings<'a>(pub &'a [u8]);

impl<'a> Postings<'a> {
    pub fn iter(self) -> impl Iterator<Item = (u32, PostingKind)> + 'a {
        self.0
            .chunks_exact(4)
            .map(|c| decode_posting(u32::from_le_bytes(c.try_into().unwrap())))
    }
    pub fn is_empty(self) -> bool {
        self.0.is_empty()
    }
}
