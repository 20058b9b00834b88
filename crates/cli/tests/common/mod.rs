//! Helpers for running the `concord` binary in tests.

#![allow(dead_code)]

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

pub fn concord(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_concord"))
        .args(args)
        .current_dir(repo_root())
        .stdin(Stdio::null())
        .output()
        .expect("concord runs")
}

pub fn concord_stdin(args: &[&str], input: &[u8]) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_concord"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("concord runs");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

/// Articles printed as JSON lines.
pub fn articles(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l}: {e}")))
        .collect()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// `concord ingest --db DB INPUTS...`, which must succeed; returns its log (stderr).
#[allow(dead_code)]
pub fn ingest(db: &Path, inputs: &[&str]) -> String {
    let mut args = vec!["ingest", "--db", db.to_str().unwrap()];
    args.extend_from_slice(inputs);
    let out = concord(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    stderr(&out)
}

/// `concord analyze -` on records given as JSON values (one JSON line each), which must
/// succeed; returns the analysed records.
#[allow(dead_code)]
pub fn analyze_records(records: &[Value]) -> Vec<Value> {
    let lines: Vec<String> = records.iter().map(Value::to_string).collect();
    let out = concord_stdin(&["analyze", "-"], lines.join("\n").as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    articles(&out)
}
