//! The dossier of one story: its articles and sources, the entities it involves, and its
//! facts lined up across sources: agreed (two or more independent sources), single-source
//! (say which), conflicting (the same counted thing with different values, the same event
//! at different times, one statement quoted with opposite polarity). Every line links to the sentence of each article it comes from.

use crate::align::align;
use crate::facts::{facts, Fact, FactKind};
use crate::meaning::Meaning;
use crate::pairing::FactSimilarity;
use crate::sources::source_groups;
use concord_model::Article;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LineKind {
    Quote,
    Number,
    Time,
    Statement,
}

/// One article's statement of a fact.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Witness {
    pub article: String,
    pub lang: Option<String>,
    /// The outlet (or, for agency copy, the agency).
    pub source: String,
    /// The sentence (or quote) and where it is in the article's text (code points).
    pub text: String,
    pub start: usize,
    pub end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_max: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counted: Option<String>,
    /// The toll a number counts (killed, injured, missing).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub casualty: Option<concord_model::Casualty>,
    /// Who the article says stated it (quotes: the speaker; numbers: their source).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub said_by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval: Option<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Line {
    pub kind: LineKind,
    /// Independent sources stating it.
    pub sources: Vec<String>,
    pub witnesses: Vec<Witness>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineEntry {
    pub id: String,
    pub lang: Option<String>,
    pub source: String,
    pub title: Option<String>,
    pub published: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityCount {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub etype: String,
    pub articles: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dossier {
    pub story: String,
    pub title: Option<String>,
    pub languages: BTreeMap<String, usize>,
    /// Independent sources (syndicated copies and agency copy counted once).
    pub sources: Vec<String>,
    pub agencies: Vec<String>,
    pub first: Option<String>,
    pub last: Option<String>,
    pub timeline: Vec<TimelineEntry>,
    pub entities: Vec<EntityCount>,
    pub agreed: Vec<Line>,
    pub single_source: Vec<Line>,
    pub conflicting: Vec<Line>,
}

fn witness(f: &Fact, a: &Article, source: String) -> Witness {
    let mut w = Witness {
        article: a.id.clone(),
        lang: a.lang.clone(),
        source,
        text: f.sentence.clone(),
        start: f.start,
        end: f.end,
        value: None,
        value_max: None,
        unit: None,
        counted: None,
        casualty: None,
        said_by: None,
        interval: None,
    };
    match &f.kind {
        FactKind::Quote { .. } => {
            w.said_by = a
                .quotes
                .iter()
                .find(|q| q.start == f.start && q.end == f.end)
                .and_then(|q| q.speaker.as_ref())
                .map(|s| s.name.clone());
        }
        FactKind::Number {
            value,
            value_max,
            unit,
            counted,
            casualty,
            source,
        } => {
            w.value = Some(*value);
            w.value_max = *value_max;
            w.unit = unit.clone();
            w.counted = counted.clone();
            w.casualty = *casualty;
            w.said_by = source.clone();
        }
        FactKind::Time { start, end } => w.interval = Some((start.clone(), end.clone())),
        FactKind::Statement => {}
    }
    w
}

/// Numbers agree when equal within 1%, or when one range holds the other's value.
fn same_value(a: &Witness, b: &Witness) -> bool {
    let (Some(x), Some(y)) = (a.value, b.value) else {
        return true;
    };
    let close = |p: f64, q: f64| (p - q).abs() <= 0.01 * p.abs().max(q.abs());
    let within = |v: f64, lo: f64, hi: Option<f64>| hi.is_some_and(|h| lo <= v && v <= h);
    close(x, y) || within(x, y, b.value_max) || within(y, x, a.value_max)
}

/// Cosine above which two quotes are surely renderings of the same words, so that a
/// negation in only one of them is a conflict.
const POLARITY_MATCH: f32 = 0.6;

/// Two quotes of a line, from different articles, give a toll or a measure with different
/// values.
fn quoted_figures_differ(members: &[usize], all: &[Fact], articles: &[Article]) -> bool {
    let figures: Vec<(usize, Vec<crate::figures::Figure>)> = members
        .iter()
        .map(|&k| {
            let f = &all[k];
            (
                f.article,
                crate::figures::figures_in(&articles[f.article], f.start, f.end),
            )
        })
        .collect();
    figures.iter().any(|(x, fx)| {
        figures
            .iter()
            .any(|(y, fy)| x != y && crate::figures::disagree(fx, fy))
    })
}

/// Builds the dossier of a story from its analysed articles (in arrival order).
pub fn dossier(story: &str, articles: &[Article], meaning: &Meaning) -> Dossier {
    let groups = source_groups(articles);
    // A group is named by its agency when its articles credit one, else by its first outlet.
    let names = crate::sources::group_names(articles, &groups);
    let group_name = |g: usize| -> String { names[g].clone() };
    let all: Vec<Fact> = articles
        .iter()
        .enumerate()
        .flat_map(|(i, a)| facts(i, a))
        .collect();
    let pairing = FactSimilarity::new(meaning, articles, &all);
    let similarity = |i: usize, j: usize| pairing.get(i, j);
    let (mut agreed, mut single, mut conflicting) = (Vec::new(), Vec::new(), Vec::new());
    let lines = crate::align::join_reported_conflicts(&all, align(&all, &similarity));
    for members in lines {
        let kind = match all[members[0]].kind {
            FactKind::Quote { .. } => LineKind::Quote,
            FactKind::Number { .. } => LineKind::Number,
            FactKind::Time { .. } => LineKind::Time,
            FactKind::Statement => LineKind::Statement,
        };
        let witnesses: Vec<Witness> = members
            .iter()
            .map(|&k| {
                let f = &all[k];
                witness(f, &articles[f.article], articles[f.article].outlet())
            })
            .collect();
        let sources: BTreeSet<String> = members
            .iter()
            .map(|&k| group_name(groups[all[k].article]))
            .collect();
        let line = Line {
            kind,
            sources: sources.into_iter().collect(),
            witnesses,
        };
        let disagree = match kind {
            LineKind::Number => line
                .witnesses
                .iter()
                .any(|a| line.witnesses.iter().any(|b| !same_value(a, b))),
            LineKind::Time => members.iter().any(|&a| {
                members
                    .iter()
                    .any(|&b| !crate::align::overlap(&all[a].kind, &all[b].kind))
            }),
            // One statement rendered with opposite polarity ("will" / "will not"): only
            // between renderings close enough to be surely the same words, as a negation
            // also comes and goes in free renderings ("could" / "cannot be ruled out").
            // The same statement given with other tolls or measures.
            LineKind::Quote if quoted_figures_differ(&members, &all, articles) => true,
            LineKind::Quote => members.iter().zip(&line.witnesses).any(|(&a, wa)| {
                members.iter().zip(&line.witnesses).any(|(&b, wb)| {
                    pairing.by_text(a, b) >= POLARITY_MATCH
                        && crate::polarity::opposite(
                            &wa.text,
                            wa.lang.as_deref().unwrap_or(""),
                            &wb.text,
                            wb.lang.as_deref().unwrap_or(""),
                        )
                })
            }),
            LineKind::Statement => false,
        };
        if disagree {
            conflicting.push(line);
        } else if line.sources.len() >= 2 {
            agreed.push(line);
        } else {
            single.push(line);
        }
    }
    let mut languages = BTreeMap::new();
    let mut entities: BTreeMap<String, EntityCount> = BTreeMap::new();
    for a in articles {
        *languages
            .entry(a.lang.clone().unwrap_or_else(|| "?".into()))
            .or_insert(0) += 1;
        for e in &a.entities {
            entities
                .entry(e.id.clone())
                .or_insert_with(|| EntityCount {
                    id: e.id.clone(),
                    name: e.name.clone(),
                    etype: e.etype.as_str().to_string(),
                    articles: 0,
                })
                .articles += 1;
        }
    }
    let mut entities: Vec<EntityCount> = entities.into_values().collect();
    entities.sort_by(|a, b| b.articles.cmp(&a.articles).then(a.id.cmp(&b.id)));
    // Sorted as instants: RFC 3339 text of different offsets does not sort in time order.
    let mut times: Vec<chrono::DateTime<chrono::FixedOffset>> =
        articles.iter().filter_map(|a| a.published).collect();
    times.sort();
    let times: Vec<String> = times.iter().map(|t| t.to_rfc3339()).collect();
    let mut agencies: Vec<String> = articles.iter().flat_map(|a| a.agencies.clone()).collect();
    agencies.sort();
    agencies.dedup();
    let sources = crate::sources::independent_sources(articles);
    Dossier {
        story: story.to_string(),
        title: articles
            .iter()
            .find(|a| a.lang.as_deref() == Some("en") && a.title.is_some())
            .or_else(|| articles.iter().find(|a| a.title.is_some()))
            .and_then(|a| a.title.clone()),
        languages,
        sources,
        agencies,
        first: times.first().cloned(),
        last: times.last().cloned(),
        timeline: {
            let mut t: Vec<TimelineEntry> = articles
                .iter()
                .map(|a| TimelineEntry {
                    id: a.id.clone(),
                    lang: a.lang.clone(),
                    source: a.outlet(),
                    title: a.title.clone(),
                    published: a.published.map(|p| p.to_rfc3339()),
                })
                .collect();
            let instant = |e: &TimelineEntry| {
                e.published
                    .as_deref()
                    .and_then(|p| chrono::DateTime::parse_from_rfc3339(p).ok())
            };
            t.sort_by_key(instant);
            t
        },
        entities,
        agreed,
        single_source: single,
        conflicting,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use concord_model::{Claim, InputFormat, InputRef, Quote, Speaker, TextSpan};

    fn article(id: &str, lang: &str, source: &str) -> Article {
        let json = serde_json::json!({
            "id": id, "url": null, "source": source, "lang": lang, "title": null,
            "published": null, "published_from": null, "text": "",
            "input": {"path": "-", "format": "text"}
        });
        let mut a: Article = serde_json::from_value(json).unwrap();
        a.input = InputRef {
            path: "-".into(),
            format: InputFormat::Text,
            record: None,
        };
        a
    }

    fn number(value: f64, counted: &str) -> Claim {
        Claim {
            text: format!("{counted} {value}"),
            value,
            value_max: None,
            qualifier: None,
            unit: None,
            counted: Some(counted.into()),
            casualty: None,
            subject_entities: vec![],
            attributed_to: None,
            start: 0,
            end: 10,
            number: TextSpan {
                text: value.to_string(),
                start: 0,
                end: 3,
            },
        }
    }

    /// A stand-in embedding: texts sharing their first word are the same meaning.
    fn embed(texts: &[&str]) -> Vec<Vec<f32>> {
        texts
            .iter()
            .map(|t| {
                let first = t.split_whitespace().next().unwrap_or("").to_lowercase();
                let mut v = vec![0.0f32; 16];
                v[first.bytes().map(usize::from).sum::<usize>() % 16] = 1.0;
                v
            })
            .collect()
    }

    #[test]
    fn agreed_single_source_and_conflicting_numbers() {
        let mut a = article("a", "pt", "a.example");
        a.claims = vec![number(6000.0, "engenheiros"), number(300.0, "mortos")];
        let mut b = article("b", "en", "b.example");
        b.claims = vec![number(6000.0, "engenheiros"), number(400.0, "mortos")];
        let mut c = article("c", "it", "c.example");
        c.claims = vec![number(12.0, "navios")];
        let d = dossier("s", &[a, b, c], &Meaning::new(&embed));
        assert_eq!(d.agreed.len(), 1);
        assert_eq!(d.agreed[0].witnesses.len(), 2);
        assert_eq!(d.conflicting.len(), 1);
        assert_eq!(d.single_source.len(), 1);
        assert_eq!(d.single_source[0].sources, ["c.example"]);
    }

    fn number_in(sentence: &str, value: f64, counted: Option<&str>) -> Claim {
        Claim {
            text: sentence.into(),
            counted: counted.map(Into::into),
            casualty: None,
            ..number(value, "")
        }
    }

    #[test]
    fn an_equal_number_counted_in_one_article_only_is_compared_by_its_sentence() {
        // "45 feriti" / "injuring 45": the word "feriti" embeds far from a sentence.
        let mut a = article("a", "it", "a.example");
        a.claims = vec![number_in("Quake 45 feriti a Garut", 45.0, Some("feriti"))];
        let mut b = article("b", "en", "b.example");
        b.claims = vec![number_in("Quake injuring 45 in Garut", 45.0, None)];
        let d = dossier("s", &[a, b], &Meaning::new(&embed));
        assert_eq!(d.agreed.len(), 1, "{:?}", d.single_source);
    }

    #[test]
    fn different_values_of_one_counted_thing_in_unlike_sentences_do_not_conflict() {
        // 62 drones launched, 51 shot down: the same counted word, two quantities.
        let mut a = article("a", "ru", "a.example");
        a.claims = vec![number_in("Launched were 62 drones", 62.0, Some("drones"))];
        let mut b = article("b", "uk", "b.example");
        b.claims = vec![number_in("Shot down were 51 drones", 51.0, Some("drones"))];
        let d = dossier("s", &[a, b], &Meaning::new(&embed));
        assert!(d.conflicting.is_empty());
        // The same sentence with another value is a conflict.
        let mut c = article("c", "pl", "c.example");
        c.claims = vec![number_in("Launched were 60 drones", 60.0, Some("drones"))];
        let mut a2 = article("a", "ru", "a.example");
        a2.claims = vec![number_in("Launched were 62 drones", 62.0, Some("drones"))];
        let d = dossier("s", &[a2, c], &Meaning::new(&embed));
        assert_eq!(d.conflicting.len(), 1);
    }

    #[test]
    fn durations_in_days_and_hours_are_one_fact() {
        // "a 72-hour truce" / "هدنة لمدة ثلاثة أيام".
        let mut a = article("a", "en", "a.example");
        a.claims = vec![number(72.0, "hour truce")];
        let mut b = article("b", "ar", "b.example");
        b.claims = vec![number(3.0, "أيام")];
        let d = dossier("s", &[a, b], &Meaning::new(&embed));
        assert_eq!(d.agreed.len(), 1, "{:?}", d.single_source);
        assert_eq!(d.agreed[0].witnesses.len(), 2);
    }

    #[test]
    fn values_far_apart_are_different_quantities_not_a_conflict() {
        // 8,000 ha burned in all and 4,800 ha in Spain: two facts, each single-source.
        let mut a = article("a", "fr", "a.example");
        a.claims = vec![number(8000.0, "hectares")];
        let mut b = article("b", "es", "b.example");
        b.claims = vec![number(4800.0, "hectares")];
        let d = dossier("s", &[a, b], &Meaning::new(&embed));
        assert!(d.conflicting.is_empty());
        assert_eq!(d.single_source.len(), 2);
    }

    #[test]
    fn a_number_without_unit_takes_the_unit_before_it_in_its_sentence() {
        let mut a = article("a", "en", "a.example");
        let mut first = number(1200.0, "residents");
        first.text = "About 1,200 residents were evacuated in Spain and 350 in Portugal.".into();
        let mut second = number(350.0, "");
        second.counted = None;
        second.text = first.text.clone();
        a.claims = vec![first, second];
        let mut b = article("b", "pt", "b.example");
        b.claims = vec![number(350.0, "residents")];
        let d = dossier("s", &[a, b], &Meaning::new(&embed));
        assert_eq!(d.agreed.len(), 1, "{:?}", d.agreed);
        assert_eq!(d.agreed[0].witnesses.len(), 2);
        assert_eq!(d.agreed[0].witnesses[0].value, Some(350.0));
    }

    /// A direct quote of Kim spanning the whole text.
    fn quote(text: &str) -> Quote {
        Quote {
            text: text.into(),
            speaker: Some(Speaker {
                entity_id: Some("person:kim".into()),
                name: "Kim".into(),
                start: None,
                end: None,
            }),
            cue: None,
            cue_start: None,
            cue_end: None,
            via: None,
            direct: true,
            stance: false,
            start: 0,
            end: text.chars().count(),
        }
    }

    #[test]
    fn one_statement_quoted_with_opposite_polarity_conflicts() {
        let mut a = article("a", "en", "a.example");
        a.quotes = vec![quote("Troops will cross the border")];
        let mut b = article("b", "pt", "b.example");
        b.quotes = vec![quote("Troops não vão cruzar a fronteira")];
        let d = dossier("s", &[a, b], &Meaning::new(&embed));
        assert_eq!(d.conflicting.len(), 1, "{d:?}");
        assert_eq!(d.conflicting[0].kind, LineKind::Quote);
    }

    #[test]
    fn syndicated_copies_do_not_confirm_each_other() {
        let mut a = article("a", "en", "a.example");
        a.agencies = vec!["AFP".into()];
        a.quotes = vec![quote("ready to support")];
        let mut b = article("b", "fr", "b.example");
        b.agencies = vec!["AFP".into()];
        b.quotes = vec![quote("ready à soutenir")];
        let d = dossier("s", &[a, b], &Meaning::new(&embed));
        assert!(d.agreed.is_empty(), "{:?}", d.agreed);
        assert_eq!(d.single_source.len(), 1);
        assert_eq!(d.single_source[0].sources, ["AFP"]);
    }
}
