//! Claims for a whole article: runs quotes, numbers and times over its text and turns byte
//! offsets into the record's code-point offsets, with speakers and subjects linked to the
//! entities the entities stage found.

use crate::numbers::find_numbers;
use crate::quotes::{find_attributions, find_quotes, Name, QuoteFound, SentenceSource, SpeakerRef};
use crate::times::find_times;
use chrono::{DateTime, FixedOffset};
use concord_model::{Article, Claim, Entity, EntityType, Quote, Speaker, TextSpan, TimeMention};

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
                    org: e.etype == EntityType::Organisation,
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

/// Whether a found speaker has words in it: the clause before a cue can hold only the
/// punctuation after a quote ("”، قالت", "” – powiedział"). Such a speaker still carries a
/// quote over to the next paragraph inside the stage, but is not reported.
fn has_words(text: &str, r: &SpeakerRef) -> bool {
    r.entity.is_some() || text[r.start..r.end].chars().any(char::is_alphanumeric)
}

fn to_quote(text: &str, idx: &CharIndex, entities: &[Entity], q: QuoteFound) -> Quote {
    Quote {
        text: text[q.start..q.end].to_string(),
        speaker: q
            .speaker
            .filter(|r| has_words(text, r))
            .map(|r| speaker(text, idx, entities, r)),
        cue: q.cue.map(|(a, b)| text[a..b].to_string()),
        cue_start: q.cue.map(|(a, _)| idx.char_of(a)),
        cue_end: q.cue.map(|(_, b)| idx.char_of(b)),
        via: q.via.map(|r| speaker(text, idx, entities, r)),
        direct: q.direct,
        stance: q.stance,
        start: idx.char_of(q.start),
        end: idx.char_of(q.end),
    }
}

/// The quotes of a text with the article's entities as speakers.
pub fn quotes(text: &str, lang: &str, entities: &[Entity]) -> Vec<Quote> {
    let idx = CharIndex::new(text);
    let names = names(entities, &idx);
    find_quotes(text, lang, &names)
        .into_iter()
        .map(|q| to_quote(text, &idx, entities, q))
        .collect()
}

/// Fills an article's quotes, claims and times (its entities must be filled first).
/// Relative times are resolved against the publication time, else against `now` when
/// given (the time the caller says the article was read), else left unresolved.
pub fn add_claims(a: &mut Article, now: Option<DateTime<FixedOffset>>) {
    let lang = a.lang.as_deref().unwrap_or("");
    let found = analyze_text(&a.text, lang, a.published.or(now), &a.entities);
    (a.quotes, a.claims, a.times) = (found.quotes, found.claims, found.times);
}

/// The claims stage's output for one text.
pub struct Found {
    pub quotes: Vec<Quote>,
    pub claims: Vec<Claim>,
    pub times: Vec<TimeMention>,
}

/// Quotes, numbers and times of a text whose entities are known, with relative times
/// resolved against `reference`.
pub fn analyze_text(
    text: &str,
    lang: &str,
    reference: Option<DateTime<FixedOffset>>,
    entities: &[Entity],
) -> Found {
    let idx = CharIndex::new(text);
    let names = names(entities, &idx);
    let (found, bare) = find_attributions(text, lang, &names);
    let claims = numbers_claims(text, lang, entities, &names, (&found, &bare), &idx);
    let times = find_times(text, lang, reference)
        .into_iter()
        .map(|t| TimeMention {
            text: text[t.start..t.end].to_string(),
            start: idx.char_of(t.start),
            end: idx.char_of(t.end),
            resolved_start: t.resolved_start,
            resolved_end: t.resolved_end,
            granularity: t.granularity,
            weekday: t.weekday,
        })
        .collect();
    let quotes = found
        .into_iter()
        .map(|q| to_quote(text, &idx, entities, q))
        .collect();
    Found {
        quotes,
        claims,
        times,
    }
}

