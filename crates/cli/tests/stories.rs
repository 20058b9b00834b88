//! `concord cluster` and `concord eval cluster` with the installed gazetteer and model
//! (scripts/setup-models.sh, run by scripts/test.sh, installs them).

mod common;

use common::{articles, concord, repo_root, stderr};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The gold story of each sample article id, from corpus/gold.jsonl (matched by URL, else
/// by file), as `concord extract` names the articles.
fn sample_gold() -> HashMap<String, String> {
    let out = concord(&["extract", "corpus/sample"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let gold: Vec<Value> = std::fs::read_to_string(repo_root().join("corpus/gold.jsonl"))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let strip = |u: &str| u.split('?').next().unwrap_or(u).to_string();
    let mut out_map = HashMap::new();
    for a in articles(&out) {
        let url = a["url"].as_str().map(strip);
        let path = a["input"]["path"].as_str().unwrap_or("");
        // The exact URL first: some outlets differ only in the query ("?idxno=").
        let exact = a["url"].as_str();
        let g = gold
            .iter()
            .find(|g| exact.is_some() && g["url"].as_str() == exact)
            .or_else(|| {
                gold.iter().find(|g| match g["url"].as_str() {
                    Some(u) => url.as_deref() == Some(strip(u).as_str()),
                    None => g["file"].as_str().is_some_and(|f| path.ends_with(f)),
                })
            });
        if let Some(g) = g {
            out_map.insert(
                a["id"].as_str().unwrap().to_string(),
                g["story"].as_str().unwrap().to_string(),
            );
        }
    }
    out_map
}

/// Predicted story of each article id, after merges.
fn clustered(inputs: &[&str]) -> BTreeMap<String, String> {
    let mut args = vec!["cluster"];
    args.extend_from_slice(inputs);
    let out = concord(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = articles(&out);
    let mut merged: HashMap<String, String> = HashMap::new();
    for l in &lines {
        if let Some(m) = l.get("merge") {
            merged.insert(
                m["from"].as_str().unwrap().into(),
                m["into"].as_str().unwrap().into(),
            );
        }
    }
    let resolve = |mut s: String| {
        while let Some(n) = merged.get(&s) {
            s = n.clone();
        }
        s
    };
    lines
        .iter()
        .filter(|l| l.get("score").is_some())
        .map(|l| {
            (
                l["id"].as_str().unwrap().to_string(),
                resolve(l["story"].as_str().unwrap().to_string()),
            )
        })
        .collect()
}

#[test]
fn every_sample_story_is_found_across_its_languages() {
    let gold = sample_gold();
    let pred = clustered(&["corpus/sample"]);
    // The partition into stories is the gold one: each predicted story holds exactly the
    // articles of one gold story.
    let mut groups: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (id, story) in &pred {
        let g = gold
            .get(id)
            .unwrap_or_else(|| panic!("article {id} has no gold story"));
        groups.entry(story.as_str()).or_default().insert(g.as_str());
    }
    for (story, golds) in &groups {
        assert_eq!(golds.len(), 1, "{story} mixes {golds:?}");
    }
    let gold_stories: BTreeSet<&str> = gold.values().map(String::as_str).collect();
    assert_eq!(
        groups.len(),
        gold_stories.len(),
        "stories split: {groups:?}"
    );
}

#[test]
fn the_seeds_join_the_wonsan_story_and_nothing_else_does() {
    let seeds = repo_root().join("../shared/seeds");
    let gold = sample_gold();
    let pred = clustered(&["corpus/sample", seeds.to_str().unwrap()]);
    let seed_ids: Vec<&String> = pred.keys().filter(|id| !gold.contains_key(*id)).collect();
    assert_eq!(seed_ids.len(), 2, "{pred:?}");
    let story = &pred[seed_ids[0]];
    assert_eq!(&pred[seed_ids[1]], story, "the two seeds are one story");
    let members: BTreeSet<&str> = pred
        .iter()
        .filter(|(_, s)| *s == story)
        .filter_map(|(id, _)| gold.get(id).map(String::as_str))
        .collect();
    // Only the Kim-Lavrov reports: not the missile launch from Wonsan (same place, same
    // actors) nor the Kharkiv attack (Russia).
    assert_eq!(members, BTreeSet::from(["E1-kim-lavrov-wonsan"]));
}

#[test]
fn ecb_plus_clustering_scores_hold() {
    let gold = repo_root().join("../shared/data/clustering-ecbplus-dev/data.jsonl");
    let out = concord(&["eval", "cluster", "--gold", gold.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = String::from_utf8_lossy(&out.stdout).to_string();
    let f1 = report
        .lines()
        .find(|l| l.starts_with("BCubed"))
        .and_then(|l| l.split("F1 ").nth(1))
        .and_then(|v| v.trim().parse::<f64>().ok())
        .unwrap_or_else(|| panic!("no BCubed F1 in:\n{report}"));
    // Measured in the README; guards against regressions.
    assert!(f1 >= 0.85, "{report}");
}

#[test]
fn cross_language_pairs_are_scored_right() {
    let fx = repo_root().join("crates/cli/tests/fixtures");
    let out = concord(&[
        "eval",
        "pairs",
        "--gold",
        fx.join("pairs_gold.jsonl").to_str().unwrap(),
        "--articles",
        fx.join("pairs_articles.jsonl").to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = String::from_utf8_lossy(&out.stdout).to_string();
    let value = |prefix: &str, key: &str| -> f64 {
        report
            .lines()
            .find(|l| l.starts_with(prefix))
            .and_then(|l| l.split(key).nth(1))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("no {prefix} {key} in:\n{report}"))
    };
    // Measured 1.000 and 0.785 (README).
    assert!(value("same_story", "accuracy ") >= 0.95, "{report}");
    assert!(value("similarity", "Pearson ") >= 0.7, "{report}");
}

#[test]
fn pairs_prints_a_probability_per_pair() {
    let fx = repo_root().join("crates/cli/tests/fixtures");
    let out = concord(&[
        "pairs",
        "--articles",
        fx.join("pairs_articles.jsonl").to_str().unwrap(),
        "--pairs",
        fx.join("pairs_gold.jsonl").to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = articles(&out);
    assert_eq!(lines.len(), 100);
    for l in &lines {
        let p = l["score"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&p), "{l}");
    }
}
