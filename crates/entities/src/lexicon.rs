//! Small closed word lists the linker needs besides the gazetteer: name connectors,
//! locative prepositions (to tell a city from its government), region designators,
//! organisation head words, and capitalised abbreviations that are not organisations.
//!
//! Written by hand: these are function words and a few dozen nouns per language, which no
//! registry package lists in a usable form. All entries are folded (see `fold`).

use rustc_hash::FxHashSet as HashSet;

/// Lower-case words that may sit inside a multi-word name ("Junta de Extremadura",
/// "Pieter de Wit", "Bank of England").
#[rustfmt::skip]
const CONNECTORS: &[&str] = &[
    "de", "da", "do", "dos", "das", "del", "della", "delle", "dei", "degli", "di", "van", "von",
    "der", "den", "ter", "ten", "la", "le", "les", "des", "du", "of", "for", "the", "and", "e",
    "y", "i", "et", "und", "fur", "per", "para", "pour", "al", "el", "bin", "ibn", "dell", "d",
    "l", "na", "no", "em", "en", "a", "και",
];

/// Prepositions after which a capital is a place, not its government ("in Moscow",
/// "w Warszawie", "в Москве"). Genitive "de/di/of" are left out on purpose: "the
/// government of Moscow" is the state.
#[rustfmt::skip]
const LOCATIVES: &[&str] = &[
    "in", "at", "to", "from", "near", "into", "outside", "across", "toward", "towards", "via",
    "visited", "visit", "visiting", "arrived", "em", "no", "na", "para", "ate", "en", "hasta",
    "desde", "hacia", "in", "nel", "nella", "verso", "au", "vers", "depuis", "chegou",
    "visitou", "visita", "llego", "visito", "arrivato", "arrive", "nach", "aus", "bei", "im",
    "naar", "uit", "te", "besuchte", "besuch", "w", "we", "do", "pod", "odwiedzil", "в", "во",
    "из", "до", "под", "посетил", "у", "з", "із", "відвідав", "στην", "στη", "στο", "σε", "απο",
    "في", "الى", "الي", "من", "زار", "在", "到", "于", "抵达", "访问", "capital", "capitale",
    "hauptstadt", "stolica", "stolicy", "stolicą", "столица", "столице", "столицу", "столиці",
    "столицю", "العاصمة", "πρωτευουσα", "수도", "hoofdstad",
    // Arrival verbs and a city's own offices ("reach Kinshasa", "mayor of Bucharest").
    "reach", "reached", "reaching", "arrive", "arrives", "arriving", "returned", "mayor",
    "prefeito", "prefeita", "sindaco", "sindaca", "maire", "alcalde", "alcaldesa",
    "burgermeister", "oberburgermeister", "burmistrz", "мэр", "мер", "мэра", "мера",
    "мэром", "мером",
];

/// Words that, next to a subdivision's name, say the subdivision is meant rather than its
/// namesake city ("Kursk region", "região de Kursk", "Курская область").
#[rustfmt::skip]
const REGION_WORDS: &[&str] = &[
    "region", "regiao", "regione", "region", "oblast", "province", "provincia", "provincie",
    "prowincja", "obwod", "obwodu", "obwodzie", "regionu", "regionie", "область", "области",
    "областью", "облась", "обл", "областi", "περιφερεια", "منطقة", "מחוז", "지역", "주", "州", "省",
    "地区", "state", "estado", "stato", "etat", "land", "bundesland", "krai", "kraj", "край",
    "county", "prefecture", "governorate", "district", "distrito", "voivodeship", "wojewodztwo",
    "regio", "oblys", "республика",
];

/// Words for a town written before its name ("die Stadt Cottbus", "the town of Kirn",
/// "miasto Łańcut", "город Бийск"), folded: a town however small is meant after them.
#[rustfmt::skip]
const TOWN_WORDS: &[&str] = &[
    "city", "town", "village", "stadt", "gemeinde", "dorf", "ortschaft", "kleinstadt",
    "ville", "commune", "village", "citta", "comune", "paese", "cidade", "municipio", "vila",
    "ciudad", "localidad", "pueblo", "stad", "gemeente", "dorp", "miasto", "miasta", "miescie",
    "gmina", "gminie", "wies", "wsi", "город", "города", "городе", "поселок", "села", "село",
    "місто", "міста", "місті", "селище", "πολη", "πολης", "χωριο", "δημο", "δημου",
];

