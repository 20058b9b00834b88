//! Tests of the SQLite store.
use super::*;
use concord_stories::StateRow;

fn row(part: Part, key: i64, value: Option<&[u8]>) -> StateRow {
    StateRow {
        part,
        key,
        value: value.map(<[u8]>::to_vec),
    }
}

#[test]
fn a_merged_story_is_found_by_its_old_id() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = SqliteStore::open(&dir.path().join("s.db")).unwrap();
    let summary = |id: &str| StorySummary {
        size: 1,
        ..StorySummary::new(id)
    };
    let batch = Batch {
        stories: vec![summary("story-a"), summary("story-b"), summary("story-c")],
        ..Default::default()
    };
    store.write_batch(&batch).unwrap();
    // a joins b, then b joins c: a and b now go by c.
    for (from, into) in [("story-a", "story-b"), ("story-b", "story-c")] {
        let batch = Batch {
            merges: vec![(from.into(), into.into(), "x".into())],
            ..Default::default()
        };
        store.write_batch(&batch).unwrap();
    }
    assert_eq!(store.current_story("story-a").unwrap(), "story-c");
    assert_eq!(store.story("story-a").unwrap().unwrap().id, "story-c");
    assert_eq!(store.current_story("story-z").unwrap(), "story-z");
    assert!(store.story("story-z").unwrap().is_none());
}

#[test]
fn clusterer_rows_are_upserted_and_deleted_and_replace_a_whole_save() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = SqliteStore::open(&dir.path().join("s.db")).unwrap();
    store
        .conn
        .execute(
            "INSERT INTO state (key, value) VALUES ('clusterer', x'7b7d')",
            [],
        )
        .unwrap();
    assert!(store.legacy_clusterer_state().unwrap().is_some());
    let mut batch = Batch {
        clusterer_rows: vec![
            row(Part::Meta, 0, Some(b"m1")),
            row(Part::Key, -5, Some(b"k")),
            row(Part::Df, 7, Some(b"d")),
        ],
        ..Default::default()
    };
    store.write_batch(&batch).unwrap();
    assert!(store.legacy_clusterer_state().unwrap().is_none());
    batch.clusterer_rows = vec![row(Part::Meta, 0, Some(b"m2")), row(Part::Key, -5, None)];
    store.write_batch(&batch).unwrap();
    let mut rows = store.clusterer_rows().unwrap();
    rows.sort_by_key(|r| (r.0 as u8, r.1));
    assert_eq!(
        rows,
        vec![
            (Part::Meta, 0, b"m2".to_vec()),
            (Part::Df, 7, b"d".to_vec())
        ]
    );
}

/// Two writers of one store: the one whose clusterer was loaded before the other saved
/// gets `StaleClusterer`, and nothing of its batch is written.
#[test]
fn a_stale_clusterer_cannot_write_over_a_newer_state() {
    use concord_stories::features::{bag, ArticleFeatures};
    use concord_stories::{Clusterer, Config, DEFAULT_MODEL};
    let dir = tempfile::tempdir().unwrap();
    let mut store = SqliteStore::open(&dir.path().join("s.db")).unwrap();
    let article = |k: u64| ArticleFeatures {
        id: format!("a{k}"),
        lang: "en".into(),
        entities: bag([(k, 1.0)]),
        terms: bag([(100 + k, 1.0)]),
        ..Default::default()
    };
    let save = |store: &mut SqliteStore, c: &mut Clusterer| {
        let expected_generation = c.stored_generation();
        let batch = Batch {
            clusterer_rows: c.take_changes().unwrap(),
            expected_generation,
            ..Default::default()
        };
        store.write_batch(&batch)
    };
    let mut first = Clusterer::new(Config::default(), DEFAULT_MODEL);
    first.add(&article(1));
    save(&mut store, &mut first).unwrap();
    let mut second = Clusterer::restore(store.clusterer_rows().unwrap(), DEFAULT_MODEL).unwrap();
    first.add(&article(2));
    save(&mut store, &mut first).unwrap();
    second.add(&article(3));
    let err = save(&mut store, &mut second).unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::StaleClusterer {
                stored: Some(2),
                expected: Some(1),
                ..
            }
        ),
        "{err}"
    );
    // The store still holds the first writer's state, whole.
    let back = Clusterer::restore(store.clusterer_rows().unwrap(), DEFAULT_MODEL).unwrap();
    assert_eq!(back.stories().len(), 2);
    assert_eq!(back.generation(), 2);
}
