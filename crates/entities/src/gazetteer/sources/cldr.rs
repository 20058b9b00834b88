//! Unicode CLDR (Debian `unicode-cldr-core`, Unicode-DFS-2016): per-locale territory names,
//! subdivision names, exemplar city names of time zones, and country adjectives taken from
//! currency names ("won norte-coreano" → `norte-coreano`).

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use quick_xml::events::{BytesStart, Event};
use rayon::prelude::*;

use super::geonames::Cities;
use super::rigour::{country_of, CodeMap, NameSink};
use crate::gazetteer::records::{EntityRecord, EntityType, NameForm, PlaceKind, SourceData};
use crate::EntityError;

/// What one `main/<locale>.xml` gives, in file order.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct LocaleNames {
    /// (territory code upper case, name); `alt` forms other than short/variant left out.
    pub territories: Vec<(String, String)>,
    /// (time zone id, exemplar city name).
    pub zones: Vec<(String, String)>,
    /// (currency code, display name), every plural form.
    pub currencies: Vec<(String, String)>,
}

/// An element on the path from the root, with the attributes the parsers look at.
struct Elem {
    name: String,
    typ: Option<String>,
    alt: Option<String>,
    /// The attributes named in `walk`'s `extra`, in that order.
    extra: Vec<Option<String>>,
}

fn attr(path: &Path, e: &BytesStart, name: &str) -> Result<Option<String>, EntityError> {
    let bad = |m: String| EntityError::parse(path, m);
    match e.try_get_attribute(name).map_err(|x| bad(x.to_string()))? {
        Some(a) => Ok(Some(
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map_err(|x| bad(x.to_string()))?
                .into_owned(),
        )),
        None => Ok(None),
    }
}

