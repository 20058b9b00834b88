//! Units next to a number: percent, currencies (as ISO 4217 codes) and units of measure
//! (as symbols). One table serves every language: these words rarely mean anything else.

use super::text::Phrases;
use std::sync::LazyLock;

pub(super) const PERCENT: &str = "percent";
/// Percentage points: a change of a rate ("up 0.17 percentage points"), not a percentage
/// of anything.
pub(super) const PP: &str = "pp";

/// Percent or percentage points: rates, which count nothing by themselves.
pub(super) fn is_rate(unit: &str) -> bool {
    unit == PERCENT || unit == PP
}
/// Currencies named the same in several countries, settled by the text ([`settle`]).
const LIRA: &str = "lira";
const PESO: &str = "peso";
const KRONE: &str = "krone";

/// The currency of a name shared by several countries, from the first country the text
/// names ("الليرة السورية", "en Argentina"); the most common one otherwise.
pub(super) fn settle(unit: &'static str, text: &str) -> &'static str {
    let cues: &[(&str, &'static str)] = match unit {
        LIRA => &[("سوري", "SYP"), ("لبنان", "LBP"), ("ترك", "TRY")],
        PESO => &[
            ("Argentin", "ARS"),
            ("Méxic", "MXN"),
            ("Mexic", "MXN"),
            ("Colombia", "COP"),
            ("Chile", "CLP"),
            ("Urugua", "UYU"),
            ("Filipin", "PHP"),
            ("Philippin", "PHP"),
        ],
        KRONE => &[
            ("Denmark", "DKK"),
            ("Danish", "DKK"),
            ("Dinamarca", "DKK"),
            ("Danemark", "DKK"),
            ("Dänemark", "DKK"),
            ("Norway", "NOK"),
            ("Norwegian", "NOK"),
            ("Noruega", "NOK"),
            ("Norvège", "NOK"),
            ("Norwegen", "NOK"),
        ],
        _ => return unit,
    };
    let default = match unit {
        LIRA => "SYP",
        KRONE => "DKK",
        _ => "ARS",
    };
    cues.iter()
        .filter_map(|&(cue, code)| text.find(cue).map(|k| (k, code)))
        .min()
        .map_or(default, |(_, code)| code)
}

/// Currency codes are three upper-case letters; everything else is a percent or a unit.
pub(super) fn is_money(unit: &str) -> bool {
    unit.len() == 3 && unit.bytes().all(|b| b.is_ascii_uppercase())
}

#[rustfmt::skip]
const AFTER_LIST: &[(&str, &[&str])] = &[
    (PERCENT, &[
        "%", "٪", "％", "percent", "per cent", "pct", "por cento", "por ciento", "per cento",
        "pour cent", "prozent", "procent", "proc.", "proc", "процент", "процента", "процентов",
        "відсоток", "відсотки", "відсотків", "відсотка", "τοις εκατό", "بالمئة", "بالمائة",
        "في المئة", "في المائة", "퍼센트", "パーセント",
    ]),
    (PP, &[
        "percentage points", "percentage point", "pontos percentuais", "ponto percentual",
        "p.p.", "puntos porcentuales", "punto porcentual", "punti percentuali",
        "punto percentuale", "points de pourcentage", "point de pourcentage", "prozentpunkte",
        "prozentpunkten", "prozentpunkt", "procentpunt", "procentpunten", "pkt proc.",
        "punktów procentowych", "punkty procentowe", "punkt procentowy", "punktu procentowego",
        "процентных пункта", "процентных пунктов", "процентного пункта", "процентный пункт",
        "п.п.", "п. п.", "відсоткових пунктів", "відсоткових пункти", "відсоткового пункту",
        "відсотковий пункт", "процентних пунктів", "процентного пункту", "процентний пункт",
        "ποσοστιαίες μονάδες", "نقطة مئوية", "نقاط مئوية", "퍼센트포인트",
        "个百分点", "個百分點",
    ]),
    ("USD", &[
        "$", "dollars", "dollar", "usd", "us dollars", "u.s. dollars", "us-dollar", "us-dollars", "dólares", "dólar",
        "dólares americanos", "dollari", "dollaro", "dolarów", "dolary", "dolara", "долларов",
        "доллара", "доллар", "долларов сша", "доларів", "долара", "долари", "доларів сша",
        "δολάρια", "δολαρίων", "دولار", "دولارات", "دولارا", "美元", "달러", "ドル",
    ]),
    ("EUR", &["€", "euros", "euro", "eur", "евро", "євро", "ευρώ", "يورو", "欧元", "유로", "ユーロ"]),
    ("GBP", &[
        "£", "gbp", "pounds", "pounds sterling", "libras", "libras esterlinas", "sterline",
        "sterlina", "pfund", "funtów", "фунтов", "фунтов стерлингов", "фунтів", "λίρες",
        "جنيه إسترليني", "英镑", "파운드", "ポンド",
    ]),
    ("BRL", &["reais", "brl"]),
    ("CNY", &["yuan", "yuans", "юаней", "юанів", "juanów", "cny", "renminbi", "元", "人民币", "위안"]),
    ("JPY", &["yen", "ienes", "iene", "иен", "єн", "jenów", "jpy", "円", "日元", "엔"]),
    ("KRW", &["krw", "원", "韩元", "ウォン"]),
    ("RUB", &[
        "₽", "rub", "rubles", "roubles", "rublos", "rubli", "rubel", "рублей", "рубля",
        "рубль", "руб.", "руб", "卢布", "루블", "ルーブル", "روبل",
    ]),
    ("UAH", &[
        "₴", "uah", "hryvnias", "hryvnia", "гривень", "гривні", "гривня", "гривен", "грн",
        "грн.", "hrywien", "hrywny",
    ]),
    ("PLN", &["pln", "złotych", "złote", "złoty", "zł", "zloty", "zlotys"]),
    ("INR", &["₹", "inr", "rupees", "rupias", "rupie", "rúpias"]),
    // Francs in today's news are Swiss ones unless said otherwise.
    ("CHF", &[
        "chf", "swiss francs", "francs", "franc", "francs suisses", "franchi svizzeri",
        "franchi", "francos suizos", "francos suíços", "franken", "schweizer franken",
        "franków szwajcarskich", "franków", "швейцарских франков", "франков",
        "швейцарських франків", "франків", "فرنك سويسري", "瑞士法郎", "スイスフラン",
    ]),
    ("XOF", &["francs cfa", "franchi cfa", "francos cfa", "fcfa"]),
    // A country adjective after the currency name changes it.
    ("CAD", &[
        "canadian dollars", "dollars canadiens", "dólares canadienses", "dólares canadenses",
        "dollari canadesi", "kanadische dollar", "kanadischen dollar", "dolarów kanadyjskich",
        "канадских долларов", "канадських доларів", "دولار كندي", "加元",
    ]),
    ("AUD", &[
        "australian dollars", "dollars australiens", "dólares australianos", "dollari australiani",
        "australische dollar", "australischen dollar", "dolarów australijskich",
        "австралийских долларов", "австралійських доларів", "دولار أسترالي", "澳元",
    ]),
    ("HKD", &["hong kong dollars", "dollars de hong kong", "dólares de hong kong"]),
    ("TRY", &[
        "turkish lira", "turkish liras", "liras turcas", "lire turche", "livres turques",
        "türkische lira", "lir tureckich", "турецких лир", "турецьких лір", "ليرة تركية",
    ]),
    ("SYP", &["syrian pounds", "livres syriennes", "ليرة سورية", "ليرات سورية"]),
    ("LBP", &["lebanese pounds", "livres libanaises", "ليرة لبنانية", "ليرات لبنانية"]),
    (LIRA, &["ليرة", "ليرات"]),
    ("ARS", &["pesos argentinos", "argentine pesos"]),
    (PESO, &["pesos", "peso"]),
    ("DKK", &["danish kroner", "dkk", "coronas danesas", "couronnes danoises", "corone danesi",
        "dänische kronen", "duńskich koron", "датских крон", "丹麦克朗"]),
    ("NOK", &["norwegian kroner", "nok", "coronas noruegas", "couronnes norvégiennes",
        "corone norvegesi", "norwegische kronen", "norweskich koron", "норвежских крон",
        "挪威克朗"]),
    ("SEK", &["swedish kronor", "kronor", "coronas suecas", "couronnes suédoises",
        "corone svedesi", "schwedische kronen", "szwedzkich koron", "шведских крон", "瑞典克朗"]),
    (KRONE, &["kroner", "krone"]),
    ("TWD", &["new taiwan dollars", "taiwan dollars", "twd", "新台幣", "新台币", "台币", "台幣"]),
    ("AED", &["aed", "dirhams", "درهم"]),
    ("SAR", &["sar", "riyals", "ريال"]),
    ("EGP", &["egp", "جنيه", "جنيهات", "جنيها"]),
    ("HKD", &["hkd", "港元", "港币"]),
    ("km²", &[
        "km²", "km2", "square kilometres", "square kilometers", "sq km", "quilômetros quadrados",
        "quilómetros quadrados", "kilómetros cuadrados", "chilometri quadrati",
        "kilomètres carrés", "quadratkilometer", "quadratkilometern", "kilometrów kwadratowych",
        "квадратных километров", "кв. км", "км²", "квадратних кілометрів", "vierkante kilometer",
        "τετραγωνικά χιλιόμετρα", "كيلومتر مربع", "平方公里", "제곱킬로미터", "平方キロメートル",
    ]),
    ("m/s", &[
        "m/s", "metres per second", "meters per second", "metros por segundo",
        "metri al secondo", "mètres par seconde", "meter pro sekunde", "metrów na sekundę",
        "м/с", "метров в секунду", "метрів на секунду",
    ]),
    ("km/h", &[
        "km/h", "км/ч", "км/год", "kilometres per hour", "kilometers per hour", "公里/小时",
        "quilômetros por hora", "quilómetros por hora", "kilómetros por hora", "km por hora",
        "chilometri orari", "chilometri all'ora", "kilomètres par heure", "stundenkilometer", "stundenkilometern",
        "километров в час", "km orari", "km all'ora", "km/ora", "km/godz.", "km/godz",
        "kilometrów na godzinę", "кілометрів на годину", "كيلومتر في الساعة", "كم/ساعة",
    ]),
    ("km", &[
        "km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "quilômetros",
        "quilómetros", "quilômetro", "quilómetro", "kilómetros", "kilómetro", "chilometri",
        "chilometro", "kilomètres", "kilomètre", "kilometern", "kilometrów", "kilometry",
        "kilometr", "kilometra", "kilometrach", "километров", "километрах", "километра", "километр", "км", "кілометрів", "кілометри",
        "кілометр", "χιλιόμετρα", "χλμ", "كيلومتر", "كيلومترات", "كيلومترا", "كيلومتراً", "كيلومترًا", "كلم", "公里", "千米", "킬로미터",
        "キロメートル",
    ]),
    ("m", &[
        "m", "metres", "meters", "metre", "meter", "mètres", "mètre", "metros", "metro", "metri", "metern",
        "metrów", "metry", "metra", "metrach", "metrze", "метров", "метра", "метрах", "м", "метрів", "метри", "μέτρα", "متر", "أمتار", "米",
        "미터", "メートル",
    ]),
    ("cm", &[
        "cm", "centimetres", "centimeters", "centímetros", "centimetri", "centimètres",
        "zentimeter", "zentimetern", "centymetrów", "centymetry", "centymetra", "сантиметров", "сантиметра",
        "сантиметрів", "см", "سنتيمتر", "سم",
    ]),
    ("mm", &[
        "mm", "millimetres", "millimeters", "milímetros", "millimetri", "millimètres",
        "millimeter", "millimetern", "milimetrów", "milimetry", "milimetra", "миллиметров", "миллиметра",
        "міліметрів", "міліметри", "мм", "ملم", "مليمتر", "ملليمتر",
    ]),
    ("kg", &[
        "kg", "kilograms", "kilogrammes", "kilos", "quilos", "quilogramas", "kilogramos", "chili",
        "chilogrammi", "kilogramm", "kilogramów", "килограммов", "кг", "кілограмів", "κιλά",
        "كيلوغرام", "كيلوغرامات", "公斤", "千克", "킬로그램", "キログラム",
    ]),
    ("t", &[
        "t", "tonnes", "tons", "tonne", "ton", "toneladas", "tonelada", "tonnellate",
        "tonnellata", "tonnen", "tony", "тонн", "тонны", "тонна", "т", "τόνους", "τόνοι", "τόνων",
        "طن", "أطنان", "吨", "톤", "トン",
    ]),
    ("ha", &[
        "ha", "hectares", "hectare", "hectáreas", "ettari", "hektar", "hektarów", "hektary", "hektara", "hektarach", "гектаров",
        "га", "гектарів", "εκτάρια", "هكتار", "公顷", "헥타르", "ヘクタール",
    ]),
    ("l", &[
        "l", "litres", "liters", "litre", "liter", "litros", "litri", "litrów", "литров",
        "літрів", "λίτρα", "لتر", "升", "리터", "リットル",
    ]),
    ("°C", &[
        "°c", "ºc", "° c", "°", "º", "degrees celsius", "degrees", "graus", "graus celsius",
        "grados", "grados celsius", "grados centígrados", "gradi", "gradi centigradi", "grad",
        "grad celsius", "degrés", "degrés celsius", "stopni", "stopnie", "stopni celsjusza",
        "stopnie celsjusza", "stopień", "stopnia celsjusza", "градусов", "градуса", "градус", "градуси", "градусов цельсия", "градусів",
        "градусів цельсія", "βαθμούς", "درجة", "درجات", "درجة مئوية", "درجات مئوية", "摄氏度",
    ]),
    ("MW", &["mw", "megawatts", "megawatt", "megavatios", "megavatio", "megawatów", "мвт", "мегаватт", "мегават", "ميغاواط", "ميجاوات", "ميغاوات", "兆瓦", "메가와트"]),
    ("GW", &["gw", "gigawatts", "gigawatt", "gigavatios", "gigavatio", "gigawatów", "гвт", "гигаватт", "гігават", "غيغاواط", "جيجاوات", "기가와트"]),
    ("kW", &["kw", "kilowatts", "квт", "千瓦"]),
    ("kWh", &["kwh", "kilowatt-hours", "kilowatt hours", "квт·ч", "квт-ч", "千瓦时", "kilowattora",
        "kilowattore", "kilowattstunden"]),
    ("MWh", &["mwh", "megawattora", "megawattore", "megawattstunden"]),
    ("GWh", &["gwh", "gigawattora", "gigawattore", "gigawattstunden"]),
    ("mi", &["miles", "mile", "milhas", "millas", "miglia", "meilen"]),
    ("ac", &["acres", "acre"]),
    ("TWh", &["twh", "terawatt-hours", "terawatt hours", "terawattstunden", "teravatios hora",
        "térawattheures", "тераватт-часов", "тераватт-час", "太瓦时", "terawattora", "terawattore"]),
    ("m³", &["m³", "m3", "cubic metres", "cubic meters", "metros cúbicos", "metri cubi",
        "mètres cubes", "kubikmeter", "metrów sześciennych", "кубометров", "кубических метров",
        "кубометрів", "кубічних метрів", "立方米"]),
    ("mph", &["mph"]),
    ("m²", &["m²", "m2", "square metres", "square meters", "sq m", "metros quadrados",
        "metros cuadrados", "metri quadrati", "metri quadri", "mètres carrés", "quadratmeter",
        "quadratmetern", "metrów kwadratowych", "квадратных метров", "кв. м", "кв. м.",
        "квадратних метрів", "متر مربع", "平方米", "제곱미터", "平方メートル"]),
];

/// Units written after a number ("45%", "10 milhões de dólares", "500 тонн").
pub(super) static AFTER: LazyLock<Phrases<&'static str>> = LazyLock::new(|| {
    Phrases::new(
        AFTER_LIST
            .iter()
            .flat_map(|(u, ps)| ps.iter().map(move |p| (*p, *u))),
    )
});

