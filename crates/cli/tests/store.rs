//! `concord ingest`, `concord stories` and `concord story` on a temporary store.

mod common;

use common::{concord, ingest, repo_root, stderr};
use std::path::Path;

fn stories(db: &Path) -> Vec<serde_json::Value> {
    let out = concord(&["stories", "--json", "--db", db.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn ingest_is_incremental_and_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("concord.db");
    let log = ingest(&db, &["corpus/sample"]);
    assert!(log.contains("the store holds"), "{log}");
    let first = stories(&db);
    assert_eq!(first.len(), 10, "{first:#?}");
    // The same inputs again: nothing new, nothing duplicated.
    let log = ingest(&db, &["corpus/sample"]);
    assert!(log.contains("ingested 0 new, 0 updated"), "{log}");
    assert_eq!(stories(&db), first);
    // The seeds next day: they join the existing Kim-Lavrov story, whose id stays.
    let seeds = repo_root().join("../shared/seeds");
    let log = ingest(&db, &[seeds.to_str().unwrap()]);
    assert!(log.contains("ingested 2 new"), "{log}");
    let after = stories(&db);
    assert_eq!(after.len(), 10);
    let kim = |v: &Vec<serde_json::Value>| {
        v.iter()
            .find(|s| {
                s["entities"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|e| e["id"] == "person:kim-jong-un")
                    && s["languages"].get("ru").is_some()
            })
            .map(|s| (s["id"].clone(), s["size"].as_u64().unwrap()))
            .expect("the Kim-Lavrov story")
    };
    let (id_before, size_before) = kim(&first);
    let (id_after, size_after) = kim(&after);
    assert_eq!(id_before, id_after);
    assert_eq!(size_after, size_before + 2);
    // Its dossier from the store.
    let out = concord(&[
        "story",
        id_after.as_str().unwrap(),
        "--db",
        db.to_str().unwrap(),
        "--format",
        "md",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(md.contains("### Agreed"), "{md}");
}

#[test]
fn a_changed_article_is_stored_as_a_new_version_in_its_story() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("concord.db");
    let input = dir.path().join("in.jsonl");
    let text = "Heavy rain flooded the old town of Porto on Monday, and the city council said 120 people were evacuated from riverside streets.";
    let rec = |t: &str| {
        serde_json::json!({"id": "porto-1", "lang": "en", "title": "Floods in Porto", "text": t})
            .to_string()
    };
    std::fs::write(&input, rec(text) + "\n").unwrap();
    ingest(&db, &[input.to_str().unwrap()]);
    std::fs::write(
        &input,
        rec(&format!("{text} Schools stay closed on Tuesday.")) + "\n",
    )
    .unwrap();
    let log = ingest(&db, &[input.to_str().unwrap()]);
    assert!(log.contains("0 new, 1 updated"), "{log}");
    assert!(log.contains("1 articles (2 versions), 1 stories"), "{log}");
    assert_eq!(stories(&db)[0]["size"], 1);
    // The search index holds the new version only, once.
    for (word, hits) in [("Schools", 1), ("Porto", 1)] {
        let out = concord(&["search", "--json", "--db", db.to_str().unwrap(), word]);
        let found = String::from_utf8_lossy(&out.stdout)
            .matches("porto-1")
            .count();
        assert_eq!(
            found,
            hits,
            "{word}: {}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
}

#[test]
fn search_ignores_case_and_accents_finds_inflections_and_entities() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("concord.db");
    ingest(&db, &["corpus/sample"]);
    let search = |args: &[&str]| -> Vec<serde_json::Value> {
        let mut a = vec!["search", "--json", "--db", db.to_str().unwrap()];
        a.extend_from_slice(args);
        let out = concord(&a);
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    };
    // "SEUL" finds the Spanish "Seúl" and the Portuguese "Seul".
    let langs: Vec<String> = search(&["SEUL"])
        .iter()
        .flat_map(|g| g["articles"].as_array().unwrap().clone())
        .map(|h| h["lang"].as_str().unwrap().to_string())
        .collect();
    assert!(
        langs.contains(&"es".to_string()) && langs.contains(&"pt".to_string()),
        "{langs:?}"
    );
    // "earthquake" finds articles that only say "earthquakes" through the stems; both
    // Indonesian quake stories come back, as two groups.
    let groups = search(&["earthquake", "--lang", "en"]);
    assert_eq!(groups.len(), 2, "{groups:#?}");
    // By entity id, in Russian: the Kim-Lavrov report.
    let groups = search(&["--entity", "person:kim-jong-un", "--lang", "ru"]);
    assert_eq!(groups.len(), 1, "{groups:#?}");
    // Nothing found: exit status 1, no output.
    let out = concord(&["search", "--db", db.to_str().unwrap(), "zzzzqqq"]);
    assert_eq!(out.status.code(), Some(1));
}

/// Short storm reports of our own, one JSON line each, ids `n{i}`.
fn write_storm_reports(path: &Path, range: std::ops::Range<usize>) {
    let towns = ["Porto", "Braga", "Coimbra", "Faro", "Évora", "Viseu"];
    let lines: Vec<String> = range
        .map(|i| {
            let town = towns[i % towns.len()];
            serde_json::json!({
                "id": format!("n{i}"), "lang": "en", "title": format!("Storm damage in {town}, report {i}"),
                "text": format!("A storm hit {town} on Monday, the civil protection agency said. About {} homes lost power and {} trees fell, officials in {town} said in report {i}.", 100 + i, 10 + i % 50)
            })
            .to_string()
        })
        .collect();
    std::fs::write(path, lines.join("\n") + "\n").unwrap();
}

#[test]
fn a_killed_ingest_loses_nothing_committed_and_duplicates_nothing_on_rerun() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("concord.db");
    let input = dir.path().join("many.jsonl");
    write_storm_reports(&input, 0..600);
    // Kill the first ingest part-way through, right after it reports its first committed
    // batch (the log line comes after the commit; a file-size test raced with uncommitted
    // WAL frames on a loaded machine).
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_concord"))
        .args([
            "ingest",
            "--db",
            db.to_str().unwrap(),
            input.to_str().unwrap(),
        ])
        .current_dir(repo_root())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::BufRead;
        let stderr = std::io::BufReader::new(child.stderr.take().unwrap());
        for line in stderr.lines() {
            if line.map_or(true, |l| l.starts_with("ingest: ")) {
                break;
            }
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    // The re-run completes the store: every article once, none twice; what the killed run
    // committed is found unchanged.
    let log = ingest(&db, &[input.to_str().unwrap()]);
    assert!(
        log.contains("the store holds 600 articles (600 versions)"),
        "{log}"
    );
    eprintln!("after the kill, the re-run: {log}");
    assert!(
        !log.contains(" 0 unchanged"),
        "nothing was committed before the kill: {log}"
    );
}

/// Two ingests into one store at once: whichever writes second finds the clusterer's state
/// newer than the one it loaded, reloads it and redoes its batch; nothing is lost and the
/// state stays whole.
#[test]
fn two_ingests_at_once_both_land() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("concord.db");
    let spawn = |input: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_concord"))
            .args(["ingest", "--db", db.to_str().unwrap(), input])
            .current_dir(repo_root())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("concord runs")
    };
    // Many batches each (the writers collide again and again), and a file both ingest.
    let (one, two) = (dir.path().join("one.jsonl"), dir.path().join("two.jsonl"));
    write_storm_reports(&one, 0..700);
    write_storm_reports(&two, 600..1300);
    let children = [
        spawn("corpus/sample/html"),
        spawn("corpus/sample/txt"),
        spawn(one.to_str().unwrap()),
        spawn(two.to_str().unwrap()),
    ];
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // Everything again, and the rest of the corpus: the state reads back, nothing is new
    // twice, and every article is in exactly one story.
    let log = ingest(&db, &["corpus/sample"]);
    let total: usize = stories(&db)
        .iter()
        .map(|s| s["size"].as_u64().unwrap() as usize)
        .sum();
    let stored: usize = log
        .split("the store holds ")
        .nth(1)
        .and_then(|r| r.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no count in {log}"));
    assert_eq!(total, stored, "{log}");
    assert!(log.contains("0 updated"), "{log}");
    // The 1,300 storm reports, each once (the 100 both files hold too).
    let log = ingest(&db, &[one.to_str().unwrap(), two.to_str().unwrap()]);
    assert!(
        log.contains("ingested 0 new, 0 updated, 1400 unchanged"),
        "{log}"
    );
    let held: usize = log
        .split("the store holds ")
        .nth(1)
        .and_then(|r| r.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert_eq!(held, stored, "{log}");
}