/// Capitalised abbreviations that are not organisations (time zones, units, currencies,
/// common nouns written in capitals).
#[rustfmt::skip]
const NOT_ORGS: &[&str] = &[
    "gmt", "utc", "cet", "cest", "est", "edt", "pst", "pdt", "msk", "kst", "jst", "am", "pm",
    "tv", "ok", "usd", "eur", "gbp", "jpy", "cny", "rub", "uah", "krw", "pln", "chf", "pdf",
    "url", "html", "ceo", "cfo", "cto", "gdp", "pib", "bip", "ввп", "covid", "ai", "ia", "ki",
    "ии", "tnt", "dna", "adn", "ufo", "vip", "suv", "lgbt", "lgbtq", "ngo", "ong", "нко", "km",
    "kg", "mw", "gw", "kwh", "mph", "rss", "faq", "ii", "iii", "iv", "vi", "vii", "viii", "ix",
    "xi", "xii", "xx", "xxi", "usa", "mln", "mld", "mrd", "bln", "млн", "млрд", "тыс", "etc",
    "nb", "ps", "ap", "gps", "sms", "app", "id", "nr", "no", "tel", "fax", "www", "http",
    "https", "news", "live", "video", "foto", "photo", "update", "breaking", "ppo", "ппо",
    "eez", "ewz", "zee",
];

/// Head words that make a capitalised name an organisation when no table knows it.
#[rustfmt::skip]
const ORG_HEADS: &[&str] = &[
    "bank", "banca", "banco", "banque", "agency", "agencia", "agenzia", "agence", "agentur",
    "agencja", "ministry", "ministerio", "ministero", "ministere", "ministerium",
    "ministerstwo", "council", "consejo", "consiglio", "conseil", "conselho", "rat", "rada",
    "service", "servicio", "servizio", "servico", "dienst", "sluzba", "university",
    "universidad", "universita", "universite", "universitat", "uniwersytet", "party", "partido",
    "partito", "parti", "partei", "partia", "group", "gruppo", "grupo", "groupe", "gruppe",
    "grupa", "inc", "ltd", "corp", "corporation", "company", "capital", "airlines", "airways",
    "holding", "holdings", "ag", "gmbh", "sa", "spa", "srl", "nv", "bv", "plc", "llc", "junta",
    "guardia", "autoridade", "autoridad", "autorita", "autorite", "behorde", "instituto",
    "istituto", "institut", "institute", "koleje", "kolei", "pogotowie", "pogotowia",
    "fundacao", "fundacion", "fondazione", "fondation", "stiftung", "foundation", "commission",
    "comissao", "comision", "commissione", "kommission", "komisja", "tribunal", "tribunale",
    "court", "corte", "gericht", "sad", "police", "policia", "polizia", "polizei", "policja",
    "army", "ejercito", "esercito", "armee", "exercito", "wojsko", "forces", "fuerzas", "forze",
    "forcas", "streitkrafte", "банк", "агентство", "министерство", "совет", "служба",
    "университет", "партия", "міністерство", "рада", "консульство", "консульства", "агенція",
];

/// Countries whose places a text in a language may name without naming the country (a
/// Spanish article says "Extremadura", not "Extremadura, Spain"). Used only as a prior for
/// small places; English and Arabic are written in too many countries to say.
pub fn home_countries(lang: &str) -> &'static [&'static str] {
    match lang {
        "pt" => &["pt", "br"],
        "es" => &["es"],
        "it" => &["it"],
        "fr" => &["fr", "be"],
        "de" => &["de", "at", "ch"],
        "nl" => &["nl", "be"],
        "pl" => &["pl"],
        "ru" => &["ru"],
        "uk" => &["ua"],
        "el" => &["gr"],
        "he" => &["il"],
        "ko" => &["kr"],
        "ja" => &["jp"],
        "zh" => &["cn", "tw"],
        _ => &[],
    }
}

/// Chinese one-character country abbreviations, used before 方 ("side") for a country's
/// government (朝方, 俄方) and in compounds.
pub const ZH_COUNTRY_ABBREVIATIONS: &[(char, &str)] = &[
    ('朝', "kp"),
    ('俄', "ru"),
    ('韩', "kr"),
    ('日', "jp"),
    ('美', "us"),
    ('中', "cn"),
    ('英', "gb"),
    ('法', "fr"),
    ('德', "de"),
    ('乌', "ua"),
    ('以', "il"),
    ('伊', "ir"),
    ('印', "in"),
    ('巴', "pk"),
    ('澳', "au"),
    ('加', "ca"),
    ('意', "it"),
    ('西', "es"),
    ('土', "tr"),
    ('越', "vn"),
    ('菲', "ph"),
    ('泰', "th"),
];

