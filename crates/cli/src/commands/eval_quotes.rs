//! `concord eval quotes`: quote content spans and speakers against a gold set, in the
//! PolNeAR format (`attributions: [{content: {spans}, source: {spans}}]`) or ours
//! (`quotes: [{start, end, speaker_start, speaker_end}]`).

use super::gold::read_jsonl;
use anyhow::Result;
use concord_eval::entities::Prf;
use concord_eval::quotes::{score_document, Attribution, QuoteScores};
use rayon::prelude::*;
use serde::Deserialize;
use std::path::PathBuf;
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub set: super::gold::GoldArgs,
    /// Write each text's predicted quotes to this JSON-lines file (`{id, quotes}`).
    #[arg(long)]
    pub predictions: Option<PathBuf>,
}

#[derive(Deserialize)]
struct GoldText {
    #[serde(default)]
    id: String,
    lang: Option<String>,
    text: String,
    #[serde(default)]
    attributions: Vec<PolnearAttribution>,
    #[serde(default)]
    quotes: Vec<OurQuote>,
}

#[derive(Deserialize)]
struct Spans {
    spans: Vec<(usize, usize)>,
}

#[derive(Deserialize)]
struct PolnearAttribution {
    content: Option<Spans>,
    source: Option<Spans>,
}

#[derive(Deserialize)]
struct OurQuote {
    start: usize,
    end: usize,
    speaker_start: Option<usize>,
    speaker_end: Option<usize>,
}

impl GoldText {
    fn attributions(&self) -> Vec<Attribution> {
        let mut out: Vec<Attribution> = self
            .attributions
            .iter()
            .filter_map(|a| {
                Some(Attribution {
                    content: a.content.as_ref()?.spans.clone(),
                    speaker: a
                        .source
                        .as_ref()
                        .map(|s| s.spans.clone())
                        .unwrap_or_default(),
                    speaker_mentions: Vec::new(),
                })
            })
            .filter(|a| !a.content.is_empty())
            .collect();
        out.extend(self.quotes.iter().map(|q| Attribution {
            content: vec![(q.start, q.end)],
            speaker: q.speaker_start.zip(q.speaker_end).into_iter().collect(),
            speaker_mentions: Vec::new(),
        }));
        out
    }
}

pub fn run(args: Args) -> Result<i32> {
    let texts: Vec<GoldText> = read_jsonl(&args.set.gold)?;
    let ex = super::analyze::open_extractor(args.set.data_dir.as_deref())?;
    let t0 = Instant::now();
    let analysed: Vec<(Vec<concord_model::Quote>, Vec<concord_model::Entity>)> = texts
        .par_iter()
        .map(|t| {
            let lang = t.lang.as_deref().unwrap_or("");
            let ents = ex.extract(&t.text, Some(lang));
            (concord_claims::quotes(&t.text, lang, &ents), ents)
        })
        .collect();
    let found: Vec<&Vec<concord_model::Quote>> = analysed.iter().map(|a| &a.0).collect();
    let secs = t0.elapsed().as_secs_f64();
    if let Some(path) = &args.predictions {
        let mut f = std::io::BufWriter::new(std::fs::File::create(path)?);
        for (t, q) in texts.iter().zip(&found) {
            let line = serde_json::json!({"id": t.id, "quotes": q});
            std::io::Write::write_all(&mut f, format!("{line}\n").as_bytes())?;
        }
    }
    let mut total = QuoteScores::default();
    let mut listed = 0;
    for (t, (quotes, ents)) in texts.iter().zip(&analysed) {
        let chars: Vec<char> = t.text.chars().collect();
        // Exact matching ignores surrounding spaces, punctuation and quotation marks.
        let trim = |(mut a, mut b): (usize, usize)| {
            let skip = |c: char| {
                c.is_whitespace() || c.is_ascii_punctuation() || "“”„«»‹›‘’「」".contains(c)
            };
            while a < b && chars.get(a).is_some_and(|&c| skip(c)) {
                a += 1;
            }
            while b > a && chars.get(b - 1).is_some_and(|&c| skip(c)) {
                b -= 1;
            }
            (a, b)
        };
        // Parts of one quote (split around the reporting clause, or going on in the next
        // sentence) share their cue: PolNeAR counts them as one attribution, our gold as
        // one item per part.
        let merge_parts = !t.attributions.is_empty();
        let mut pred: Vec<Attribution> = Vec::new();
        let mut cue_of: Vec<Option<usize>> = Vec::new();
        for q in quotes {
            let cue = q.cue_start.filter(|_| q.direct && merge_parts);
            if let Some(k) = cue.and_then(|c| cue_of.iter().position(|&x| x == Some(c))) {
                pred[k].content.push((q.start, q.end));
                continue;
            }
            cue_of.push(cue);
            pred.push(Attribution {
                content: vec![(q.start, q.end)],
                speaker: q
                    .speaker
                    .as_ref()
                    .and_then(|s| s.start.zip(s.end))
                    .into_iter()
                    .collect(),
                speaker_mentions: mentions_of(ents, q.speaker.as_ref()),
            });
        }
        let gold = t.attributions();
        let s = score_document(&gold, &pred, trim);
        total.add(&s);
        if listed < args.set.errors && (s.overlap.tp < gold.len() || s.overlap.tp < pred.len()) {
            listed += 1;
            let span = |(a, b): (usize, usize)| {
                chars[a.min(chars.len())..b.min(chars.len())]
                    .iter()
                    .collect::<String>()
            };
            println!(
                "== {} (gold {}, predicted {}, matched {})",
                t.id,
                gold.len(),
                pred.len(),
                s.overlap.tp
            );
            for g in &gold {
                println!(
                    "  GOLD {:?} <- {:?}",
                    span(g.content[0]),
                    g.speaker.first().map(|&s| span(s))
                );
            }
            for (p, q) in pred.iter().zip(quotes) {
                println!(
                    "  PRED {:?} <- {:?} [{}]",
                    span(p.content[0]),
                    q.speaker.as_ref().map(|s| s.name.as_str()),
                    q.cue.as_deref().unwrap_or("")
                );
            }
        }
    }
    let line = |name: &str, p: &Prf| super::gold::print_prf(name, 26, p);
    println!(
        "quotes on {} ({} texts, {:.2} ms/text incl. entities)",
        args.set.gold.display(),
        texts.len(),
        secs * 1000.0 / texts.len().max(1) as f64
    );
    line("content (overlap)", &total.overlap);
    line("content (exact)", &total.exact);
    println!(
        "{:<26} accuracy {:.3}  ({} of {} matched attributions with a gold speaker)",
        "speaker",
        total.speaker_accuracy(),
        total.speaker_right,
        total.speaker_total
    );
    println!(
        "{:<26} accuracy {:.3}  ({} of {}: the speaker's span or a mention of its entity)",
        "speaker (same entity)",
        total.speaker_entity_accuracy(),
        total.speaker_same_entity,
        total.speaker_total
    );
    Ok(0)
}

/// Every mention (code points) of the entity a speaker is linked to.
fn mentions_of(
    ents: &[concord_model::Entity],
    speaker: Option<&concord_model::Speaker>,
) -> Vec<(usize, usize)> {
    let Some(id) = speaker.and_then(|s| s.entity_id.as_deref()) else {
        return Vec::new();
    };
    ents.iter()
        .filter(|e| e.id == id)
        .flat_map(|e| e.mentions.iter().map(|m| (m.start, m.end)))
        .collect()
}
