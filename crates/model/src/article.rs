use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

/// One news article as concord describes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Kept from the input when it has one, else derived from the URL, else from the text.
    pub id: String,
    pub url: Option<String>,
    /// The site the article comes from: the URL's host without `www.`, or the input's `source`.
    pub source: Option<String>,
    /// The outlet's own name when the markup gives one (`og:site_name`, JSON-LD publisher).
    #[serde(default)]
    pub site_name: Option<String>,
    /// ISO 639-1 code when the language has one, else ISO 639-3.
    pub lang: Option<String>,
    /// Confidence of `lang` in [0, 1]; 1.0 when the input declared the language.
    #[serde(default)]
    pub lang_confidence: f64,
    pub title: Option<String>,
    #[serde(default)]
    pub authors: Vec<String>,
    pub published: Option<DateTime<FixedOffset>>,
    /// Where `published` was found.
    pub published_from: Option<PublishedFrom>,
    /// The clean body: paragraphs separated by one blank line.
    pub text: String,
    /// News agencies credited in the article (e.g. `AFP`, `AGI`), in order of appearance.
    #[serde(default)]
    pub agencies: Vec<String>,
    /// Every line or segment dropped from the text, with the reason.
    #[serde(default)]
    pub removed: Vec<Removal>,
    /// Every repair made to the text.
    #[serde(default)]
    pub repairs: Vec<Repair>,
    /// The id of the first copy of this article seen in the same run, for exact and near duplicates.
    #[serde(default)]
    pub duplicate_of: Option<String>,
    /// People, organisations and places mentioned, filled by `analyze`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entities: Vec<crate::Entity>,
    /// Direct quotes and reported speech with their speakers, filled by `analyze`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<crate::Quote>,
    /// Numbers with what they count and who asserts them, filled by `analyze`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub claims: Vec<crate::Claim>,
    /// Dates and times, resolved against the publication time, filled by `analyze`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub times: Vec<crate::TimeMention>,
    /// The story the article reports, filled by `cluster`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub story: Option<StoryRef>,
    /// Where the article was read from.
    pub input: InputRef,
}

/// The story an article was put into.
impl Article {
    /// The outlet that published it: its site name, else its source, else its file's name.
    pub fn outlet(&self) -> String {
        self.site_name
            .clone()
            .or_else(|| self.source.clone())
            .unwrap_or_else(|| {
                self.input
                    .path
                    .rsplit('/')
                    .next()
                    .unwrap_or("?")
                    .to_string()
            })
    }

    /// The source it counts for: the news agency it credits, else its outlet.
    pub fn credited_source(&self) -> String {
        self.agencies
            .first()
            .cloned()
            .unwrap_or_else(|| self.outlet())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoryRef {
    /// Stable story id (`story-` and 12 hex digits).
    pub id: String,
    /// The probability that the article reports this story (1.0 for a story's first article).
    pub score: f32,
}

/// Where `published` came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PublishedFrom {
    /// The input record's own field (JSON `published`, text front matter).
    Input,
    /// HTML metadata: meta tags, JSON-LD, `<time>`.
    Meta,
    /// The feed item's date.
    Feed,
    /// The WARC record's date (the time of capture, an upper bound).
    Warc,
    /// A date or relative time in the text ("7 godzin temu"), resolved against `--now`.
    Text,
}

/// The file (and record within it) an article was read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputRef {
    /// Path of the file, or `-` for standard input.
    pub path: String,
    pub format: InputFormat,
    /// Index of the record inside a multi-record input (JSON lines, feeds, WARC), from 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum InputFormat {
    Text,
    Html,
    Json,
    Rss,
    Atom,
    Warc,
}

impl InputFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            InputFormat::Text => "text",
            InputFormat::Html => "html",
            InputFormat::Json => "json",
            InputFormat::Rss => "rss",
            InputFormat::Atom => "atom",
            InputFormat::Warc => "warc",
        }
    }
}

/// A line or segment removed from the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Removal {
    pub text: String,
    pub reason: RemovalReason,
    /// The language detected for the removed text, when that was the reason or is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RemovalReason {
    /// Aggregator or site interface: a site name with a relative time, "go to the original",
    /// share/follow/subscribe prompts, bare URLs, copyright lines.
    Chrome,
    /// A short line in another language than the body (typically an aggregator's interface).
    OtherLanguage,
    /// "Edited by:" stubs and notes that the article was edited or written with AI.
    EditNote,
    /// A news-agency credit such as "(AGI/AFP)"; the agencies go to `agencies`.
    AgencyCredit,
    /// A line repeated across many articles of the same source in one run.
    RepeatedBoilerplate,
    /// The title repeated as the first line of the body.
    TitleRepeat,
}

/// A repair made to the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Repair {
    pub from: String,
    pub to: String,
    pub reason: RepairReason,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RepairReason {
    /// "norte -coreana" -> "norte-coreana": a machine-translation space before a compound's hyphen.
    SpacedHyphen,
    /// "Kim Jong Un Jong U" -> "Kim Jong Un": a name whose fragment is repeated.
    RepeatedNameFragment,
    /// "Coréia do Norte's" -> "Coréia do Norte": an English possessive left on a translated name.
    EnglishPossessive,
}
