//! Writing article records as JSON lines, a JSON array, or a text summary.

use anyhow::Result;
use concord_model::Article;
use std::io::{BufWriter, Stdout, Write};

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Jsonl,
    Json,
    Text,
}

pub struct Writer {
    format: Format,
    out: BufWriter<Stdout>,
    count: usize,
}

impl Writer {
    pub fn stdout(format: Format) -> Self {
        Writer {
            format,
            out: BufWriter::new(std::io::stdout()),
            count: 0,
        }
    }

    pub fn write(&mut self, a: &Article) -> Result<()> {
        match self.format {
            Format::Jsonl => {
                serde_json::to_writer(&mut self.out, a)?;
                writeln!(self.out)?;
            }
            Format::Json => {
                self.out
                    .write_all(if self.count == 0 { b"[\n" } else { b",\n" })?;
                serde_json::to_writer_pretty(&mut self.out, a)?;
            }
            Format::Text => write_summary(&mut self.out, a)?,
        }
        self.count += 1;
        Ok(())
    }

    pub fn finish(mut self) -> Result<()> {
        if self.format == Format::Json {
            self.out
                .write_all(if self.count == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()?;
        Ok(())
    }
}

fn write_summary(out: &mut impl Write, a: &Article) -> Result<()> {
    let when = a.published.map_or("-".to_string(), |p| {
        format!("{} ({})", p.to_rfc3339(), from_name(a))
    });
    writeln!(
        out,
        "{}  {}",
        a.id,
        a.title.as_deref().unwrap_or("(no title)")
    )?;
    writeln!(
        out,
        "  lang {} ({:.2})  source {}  published {}",
        a.lang.as_deref().unwrap_or("?"),
        a.lang_confidence,
        a.source.as_deref().unwrap_or("-"),
        when
    )?;
    let words = a.text.split_whitespace().count();
    let mut facts = vec![
        format!("{words} words"),
        format!("{} removed", a.removed.len()),
        format!("{} repairs", a.repairs.len()),
    ];
    if !a.agencies.is_empty() {
        facts.push(format!("agencies {}", a.agencies.join(", ")));
    }
    if let Some(d) = &a.duplicate_of {
        facts.push(format!("duplicate of {d}"));
    }
    writeln!(out, "  {}  [{}]", facts.join(", "), a.input.path)?;
    if !a.entities.is_empty() {
        let list: Vec<String> = a
            .entities
            .iter()
            .map(|e| format!("{} ({}, {}x)", e.name, e.id, e.mentions.len()))
            .collect();
        writeln!(out, "  entities: {}", list.join("; "))?;
    }
    let lead: String = a
        .text
        .chars()
        .take(160)
        .collect::<String>()
        .replace('\n', " ");
    writeln!(
        out,
        "  {lead}{}\n",
        if a.text.chars().count() > 160 {
            "…"
        } else {
            ""
        }
    )?;
    Ok(())
}

fn from_name(a: &Article) -> &'static str {
    match a.published_from {
        Some(f) => match f {
            concord_model::PublishedFrom::Input => "input",
            concord_model::PublishedFrom::Meta => "meta",
            concord_model::PublishedFrom::Feed => "feed",
            concord_model::PublishedFrom::Warc => "warc",
            concord_model::PublishedFrom::Text => "text",
        },
        None => "-",
    }
}
