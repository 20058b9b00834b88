//! Quotes and reported speech with their speakers: direct quotes between quotation marks,
//! indirect speech introduced by a speech verb and a complementiser ("Kim disse que …"),
//! statements credited by a source phrase ("according to KCNA, …"), and relays (Kim said
//! it, KCNA reported it).
//!
//! Speakers are chosen among the names the entities stage found (passed in as [`Name`]s),
//! with pronouns resolved to the last person named before; a speaker no stage named ("a
//! source", "officials") is kept as the words next to the cue.

mod attribution;
mod cues;
mod layout;
mod marks;
mod sentences;
mod sources;
mod speakers;
mod stance;
mod subjects;

pub use attribution::{find_attributions, find_quotes, SentenceSource};
pub use marks::{find_quoted, Quoted};

/// Byte ranges of the sentences of a text (quotations kept whole).
pub fn sentence_spans(text: &str) -> Vec<(usize, usize)> {
    sentences::sentences(text, &find_quoted(text, ""))
}

/// A name the entities stage found: byte span, the index of its entity in the caller's
/// list, and whether that entity is a person (pronouns resolve to people only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Name {
    pub start: usize,
    pub end: usize,
    pub entity: usize,
    pub person: bool,
    /// An organisation: descriptions such as "the agency" resolve to these.
    pub org: bool,
}

/// Who a quote is from: the words naming them (byte span) and their entity when known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpeakerRef {
    pub start: usize,
    pub end: usize,
    pub entity: Option<usize>,
}

/// A quote found in a text; byte offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteFound {
    /// The content (without quotation marks).
    pub start: usize,
    pub end: usize,
    pub direct: bool,
    /// The speech verb or source phrase.
    pub cue: Option<(usize, usize)>,
    pub speaker: Option<SpeakerRef>,
    /// The relay that reported the statement (a news agency, "state media").
    pub via: Option<SpeakerRef>,
    /// A stance credited to the speaker ("Trump attacked Machado"), not words of theirs.
    pub stance: bool,
}
