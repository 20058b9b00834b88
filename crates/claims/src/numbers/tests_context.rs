//! Counted phrases, units and qualifiers that depend on the words around the number:
//! sentence ends after abbreviations, possessor complements of money, currency names
//! settled by an adjective or by the text, qualifiers with an article or preposition,
//! and the CJK noun written before the number.

use super::testkit::{check, n, none};
use concord_model::Qualifier::*;

#[test]
fn counted_stops_at_sentence_end_and_possessors() {
    check(
        "pl",
        "Frekwencja wyniosła 61,2 proc. Wyniki poda PKW.",
        &[n("61,2 proc.", 61.2).u("percent")],
    );
    check(
        "fr",
        "Le plan prévoit 3 milliards d'euros du budget de l'État d'ici 2030.",
        &[n("3 milliards d'euros", 3e9).u("EUR")],
    );
    check(
        "fr",
        "Le plan prévoit 3 milliards d'euros d'investissements.",
        &[n("3 milliards d'euros", 3e9).u("EUR").c("investissements")],
    );
    check(
        "en",
        "The US will impose 30% duties on steel, about 8% of its imports.",
        &[
            n("30%", 30.).u("percent").c("duties"),
            n("about 8%", 8.).q(About).u("percent").c("imports"),
        ],
    );
    check(
        "pt",
        "A polícia apreendeu 2 toneladas de cocaína e prendeu 15 suspeitos.",
        &[
            n("2 toneladas", 2.).u("t").c("cocaína"),
            n("15", 15.).c("suspeitos"),
        ],
    );
    check(
        "pl",
        "Ponad 2 tys. osób ewakuowano.",
        &[n("Ponad 2 tys.", 2000.).q(MoreThan).c("osób")],
    );
}

#[test]
fn currencies_with_country_words() {
    check(
        "fr",
        "Ottawa investira 12 milliards de dollars canadiens et Berne 40 millions de francs.",
        &[
            n("12 milliards de dollars canadiens", 12e9).u("CAD"),
            n("40 millions de francs", 4e7).u("CHF"),
        ],
    );
    check(
        "ar",
        "هبطت الليرة اللبنانية إلى 90 ألف ليرة للدولار.",
        &[n("90 ألف ليرة", 9e4).u("LBP")],
    );
    check(
        "es",
        "En Argentina, el dólar cotizó a 1.300 pesos.",
        &[n("1.300 pesos", 1300.).u("ARS")],
    );
}

#[test]
fn qualifiers_with_article_or_preposition() {
    check(
        "es",
        "El partido obtuvo alrededor del 30% de los votos.",
        &[n("alrededor del 30%", 30.).q(About).u("percent").c("votos")],
    );
    check(
        "ru",
        "Рубль подешевел почти на 2%, курс опустился ниже 90 рублей.",
        &[
            n("почти на 2%", 2.).q(Almost).u("percent"),
            n("ниже 90 рублей", 90.).q(LessThan).u("RUB"),
        ],
    );
    check(
        "uk",
        "Загинули щонайменше троє людей.",
        &[n("щонайменше троє", 3.).q(AtLeast).c("людей")],
    );
    check(
        "pl",
        "Spotkali się ministrowie piętnastu państw.",
        &[n("piętnastu", 15.).c("państw")],
    );
    check(
        "it",
        "Il fuoco ha distrutto oltre 20mila ettari.",
        &[n("oltre 20mila ettari", 2e4).q(MoreThan).u("ha")],
    );
    // A percentage ranges only to another percentage.
    check(
        "en",
        "Sales rose nearly 40% to 1.2 million units.",
        &[
            n("nearly 40%", 40.).q(Almost).u("percent"),
            n("1.2 million", 1.2e6).c("units"),
        ],
    );
}

#[test]
fn scores_clock_times_and_ordinals() {
    check(
        "it",
        "Ha vinto 6-2, 3-6, 6-4 davanti a 9.000 spettatori.",
        &[n("9.000", 9000.).c("spettatori")],
    );
    check(
        "es",
        "A las 18.45 había 30 grados.",
        &[n("30 grados", 30.).u("°C")],
    );
    check(
        "de",
        "Er erzielte seinen 7. Treffer vor 40.000 Fans.",
        &[n("40.000", 4e4).c("Fans")],
    );
    check(
        "ru",
        "В Сочи было +31 градус.",
        &[n("31 градус", 31.).u("°C")],
    );
}

