//! Per-document extraction speed on our own sample pages (HTML page, feed fragment, text).
//! Corpus-scale throughput on third-party pages is `concord bench extract` (see README).

use concord_extract::{extract_one, ExtractOptions};
use concord_sources::{read_input, Input, RawDoc, ReadOptions};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::PathBuf;

fn docs(path: &str) -> Vec<RawDoc> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path);
    read_input(&Input::File(p), &ReadOptions::default())
        .into_iter()
        .map(|r| r.expect("sample reads"))
        .collect()
}

fn bench(c: &mut Criterion) {
    let opts = ExtractOptions::default();
    let cases = [
        ("html page", "corpus/sample/html/gw-kim-lavrov-wonsan.html"),
        (
            "rss item",
            "corpus/sample/feeds/courrier-continental.rss.xml",
        ),
        ("text file", "corpus/sample/txt/es-kim-lavrov-agregador.txt"),
    ];
    let mut group = c.benchmark_group("extract_one");
    for (name, path) in cases {
        let doc = docs(path).remove(0);
        let bytes = match &doc.body {
            concord_sources::Body::Text(t)
            | concord_sources::Body::HtmlPage(t)
            | concord_sources::Body::HtmlFragment(t) => t.len(),
        };
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function(name, |b| {
            b.iter(|| extract_one(doc.clone(), &opts).expect("extracts"))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
