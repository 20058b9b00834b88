//! Reading a compiled gazetteer in place from memory maps.

use super::format::*;
use super::records::{EntityType, PlaceKind};
use crate::EntityError;
use fst::raw::{CompiledAddr, Fst, Output};
use memmap2::Mmap;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A compiled gazetteer, opened read-only.
pub struct Gazetteer {
    names: Fst<Mmap>,
    postings: Mmap,
    entities: Mmap,
    count: usize,
    blob_off: usize,
    /// ISO alpha-2 -> index of the country entity.
    countries: HashMap<[u8; 2], u32>,
    /// Canonical Latin spelling of each person-name-part group.
    groups: Vec<String>,
    /// Function words per language (folded).
    stopwords: HashMap<String, std::collections::HashSet<String>>,
    dir: PathBuf,
}

/// One entity as stored.
#[derive(Debug, Clone, Copy)]
pub struct EntityView<'a> {
    pub index: u32,
    pub id: &'a str,
    pub name: &'a str,
    pub etype: EntityType,
    pub place: Option<PlaceKind>,
    pub country: Option<&'a str>,
    pub population: u32,
    pub capital_of: Option<&'a str>,
}

/// A position in the name automaton while a key is being read.
#[derive(Debug, Clone, Copy)]
pub struct State {
    addr: CompiledAddr,
    out: Output,
}

fn map(path: &Path) -> Result<Mmap, EntityError> {
    let f = std::fs::File::open(path).map_err(|e| EntityError::io(path, e))?;
    // SAFETY: the gazetteer files are written once by the set-up step and only read
    // afterwards; a concurrent rewrite is outside what concord supports.
    unsafe { Mmap::map(&f) }.map_err(|e| EntityError::io(path, e))
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
        let names = Fst::new(map(&dir.join(NAMES_FILE))?).map_err(|e| bad(&e.to_string()))?;
        let postings = map(&dir.join(POSTINGS_FILE))?;
        let entities = map(&dir.join(ENTITIES_FILE))?;
        if entities.len() < HEADER_LEN || &entities[..4] != MAGIC {
            return Err(bad("entities.bin has no CGZ1 header"));
        }
        let word = |o: usize| u32::from_le_bytes(entities[o..o + 4].try_into().unwrap()) as usize;
        let count = word(4);
        let blob_off = word(8);
        let blob_len = word(12);
        if HEADER_LEN + count * RECORD_LEN != blob_off || blob_off + blob_len != entities.len() {
            return Err(bad("entities.bin sizes do not add up"));
        }
        let mut g = Gazetteer {
            names,
            postings,
            entities,
            count,
            blob_off,
            countries: HashMap::new(),
            stopwords: HashMap::new(),
            groups: Vec::new(),
            dir: dir.to_path_buf(),
        };
        if let Ok(text) = std::fs::read_to_string(dir.join(GROUPS_FILE)) {
            g.groups = text.lines().map(str::to_string).collect();
        }
        // Optional: a gazetteer built without function words still works, less precisely.
        if let Ok(text) = std::fs::read_to_string(dir.join(STOPWORDS_FILE)) {
            for line in text.lines() {
                if let Some((l, w)) = line.split_once('\t') {
                    g.stopwords
                        .entry(l.to_string())
                        .or_default()
                        .insert(w.to_string());
                }
            }
        }
        for i in 0..count as u32 {
            let r = g.record(i);
            if place_from(r[17]) == Some(PlaceKind::Country) && r[18] != 0 {
                g.countries.entry([r[18], r[19]]).or_insert(i);
            }
        }
        Ok(g)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
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
        let u32_at = |o: usize| u32::from_le_bytes(r[o..o + 4].try_into().unwrap()) as usize;
        let u16_at = |o: usize| u16::from_le_bytes(r[o..o + 2].try_into().unwrap()) as usize;
        let s = |off: usize, len: usize| {
            let b = &self.entities[self.blob_off + off..self.blob_off + off + len];
            std::str::from_utf8(b).unwrap_or("")
        };
        let code = |o: usize| (r[o] != 0).then(|| std::str::from_utf8(&r[o..o + 2]).unwrap_or(""));
        EntityView {
            index,
            id: s(u32_at(0), u16_at(8)),
            name: s(u32_at(4), u16_at(10)),
            population: u32_at(12) as u32,
            etype: etype_from(r[16]),
            place: place_from(r[17]),
            country: code(18),
            capital_of: code(20),
        }
    }

    /// The canonical Latin spelling of a person-name-part group ("" when unknown).
    pub fn group_canonical(&self, group: u32) -> &str {
        self.groups.get(group as usize).map_or("", String::as_str)
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

    pub fn root(&self) -> State {
        State {
            addr: self.names.root().addr(),
            out: Output::zero(),
        }
    }

    /// Reads `bytes` from `s`; `None` when no key continues that way.
    pub fn step(&self, s: State, bytes: &[u8]) -> Option<State> {
        let mut node = self.names.node(s.addr);
        let mut out = s.out;
        for &b in bytes {
            let i = node.find_input(b)?;
            let t = node.transition(i);
            out = out.cat(t.out);
            node = self.names.node(t.addr);
        }
        Some(State {
            addr: node.addr(),
            out,
        })
    }

    /// The postings of the key read so far, if it is a whole key.
    pub fn finals(&self, s: State) -> Option<&[u8]> {
        let node = self.names.node(s.addr);
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
        let n = u32::from_le_bytes(self.postings[o..o + 4].try_into().unwrap()) as usize;
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

impl State {
    /// Both states denote the same place in the automaton.
    pub fn same(&self, o: &State) -> bool {
        self.addr == o.addr && self.out == o.out
    }
}
