//! The on-disk layout of a compiled gazetteer, shared by the builder and the reader.
//!
//! Three files in `<data>/gazetteer/`:
//! - `names.fst`: folded key -> offset (in u32 words) into `postings.bin`;
//! - `lower.fst`: the subset of keys that may start in lower case (demonyms, roles,
//!   institutions), so the many lower-case words of a text are looked up in a small index;
//! - `postings.bin`: for each key, a count then that many entries `index << 3 | kind`;
//! - `entities.bin`: header, fixed-size entity records, then a blob of UTF-8 strings;
//! - `stopwords.tsv`: function words per language.
//!
//! Hand-written because it is a few fixed-size little-endian records read in place from a
//! memory map: a serialisation crate would add a decode step at load time, which is what
//! this layout avoids (the whole gazetteer opens in microseconds).

use crate::gazetteer::records::{EntityType, PlaceKind};

pub const MAGIC: &[u8; 4] = b"CGZ1";
pub const HEADER_LEN: usize = 16;
pub const RECORD_LEN: usize = 24;

pub const NAMES_FILE: &str = "names.fst";
/// The keys that may be written in lower case in running text (demonyms, roles,
/// institution designations), with the same outputs as in `names.fst`.
pub const LOWER_FILE: &str = "lower.fst";
pub const POSTINGS_FILE: &str = "postings.bin";
pub const ENTITIES_FILE: &str = "entities.bin";
pub const MANIFEST_FILE: &str = "manifest.json";
/// `lang<TAB>folded word` per line.
pub const STOPWORDS_FILE: &str = "stopwords.tsv";
/// One line per person-name-part group: its Latin spellings, space-separated.
pub const GROUPS_FILE: &str = "groups.txt";

/// What a posting says about its key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PostingKind {
    Name = 0,
    Acronym = 1,
    Demonym = 2,
    Short = 3,
    /// The key is one spelling of a person-name part; the index is the part group.
    NamePart = 4,
    /// The key is a pair of name-part groups (`\x01first\x01last`); the index is a person.
    PersonParts = 5,
}

impl PostingKind {
    pub fn from_bits(b: u32) -> Option<Self> {
        Some(match b & 7 {
            0 => Self::Name,
            1 => Self::Acronym,
            2 => Self::Demonym,
            3 => Self::Short,
            4 => Self::NamePart,
            5 => Self::PersonParts,
            _ => return None,
        })
    }
}

pub fn encode_posting(index: u32, kind: PostingKind) -> u32 {
    (index << 3) | kind as u32
}

pub fn decode_posting(p: u32) -> (u32, PostingKind) {
    (
        p >> 3,
        PostingKind::from_bits(p).unwrap_or(PostingKind::Name),
    )
}

pub fn etype_code(t: EntityType) -> u8 {
    match t {
        EntityType::Person => 0,
        EntityType::Organisation => 1,
        EntityType::Place => 2,
        EntityType::Other => 3,
    }
}

pub fn etype_from(c: u8) -> EntityType {
    match c {
        0 => EntityType::Person,
        1 => EntityType::Organisation,
        2 => EntityType::Place,
        _ => EntityType::Other,
    }
}

pub fn place_code(p: Option<PlaceKind>) -> u8 {
    match p {
        None => 0,
        Some(PlaceKind::Country) => 1,
        Some(PlaceKind::Subdivision) => 2,
        Some(PlaceKind::City) => 3,
        Some(PlaceKind::Region) => 4,
    }
}

pub fn place_from(c: u8) -> Option<PlaceKind> {
    match c {
        1 => Some(PlaceKind::Country),
        2 => Some(PlaceKind::Subdivision),
        3 => Some(PlaceKind::City),
        4 => Some(PlaceKind::Region),
        _ => None,
    }
}

/// A two-letter lower-case code in two bytes; `[0, 0]` for none.
pub fn code2(c: Option<&str>) -> [u8; 2] {
    match c.map(str::as_bytes) {
        Some([a, b]) => [*a, *b],
        _ => [0, 0],
    }
}