#[test]
fn cjk_noun_before_and_units() {
    check(
        "zh",
        "暴雨导致12人失踪，降雨量达250毫米以上，观影人次超过2亿。",
        &[
            n("12", 12.),
            n("250毫米以上", 250.).q(MoreThan).u("mm"),
            n("超过2亿", 2e8).q(MoreThan).c("观影人次"),
        ],
    );
    check(
        "zh",
        "近2000名全国政协委员出席，约百分之三十的耕地受灾。",
        &[
            n("近2000", 2000.).q(Almost).c("全国政协委员"),
            n("约百分之三十", 30.).q(About).u("percent").c("耕地"),
        ],
    );
    check(
        "ko",
        "지원자는 12만 명 미만이었다. 규모 5.1 지진으로 약 200헥타르의 농지가 피해를 입었다.",
        &[
            n("12만 명 미만", 12e4).q(LessThan).c("지원자"),
            n("5.1", 5.1),
            n("약 200헥타르", 200.).q(About).u("ha").c("농지"),
        ],
    );
    check(
        "ko",
        "북한은 1만여 명을 파병했다. 홈팀이 3대1로 이겼다.",
        &[n("1만여", 1e4).q(About)],
    );
    check(
        "ja",
        "来場者は3万2000人に上り、気温は2.5度上昇した。マグニチュード6.8の地震。",
        &[
            n("3万2000", 32000.).c("来場者"),
            n("2.5度", 2.5).u("°C"),
            n("6.8", 6.8),
        ],
    );
}

#[test]
fn ranges_repeat_signs_and_articles_and_measures_name_their_matter() {
    check(
        "en",
        "Profit will be between £3.1 billion and £3.2 billion this year.",
        &[n("between £3.1 billion and £3.2 billion", 3.1e9)
            .max(3.2e9)
            .u("GBP")],
    );
    check(
        "es",
        "La economía crecerá entre un 2,2% y un 2,4% este año.",
        &[n("entre un 2,2% y un 2,4%", 2.2).max(2.4).u("percent")],
    );
    check(
        "de",
        "Im Wald fallen bis zu 40 Zentimeter Neuschnee, bei minus 18 Grad.",
        &[
            n("bis zu 40 Zentimeter", 40.)
                .q(UpTo)
                .u("cm")
                .c("Neuschnee"),
            n("minus 18 Grad", -18.).u("°C"),
        ],
    );
    check(
        "pl",
        "Poziom rzeki przekroczył 6,5 metra.",
        &[n("6,5 metra", 6.5).u("m")],
    );
    check(
        "ko",
        "산불로 1만 2000여 명이 대피했다.",
        &[n("1만 2000여", 12000.).q(About)],
    );
}

#[test]
fn results_ordinals_references_phones_and_names_are_no_quantities() {
    check(
        "pt",
        "O Flamengo venceu por 2 a 0 diante de 68 mil torcedores.",
        &[n("68 mil", 68000.).c("torcedores")],
    );
    for (lang, text) in [
        ("es", "Marcó su 15.º gol de la temporada."),
        ("fr", "Le budget passe par l'article 49.3 du texte."),
        ("fr", "Appelez le numéro vert, le 0 800 130 000."),
        ("zh", "歼-20战机在“618”活动期间亮相。"),
        ("ko", "광복 80주년을 맞아 지난해 4분기 실적이 발표됐다."),
    ] {
        check(lang, text, &[]);
    }
}

#[test]
fn inflected_and_collective_number_words() {
    check(
        "pl",
        "Marsz zgromadził według organizatorów ponad stu tysiącach uczestników.",
        &[n("ponad stu tysiącach", 1e5).q(MoreThan).c("uczestników")],
    );
    check(
        "uk",
        "Рятувальники врятували вісьмох рибалок.",
        &[n("вісьмох", 8.).c("рибалок")],
    );
}

#[test]
fn years_naming_things_cases_after_sums_and_korean_and_chinese_nouns() {
    check(
        "fr",
        "Le budget 2026 prévoit 30 milliards d'euros de coupes.",
        &[n("30 milliards d'euros", 3e10).u("EUR").c("coupes")],
    );
    check(
        "ru",
        "Банк выдал 300 млрд рублей льготных кредитов.",
        &[n("300 млрд рублей", 3e11).u("RUB").c("льготных кредитов")],
    );
    check(
        "uk",
        "Росія атакувала чотирма балістичними ракетами.",
        &[n("чотирма", 4.).c("балістичними ракетами")],
    );
    check(
        "ko",
        "화물차가 충돌해 2명이 숨졌다. 50mm 안팎의 강한 비가 내렸다. 소방대원과 경찰 200여 명이 투입됐다.",
        &[
            n("2", 2.),
            n("50mm 안팎", 50.).q(About).u("mm").c("강한 비"),
            n("200여", 200.).q(About).c("소방대원과 경찰"),
        ],
    );
    check(
        "zh",
        "当地出动消防救援人员800余名。",
        &[n("800余", 800.).q(MoreThan).c("救援人员")],
    );
}

