//! The comparable facts of an article: its quotes, its numbers and its dated events, each
//! with the sentence it comes from (code-point offsets into the article's text).

use concord_model::{Article, Granularity};

#[derive(Debug, Clone, PartialEq)]
pub enum FactKind {
    /// A quote or reported statement; `speaker` is the entity id when known, else the
    /// speaker's words.
    Quote {
        speaker: Option<String>,
        direct: bool,
    },
    /// A number with its unit and what it counts.
    Number {
        value: f64,
        value_max: Option<f64>,
        unit: Option<String>,
        counted: Option<String>,
        source: Option<String>,
    },
    /// An event time: an interval of day granularity or finer (start, end as RFC 3339).
    Time { start: String, end: String },
    /// Any other sentence that names an entity: what happened, as the article says it.
    Statement,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    /// Index of the article in the story.
    pub article: usize,
    pub kind: FactKind,
    /// What is compared across languages: the quote's words, the counted phrase, or the
    /// sentence of a time.
    pub text: String,
    /// The sentence (or quote) as written, and where it is.
    pub sentence: String,
    pub start: usize,
    pub end: usize,
}

/// The sentence of the text around a code-point span: from the last sentence end before it
/// to the next one after it.
pub fn sentence_around(text: &str, start: usize, end: usize) -> (String, usize, usize) {
    let chars: Vec<char> = text.chars().collect();
    let is_end = |c: char| matches!(c, '.' | '!' | '?' | '。' | '！' | '？' | '\n');
    let mut a = start.min(chars.len());
    while a > 0 && !is_end(chars[a - 1]) {
        a -= 1;
    }
    while a < chars.len() && chars[a].is_whitespace() {
        a += 1;
    }
    let mut b = end.min(chars.len()).max(a);
    while b < chars.len() && !is_end(chars[b]) {
        b += 1;
    }
    if b < chars.len() && chars[b] != '\n' {
        b += 1;
    }
    (chars[a..b].iter().collect(), a, b)
}

/// The facts of one article.
pub fn facts(index: usize, a: &Article) -> Vec<Fact> {
    let mut out = Vec::new();
    // A quotation inside a reported clause of the same article is one statement: the
    // quotation stands for it (its words are the ones other sources render).
    let nested = |q: &concord_model::Quote| {
        a.quotes
            .iter()
            .any(|o| o.direct && !std::ptr::eq(o, q) && q.start <= o.start && o.end <= q.end)
    };
    for q in a.quotes.iter().filter(|q| !nested(q)) {
        // Parts of one statement share a cue: the first part stands for it.
        let speaker = q
            .speaker
            .as_ref()
            .map(|s| s.entity_id.clone().unwrap_or_else(|| s.name.to_lowercase()));
        out.push(Fact {
            article: index,
            kind: FactKind::Quote {
                speaker,
                direct: q.direct,
            },
            text: q.text.clone(),
            sentence: q.text.clone(),
            start: q.start,
            end: q.end,
        });
    }
    // Small bare counts ("the two countries") are not facts worth lining up.
    for c in a
        .claims
        .iter()
        .filter(|c| c.value >= 10.0 || c.unit.is_some())
    {
        out.push(Fact {
            article: index,
            kind: FactKind::Number {
                value: c.value,
                value_max: c.value_max,
                unit: c.unit.clone(),
                counted: c.counted.clone(),
                source: c.attributed_to.as_ref().map(|s| s.name.clone()),
            },
            text: c.counted.clone().unwrap_or_else(|| c.text.clone()),
            sentence: c.text.clone(),
            start: c.start,
            end: c.end,
        });
    }
    for t in &a.times {
        let (Some(s), Some(e)) = (t.resolved_start, t.resolved_end) else {
            continue;
        };
        if !matches!(t.granularity, Granularity::Day | Granularity::Hour) {
            continue;
        }
        let (sentence, a0, b0) = sentence_around(&a.text, t.start, t.end);
        out.push(Fact {
            article: index,
            kind: FactKind::Time {
                start: s.to_rfc3339(),
                end: e.to_rfc3339(),
            },
            text: sentence.clone(),
            sentence,
            start: a0,
            end: b0,
        });
    }
    out.extend(statements(index, a, &out));
    out
}

/// Sentences of the text that name an entity and hold no quote, number or time fact
/// already: the rest of what the article reports.
fn statements(index: usize, a: &Article, taken: &[Fact]) -> Vec<Fact> {
    let chars: Vec<char> = a.text.chars().collect();
    let mentions: Vec<(usize, usize)> = a
        .entities
        .iter()
        .flat_map(|e| {
            e.mentions
                .iter()
                .filter(|m| !m.in_title)
                .map(|m| (m.start, m.end))
        })
        .collect();
    let mut out = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        let (sentence, s, e) = sentence_around(&a.text, start, start);
        let next = e.max(start + 1);
        let words = sentence.split_whitespace().count();
        let long_enough = words >= 6 || sentence.chars().count() >= 20 && words <= 2;
        let named = mentions.iter().any(|&(m0, m1)| s <= m0 && m1 <= e);
        let free = !taken.iter().any(|f| f.start < e && s < f.end);
        // Questions (sub-headings such as "What was said?") report nothing.
        let question = sentence.trim_end().ends_with(['?', '？']);
        if long_enough && named && free && !question {
            out.push(Fact {
                article: index,
                kind: FactKind::Statement,
                text: sentence.trim().to_string(),
                sentence: sentence.trim().to_string(),
                start: s,
                end: e,
            });
        }
        start = next;
    }
    out
}