/// The unit written at `i` (see [`AFTER`]), with a shared currency name settled by `text`.
pub(super) fn after(text: &str, i: usize) -> Option<(usize, &'static str)> {
    AFTER
        .fwd(text, i)
        .filter(|&(e, _)| !auxiliary_ha(text, i, e))
        .map(|(e, u)| (e, settle(u, text)))
}

/// "ha" before a past participle is the Italian or Spanish auxiliary, not hectares: "un
/// terremoto di magnitudo 5.7 ha colpito", "el fuego ha quemado".
fn auxiliary_ha(text: &str, i: usize, e: usize) -> bool {
    const PARTICIPLE_ENDINGS: &[&str] = &[
        "ato", "ito", "uto", "ado", "ido", "sto", "tto", "rto", "lto", "so", "cho", "ata", "ita",
    ];
    if !text[i..e].eq_ignore_ascii_case("ha") {
        return false;
    }
    let next: String = text[e..]
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    next.chars().next().is_some_and(char::is_lowercase)
        && PARTICIPLE_ENDINGS.iter().any(|p| next.ends_with(p))
}

/// Currency signs and codes written before a number ("$1.2 billion", "R$ 5", "USD 10"),
/// and the Chinese percent prefix ("百分之40").
#[rustfmt::skip]
pub(super) static BEFORE: LazyLock<Phrases<&'static str>> = LazyLock::new(|| {
    Phrases::new([
        ("us$", "USD"), ("u$s", "USD"), ("r$", "BRL"), ("hk$", "HKD"), ("c$", "CAD"),
        ("ca$", "CAD"), ("a$", "AUD"), ("au$", "AUD"), ("nz$", "NZD"), ("$", "USD"),
        ("€", "EUR"), ("£", "GBP"), ("¥", "CNY"), ("₩", "KRW"), ("₽", "RUB"), ("₴", "UAH"),
        ("₹", "INR"), ("₺", "TRY"), ("usd", "USD"), ("eur", "EUR"), ("gbp", "GBP"),
        ("chf", "CHF"), ("rs.", "INR"), ("inr", "INR"), ("pln", "PLN"), ("brl", "BRL"),
        ("jpy", "JPY"), ("cny", "CNY"), ("rub", "RUB"), ("uah", "UAH"), ("人民币", "CNY"),
        ("新台幣", "TWD"), ("新台币", "TWD"), ("百分之", PERCENT),
    ])
});

/// Units written right against the digits, matched with their case ("10km", "5MW"):
/// upper-case letters there usually make a code ("5G", "4K").
#[rustfmt::skip]
pub(super) const ATTACHED: &[(&str, &str)] = &[
    ("km²", "km²"), ("km2", "km²"), ("km/h", "km/h"), ("kWh", "kWh"), ("MWh", "MWh"),
    ("GWh", "GWh"), ("km", "km"), ("cm", "cm"), ("mm", "mm"), ("kg", "kg"), ("ha", "ha"),
    ("MW", "MW"), ("GW", "GW"), ("kW", "kW"), ("mph", "mph"), ("m²", "m²"), ("m", "m"),
    ("t", "t"), ("l", "l"), ("L", "l"),
];
