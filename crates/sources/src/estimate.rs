//! How many documents the inputs hold, counted cheaply before reading them, so that a long
//! run can show a progress bar with a time left: one per page or text file, one per
//! non-empty line of JSON lines, one per `<item>` or `<entry>` of a feed (counted in a
//! file's first 4 MB and scaled by its size). Compressed inputs
//! and standard input cannot be counted without reading them whole, and give no estimate.

use crate::detect::{detect_format, Detected};
use crate::Input;

/// The documents `inputs` hold, or none when some cannot be counted cheaply.
pub fn estimate_documents(inputs: &[Input]) -> Option<usize> {
    inputs.iter().map(estimate_one).sum()
}

/// Bytes read of a file to count its records; a larger file is estimated from them by its
/// size, so that the count costs little even on gigabytes of JSON lines.
const HEAD_BYTES: u64 = 4 << 20;

fn estimate_one(input: &Input) -> Option<usize> {
    use std::io::Read;
    let Input::File(path) = input else {
        return None;
    };
    let size = std::fs::metadata(path).ok()?.len();
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .ok()?
        .take(HEAD_BYTES)
        .read_to_end(&mut bytes)
        .ok()?;
    let scale = |n: usize| -> usize {
        if bytes.is_empty() || size <= bytes.len() as u64 {
            n
        } else {
            (n as f64 * size as f64 / bytes.len() as f64).round() as usize
        }
    };
    let name = path.display().to_string();
    match detect_format(&name, &bytes) {
        Ok(Detected::Html | Detected::Text) => Some(1),
        Ok(Detected::Json) => {
            let trimmed = bytes.trim_ascii_start();
            if trimmed.starts_with(b"[") {
                // A JSON array: its top-level objects are not counted without parsing.
                return Some(1);
            }
            Some(scale(
                bytes
                    .split(|&b| b == b'\n')
                    .filter(|l| !l.trim_ascii().is_empty())
                    .count(),
            ))
        }
        Ok(Detected::Feed) => {
            let count = |tag: &[u8]| bytes.windows(tag.len()).filter(|w| *w == tag).count();
            Some(scale(count(b"<item") + count(b"<entry")).max(1))
        }
        Ok(Detected::Gzip | Detected::Warc) => None,
        // Unreadable inputs are reported when read; they hold nothing.
        Err(_) => Some(0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_lines_items_and_pages() {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, text: &str| {
            let p = dir.path().join(name);
            std::fs::write(&p, text).unwrap();
            Input::File(p)
        };
        let jsonl = write("a.jsonl", "{\"text\": \"a\"}\n\n{\"text\": \"b\"}\n");
        let feed = write(
            "f.xml",
            "<rss><channel><item><title>x</title></item><item></item></channel></rss>",
        );
        let page = write("p.html", "<html><body><p>x</p></body></html>");
        assert_eq!(estimate_documents(&[jsonl.clone(), feed, page]), Some(5));
        assert_eq!(estimate_documents(&[jsonl, Input::Stdin]), None);
    }
}
