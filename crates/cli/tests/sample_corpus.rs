//! `concord extract` over the bundled sample corpus, checked against its gold file.

mod common;

use common::{articles, concord, repo_root};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};

struct Run {
    articles: Vec<Value>,
    gold: Vec<Value>,
}

fn run() -> Run {
    let out = concord(&["extract", "corpus/sample"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let gold = std::fs::read_to_string(repo_root().join("corpus/gold.jsonl")).unwrap();
    Run {
        articles: articles(&out),
        gold: gold
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect(),
    }
}

fn s<'a>(v: &'a Value, k: &str) -> &'a str {
    v[k].as_str().unwrap_or("")
}

/// The extracted article for a gold entry: by URL (ignoring tracking parameters), else by file.
fn find<'a>(r: &'a Run, g: &Value) -> &'a Value {
    let file = s(g, "file").rsplit('/').next().unwrap();
    let url = s(g, "url");
    let base = url.split('?').next().unwrap();
    let hits: Vec<&Value> = r
        .articles
        .iter()
        .filter(|a| {
            if url.is_empty() {
                s(&a["input"], "path").ends_with(file)
            } else {
                s(a, "url").split('?').next().unwrap() == base
            }
        })
        .collect();
    match hits.as_slice() {
        [one] => one,
        many if !many.is_empty() => hits
            .iter()
            .find(|a| s(&a["input"], "path").ends_with(file))
            .copied()
            .unwrap_or(many[0]),
        _ => panic!("no article for gold entry {}", s(g, "key")),
    }
}

#[test]
fn every_article_in_every_format_is_read() {
    let r = run();
    assert_eq!(r.articles.len(), r.gold.len());
    let formats: HashSet<&str> = r
        .articles
        .iter()
        .map(|a| s(&a["input"], "format"))
        .collect();
    for f in ["text", "html", "json", "rss", "atom", "warc"] {
        assert!(formats.contains(f), "no {f} article");
    }
    let ids: HashSet<&str> = r.articles.iter().map(|a| s(a, "id")).collect();
    assert!(
        ids.len() >= r.articles.len() - 1,
        "ids must be unique except for exact duplicates"
    );
}

#[test]
fn languages_and_titles_match_the_gold() {
    let r = run();
    let mut wrong = Vec::new();
    for g in &r.gold {
        let a = find(&r, g);
        if s(a, "lang") != s(g, "lang") {
            wrong.push(format!(
                "{}: lang {} != {}",
                s(g, "key"),
                s(a, "lang"),
                s(g, "lang")
            ));
        }
        let norm = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
        if norm(s(a, "title")) != norm(s(g, "title")) {
            wrong.push(format!(
                "{}: title {:?} != {:?}",
                s(g, "key"),
                s(a, "title"),
                s(g, "title")
            ));
        }
        assert!(a["lang_confidence"].as_f64().unwrap() > 0.0);
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    let langs: BTreeMap<&str, usize> = r.articles.iter().fold(BTreeMap::new(), |mut m, a| {
        *m.entry(s(a, "lang")).or_default() += 1;
        m
    });
    for l in [
        "pt", "it", "es", "fr", "de", "pl", "ru", "uk", "ar", "zh", "ko", "en",
    ] {
        assert!(langs.contains_key(l), "no {l} article: {langs:?}");
    }
}

#[test]
fn chrome_notes_and_credits_are_removed_and_reported() {
    let r = run();
    let mut kept = Vec::new();
    for g in &r.gold {
        let a = find(&r, g);
        let paragraphs: Vec<&str> = s(a, "text").split("\n\n").collect();
        for c in g["chrome"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Value::as_str)
        {
            // Chrome is a whole line or a line's end; credits inside a dateline ("Seúl, 13 jul (EFE).-")
            // are kept on purpose, as the AEB gold keeps "WASHINGTON (Reuters) -".
            if paragraphs.iter().any(|p| *p == c || p.ends_with(c)) {
                kept.push(format!("{}: {c:?}", s(g, "key")));
            }
        }
        let removed = a["removed"].as_array().unwrap();
        assert!(removed
            .iter()
            .all(|r| !s(r, "text").is_empty() && !s(r, "reason").is_empty()));
    }
    // Allow a few misses (teaser headlines without a label are hard), but not more.
    assert!(kept.len() <= 3, "chrome kept:\n{}", kept.join("\n"));
}

#[test]
fn machine_translation_artefacts_are_repaired_and_reported() {
    let r = run();
    let mut checked = 0;
    for g in &r.gold {
        let a = find(&r, g);
        for rep in g["repairs"].as_array().unwrap() {
            let (from, to) = (s(rep, "from"), s(rep, "to"));
            // The three artefacts concord repairs: spaced hyphen, repeated name fragment, possessive.
            let ours = from.replace(" -", "-") == to || from.starts_with(to);
            if !ours {
                continue;
            }
            checked += 1;
            assert!(
                !s(a, "text").contains(from),
                "{}: {from:?} still in text",
                s(g, "key")
            );
            assert!(
                s(a, "text").contains(to),
                "{}: {to:?} not in text",
                s(g, "key")
            );
            let reported = a["repairs"]
                .as_array()
                .unwrap()
                .iter()
                .any(|x| s(x, "from").contains(from) || from.contains(s(x, "from")));
            assert!(
                reported,
                "{}: repair of {from:?} not reported: {}",
                s(g, "key"),
                a["repairs"]
            );
        }
    }
    assert!(checked >= 5, "only {checked} repairs checked");
}

#[test]
fn duplicates_point_at_the_first_copy() {
    let r = run();
    let mut id_of_url: HashMap<&str, &str> = HashMap::new();
    for a in &r.articles {
        id_of_url
            .entry(s(a, "url").split('?').next().unwrap())
            .or_insert(s(a, "id"));
    }
    let mut dups = 0;
    for g in &r.gold {
        let a = find(&r, g);
        match g["duplicate_of"].as_str() {
            Some(first_url) => {
                dups += 1;
                let want = id_of_url[first_url.split('?').next().unwrap()];
                assert_eq!(s(a, "duplicate_of"), want, "{}", s(g, "key"));
            }
            None => assert!(
                a["duplicate_of"].is_null(),
                "{}: false duplicate of {}",
                s(g, "key"),
                a["duplicate_of"]
            ),
        }
    }
    assert!(dups >= 3);
}

#[test]
fn publication_times_and_agencies_agree_with_the_gold() {
    let r = run();
    for g in &r.gold {
        let a = find(&r, g);
        if let Some(p) = g["published"].as_str() {
            assert_eq!(&s(a, "published")[..10], &p[..10], "{}", s(g, "key"));
            assert!(!s(a, "published_from").is_empty());
        }
        // Agencies concord reports are credits; the gold also lists agencies only cited as sources.
        let gold_agencies: HashSet<&str> = g["agencies"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Value::as_str)
            .collect();
        for found in a["agencies"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Value::as_str)
        {
            assert!(
                gold_agencies.contains(found),
                "{}: unexpected agency {found}",
                s(g, "key")
            );
        }
    }
    let with_agencies = r
        .articles
        .iter()
        .filter(|a| !a["agencies"].as_array().unwrap().is_empty())
        .count();
    assert!(with_agencies >= 20, "{with_agencies}");
}