/// Words that open the name of a mountain, river, sea or other natural feature: such a span
/// is not a person even when its next word is a first name ("Sierra de Gata", "Lake Victoria").
#[rustfmt::skip]
const GEO_HEADS: &[&str] = &[
    "sierra", "serra", "monte", "mount", "mont", "mountains", "lake", "lago", "lac", "river",
    "rio", "riviere", "fleuve", "cape", "cabo", "gulf", "golfo", "golfe", "sea", "mar", "mer",
    "isla", "ilha", "isola", "ile", "island", "islands", "bay", "bahia", "baie", "valley",
    "valle", "vallee", "desert", "desierto", "strait", "estrecho", "peninsula", "park",
    "parque", "parco", "forest", "bosque", "berg", "see", "gora", "jezioro", "озеро", "гора",
    "река", "море", "остров", "mount", "typhoon", "hurricane", "storm", "cyclone", "tifon",
    "tifone", "typhon", "ouragan", "huracan", "uragano",
];

/// Direction adjectives that open names of regions and bodies, never a person's.
#[rustfmt::skip]
pub(crate) const DIRECTIONS: &[&str] = &[
    "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
    "southeastern", "southwestern", "upper", "lower",
];

/// English words that end names of places and buildings ("Fulton County", "Palm Springs",
/// "Indian Ocean", "Lyndale Avenue"), never a person's.
#[rustfmt::skip]
pub(crate) const PLACE_TAILS: &[&str] = &[
    "county", "township", "valley", "ocean", "avenue", "boulevard", "springs", "heights",
    "beach", "island", "islands", "river", "courthouse", "bridge", "square", "district",
    "province", "mountains", "ave", "blvd", "road", "street", "plaza", "tower", "towers",
    "stadium", "arena",
];

/// The closed lists, folded, ready for lookups.
pub struct Lexicon {
    connectors: HashSet<&'static str>,
    locatives: HashSet<&'static str>,
    region_words: HashSet<&'static str>,
    not_orgs: HashSet<&'static str>,
    geo_heads: HashSet<&'static str>,
    org_heads: HashSet<String>,
    /// Head words that also end compounds ("Hansebank", "Sparkasse").
    org_suffixes: Vec<String>,
    /// The last characters of `org_suffixes`: most words end in none of them, and are
    /// answered without trying each suffix.
    org_suffix_ends: HashSet<char>,
    /// Korean organisation endings (제주항공, 중앙선거관리위원회).
    pub ko_org_suffixes: Vec<String>,
    /// Chinese and Japanese organisation endings (交易所, 機構).
    pub cjk_org_heads: crate::cjk_orgs::CjkHeads,
}

impl Default for Lexicon {
    fn default() -> Self {
        Self::new()
    }
}

impl Lexicon {
    pub fn new() -> Self {
        Lexicon {
            connectors: CONNECTORS.iter().copied().collect(),
            locatives: LOCATIVES.iter().copied().collect(),
            region_words: REGION_WORDS.iter().copied().collect(),
            not_orgs: NOT_ORGS.iter().copied().collect(),
            geo_heads: GEO_HEADS.iter().copied().collect(),
            org_heads: ORG_HEADS.iter().map(|s| s.to_string()).collect(),
            org_suffixes: vec!["bank".into(), "kasse".into()],
            org_suffix_ends: ['k', 'e'].into_iter().collect(),
            ko_org_suffixes: Vec::new(),
            cjk_org_heads: Default::default(),
        }
    }

    /// The built-in lists plus the organisation words of our seed table
    /// (`data/org_words.tsv`).
    pub fn with_seed_words() -> Result<Self, crate::EntityError> {
        let mut lex = Self::new();
        for w in crate::gazetteer::sources::seeds::org_words()? {
            let f = crate::fold::fold(&w.text);
            if w.lang.as_deref() == Some("ko") && w.suffix {
                lex.ko_org_suffixes.push(f.clone());
            }
            if matches!(w.lang.as_deref(), Some("zh" | "ja")) && w.suffix {
                lex.cjk_org_heads.add(&f);
            }
            lex.add_org_word(&f, w.suffix);
        }
        Ok(lex)
    }

