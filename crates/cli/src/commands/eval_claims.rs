//! `concord eval claims`: numbers and times against a gold set of our own
//! (`crates/cli/tests/fixtures/claims_gold.jsonl`): detection, and accuracy of value,
//! range, qualifier, unit, counted thing and source for numbers; of the resolved interval
//! and granularity for times.

use super::gold::read_jsonl;
use anyhow::Result;
use chrono::{DateTime, FixedOffset};
use concord_eval::claims::{match_spans, same_value, ItemScores};
use concord_model::{Claim, Granularity, Qualifier, TimeMention};
use rayon::prelude::*;
use serde::Deserialize;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub set: super::gold::GoldArgs,
}

#[derive(Deserialize)]
struct GoldText {
    id: String,
    lang: Option<String>,
    published: Option<DateTime<FixedOffset>>,
    text: String,
    #[serde(default)]
    numbers: Vec<GoldNumber>,
    #[serde(default)]
    times: Vec<GoldTime>,
}

#[derive(Deserialize)]
struct GoldNumber {
    text: String,
    start: usize,
    end: usize,
    value: f64,
    value_max: Option<f64>,
    qualifier: Option<Qualifier>,
    unit: Option<String>,
    counted_head: Option<String>,
    attributed_to: Option<String>,
}

#[derive(Deserialize)]
struct GoldTime {
    text: String,
    start: usize,
    end: usize,
    resolved_start: Option<DateTime<FixedOffset>>,
    resolved_end: Option<DateTime<FixedOffset>>,
    granularity: Granularity,
}

const NUMBER_FIELDS: &[&str] = &["value", "value_max", "qualifier", "unit", "counted"];
const TIME_FIELDS: &[&str] = &["interval", "granularity"];

fn number_verdicts(g: &GoldNumber, p: &Claim) -> Vec<bool> {
    let counted = match (&g.counted_head, &p.counted) {
        (None, None) => true,
        (Some(h), Some(c)) => c.to_lowercase().contains(&h.to_lowercase()),
        _ => false,
    };
    let max = match (g.value_max, p.value_max) {
        (None, None) => true,
        (Some(a), Some(b)) => same_value(a, b),
        _ => false,
    };
    vec![
        same_value(g.value, p.value),
        max,
        g.qualifier == p.qualifier,
        g.unit == p.unit,
        counted,
    ]
}

/// The source is right when the predicted speaker's words or name and the gold source
/// share a word ("NIS" / "Serviço Nacional de Inteligência da Coréia do Sul (NIS)").
fn source_right(g: &GoldNumber, p: &Claim, text: &[char]) -> bool {
    let Some(want) = &g.attributed_to else {
        return p.attributed_to.is_none();
    };
    let Some(sp) = &p.attributed_to else {
        return false;
    };
    let words_of = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 2)
            .map(str::to_lowercase)
            .collect()
    };
    let mut said: Vec<String> = words_of(&sp.name);
    if let (Some(a), Some(b)) = (sp.start, sp.end) {
        said.extend(words_of(
            &text[a.min(text.len())..b.min(text.len())]
                .iter()
                .collect::<String>(),
        ));
    }
    // Unspaced scripts: one side holds the other ("文化和旅游部" in "文化和旅游部今天").
    words_of(want).iter().any(|w| {
        said.iter().any(|s| {
            s == w || (!w.is_ascii() && (s.contains(w.as_str()) || w.contains(s.as_str())))
        })
    })
}

fn time_verdicts(g: &GoldTime, p: &TimeMention) -> Vec<bool> {
    vec![
        g.resolved_start == p.resolved_start && g.resolved_end == p.resolved_end,
        g.granularity == p.granularity,
    ]
}

