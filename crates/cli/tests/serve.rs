//! `concord serve`: the API, the pages and the metrics over a temporary store, and that
//! hostile article text is shown as text: escaped, under a Content-Security-Policy that
//! forbids scripts.

mod common;

use common::repo_root;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(db: &std::path::Path) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_concord"))
        .args([
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--db",
            db.to_str().unwrap(),
        ])
        .current_dir(repo_root())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("concord serve runs");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    Server { child, addr }
}

/// One HTTP/1.1 request; returns (status, headers, body).
fn request(addr: &str, method: &str, path: &str, body: &str) -> (u16, String, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Type: application/x-ndjson\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut raw = String::new();
    s.read_to_string(&mut raw).unwrap();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap();
    let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    (status, head.to_lowercase(), body.to_string())
}

#[test]
fn api_pages_and_metrics_show_hostile_text_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(&dir.path().join("concord.db"));
    let a = &server.addr;

    let (status, _, spec) = request(a, "GET", "/api/openapi.json", "");
    assert_eq!(status, 200);
    let spec: serde_json::Value = serde_json::from_str(&spec).unwrap();
    assert!(spec["paths"]["/api/stories/{id}"].is_object());

    let hostile = "Officials in Lisbon said on Monday that <script>alert('x')</script> the bridge \
        <img src=x onerror=alert(1)> would reopen, according to <a href=\"javascript:alert(2)\">the \
        ministry</a>. The Tagus bridge carries 150,000 vehicles a day.";
    let rec = serde_json::json!({"id": "hostile-1", "lang": "en", "title": "<b onmouseover=alert(3)>Bridge</b> reopens", "text": hostile});
    let (status, _, body) = request(a, "POST", "/api/ingest", &format!("{rec}\n"));
    assert_eq!(status, 200, "{body}");
    let counts: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(counts["new"], 1, "{body}");

    let (status, head, page) = request(a, "GET", "/article/hostile-1", "");
    assert_eq!(status, 200);
    assert!(
        head.contains("content-security-policy: default-src 'none'"),
        "{head}"
    );
    assert!(!page.contains("<script"), "{page}");
    assert!(!page.contains("<img"), "{page}");
    assert!(!page.contains("<b "), "{page}");
    assert!(!page.contains("href=\"javascript:"), "{page}");
    assert!(page.contains("&lt;script&gt;"), "{page}");

    // A dossier line links to its sentence: the range is marked, still as text.
    let (_, _, marked) = request(a, "GET", "/article/hostile-1?hl=40-90", "");
    assert!(marked.contains("<mark id=\"hl\">"), "{marked}");
    assert!(!marked.contains("<script"), "{marked}");

    let (_, _, stories) = request(a, "GET", "/api/stories", "");
    let stories: serde_json::Value = serde_json::from_str(&stories).unwrap();
    let id = stories[0]["id"].as_str().unwrap().to_string();
    let (status, _, dossier) = request(a, "GET", &format!("/api/stories/{id}"), "");
    assert_eq!(status, 200);
    assert!(dossier.contains("hostile-1"));
    let (status, head, page) = request(a, "GET", &format!("/story/{id}"), "");
    assert_eq!(status, 200);
    assert!(head.contains("content-security-policy"));
    assert!(!page.contains("<script") && !page.contains("<b "), "{page}");

    let (_, _, found) = request(a, "GET", "/api/search?q=bridges", "");
    assert!(found.contains("hostile-1"), "{found}");
    let (status, _, _) = request(a, "GET", "/api/articles/nothing-here", "");
    assert_eq!(status, 404);

    let (_, _, metrics) = request(a, "GET", "/metrics", "");
    assert!(
        metrics.contains("concord_ingested_articles_total{outcome=\"new\"} 1"),
        "{metrics}"
    );
    assert!(
        metrics.contains("concord_http_requests_total{route=\"/api/ingest\",status=\"200\"} 1"),
        "{metrics}"
    );
}