    /// Adds organisation head words (folded); `suffix` ones also end compounds.
    pub fn add_org_word(&mut self, folded: &str, suffix: bool) {
        if folded.is_empty() {
            return;
        }
        self.org_heads.insert(folded.to_string());
        if suffix && !self.org_suffixes.iter().any(|s| s == folded) {
            self.org_suffixes.push(folded.to_string());
            self.org_suffix_ends.extend(folded.chars().last());
        }
    }

    /// A coordinating conjunction of `lang` ("and", "y", "und", "i", "и"): no person's
    /// name holds one, so a capitalised run is split there ("Lübeck und Kiel").
    pub fn is_conjunction(&self, lang: &str, w: &str) -> bool {
        match lang {
            "en" => w == "and",
            "pt" => w == "e",
            "es" => matches!(w, "y" | "e"),
            "it" => matches!(w, "e" | "ed"),
            "fr" => w == "et",
            "de" => w == "und",
            "nl" => w == "en",
            "pl" => matches!(w, "i" | "oraz"),
            "ru" => w == "и",
            "uk" => matches!(w, "і" | "та" | "й"),
            "el" => w == "και",
            _ => false,
        }
    }

    /// A preposition that opens a sentence before a name ("Według Lubelskiej Izby
    /// Rolniczej", "Laut Polizei", "Según Conagua"): capitalised there, but never the first
    /// word of a name. Folded forms.
    pub fn is_opening_preposition(&self, lang: &str, w: &str) -> bool {
        let words: &[&str] = match lang {
            "en" => &[
                "for", "after", "before", "during", "since", "despite", "amid",
            ],
            "pt" => &[
                "segundo", "para", "apos", "durante", "com", "sem", "conforme", "desde",
            ],
            "es" => &[
                "segun", "para", "tras", "desde", "durante", "con", "sin", "ante",
            ],
            "it" => &[
                "secondo", "per", "dopo", "durante", "con", "senza", "presso", "tra",
            ],
            "fr" => &[
                "selon", "pour", "apres", "avant", "depuis", "pendant", "avec", "sans",
            ],
            "de" => &[
                "laut", "nach", "bei", "fur", "mit", "trotz", "wegen", "gegen", "seit",
            ],
            "nl" => &["volgens", "voor", "na", "tijdens", "met", "sinds", "bij"],
            "pl" => &[
                "wedlug", "dla", "przez", "podczas", "przed", "po", "zdaniem", "od",
            ],
            "ru" => &["согласно", "по", "для", "после", "во", "до", "при"],
            "uk" => &["відповідно", "згідно", "після", "для", "за", "до"],
            _ => &[],
        };
        words.contains(&w)
    }

    pub fn is_connector(&self, w: &str) -> bool {
        self.connectors.contains(w)
    }
    pub fn is_locative(&self, w: &str) -> bool {
        self.locatives.contains(w)
    }
    pub fn is_region_word(&self, w: &str) -> bool {
        self.region_words.contains(w)
    }

    /// A word for a town, written before its name ([`TOWN_WORDS`]).
    pub fn is_town_word(&self, w: &str) -> bool {
        TOWN_WORDS.contains(&w)
    }
    /// The word opens the name of a natural feature or a storm.
    pub fn is_geo_head(&self, w: &str) -> bool {
        self.geo_heads.contains(w)
    }
    pub fn is_not_org(&self, w: &str) -> bool {
        self.not_orgs.contains(w)
    }
    /// The word itself is an organisation head word (not a compound).
    pub fn is_org_word_exact(&self, w: &str) -> bool {
        self.org_heads.contains(w)
    }
    /// The word is an organisation head word, or a compound ending in one.
    pub fn is_org_word(&self, w: &str) -> bool {
        self.org_heads.contains(w)
            || (w
                .chars()
                .next_back()
                .is_some_and(|c| self.org_suffix_ends.contains(&c))
                && self
                    .org_suffixes
                    .iter()
                    .any(|s| w.len() > s.len() + 2 && w.ends_with(s.as_str())))
    }
}

/// Whether `w` is listed for `lang` in a table of (language, words).
pub(crate) fn listed_for(table: &[(&str, &[&str])], lang: &str, w: &str) -> bool {
    table
        .iter()
        .find(|(l, _)| *l == lang)
        .is_some_and(|(_, ws)| ws.contains(&w))
}
