//! The entities stage on a small gazetteer built here from hand-written records, so each
//! rule is tested alone, without the registry data.

use concord_entities::gazetteer::{build, Gazetteer};
use concord_entities::lexicon::Lexicon;
use concord_entities::{
    EntityExtractor, EntityRecord, EntityType, NameForm, NamePartGroup, NameRecord, PlaceKind,
    SourceData,
};
use concord_model::Entity;

fn place(
    id: &str,
    name: &str,
    kind: PlaceKind,
    cc: &str,
    pop: u64,
    capital: Option<&str>,
) -> EntityRecord {
    EntityRecord {
        id: id.into(),
        name: name.into(),
        etype: EntityType::Place,
        place: Some(kind),
        country: Some(cc.into()),
        population: pop,
        capital_of: capital.map(Into::into),
    }
}

fn other(id: &str, name: &str, etype: EntityType) -> EntityRecord {
    EntityRecord {
        id: id.into(),
        name: name.into(),
        etype,
        place: None,
        country: None,
        population: 0,
        capital_of: None,
    }
}

fn names(data: &mut SourceData, id: &str, form: NameForm, list: &[&str]) {
    for n in list {
        data.names.push(NameRecord {
            entity: id.into(),
            text: (*n).into(),
            form,
            lang: None,
        });
    }
}

fn extractor() -> &'static EntityExtractor {
    static EX: std::sync::OnceLock<EntityExtractor> = std::sync::OnceLock::new();
    EX.get_or_init(build_extractor)
}

fn build_extractor() -> EntityExtractor {
    let mut d = SourceData::default();
    d.entities.push(place(
        "Q423",
        "North Korea",
        PlaceKind::Country,
        "kp",
        0,
        None,
    ));
    d.entities
        .push(place("Q159", "Russia", PlaceKind::Country, "ru", 0, None));
    d.entities
        .push(place("Q212", "Ukraine", PlaceKind::Country, "ua", 0, None));
    d.entities.push(place(
        "gn:1871859",
        "Pyongyang",
        PlaceKind::City,
        "kp",
        3_222_000,
        Some("kp"),
    ));
    d.entities.push(place(
        "gn:524901",
        "Moscow",
        PlaceKind::City,
        "ru",
        10_381_222,
        Some("ru"),
    ));
    d.entities.push(place(
        "gn:703448",
        "Kyiv",
        PlaceKind::City,
        "ua",
        2_952_301,
        Some("ua"),
    ));
    d.entities.push(place(
        "gn:1866923",
        "Wonsan",
        PlaceKind::City,
        "kp",
        329_207,
        None,
    ));
    d.entities
        .push(place("gn:1", "Vila", PlaceKind::City, "pt", 1_418, None));
    d.entities.push(place(
        "Q3178",
        "Kursk Oblast",
        PlaceKind::Subdivision,
        "ru",
        0,
        None,
    ));
    d.entities.push(place(
        "gn:538560",
        "Kursk",
        PlaceKind::City,
        "ru",
        440_000,
        None,
    ));
    d.entities.push(other(
        "person:sergey-lavrov",
        "Sergey Lavrov",
        EntityType::Person,
    ));
    d.entities.push(other(
        "person:kim-jong-un",
        "Kim Jong Un",
        EntityType::Person,
    ));
    d.entities.push(other(
        "person:anton-ivanov",
        "Anton Ivanov",
        EntityType::Person,
    ));
    d.entities.push(other(
        "org:kcna",
        "Korean Central News Agency",
        EntityType::Organisation,
    ));
    d.entities.push(other(
        "role:foreign-minister",
        "foreign minister",
        EntityType::Other,
    ));
    d.entities.push(other(
        "institution:foreign-ministry",
        "foreign ministry",
        EntityType::Organisation,
    ));
    names(
        &mut d,
        "Q423",
        NameForm::Name,
        &[
            "North Korea",
            "Coréia do Norte",
            "Corea del Nord",
            "Korea Północna",
            "Северная Корея",
            "朝鲜",
            "북한",
        ],
    );
    names(
        &mut d,
        "Q159",
        NameForm::Name,
        &["Russia", "Rússia", "Rosja", "Россия", "俄罗斯", "러시아"],
    );
    names(
        &mut d,
        "Q212",
        NameForm::Name,
        &["Ukraine", "Ucrânia", "Ukraina", "Украина"],
    );
    names(
        &mut d,
        "country:kp",
        NameForm::Demonym,
        &[
            "North Korean",
            "norte-coreano",
            "nordcoreano",
            "северокорейский",
        ],
    );
    names(
        &mut d,
        "country:ru",
        NameForm::Demonym,
        &["Russian", "russo"],
    );
    names(
        &mut d,
        "gn:1871859",
        NameForm::Name,
        &["Pyongyang", "Пхеньян", "平壤", "평양"],
    );
    names(
        &mut d,
        "gn:524901",
        NameForm::Name,
        &["Moscow", "Moscou", "Москва"],
    );
    names(
        &mut d,
        "gn:703448",
        NameForm::Name,
        &["Kyiv", "Kijów", "Київ"],
    );
    names(&mut d, "gn:1866923", NameForm::Name, &["Wonsan", "원산"]);
    names(&mut d, "gn:1", NameForm::Name, &["Vila"]);
    names(&mut d, "Q3178", NameForm::Name, &["Kursk Oblast", "Kursk"]);
    names(&mut d, "gn:538560", NameForm::Name, &["Kursk"]);
    names(
        &mut d,
        "person:sergey-lavrov",
        NameForm::Name,
        &["Sergey Lavrov", "Sergei Lavrov"],
    );
    names(
        &mut d,
        "person:kim-jong-un",
        NameForm::Name,
        &["Kim Jong Un", "金正恩", "김정은"],
    );
    names(
        &mut d,
        "org:kcna",
        NameForm::Name,
        &["Korean Central News Agency", "朝中社"],
    );
    names(&mut d, "org:kcna", NameForm::Acronym, &["KCNA", "ЦТАК"]);
    names(
        &mut d,
        "person:anton-ivanov",
        NameForm::Name,
        &["Anton Ivanov"],
    );
    names(
        &mut d,
        "role:foreign-minister",
        NameForm::Name,
        &["foreign minister", "ministro das Relações Exteriores"],
    );
    names(
        &mut d,
        "institution:foreign-ministry",
        NameForm::Name,
        &["foreign ministry", "МИД"],
    );
    d.name_parts.push(NamePartGroup {
        group: "Q1".into(),
        forms: vec!["sergei".into(), "sergey".into(), "сергей".into()],
    });
    d.name_parts.push(NamePartGroup {
        group: "Q2".into(),
        forms: vec!["lavrov".into(), "лавров".into()],
    });
    d.name_parts.push(NamePartGroup {
        group: "Q3".into(),
        forms: vec!["tom".into()],
    });
    let dir = std::env::temp_dir().join(format!("concord-entities-test-{}", std::process::id()));
    build(&d, &dir).expect("build");
    EntityExtractor::new(Gazetteer::open(&dir).expect("open"), Lexicon::new())
}

