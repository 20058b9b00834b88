//! `concord`: a multilingual news event engine. See the README for the commands and the
//! article record they share.

mod commands;
mod input;
mod output;

use anyhow::Result;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "concord", version, about = "Multilingual news event engine")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read articles from text, HTML, JSON lines, RSS/Atom feeds and WARC archives, and print
    /// them clean and described, one record per article.
    Extract(commands::extract::Args),
    /// `extract`, then find the people, organisations and places of each article, linked to
    /// one id across languages and scripts, and its quotes, numbers and times (adds
    /// `entities`, `quotes`, `claims` and `times` to the record).
    Analyze(commands::analyze::Args),
    /// Embed each article with a multilingual model: JSON lines `{id, model, vector}`.
    Embed(commands::embed::Args),
    /// `analyze`, then put each article, in input order, into the story it reports (across
    /// languages) or a new one: `{id, story, score}` per article, then one line per story.
    Cluster(commands::cluster::Args),
    /// `cluster`, then each story's dossier: what its sources agree on, what only one
    /// reports, where they conflict, linked to the sentences.
    Compare(commands::compare::Args),
    /// Analyse and cluster inputs into the stories of the store (incremental, idempotent).
    Ingest(commands::ingest::Args),
    /// List the store's stories.
    Stories(commands::stories_cmd::ListArgs),
    /// One story of the store as a dossier.
    Story(commands::stories_cmd::ShowArgs),
    /// Full-text search over the store's articles, by words and entity ids, grouped by story.
    Search(commands::stories_cmd::SearchArgs),
    /// Serve the JSON API, the web UI and Prometheus metrics over a store.
    Serve(commands::serve::Args),
    /// The probability that two articles report the same story, for pairs of article ids.
    Pairs(commands::pairs::Args),
    /// Fit the same-story model on labelled pairs of the sample corpus.
    Train(commands::train::Args),
    /// Install or list the embedding models (see scripts/setup-models.sh).
    #[command(subcommand)]
    Models(commands::models::ModelsCommand),
    /// Score a stage against a gold file.
    #[command(subcommand)]
    Eval(commands::eval::EvalCommand),
    /// Measure a stage's speed.
    #[command(subcommand)]
    Bench(commands::bench::BenchCommand),
}

/// Commands that print to a pipe end quietly when the reader goes away (`concord stories |
/// head`), as Unix tools do, instead of panicking on the write. The server keeps Rust's
/// default (SIGPIPE ignored): a client hanging up must not stop it.
#[cfg(unix)]
fn quiet_broken_pipes() {
    // SAFETY: restoring the default disposition of a signal at start-up, before any thread.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

fn main() {
    let cli = Cli::parse();
    #[cfg(unix)]
    if !matches!(cli.command, Command::Serve(_)) {
        quiet_broken_pipes();
    }
    let result: Result<i32> = match cli.command {
        Command::Extract(args) => commands::extract::run(args),
        Command::Analyze(args) => commands::analyze::run(args),
        Command::Embed(args) => commands::embed::run(args),
        Command::Cluster(args) => commands::cluster::run(args),
        Command::Pairs(args) => commands::pairs::run(args),
        Command::Compare(args) => commands::compare::run(args),
        Command::Ingest(args) => commands::ingest::run(args),
        Command::Stories(args) => commands::stories_cmd::list(args),
        Command::Story(args) => commands::stories_cmd::show(args),
        Command::Search(args) => commands::stories_cmd::search(args),
        Command::Serve(args) => commands::serve::run(args),
        Command::Train(args) => commands::train::run(args),
        Command::Models(cmd) => commands::models::run(cmd),
        Command::Eval(cmd) => commands::eval::run(cmd),
        Command::Bench(cmd) => commands::bench::run(cmd),
    };
    match result {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::exit(2);
        }
    }
}