/// Walks an XML document and calls `on_elem(stack, text)` at the end of every element, with
/// the element's own text (empty for containers and empty elements). `extra` names more
/// attributes to keep besides `type` and `alt` (e.g. `iso3166`).
fn walk(
    path: &Path,
    xml: &str,
    extra: &[&str],
    mut on_elem: impl FnMut(&[Elem], &str),
) -> Result<(), EntityError> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut stack: Vec<Elem> = Vec::new();
    let mut text = String::new();
    let err = |e: &dyn std::fmt::Display, r: &quick_xml::Reader<&[u8]>| {
        EntityError::parse(path, format!("byte {}: {e}", r.buffer_position()))
    };
    let elem = |e: &BytesStart| -> Result<Elem, EntityError> {
        Ok(Elem {
            name: e.local_name().as_ref().to_string(),
            typ: attr(path, e, "type")?,
            alt: attr(path, e, "alt")?,
            extra: extra
                .iter()
                .map(|n| attr(path, e, n))
                .collect::<Result<_, _>>()?,
        })
    };
    loop {
        match reader.read_event().map_err(|e| err(&e, &reader))? {
            Event::Start(e) => {
                stack.push(elem(&e)?);
                text.clear();
            }
            Event::Empty(e) => {
                stack.push(elem(&e)?);
                on_elem(&stack, "");
                stack.pop();
            }
            Event::Text(t) => text.push_str(&t.xml10_content()),
            Event::CData(t) => text.push_str(t.as_ref()),
            Event::GeneralRef(r) => {
                if let Some(c) = r.resolve_char_ref().map_err(|e| err(&e, &reader))? {
                    text.push(c);
                } else {
                    let name = r.xml10_content();
                    let v = quick_xml::escape::resolve_predefined_entity(&name)
                        .ok_or_else(|| err(&format!("unknown entity &{name};"), &reader))?;
                    text.push_str(v);
                }
            }
            Event::End(_) => {
                on_elem(&stack, text.trim());
                text.clear();
                stack.pop();
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

fn under(stack: &[Elem], names: &[&str]) -> bool {
    stack.len() >= names.len()
        && stack[stack.len() - names.len()..]
            .iter()
            .zip(names)
            .all(|(e, n)| e.name == *n)
}

/// Parses one `main/<locale>.xml`.
pub fn parse_locale(path: &Path, xml: &str) -> Result<LocaleNames, EntityError> {
    let mut out = LocaleNames::default();
    walk(path, xml, &[], |stack, text| {
        if text.is_empty() {
            return;
        }
        let last = &stack[stack.len() - 1];
        if under(stack, &["localeDisplayNames", "territories", "territory"]) {
            let Some(code) = &last.typ else { return };
            // Numeric codes are macro-regions (001 World, 150 Europe); other `alt` forms
            // (e.g. `biot`) are spellings tied to a context.
            let alpha = code.len() == 2 && code.bytes().all(|b| b.is_ascii_alphabetic());
            let alt_ok = matches!(last.alt.as_deref(), None | Some("short" | "variant"));
            if alpha && alt_ok {
                out.territories.push((code.clone(), text.to_string()));
            }
        } else if under(stack, &["timeZoneNames", "zone", "exemplarCity"]) {
            if let Some(tz) = &stack[stack.len() - 2].typ {
                out.zones.push((tz.clone(), text.to_string()));
            }
        } else if under(stack, &["currencies", "currency", "displayName"]) {
            if let Some(code) = &stack[stack.len() - 2].typ {
                out.currencies.push((code.clone(), text.to_string()));
            }
        }
    })?;
    Ok(out)
}

/// Parses one `subdivisions/<locale>.xml`: (code as `ru-krs`, name), in file order.
pub fn parse_subdivisions(path: &Path, xml: &str) -> Result<Vec<(String, String)>, EntityError> {
    let mut out = Vec::new();
    walk(path, xml, &[], |stack, text| {
        let last = &stack[stack.len() - 1];
        if text.is_empty() || !under(stack, &["subdivisions", "subdivision"]) {
            return;
        }
        let Some(t) = &last.typ else { return };
        // `rukrs` is ISO 3166-2 `RU-KRS` without its hyphen.
        if t.len() > 2 && t.is_char_boundary(2) && t[..2].bytes().all(|b| b.is_ascii_alphabetic()) {
            out.push((
                format!("{}-{}", &t[..2], &t[2..]).to_ascii_lowercase(),
                text.to_string(),
            ));
        }
    })?;
    Ok(out)
}

/// Parses `supplemental/supplementalData.xml`: currency code → the one country using it
/// (lower case), for currencies legal tender in exactly one country.
pub fn parse_currency_countries(
    path: &Path,
    xml: &str,
) -> Result<HashMap<String, String>, EntityError> {
    let mut regions: HashMap<String, BTreeSet<String>> = HashMap::new();
    // Attributes kept: [iso3166 (on region), iso4217 and tender (on currency)].
    walk(path, xml, &["iso3166", "iso4217", "tender"], |stack, _| {
        if !under(stack, &["currencyData", "region", "currency"]) {
            return;
        }
        let cur = &stack[stack.len() - 1];
        let region = &stack[stack.len() - 2];
        // Non-tender currencies (commemorative, accounting units) name no country's money.
        let tender = cur.extra[2].as_deref() != Some("false");
        if let (Some(reg), Some(code), true) = (&region.extra[0], &cur.extra[1], tender) {
            regions
                .entry(code.clone())
                .or_default()
                .insert(reg.to_ascii_lowercase());
        }
    })?;
    Ok(regions
        .into_iter()
        .filter(|(_, r)| r.len() == 1)
        .filter_map(|(c, r)| Some((c, r.into_iter().next()?)))
        .collect())
}

/// The words of a currency name, lower case, without parenthesised parts: a word starts with
/// a letter and goes on through letters, digits, combining marks and hyphens.
fn currency_words(name: &str) -> Vec<String> {
    let mut plain = String::with_capacity(name.len());
    let mut depth = 0usize;
    for c in name.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let mut words = Vec::new();
    let mut cur = String::new();
    for c in plain.chars() {
        let word_char = c.is_alphanumeric()
            || c == '-'
            || c == '_'
            || unicode_normalization::char::is_combining_mark(c);
        if cur.is_empty() && !c.is_alphabetic() {
            continue;
        }
        if word_char {
            cur.push(c);
        } else {
            words.push(std::mem::take(&mut cur).to_lowercase());
        }
    }
    if !cur.is_empty() {
        words.push(cur.to_lowercase());
    }
    words
}

/// Country adjectives of one locale: a word of a currency name is an adjective of a country
/// when every currency of that locale whose name has the word belongs to that one country
/// (nouns like "won", "rublo" span several). Returns (country, adjective), first-seen order.
pub fn demonyms(
    locale: &LocaleNames,
    currency_country: &HashMap<String, String>,
) -> Vec<(String, String)> {
    let mut order: Vec<String> = Vec::new();
    let mut owners: HashMap<String, BTreeSet<Option<&str>>> = HashMap::new();
    for (code, name) in &locale.currencies {
        let owner = currency_country.get(code).map(String::as_str);
        for w in currency_words(name) {
            let set = owners.entry(w.clone()).or_default();
            if set.is_empty() {
                order.push(w);
            }
            set.insert(owner);
        }
    }
    order
        .into_iter()
        .filter(|w| w.chars().count() > 3)
        .filter_map(|w| match owners[&w].iter().collect::<Vec<_>>()[..] {
            [Some(cc)] => Some((cc.to_string(), w)),
            _ => None,
        })
        .collect()
}

/// The language part of a locale file name (`pt_PT` → `pt`), None for `root`.
pub fn locale_lang(locale: &str) -> Option<String> {
    let lang = locale.split(['_', '-']).next()?.to_ascii_lowercase();
    (lang != "root" && !lang.is_empty()).then_some(lang)
}

/// CLDR's private-use pseudo-locale regions, which name no place.
const PSEUDO_TERRITORIES: [&str; 2] = ["XA", "XB"];

/// The CLDR files after parsing, by locale name, sorted.
pub struct Parsed {
    pub locales: Vec<(String, LocaleNames)>,
    pub subdivisions: Vec<(String, Vec<(String, String)>)>,
    pub currency_country: HashMap<String, String>,
}

/// A CLDR file to parse: (locale, path for error messages, text).
pub type LocaleFile<'a> = (String, PathBuf, &'a str);

/// Parses every file (the locale files in parallel).
pub fn parse_all(
    main: &[LocaleFile],
    subdivisions: &[LocaleFile],
    supplemental: (&Path, &str),
) -> Result<Parsed, EntityError> {
    let locales = main
        .par_iter()
        .map(|(loc, p, xml)| Ok((loc.clone(), parse_locale(p, xml)?)))
        .collect::<Result<Vec<_>, EntityError>>()?;
    let subdivisions = subdivisions
        .par_iter()
        .map(|(loc, p, xml)| Ok((loc.clone(), parse_subdivisions(p, xml)?)))
        .collect::<Result<Vec<_>, EntityError>>()?;
    Ok(Parsed {
        locales,
        subdivisions,
        currency_country: parse_currency_countries(supplemental.0, supplemental.1)?,
    })
}

fn new_place(id: String, name: &str, code: &str, kind: PlaceKind) -> EntityRecord {
    EntityRecord {
        id,
        name: name.to_string(),
        etype: EntityType::Place,
        place: Some(kind),
        country: country_of(code),
        population: 0,
        capital_of: None,
    }
}

/// Turns parsed CLDR into records: names go to the entity of their code (rigour's, via the
/// code map) or to a new `iso:<code>` place named in English; exemplar cities go to the
/// GeoNames city their time zone is named after.
pub fn build(parsed: &Parsed, codes: &mut CodeMap, cities: &Cities) -> SourceData {
    let mut data = SourceData::default();
    let mut sink = NameSink::default();
    let english = |loc: &str| loc == "en";
    // New entities first, named from English, so that every locale's names find them.
    for (_, l) in parsed.locales.iter().filter(|(loc, _)| english(loc)) {
        for (code, name) in &l.territories {
            if codes.get(code).is_none() && !PSEUDO_TERRITORIES.contains(&code.as_str()) {
                let lower = code.to_ascii_lowercase();
                let id = format!("iso:{lower}");
                data.entities
                    .push(new_place(id.clone(), name, &lower, PlaceKind::Region));
                codes.insert(&lower, &id);
            }
        }
    }
    for (_, subs) in parsed.subdivisions.iter().filter(|(loc, _)| english(loc)) {
        for (code, name) in subs {
            if codes.get(code).is_none() {
                let id = format!("iso:{code}");
                data.entities
                    .push(new_place(id.clone(), name, code, PlaceKind::Subdivision));
                codes.insert(code, &id);
            }
        }
    }
    // Each time zone's city, found once (in parallel: it folds many alternate names).
    let zones: BTreeSet<&str> = parsed
        .locales
        .iter()
        .flat_map(|(_, l)| l.zones.iter().map(|(tz, _)| tz.as_str()))
        .collect();
    let zone_city: HashMap<&str, String> = zones
        .into_par_iter()
        .filter_map(|tz| Some((tz, cities.match_zone(tz)?)))
        .collect();
    for (loc, l) in &parsed.locales {
        let Some(lang) = locale_lang(loc) else {
            continue;
        };
        let lang = Some(lang.as_str());
        for (code, name) in &l.territories {
            if let Some(id) = codes.get(code) {
                sink.add(id, name, NameForm::Name, lang);
            }
        }
        for (tz, name) in &l.zones {
            if let Some(id) = zone_city.get(tz.as_str()) {
                sink.add(id, name, NameForm::Name, lang);
            }
        }
        for (cc, adjective) in demonyms(l, &parsed.currency_country) {
            if let Some(id) = codes.get(&cc) {
                sink.add(id, &adjective, NameForm::Demonym, lang);
            }
        }
    }
    for (loc, subs) in &parsed.subdivisions {
        let Some(lang) = locale_lang(loc) else {
            continue;
        };
        for (code, name) in subs {
            if let Some(id) = codes.get(code) {
                sink.add(id, name, NameForm::Name, Some(&lang));
            }
        }
    }
    data.names = sink.names;
    data
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub const PT: &str = r#"<?xml version="1.0" encoding="UTF-8" ?>
<!DOCTYPE ldml SYSTEM "../../common/dtd/ldml.dtd">
<ldml>
	<identity><language type="pt"/></identity>
	<localeDisplayNames>
		<territories>
			<territory type="001">Mundo</territory>
			<territory type="BA">Bósnia &amp; Herzegovina</territory>
			<territory type="KP">Coreia do Norte</territory>
			<territory type="KP" alt="variant">RPDC</territory>
			<territory type="IO" alt="biot">BIOT</territory>
			<territory type="XA">Pseudossotaques</territory>
		</territories>
	</localeDisplayNames>
	<dates><timeZoneNames>
		<zone type="Asia/Pyongyang"><exemplarCity>Pyongyang</exemplarCity></zone>
		<zone type="Etc/Unknown"><exemplarCity>Cidade desconhecida</exemplarCity></zone>
	</timeZoneNames></dates>
	<numbers><currencies>
		<currency type="KPW">
			<displayName>Won norte-coreano</displayName>
			<displayName count="other">Wons norte-coreanos</displayName>
			<symbol>KPW</symbol>
		</currency>
		<currency type="KRW"><displayName>Won sul-coreano</displayName></currency>
		<currency type="RUB"><displayName>Rublo russo (&#x20BD;)</displayName></currency>
		<currency type="BYN"><displayName>Rublo bielorrusso</displayName></currency>
		<currency type="XAF"><displayName>Franco CFA de BEAC</displayName></currency>
	</currencies></numbers>
</ldml>
"#;

    pub const SUB_EN: &str = r#"<ldml><localeDisplayNames><subdivisions>
		<subdivision type="rukrs">Kursk</subdivision>
		<subdivision type="rumow">Moscow</subdivision>
		<subdivision type="kp01">Pyongyang</subdivision>
	</subdivisions></localeDisplayNames></ldml>"#;
    pub const SUB_FR: &str = r#"<ldml><localeDisplayNames><subdivisions>
		<subdivision type="rukrs" draft="contributed">Oblast de Koursk</subdivision>
		<subdivision type="kp01">Pyongyang</subdivision>
		<subdivision type="xx99">Nulle part</subdivision>
	</subdivisions></localeDisplayNames></ldml>"#;
    pub const EN: &str = r#"<ldml><localeDisplayNames><territories>
		<territory type="KP">North Korea</territory>
		<territory type="EZ">Eurozone</territory>
		<territory type="XA">Pseudo-Accents</territory>
	</territories></localeDisplayNames></ldml>"#;
    pub const SUPPLEMENTAL: &str = r#"<supplementalData><currencyData>
		<region iso3166="KP"><currency iso4217="KPW" from="1959-04-17"/></region>
		<region iso3166="KR"><currency iso4217="KRW" from="1953"/><currency iso4217="KPW" tender="false"/></region>
		<region iso3166="RU"><currency iso4217="RUB" from="1999"/></region>
		<region iso3166="BY"><currency iso4217="BYN" from="2016"/></region>
		<region iso3166="CM"><currency iso4217="XAF"/></region>
		<region iso3166="TD"><currency iso4217="XAF"/></region>
	</currencyData></supplementalData>"#;

    #[test]
    fn locale_file() {
        let l = parse_locale(Path::new("pt.xml"), PT).unwrap();
        assert_eq!(
            l.territories,
            [
                ("BA".into(), "Bósnia & Herzegovina".into()),
                ("KP".into(), "Coreia do Norte".into()),
                ("KP".into(), "RPDC".into()),
                ("XA".into(), "Pseudossotaques".into()),
            ]
        );
        assert_eq!(l.zones[0], ("Asia/Pyongyang".into(), "Pyongyang".into()));
        assert_eq!(l.currencies.len(), 6);
        assert!(parse_locale(Path::new("bad.xml"), "<a><b></a>")
            .unwrap_err()
            .to_string()
            .contains("bad.xml"));
    }

    #[test]
    fn demonyms_from_currency_names() {
        let cc = parse_currency_countries(Path::new("s.xml"), SUPPLEMENTAL).unwrap();
        assert_eq!(
            cc.get("KPW").map(String::as_str),
            Some("kp"),
            "non-tender use ignored"
        );
        assert_eq!(cc.get("XAF"), None, "shared by several countries");
        let l = parse_locale(Path::new("pt.xml"), PT).unwrap();
        let d = demonyms(&l, &cc);
        let d: Vec<_> = d.iter().map(|(c, w)| (c.as_str(), w.as_str())).collect();
        // "won" and "rublo" span two countries; "cfa"/"beac" belong to a shared currency.
        assert_eq!(
            d,
            [
                ("kp", "norte-coreano"),
                ("kp", "wons"),
                ("kp", "norte-coreanos"),
                ("kr", "sul-coreano"),
                ("ru", "russo"),
                ("by", "bielorrusso"),
            ]
        );
    }

    #[test]
    fn words_of_currency_names() {
        assert_eq!(
            currency_words("Won norte-coreano (1959–)"),
            ["won", "norte-coreano"]
        );
        assert_eq!(currency_words("2 Rupia indiana"), ["rupia", "indiana"]);
        assert_eq!(
            currency_words("हिन्दी रुपया"),
            ["हिन्दी", "रुपया"],
            "marks stay in words"
        );
    }

    #[test]
    fn locales_to_languages() {
        assert_eq!(locale_lang("pt_PT").as_deref(), Some("pt"));
        assert_eq!(locale_lang("zh_Hant_HK").as_deref(), Some("zh"));
        assert_eq!(locale_lang("root"), None);
    }

    #[test]
    fn build_links_names_to_one_id_space() {
        let (rig, mut codes) = crate::gazetteer::sources::rigour::parse_territories(
            Path::new("t"),
            concat!(
                r#"{"name":"North Korea","qid":"Q423","is_country":true,"code":"kp"}"#,
                "\n",
                r#"{"name":"Kursk Oblast","qid":"Q3178","code":"ru-krs"}"#,
                "\n",
                r#"{"name":"Russia","qid":"Q159","is_country":true,"code":"ru"}"#
            ),
        )
        .unwrap();
        assert_eq!(rig.entities.len(), 3);
        let cities = crate::gazetteer::sources::geonames::parse_cities(
            Path::new("c"),
            br#"{"1871859": {"geonameid": 1871859, "name": "Pyongyang", "countrycode": "KP",
                "population": 3222000, "timezone": "Asia/Pyongyang", "alternatenames": []}}"#,
        )
        .unwrap();
        let (_, index) = crate::gazetteer::sources::geonames::build(cities, &[]);
        let file = |loc: &str, xml: &'static str| (loc.to_string(), PathBuf::from(loc), xml);
        let parsed = parse_all(
            &[file("en", EN), file("pt_PT", PT), file("root", PT)],
            &[file("en", SUB_EN), file("fr", SUB_FR)],
            (Path::new("s"), SUPPLEMENTAL),
        )
        .unwrap();
        let d = build(&parsed, &mut codes, &index);
        let ents: Vec<_> = d
            .entities
            .iter()
            .map(|e| (e.id.as_str(), e.name.as_str(), e.place))
            .collect();
        assert_eq!(
            ents,
            [
                ("iso:ez", "Eurozone", Some(PlaceKind::Region)),
                ("iso:ru-mow", "Moscow", Some(PlaceKind::Subdivision)),
                ("iso:kp-01", "Pyongyang", Some(PlaceKind::Subdivision)),
            ]
        );
        let has = |id: &str, text: &str, form: NameForm, lang: &str| {
            d.names.iter().any(|n| {
                n.entity == id
                    && n.text == text
                    && n.form == form
                    && n.lang.as_deref() == Some(lang)
            })
        };
        assert!(has("Q423", "Coreia do Norte", NameForm::Name, "pt"));
        assert!(has("Q423", "RPDC", NameForm::Name, "pt"));
        assert!(has("Q423", "norte-coreano", NameForm::Demonym, "pt"));
        assert!(has("Q159", "russo", NameForm::Demonym, "pt"));
        assert!(has("Q3178", "Oblast de Koursk", NameForm::Name, "fr"));
        assert!(has("iso:kp-01", "Pyongyang", NameForm::Name, "fr"));
        assert!(has("gn:1871859", "Pyongyang", NameForm::Name, "pt"));
        // Codes with no English name and pseudo-regions make nothing; root is not a language.
        assert!(!d
            .names
            .iter()
            .any(|n| n.text == "Nulle part" || n.text == "Pseudossotaques"));
        assert!(d.names.iter().all(|n| n.lang.as_deref() != Some("root")));
        // Codes CLDR added are in the map for later sources.
        assert_eq!(codes.get("ru-mow"), Some("iso:ru-mow"));
    }
}