fn find<'a>(ents: &'a [Entity], id: &str) -> &'a Entity {
    ents.iter()
        .find(|e| e.id == id)
        .unwrap_or_else(|| panic!("{id} not found in {ents:#?}"))
}

fn texts(e: &Entity) -> Vec<&str> {
    e.mentions.iter().map(|m| m.text.as_str()).collect()
}

#[test]
fn accents_case_and_inflection() {
    let ex = extractor();
    let e = ex.extract(
        "Kim w Rosji i w Kijowie. Korei Północnej nie ma.",
        Some("pl"),
    );
    assert_eq!(texts(find(&e, "Q159")), ["Rosji"]);
    assert_eq!(texts(find(&e, "gn:703448")), ["Kijowie"]);
    let e = ex.extract("Лавров прибыл в Москву из России.", Some("ru"));
    assert_eq!(texts(find(&e, "gn:524901")), ["Москву"]);
    assert_eq!(texts(find(&e, "Q159")), ["России"]);
}

#[test]
fn demonyms_link_to_their_country() {
    let ex = extractor();
    let e = ex.extract("A delegação norte-coreana e o ministro russo.", Some("pt"));
    let kp = find(&e, "Q423");
    assert_eq!(texts(kp), ["norte-coreana"]);
    assert!(kp.mentions[0].demonym);
    assert_eq!(texts(find(&e, "Q159")), ["russo"]);
    let e = ex.extract("Северокорейская делегация", Some("ru"));
    assert!(find(&e, "Q423").mentions[0].demonym);
}

#[test]
fn cjk_and_hangul() {
    let ex = extractor();
    let e = ex.extract("朝中社报道，金正恩在平壤会见。", Some("zh"));
    assert_eq!(texts(find(&e, "org:kcna")), ["朝中社"]);
    assert_eq!(texts(find(&e, "person:kim-jong-un")), ["金正恩"]);
    let p = find(&e, "gn:1871859");
    assert_eq!((p.mentions[0].start, p.mentions[0].end), (10, 12));
    let e = ex.extract(
        "북한이 원산에서 김정은 위원장과 만났다. 김 위원장은",
        Some("ko"),
    );
    assert_eq!(texts(find(&e, "Q423")), ["북한"]);
    assert_eq!(texts(find(&e, "gn:1866923")), ["원산"]);
    assert_eq!(texts(find(&e, "person:kim-jong-un")), ["김정은", "김"]);
}

