//! Claims for a whole article: runs quotes, numbers and times over its text and turns byte
//! offsets into the record's code-point offsets, with speakers and subjects linked to the
//! entities the entities stage found.

use crate::quotes::{find_quotes, Name, SpeakerRef};
use concord_model::{Article, Entity, EntityType, Quote, Speaker};

/// Byte offset to code-point offset, for one text (offsets asked in any order).
pub(crate) struct CharIndex {
    /// Byte offset of every char start, plus the text length.
    starts: Vec<usize>,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let mut starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        starts.push(text.len());
        Self { starts }
    }

    pub fn char_of(&self, byte: usize) -> usize {
        self.starts.partition_point(|&b| b < byte)
    }

    pub fn byte_of(&self, ch: usize) -> usize {
        self.starts[ch.min(self.starts.len() - 1)]
    }
}

/// The body-text mentions of an article's entities as byte-offset names.
pub(crate) fn names(entities: &[Entity], idx: &CharIndex) -> Vec<Name> {
    let mut out: Vec<Name> = entities
        .iter()
        .enumerate()
        .flat_map(|(k, e)| {
            e.mentions
                .iter()
                .filter(|m| !m.in_title)
                .map(move |m| Name {
                    start: idx.byte_of(m.start),
                    end: idx.byte_of(m.end),
                    entity: k,
                    person: e.etype == EntityType::Person,
                })
        })
        .collect();
    out.sort_by_key(|n| n.start);
    out
}

fn speaker(text: &str, idx: &CharIndex, entities: &[Entity], r: SpeakerRef) -> Speaker {
    let e = r.entity.and_then(|k| entities.get(k));
    Speaker {
        entity_id: e.map(|e| e.id.clone()),
        name: e.map_or_else(|| text[r.start..r.end].to_string(), |e| e.name.clone()),
        start: Some(idx.char_of(r.start)),
        end: Some(idx.char_of(r.end)),
    }
}

/// The quotes of a text with the article's entities as speakers.
pub fn quotes(text: &str, lang: &str, entities: &[Entity]) -> Vec<Quote> {
    let idx = CharIndex::new(text);
    let names = names(entities, &idx);
    find_quotes(text, lang, &names)
        .into_iter()
        .map(|q| Quote {
            text: text[q.start..q.end].to_string(),
            speaker: q.speaker.map(|r| speaker(text, &idx, entities, r)),
            cue: q.cue.map(|(a, b)| text[a..b].to_string()),
            via: q.via.map(|r| speaker(text, &idx, entities, r)),
            direct: q.direct,
            start: idx.char_of(q.start),
            end: idx.char_of(q.end),
        })
        .collect()
}

/// Fills an article's quotes, claims and times (its entities must be filled first).
pub fn add_claims(a: &mut Article) {
    let lang = a.lang.as_deref().unwrap_or("");
    a.quotes = quotes(&a.text, lang, &a.entities);
}
