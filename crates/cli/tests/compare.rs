//! `concord compare` on the seed articles: the dossier lines up their claims.

mod common;

use common::{articles, concord, repo_root, stderr};
use serde_json::Value;

fn lines<'a>(d: &'a Value, kind: &str) -> &'a Vec<Value> {
    d[kind]
        .as_array()
        .unwrap_or_else(|| panic!("no {kind} in {d:#}"))
}

/// The line (of `kind`) whose witness in `lang` contains `words`.
fn find<'a>(d: &'a Value, kind: &str, lang: &str, words: &str) -> Option<&'a Value> {
    lines(d, kind).iter().find(|l| {
        l["witnesses"]
            .as_array()
            .unwrap()
            .iter()
            .any(|w| w["lang"] == lang && w["text"].as_str().unwrap().contains(words))
    })
}

fn langs(line: &Value) -> Vec<String> {
    let mut v: Vec<String> = line["witnesses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["lang"].as_str().unwrap().to_string())
        .collect();
    v.sort();
    v
}

#[test]
fn the_seed_dossier_lines_up_agreed_and_single_source_claims() {
    let seeds = repo_root().join("../shared/seeds");
    let out = concord(&[
        "compare",
        "--now",
        "2025-07-13T20:00:00+02:00",
        seeds.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let dossiers = articles(&out);
    assert_eq!(dossiers.len(), 1, "the two seeds are one story");
    let d = &dossiers[0];
    // The shared quote, in Portuguese and Italian, agreed by both.
    let quote = find(d, "agreed", "pt", "pronto para apoiar incondicionalmente")
        .expect("the shared quote is agreed");
    assert_eq!(langs(quote), ["it", "pt"]);
    assert!(quote["witnesses"][1]["text"]
        .as_str()
        .unwrap()
        .contains("incondizionatamente"));
    // Portuguese only: the NIS figures and Shoigu's statement.
    for words in ["mais de 10 milhões", "6.000 engenheiros"] {
        let l = find(d, "single_source", "pt", words).unwrap_or_else(|| panic!("{words}"));
        assert_eq!(langs(l), ["pt"]);
    }
    // Italian only: the 2024 pact and the Telegram video.
    for words in ["patto di mutua difesa", "video su Telegram"] {
        let l = find(d, "single_source", "it", words).unwrap_or_else(|| panic!("{words}"));
        assert_eq!(langs(l), ["it"]);
    }
    // Every witness links to its sentence.
    for kind in ["agreed", "single_source", "conflicting"] {
        for l in lines(d, kind) {
            for w in l["witnesses"].as_array().unwrap() {
                assert!(w["end"].as_u64() > w["start"].as_u64(), "{w}");
            }
        }
    }
}

#[test]
fn sample_corpus_dossiers_hold_the_expected_facts() {
    let out = concord(&[
        "eval",
        "dossiers",
        "--expected",
        "crates/cli/tests/fixtures/dossiers_expected.json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = String::from_utf8_lossy(&out.stdout).to_string();
    // "all  found 77/79 = 0.975, whole 59/79 = 0.747"
    let share = |k: usize| -> f64 {
        report
            .lines()
            .find(|l| l.starts_with("all"))
            .and_then(|l| l.split("= ").nth(k))
            .and_then(|v| v.split(',').next())
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or_else(|| panic!("no total in:\n{report}"))
    };
    // Measured 1.000 found, 1.000 whole (README): every expected fact with all its witnesses.
    assert!(share(1) >= 0.999, "{report}");
    assert!(share(2) >= 0.999, "{report}");
}

/// Two reports of one (invented) flood that disagree: the same statement with other tolls,
/// and the governor's promise quoted with and without a negation, across languages.
#[test]
fn one_statement_with_other_figures_or_the_opposite_polarity_conflicts() {
    let out = concord(&["compare", "crates/cli/tests/fixtures/conflicts_flood.jsonl"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let dossiers = articles(&out);
    assert_eq!(dossiers.len(), 1, "one story");
    let d = &dossiers[0];
    let toll = find(d, "conflicting", "en", "killing 12 people").expect("12 vs 19 dead");
    assert_eq!(langs(toll), ["en", "pt"]);
    let promise = find(d, "conflicting", "pt", "Não vamos reconstruir").expect("negation");
    assert_eq!(langs(promise), ["en", "pt"]);
    // The river level is the same in both: agreed; but one dates it to Saturday morning,
    // the other to Friday morning.
    assert!(find(d, "agreed", "pt", "5,3 metros").is_some(), "{d:#}");
    let day = find(d, "conflicting", "pt", "manhã de sexta-feira").expect("two days");
    assert_eq!(langs(day), ["en", "pt"]);
}