#[test]
fn units_articles_in_ranges_signs_and_years_before_nouns() {
    check(
        "it",
        "Temperature tra i 38 e i 40 gradi.",
        &[n("tra i 38 e i 40 gradi", 38.).max(40.).u("°C")],
    );
    check(
        "ar",
        "ويتراوح السعر بين 68 و70 دولارا.",
        &[n("بين 68 و70 دولارا", 68.).max(70.).u("USD")],
    );
    check(
        "ru",
        "Мороз до минус 50 градусов.",
        &[n("до минус 50 градусов", -50.).q(UpTo).u("°C")],
    );
    check(
        "uk",
        "Загинули дев’ятеро людей.",
        &[n("дев’ятеро", 9.).c("людей")],
    );
    check(
        "en",
        "Prices climbed 4.4% year on year in the fiscal year that ended Sept. 30, under a \
         2024 agreement, on more than 48,000 acres.",
        &[
            n("4.4%", 4.4).u("percent"),
            n("more than 48,000 acres", 48000.).q(MoreThan).u("ac"),
        ],
    );
    check("zh", "震源深度10千米。", &[n("10千米", 10.).u("km")]);
    // A sentence opening with a count after a full stop is no date nor reference.
    check(
        "en",
        "He signed the law. 30 states sued in March. 12 people were hurt.",
        &[n("30", 30.).c("states"), n("12", 12.).c("people")],
    );
    for (lang, text) in [
        ("es", "El Gobierno suspendió el punto 3 del acuerdo."),
        ("zh", "市民可拨打12345热线咨询。"),
    ] {
        check(lang, text, &[]);
    }
}

#[test]
fn approximate_number_nouns_are_about_that_many() {
    check(
        "fr",
        "Une vingtaine de blessés et des dizaines de milliers de personnes en quarantaine.",
        &[
            n("Une vingtaine", 20.).q(About).c("blessés"),
            n("dizaines de milliers", 1e4).max(1e5).c("personnes"),
        ],
    );
    check(
        "es",
        "Un centenar de vecinos fueron evacuados.",
        &[n("Un centenar", 100.).q(About).c("vecinos")],
    );
}

#[test]
fn percentage_points_signs_and_comparatives() {
    check(
        "pt",
        "A taxa caiu 0,17 ponto percentual.",
        &[n("0,17 ponto percentual", 0.17).u("pp")],
    );
    check(
        "ko",
        "실업률은 0.3%포인트 올랐다.",
        &[n("0.3%포인트", 0.3).u("pp")],
    );
    check(
        "ru",
        "Температура опустится ниже −38 °C.",
        &[n("ниже −38 °C", -38.).q(LessThan).u("°C")],
    );
    check(
        "pl",
        "Rano zanotowano minus 23,4 stopnia Celsjusza.",
        &[n("minus 23,4 stopnia Celsjusza", -23.4).u("°C")],
    );
    // A hyphen before a bare count is a bullet.
    check("pt", "-5 mortos na BR-116.", &[n("5", 5.).c("mortos")]);
    // A hyphen after a word or a digit joins or ranges; it is no sign.
    check(
        "en",
        "GDP shrank -0.4% in May.",
        &[n("-0.4%", -0.4).u("percent")],
    );
    check(
        "ru",
        "Было подписано более тысячи соглашений.",
        &[n("более тысячи", 1000.).q(MoreThan).c("соглашений")],
    );
    // The genitive after a comparison ends before a unit.
    check(
        "ru",
        "Ущерб составил более тысячи рублей.",
        &[n("более тысячи рублей", 1000.).q(MoreThan).u("RUB")],
    );
    // "pp" alone is pages, not percentage points.
    check("en", "The book runs to 352 pp.", &[n("352", 352.).c("pp")]);
    check(
        "es",
        "El precio subió casi un 40% en un año.",
        &[n("casi un 40%", 40.).q(Almost).u("percent")],
    );
    check(
        "en",
        "It could cost as much as 12.8 billion kroner, Denmark said.",
        &[n("as much as 12.8 billion kroner", 12.8e9).q(UpTo).u("DKK")],
    );
    check(
        "zh",
        "营收达新台幣9,899億元。",
        &[n("新台幣9,899億元", 9.899e11).u("TWD")],
    );
}

#[test]
fn references_and_codes_are_not_quantities() {
    none("pl", "Na podstawie art. 228 Kodeksu karnego.");
    none("de", "Der Strafrahmen des § 263 StGB.");
    none("uk", "За ч. 5 ст. 191 ККУ.");
    none("es", "Más información en el 012.");
    none("en", "Customers can call 0800 200 6060.");
    none("es", "La línea 6 del Metro de Madrid.");
}

#[test]
fn rates_below_zero_and_qualifiers_over_plural_articles() {
    // A measure per area is a rate: it counts nothing.
    check(
        "de",
        "Geerntet wurden 7,6 Tonnen je Hektar.",
        &[n("7,6 Tonnen", 7.6).u("t")],
    );
    check(
        "uk",
        "Врожайність становила від 3,5 до 5 тонн з гектара.",
        &[n("від 3,5 до 5 тонн", 3.5).max(5.).u("t")],
    );
    // "Below zero" in Chinese, written against the number.
    check(
        "zh",
        "气温降至零下41.2摄氏度。",
        &[n("零下41.2摄氏度", -41.2).u("°C")],
    );
    // A qualifier reaches over a plural article.
    check(
        "es",
        "El precio cayó por debajo de los 4 euros.",
        &[n("por debajo de los 4 euros", 4.).q(LessThan).u("EUR")],
    );
    check(
        "it",
        "La produzione è salita a 51 terawattora.",
        &[n("51 terawattora", 51.).u("TWh")],
    );
}
