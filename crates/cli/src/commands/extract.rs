//! `concord extract`: clean, described articles from any supported input.

use crate::input::{exit_code, for_each_article, InputArgs};
use crate::output::{Format, Writer};
use anyhow::Result;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output: JSON lines, one JSON array, or a short human-readable summary per article.
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    pub format: Format,
}

pub fn run(args: Args) -> Result<i32> {
    let mut out = Writer::stdout(args.format);
    let (articles, errors) = for_each_article(&args.input, |a| out.write(&a))?;
    out.finish()?;
    if args.format == Format::Text {
        eprintln!("{articles} articles, {errors} errors");
    }
    Ok(exit_code(&args.input, articles, errors))
}
