//! Compiles merged source records into the memory-mapped gazetteer files.

use super::format::*;
use super::records::{EntityType, NameForm, SourceData};
use crate::fold;
use crate::EntityError;
use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::Path;

/// What a build produced, also written to the manifest.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct BuildStats {
    pub entities: usize,
    pub names: usize,
    pub keys: usize,
    pub name_part_groups: usize,
    pub person_part_keys: usize,
    pub dropped_names: usize,
    pub fst_bytes: u64,
    pub postings_bytes: u64,
    pub entities_bytes: u64,
}

/// Writes `names.fst`, `postings.bin`, `entities.bin` and `manifest.json` into `out`.
///
/// Names whose entity is `country:<iso2>` (seed demonyms) are given to the country entity
/// with that code. Entity ids are unique: the first record of an id wins, later records only
/// add names.
pub fn build(data: &SourceData, out: &Path) -> Result<BuildStats, EntityError> {
    std::fs::create_dir_all(out).map_err(|e| EntityError::io(out, e))?;
    let mut stats = BuildStats::default();

    let mut index: HashMap<&str, u32> = HashMap::new();
    let mut entities = Vec::new();
    for e in &data.entities {
        if !index.contains_key(e.id.as_str()) {
            index.insert(&e.id, entities.len() as u32);
            entities.push(e);
        }
    }
    let mut country_of_code: HashMap<&str, u32> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        if e.place == Some(super::records::PlaceKind::Country) {
            if let Some(c) = e.country.as_deref() {
                country_of_code.entry(c).or_insert(i as u32);
            }
        }
    }

    let mut postings: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    let lex = crate::lexicon::Lexicon::new();
    for n in &data.names {
        let target = match n.entity.strip_prefix("country:") {
            Some(code) => country_of_code.get(code).copied(),
            None => index.get(n.entity.as_str()).copied(),
        };
        let k = fold::key(&n.text);
        let (Some(target), false) = (target, k.is_empty()) else {
            stats.dropped_names += 1;
            continue;
        };
        let kind = match n.form {
            NameForm::Name => PostingKind::Name,
            NameForm::Acronym => PostingKind::Acronym,
            NameForm::Demonym => PostingKind::Demonym,
            NameForm::Short => PostingKind::Short,
        };
        if entities[target as usize].place == Some(super::records::PlaceKind::Subdivision) {
            if let Some(short) = without_designator(&lex, &k) {
                postings
                    .entry(short)
                    .or_default()
                    .push(encode_posting(target, kind));
            }
        }
        postings
            .entry(k)
            .or_default()
            .push(encode_posting(target, kind));
        stats.names += 1;
    }

    // Person-name parts: every single-token spelling points to its groups.
    let mut groups_of: HashMap<String, Vec<u32>> = HashMap::new();
    for (gi, g) in data.name_parts.iter().enumerate() {
        for f in &g.forms {
            let k = fold::key(f);
            if k.is_empty() || k.contains(' ') {
                continue;
            }
            let v = groups_of.entry(k).or_default();
            if !v.contains(&(gi as u32)) {
                v.push(gi as u32);
            }
        }
    }
    stats.name_part_groups = data.name_parts.len();
    // Known people by their first and last name parts, so "Сергей Лавров" finds the person
    // listed as "Sergey Lavrov" through rigour's cross-script groups.
    for n in &data.names {
        let Some(&ei) = index.get(n.entity.as_str()) else {
            continue;
        };
        if entities[ei as usize].etype != EntityType::Person || n.form != NameForm::Name {
            continue;
        }
        let k = fold::key(&n.text);
        let toks: Vec<&str> = k.split(' ').collect();
        if toks.len() < 2 {
            continue;
        }
        let (Some(first), Some(last)) =
            (groups_of.get(toks[0]), groups_of.get(toks[toks.len() - 1]))
        else {
            continue;
        };
        for f in first {
            for l in last {
                postings
                    .entry(person_parts_key(*f, *l))
                    .or_default()
                    .push(encode_posting(ei, PostingKind::PersonParts));
                stats.person_part_keys += 1;
            }
        }
    }
    for (k, gs) in groups_of {
        let v = postings.entry(k).or_default();
        v.extend(gs.iter().map(|&g| encode_posting(g, PostingKind::NamePart)));
    }

    // postings.bin and the fst over the sorted keys.
    let fst_path = out.join(NAMES_FILE);
    let post_path = out.join(POSTINGS_FILE);
    let mut post: Vec<u8> = Vec::new();
    let fst_file = std::fs::File::create(&fst_path).map_err(|e| EntityError::io(&fst_path, e))?;
    let mut map =
        fst::MapBuilder::new(std::io::BufWriter::new(fst_file)).map_err(|e| corrupt(out, e))?;
    let lower_path = out.join(LOWER_FILE);
    let lower_file =
        std::fs::File::create(&lower_path).map_err(|e| EntityError::io(&lower_path, e))?;
    let mut lower =
        fst::MapBuilder::new(std::io::BufWriter::new(lower_file)).map_err(|e| corrupt(out, e))?;
    let lowercase_ok = |p: u32| {
        let (i, kind) = decode_posting(p);
        kind == PostingKind::Demonym
            || (matches!(kind, PostingKind::Name)
                && (entities[i as usize]
                    .id
                    .starts_with(crate::link::ROLE_PREFIX)
                    || entities[i as usize]
                        .id
                        .starts_with(crate::link::INSTITUTION_PREFIX)))
    };
    for (k, mut v) in postings {
        v.sort_unstable();
        v.dedup();
        let offset = (post.len() / 4) as u64;
        post.extend_from_slice(&(v.len() as u32).to_le_bytes());
        for p in &v {
            post.extend_from_slice(&p.to_le_bytes());
        }
        map.insert(k.as_bytes(), offset)
            .map_err(|e| corrupt(out, e))?;
        if v.iter().any(|&p| lowercase_ok(p)) {
            lower
                .insert(k.as_bytes(), offset)
                .map_err(|e| corrupt(out, e))?;
        }
        stats.keys += 1;
    }
    map.finish().map_err(|e| corrupt(out, e))?;
    lower.finish().map_err(|e| corrupt(out, e))?;
    std::fs::write(&post_path, &post).map_err(|e| EntityError::io(&post_path, e))?;

    // entities.bin
    let mut blob: Vec<u8> = Vec::new();
    let mut recs: Vec<u8> = Vec::with_capacity(entities.len() * RECORD_LEN);
    for e in &entities {
        let id_off = blob.len() as u32;
        blob.extend_from_slice(e.id.as_bytes());
        let name = truncate(&e.name, u16::MAX as usize);
        let name_off = blob.len() as u32;
        blob.extend_from_slice(name.as_bytes());
        recs.extend_from_slice(&id_off.to_le_bytes());
        recs.extend_from_slice(&name_off.to_le_bytes());
        recs.extend_from_slice(&(e.id.len().min(u16::MAX as usize) as u16).to_le_bytes());
        recs.extend_from_slice(&(name.len() as u16).to_le_bytes());
        recs.extend_from_slice(&(e.population.min(u32::MAX as u64) as u32).to_le_bytes());
        recs.push(etype_code(e.etype));
        recs.push(place_code(e.place));
        recs.extend_from_slice(&code2(e.country.as_deref()));
        recs.extend_from_slice(&code2(e.capital_of.as_deref()));
        recs.extend_from_slice(&[0, 0]);
    }
    let ent_path = out.join(ENTITIES_FILE);
    let mut f = std::io::BufWriter::new(
        std::fs::File::create(&ent_path).map_err(|e| EntityError::io(&ent_path, e))?,
    );
    let blob_off = (HEADER_LEN + recs.len()) as u32;
    let mut header = Vec::with_capacity(HEADER_LEN);
    header.extend_from_slice(MAGIC);
    header.extend_from_slice(&(entities.len() as u32).to_le_bytes());
    header.extend_from_slice(&blob_off.to_le_bytes());
    header.extend_from_slice(&(blob.len() as u32).to_le_bytes());
    for part in [&header, &recs, &blob] {
        f.write_all(part)
            .map_err(|e| EntityError::io(&ent_path, e))?;
    }
    f.flush().map_err(|e| EntityError::io(&ent_path, e))?;
    drop(f);

    // The Latin spellings of each name-part group ("ahmad ahmed achmad ..."), so a name
    // written in another script can be given a Latin key.
    let groups_path = out.join(GROUPS_FILE);
    let mut groups_txt = String::new();
    for g in &data.name_parts {
        let mut latin: Vec<String> = g
            .forms
            .iter()
            .map(|f| fold::fold(f))
            .filter(|f| !f.is_empty() && f.chars().all(|c| c.is_ascii_lowercase()))
            .collect();
        latin.sort();
        latin.dedup();
        groups_txt.push_str(&latin.join(" "));
        groups_txt.push('\n');
    }
    std::fs::write(&groups_path, groups_txt).map_err(|e| EntityError::io(&groups_path, e))?;

    let sw_path = out.join(STOPWORDS_FILE);
    let sw: String = data
        .stopwords
        .iter()
        .map(|(l, w)| format!("{l}\t{w}\n"))
        .collect();
    std::fs::write(&sw_path, sw).map_err(|e| EntityError::io(&sw_path, e))?;

    stats.entities = entities.len();
    let size = |p: &Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
    stats.fst_bytes = size(&fst_path);
    stats.postings_bytes = size(&post_path);
    stats.entities_bytes = size(&ent_path);
    let manifest = serde_json::json!({
        "format": "CGZ1",
        "stats": &stats,
        "sources": &data.provenance,
    });
    let man_path = out.join(MANIFEST_FILE);
    std::fs::write(
        &man_path,
        serde_json::to_vec_pretty(&manifest).expect("manifest serialises"),
    )
    .map_err(|e| EntityError::io(&man_path, e))?;
    Ok(stats)
}