#[test]
fn capitals_standing_for_states() {
    let ex = extractor();
    let e = ex.extract(
        "Pyongyang will back Moscow. Talks were held in Pyongyang.",
        Some("en"),
    );
    let kp = find(&e, "Q423");
    assert!(kp.mentions[0].metonym);
    assert_eq!(texts(find(&e, "gn:1871859")), ["Pyongyang"]);
    assert!(find(&e, "Q159").mentions[0].metonym);
}

#[test]
fn short_forms_cross_script_people_and_roles() {
    let ex = extractor();
    let text = "O ministro das Relações Exteriores da Rússia Sergey Lavrov chegou. Lavrov disse.";
    let e = ex.extract(text, Some("pt"));
    let l = find(&e, "person:sergey-lavrov");
    assert_eq!(texts(l), ["Sergey Lavrov", "Lavrov"]);
    assert_eq!(l.mentions[0].role.as_deref(), Some("foreign-minister"));
    assert_eq!(l.mentions[0].affiliation.as_deref(), Some("Q159"));
    // Not in the names table in Cyrillic: found through the name-part groups.
    let e = ex.extract("Сергей Лавров заявил.", Some("ru"));
    assert_eq!(texts(find(&e, "person:sergey-lavrov")), ["Сергей Лавров"]);
    // No name-part groups for these: found by transliteration.
    let e = ex.extract("Вчера Антон Иванов заявил.", Some("ru"));
    assert_eq!(texts(find(&e, "person:anton-ivanov")), ["Антон Иванов"]);
}

#[test]
fn unknown_names_acronyms_and_institutions() {
    let ex = extractor();
    let text =
        "Tom Ashworth of Calder Capital spoke. The Autoridade Nacional de Emergência (ANEPC) \
                said. The foreign ministry of Ukraine agreed. GMT 10:00.";
    let e = ex.extract(text, Some("en"));
    assert_eq!(find(&e, "person:tom-ashworth").etype, EntityType::Person);
    assert_eq!(
        find(&e, "org:calder-capital").etype,
        EntityType::Organisation
    );
    let anepc = find(&e, "org:autoridade-nacional-de-emergencia");
    assert_eq!(texts(anepc), ["Autoridade Nacional de Emergência", "ANEPC"]);
    assert_eq!(
        texts(find(&e, "org:ua-foreign-ministry")),
        ["foreign ministry"]
    );
    assert!(e.iter().all(|x| x.id != "org:gmt"));
    let e = ex.extract("МИД России и ЦТАК сообщили.", Some("ru"));
    assert_eq!(texts(find(&e, "org:ru-foreign-ministry")), ["МИД"]);
    assert_eq!(texts(find(&e, "org:kcna")), ["ЦТАК"]);
}

#[test]
fn small_places_need_context_and_regions_prefer_subdivisions() {
    let ex = extractor();
    let e = ex.extract("Vila said nothing.", Some("en"));
    assert!(e.is_empty(), "{e:?}");
    let e = ex.extract("Fighting in the Kursk region and in Kursk.", Some("en"));
    assert_eq!(texts(find(&e, "Q3178")), ["Kursk"]);
    assert_eq!(texts(find(&e, "gn:538560")), ["Kursk"]);
}

#[test]
fn storms_and_their_names_alone() {
    let ex = extractor();
    let e = ex.extract(
        "Hurricane Milton hit the coast. Milton then weakened.",
        Some("en"),
    );
    assert_eq!(
        texts(find(&e, "other:storm-milton")),
        ["Hurricane Milton", "Milton"]
    );
    let e = ex.extract("El huracán Milton tocó tierra.", Some("es"));
    assert_eq!(texts(find(&e, "other:storm-milton")), ["Milton"]);
    let e = ex.extract("台风“摩羯”登陆，摩羯减弱。", Some("zh"));
    let id = format!("other:storm-{}", concord_entities::link::slug("摩羯"));
    assert_eq!(texts(find(&e, &id)), ["摩羯", "摩羯"]);
}

#[test]
fn korean_people_and_organisations_without_capitals() {
    let ex = extractor();
    let e = ex.extract(
        "강민서 대변인은 더불어민주당이 반대했다고 말했다.",
        Some("ko"),
    );
    let person = e
        .iter()
        .find(|x| x.etype == EntityType::Person)
        .expect("a person");
    assert_eq!(texts(person), ["강민서"]);
    let org = e
        .iter()
        .find(|x| x.etype == EntityType::Organisation)
        .expect("an organisation");
    assert_eq!(texts(org), ["더불어민주당"]);
    // A common word of three syllables after a title is not a name.
    let e = ex.extract("대통령은 지난해 평양을 방문했다.", Some("ko"));
    assert!(e.iter().all(|x| x.etype != EntityType::Person), "{e:?}");
}
