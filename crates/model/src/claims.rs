//! Quotes, numeric claims and time expressions found in an article, filled by `analyze`.
//!
//! Offsets follow the entity convention: Unicode code points into the article's `text`,
//! end exclusive.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

/// Who said something, linked to an entity when the entities stage found one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// The entity id (`Q...`, `person:...`, `org:...`), when the speaker is a linked entity.
    pub entity_id: Option<String>,
    /// The speaker's display name: the entity's name, else the words of the text ("a
    /// source", "the ministry").
    pub name: String,
    /// Where the text names the speaker next to the statement (the name, pronoun or words
    /// by the cue), in code points.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
}

/// A direct quote ("…") or reported speech introduced by a cue verb ("said that …").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted content, without the quotation marks.
    pub text: String,
    pub speaker: Option<Speaker>,
    /// The reporting verb or phrase ("disse", "ha dichiarato", "according to").
    pub cue: Option<String>,
    /// Where the cue is (code points); parts of one quote split around the reporting clause,
    /// or continued in the next sentence, share it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue_start: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue_end: Option<usize>,
    /// The relay that reported it (KCNA reported that Kim said …), kept apart from the speaker.
    pub via: Option<Speaker>,
    /// True for text inside quotation marks, false for indirect speech.
    pub direct: bool,
    /// True for a stance credited to the speaker ("Trump attacked Machado", "critics see it
    /// as …"): a position, not words of theirs. Story comparison leaves these out.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub stance: bool,
    /// Span of the content.
    pub start: usize,
    pub end: usize,
}

/// How a number is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// "more than", "mais de", "oltre", "свыше".
    MoreThan,
    /// "at least", "pelo menos", "almeno".
    AtLeast,
    /// "less than", "menos de", "meno di".
    LessThan,
    /// "up to", "at most", "até", "fino a".
    UpTo,
    /// "almost", "nearly", "quase", "quasi", "почти".
    Almost,
    /// "about", "around", "cerca de", "circa", "около", "约".
    About,
}

/// The human toll a number reports, whatever words and language say it ("13 injured",
/// "12 zostało rannych", "ещё 13 получили ранения", "14人受伤"): the counts that outlets most
/// often report differently, compared across languages by this and not by their words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Casualty {
    /// Killed or dead.
    Killed,
    /// Injured or wounded.
    Injured,
    /// Missing.
    Missing,
}

/// A number in a sentence, with what it counts and who asserts it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// The sentence holding the number.
    pub text: String,
    /// The value (the lower bound of a range or of a vague quantity such as "thousands").
    pub value: f64,
    /// The upper bound of a range ("10-12", "thousands" = 1000..1e6 exclusive), else none.
    pub value_max: Option<f64>,
    pub qualifier: Option<Qualifier>,
    /// `percent`, `pp` (percentage points), an ISO 4217 currency code (`USD`), or a unit of
    /// measure (`km`, `t`, `°C`).
    pub unit: Option<String>,
    /// What is counted, as written ("engenheiros e trabalhadores militares").
    pub counted: Option<String>,
    /// The human toll the number counts, when the words around it say so (the counted
    /// phrase or a predicate: "13 injured", "14 дістали поранення").
    #[serde(default)]
    pub casualty: Option<Casualty>,
    /// Entities mentioned in the sentence.
    #[serde(default)]
    pub subject_entities: Vec<String>,
    /// Who asserts the number when the sentence or its context says so.
    pub attributed_to: Option<Speaker>,
    /// Span of the sentence.
    pub start: usize,
    pub end: usize,
    /// The number expression itself as written ("mais de 10 milhões") and its span.
    pub number: TextSpan,
}

/// A piece of the text and where it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSpan {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// The precision of a resolved time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    Hour,
    Day,
    Week,
    Month,
    Season,
    Year,
}

/// A date or time expression, resolved to an interval when a reference time is known.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeMention {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Start of the interval (inclusive), in the publication time's UTC offset; none when
    /// the expression is relative and the article has no publication time.
    pub resolved_start: Option<DateTime<FixedOffset>>,
    /// End of the interval (exclusive).
    pub resolved_end: Option<DateTime<FixedOffset>>,
    pub granularity: Granularity,
    /// The ISO weekday (1 = Monday … 7 = Sunday) the expression names ("no sábado" = 6),
    /// resolved or not: an undated article's weekdays can still be set against a story's
    /// dates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weekday: Option<u8>,
}