/// Who a sentence says its facts come from: the speaker (or relay) of a statement cued
/// in it, else an organisation opening it as the subject ("Pemex reportó …", "Météo-France a
/// placé …").
fn sentence_source(
    text: &str,
    (s, e): (usize, usize),
    // Where the number stands: a sentence credited without a statement is the source of
    // the numbers after its verb only (none for the sentence before the number's).
    at: Option<usize>,
    (quotes, bare): Attributions,
    names: &[Name],
) -> Option<SpeakerRef> {
    // A stance ("Lopez attacked the plan") vouches for no number.
    quotes
        .iter()
        .filter(|q| !q.stance && q.cue.is_some_and(|c| s <= c.0 && c.1 <= e))
        .find_map(|q| q.speaker.or(q.via))
        .or_else(|| {
            bare.iter()
                .find(|&&(a, b, _)| s <= a && b <= e && at.is_some_and(|at| a <= at && at < b))
                .map(|&(_, _, sp)| sp)
        })
        .or_else(|| {
            let mut n = names.iter().find(|n| n.start >= s && n.end <= e)?;
            // "Ukraine’s State Emergency Service put …": the organisation after a country's
            // possessive is the subject.
            if let Some(rest) = ["’s ", "'s "]
                .iter()
                .find_map(|p| text[n.end..e].strip_prefix(p))
            {
                let at = e - rest.len();
                if let Some(org) = names.iter().find(|m| m.org && m.start == at && m.end <= e) {
                    n = org;
                }
            }
            let opens = text[s..n.start].split_whitespace().count() <= 1;
            // A lower-case word follows (the verb); Han, kana and Hangul have no case, and an
            // organisation opening such a sentence is its subject ("美国地质调查局测定的…").
            let verb_next = text[n.end..e]
                .split_whitespace()
                .next()
                .and_then(|w| w.chars().next())
                .is_some_and(|c| c.is_lowercase() || is_cjk(c));
            (n.org && opens && verb_next).then_some(SpeakerRef {
                start: n.start,
                end: n.end,
                entity: Some(n.entity),
            })
        })
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}')
}

/// The quotes of a text, and its sentences credited by a speaker without a quote.
type Attributions<'q> = (&'q [QuoteFound], &'q [SentenceSource]);

/// Numbers as claims: the sentence, what is counted, the entities of the sentence, and who
/// asserts it (the speaker of the quote or reported clause holding it).
fn numbers_claims(
    text: &str,
    lang: &str,
    entities: &[Entity],
    names: &[Name],
    (quotes, bare): Attributions,
    idx: &CharIndex,
) -> Vec<Claim> {
    let numbers = find_numbers(text, lang);
    if numbers.is_empty() {
        return Vec::new();
    }
    let sentences = crate::quotes::sentence_spans(text);
    numbers
        .into_iter()
        .map(|n| {
            let k = sentences
                .iter()
                .position(|&(s, e)| s <= n.start && n.end <= e);
            let (s, e) = k.map_or((n.start, n.end), |k| sentences[k]);
            let mut subjects: Vec<String> = names
                .iter()
                .filter(|m| m.start >= s && m.end <= e)
                .map(|m| entities[m.entity].id.clone())
                .collect();
            subjects.dedup();
            // The statement holding the number, else the sentence's source, else the
            // previous sentence's ("O NIS disse … . Cerca de 15 mil soldados …").
            let by = quotes
                .iter()
                .filter(|q| !q.stance && q.start <= n.start && n.end <= q.end)
                .min_by_key(|q| q.end - q.start)
                .and_then(|q| q.speaker.or(q.via))
                .or_else(|| {
                    k.and_then(|k| {
                        sentence_source(text, sentences[k], Some(n.start), (quotes, bare), names)
                    })
                })
                .or_else(|| {
                    k.filter(|&k| k > 0)
                        .filter(|&k| !text[sentences[k - 1].1..sentences[k].0].contains("\n\n"))
                        .and_then(|k| {
                            sentence_source(text, sentences[k - 1], None, (quotes, bare), names)
                        })
                });
            let casualty = crate::numbers::casualty(text, &n);
            Claim {
                text: text[s..e].to_string(),
                value: n.value,
                value_max: n.value_max,
                qualifier: n.qualifier,
                unit: n.unit,
                counted: n.counted.map(|(a, b)| text[a..b].to_string()),
                casualty,
                subject_entities: subjects,
                attributed_to: by
                    .filter(|r| has_words(text, r))
                    .map(|r| speaker(text, idx, entities, r)),
                start: idx.char_of(s),
                end: idx.char_of(e),
                number: TextSpan {
                    text: text[n.start..n.end].to_string(),
                    start: idx.char_of(n.start),
                    end: idx.char_of(n.end),
                },
            }
        })
        .collect()
}