/// A subdivision's name without its generic designator, so that "Kursk" in "the Kursk
/// region" can find Kursk Oblast: "kursk oblast" -> "kursk", "region de murcia" -> "murcia",
/// "库尔斯克州" -> "库尔斯克", "쿠르스크주" -> "쿠르스크".
pub fn without_designator(lex: &crate::lexicon::Lexicon, key: &str) -> Option<String> {
    let toks: Vec<&str> = key.split(' ').collect();
    if toks.len() >= 2 && lex.is_region_word(toks[toks.len() - 1]) {
        return Some(toks[..toks.len() - 1].join(" "));
    }
    if toks.len() >= 3 && lex.is_region_word(toks[0]) && lex.is_connector(toks[1]) {
        return Some(toks[2..].join(" "));
    }
    if toks.len() == 1 {
        let chars: Vec<char> = key.chars().collect();
        let last = *chars.last()?;
        let cjk = crate::fold::is_han_or_kana(last) && matches!(last, '州' | '省');
        let hangul = crate::fold::is_hangul_syllable(last) && matches!(last, '주' | '도');
        if (cjk || hangul) && chars.len() >= 3 {
            return Some(chars[..chars.len() - 1].iter().collect());
        }
    }
    None
}

/// The key under which a person is found from the groups of its first and last name part.
pub fn person_parts_key(first_group: u32, last_group: u32) -> String {
    format!("\u{1}{first_group}\u{1}{last_group}")
}

fn truncate(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

fn corrupt(path: &Path, e: impl std::fmt::Display) -> EntityError {
    EntityError::Corrupt {
        path: path.to_path_buf(),
        message: e.to_string(),
    }
}