pub fn run(args: Args) -> Result<i32> {
    let texts: Vec<GoldText> = read_jsonl(&args.set.gold)?;
    let ex = super::analyze::open_extractor(args.set.data_dir.as_deref())?;
    let found: Vec<concord_claims::Found> = texts
        .par_iter()
        .map(|t| {
            let lang = t.lang.as_deref().unwrap_or("");
            let ents = ex.extract(&t.text, Some(lang));
            concord_claims::analyze_text(&t.text, lang, t.published, &ents)
        })
        .collect();
    let mut numbers = ItemScores::new(NUMBER_FIELDS);
    let mut sources = concord_eval::claims::Accuracy::default();
    let mut given = concord_eval::claims::Accuracy::default();
    let mut times = ItemScores::new(TIME_FIELDS);
    let mut listed = 0;
    for (t, f) in texts.iter().zip(&found) {
        let chars: Vec<char> = t.text.chars().collect();
        let spans: Vec<(usize, usize)> = f
            .claims
            .iter()
            .map(|c| (c.number.start, c.number.end))
            .collect();
        let gold: Vec<(usize, usize)> = t.numbers.iter().map(|n| (n.start, n.end)).collect();
        numbers.detection.predicted += spans.len();
        let matched = match_spans(&gold, &spans);
        let mut found = vec![false; spans.len()];
        for &k in matched.iter().flatten() {
            found[k] = true;
        }
        for (c, _) in f.claims.iter().zip(&found).filter(|(_, &f)| !f) {
            if listed < args.set.errors {
                listed += 1;
                println!("EXTRA  {} number {:?}", t.id, c.number.text);
            }
        }
        for (g, m) in t.numbers.iter().zip(matched) {
            let p = m.map(|k| &f.claims[k]);
            let v = p.map(|p| number_verdicts(g, p)).unwrap_or_default();
            numbers.record(p.is_some(), &v);
            // Precision of the sources given: right when the gold names that source, wrong
            // when it names another or none.
            if let Some(p) = p.filter(|p| p.attributed_to.is_some()) {
                let ok = g.attributed_to.is_some() && source_right(g, p, &chars);
                given.add(ok);
                if !ok && g.attributed_to.is_none() && listed < args.set.errors {
                    listed += 1;
                    println!(
                        "SOURCE {} number {:?}: got {:?} (gold None)",
                        t.id,
                        g.text,
                        p.attributed_to.as_ref().map(|s| s.name.as_str())
                    );
                }
            }
            if g.attributed_to.is_some() {
                let ok = p.is_some_and(|p| source_right(g, p, &chars));
                sources.add(ok);
                if !ok && listed < args.set.errors {
                    listed += 1;
                    println!(
                        "SOURCE {} number {:?}: got {:?} (gold {:?})",
                        t.id,
                        g.text,
                        p.and_then(|p| p.attributed_to.as_ref())
                            .map(|s| s.name.as_str()),
                        g.attributed_to
                    );
                }
            }
            if listed < args.set.errors && !(p.is_some() && v.iter().all(|&x| x)) {
                listed += 1;
                match p {
                    None => println!("MISSED {} number {:?}", t.id, g.text),
                    Some(p) => println!(
                        "WRONG  {} number {:?}: got {:?} {} {:?} {:?} {:?} counted {:?} (gold {} {:?} {:?} {:?} head {:?})",
                        t.id, g.text, p.number.text, p.value, p.value_max, p.qualifier, p.unit, p.counted,
                        g.value, g.value_max, g.qualifier, g.unit, g.counted_head
                    ),
                }
            }
        }
        let spans: Vec<(usize, usize)> = f.times.iter().map(|c| (c.start, c.end)).collect();
        let gold: Vec<(usize, usize)> = t.times.iter().map(|n| (n.start, n.end)).collect();
        times.detection.predicted += spans.len();
        for (g, m) in t.times.iter().zip(match_spans(&gold, &spans)) {
            let p = m.map(|k| &f.times[k]);
            let v = p.map(|p| time_verdicts(g, p)).unwrap_or_default();
            times.record(p.is_some(), &v);
            if listed < args.set.errors && !(p.is_some() && v.iter().all(|&x| x)) {
                listed += 1;
                match p {
                    None => println!("MISSED {} time {:?}", t.id, g.text),
                    Some(p) => println!(
                        "WRONG  {} time {:?}: got {:?} {:?}..{:?} {:?} (gold {:?}..{:?} {:?})",
                        t.id,
                        g.text,
                        p.text,
                        p.resolved_start,
                        p.resolved_end,
                        p.granularity,
                        g.resolved_start,
                        g.resolved_end,
                        g.granularity
                    ),
                }
            }
        }
    }
    println!(
        "claims on {} ({} texts)",
        args.set.gold.display(),
        texts.len()
    );
    for (name, s) in [("numbers", &numbers), ("times", &times)] {
        let d = &s.detection;
        println!(
            "{name:<8} detection  precision {:.3}  recall {:.3}  F1 {:.3}  (tp {}, predicted {}, gold {})",
            d.precision(), d.recall(), d.f1(), d.tp, d.predicted, d.gold
        );
        println!(
            "{name:<8} accuracy   {:.3}  (all fields right, over {} gold items)",
            s.all.value(),
            s.all.total
        );
        for (field, a) in &s.fields {
            println!("  {field:<14} {:.3}", a.value());
        }
    }
    println!(
        "  {:<14} {:.3}  (over {} numbers with a gold source)",
        "attributed_to",
        sources.value(),
        sources.total
    );
    println!(
        "  {:<14} {:.3}  (of {} numbers given a source, the share whose gold names that source)",
        "source right",
        given.value(),
        given.total
    );
    Ok(0)
}
