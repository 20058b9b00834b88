//! English, Portuguese, Spanish, Italian and French, plus the language fallback.

use super::testkit::{check, n, none};
use concord_model::Qualifier::*;

#[test]
fn en_formats_qualifiers_and_counted() {
    check(
        "en",
        "More than 6,000 North Korean troops were sent, and almost 3,000 died.",
        &[
            n("More than 6,000", 6000.)
                .q(MoreThan)
                .c("North Korean troops"),
            n("almost 3,000", 3000.).q(Almost),
        ],
    );
    check(
        "en",
        "Around 1,500 Ukrainian drones and 300 missiles struck 12 regions overnight.",
        &[
            n("Around 1,500", 1500.).q(About).c("Ukrainian drones"),
            n("300", 300.).c("missiles"),
            n("12", 12.).c("regions"),
        ],
    );
}

#[test]
fn en_money_percent_and_units() {
    check(
        "en",
        "The $1.2 billion package covers 45% of the budget, 500 tonnes of ammunition and a \
         road 20 km long; it costs £3bn, up 3.5 per cent.",
        &[
            // A noun right after a sum is what it is for; "covers" is the verb.
            n("$1.2 billion", 1.2e9).u("USD").c("package"),
            n("45%", 45.).u("percent").c("budget"),
            n("500 tonnes", 500.).u("t").c("ammunition"),
            n("20 km", 20.).u("km"),
            n("£3bn", 3e9).u("GBP"),
            n("3.5 per cent", 3.5).u("percent"),
        ],
    );
}

#[test]
fn en_words_and_vague_quantities() {
    check(
        "en",
        "Tens of thousands of people fled, dozens of villages burned, a million refugees and \
         twenty-five tanks crossed; several soldiers and one officer were hurt.",
        &[
            n("Tens of thousands", 1e4).max(1e5).c("people"),
            n("dozens", 10.).max(100.).c("villages"),
            n("a million", 1e6).c("refugees"),
            n("twenty-five", 25.).c("tanks"),
        ],
    );
    check(
        "en",
        "A few hundred protesters faced several thousand police and hundreds of thousands \
         watched.",
        &[
            n("few hundred", 100.).max(1000.).c("protesters"),
            n("several thousand", 1000.).max(1e4).c("police"),
            n("hundreds of thousands", 1e5).max(1e6),
        ],
    );
}

#[test]
fn en_ranges() {
    check(
        "en",
        "Between 10 and 12 people were killed, up to 300 were injured and 2 to 3 million \
         were displaced; over 100 km away, fewer than twenty journalists, two or three days.",
        &[
            n("Between 10 and 12", 10.).max(12.).c("people"),
            n("up to 300", 300.).q(UpTo),
            n("2 to 3 million", 2e6).max(3e6),
            n("over 100 km", 100.).q(MoreThan).u("km"),
            n("fewer than twenty", 20.).q(LessThan).c("journalists"),
            n("two or three", 2.).max(3.).c("days"),
        ],
    );
}

#[test]
fn en_hyphen_range_and_temperature() {
    check(
        "en",
        "Some 10-12 people died as temperatures hit 45°C; the A4 road was closed for 2-3 days.",
        &[
            n("Some 10-12", 10.).max(12.).q(About).c("people"),
            n("45°C", 45.).u("°C"),
            n("2-3", 2.).max(3.).c("days"),
        ],
    );
}

#[test]
fn en_exclusions() {
    none(
        "en",
        "On July 13, 2025, at 3 pm, the G7 met; COVID-19, the Su-57 and Boeing 737 were \
         discussed in 2024, the score was 2-1, see Article 5 and page 12, call +1 202 555 0101, \
         he came 3rd in the 1990s, from 2020 to 2024, at 10:30, open 24/7.",
    );
    check(
        "en",
        "A 45-year-old man, aged 45, waited 3 hours; three days ago 2 men left.",
        &[
            n("45", 45.),
            n("45", 45.),
            n("3", 3.).c("hours"),
            n("2", 2.).c("men"),
        ],
    );
    check(
        "en",
        "1. The army sent 20 tanks.\n2. Apple sold 5 million iPhone 15 units.",
        &[n("20", 20.).c("tanks"), n("5 million", 5e6).c("iPhone")],
    );
}

#[test]
fn pt_spec_examples() {
    check(
        "pt",
        "Mais de 10 milhões de pessoas votaram e a Coreia do Norte enviou 6.000 engenheiros \
         e trabalhadores militares à Rússia.",
        &[
            n("Mais de 10 milhões", 1e7).q(MoreThan).c("pessoas"),
            n("6.000", 6000.).c("engenheiros e trabalhadores militares"),
        ],
    );
    check(
        "pt",
        "A Rússia disparou 10 milhões de rodadas de artilharia e mísseis, e milhares de \
         soldados morreram.",
        &[
            n("10 milhões", 1e7).c("rodadas de artilharia e mísseis"),
            n("milhares", 1e3).max(1e4).c("soldados"),
        ],
    );
}

#[test]
fn pt_words_and_vague_quantities() {
    check(
        "pt",
        "Seis mil policiais, um milhão de eleitores, dezenas de milhares de manifestantes, \
         vinte e um soldados, vários tanques e um soldado.",
        &[
            n("Seis mil", 6000.).c("policiais"),
            n("um milhão", 1e6).c("eleitores"),
            n("dezenas de milhares", 1e4).max(1e5).c("manifestantes"),
            n("vinte e um", 21.).c("soldados"),
        ],
    );
    check(
        "pt",
        "O governo anunciou 1,5 mil milhões de euros para 300 mil famílias e 1,5 milhão de doses.",
        &[
            n("1,5 mil milhões de euros", 1.5e9).u("EUR"),
            n("300 mil", 3e5).c("famílias"),
            n("1,5 milhão", 1.5e6).c("doses"),
        ],
    );
}

#[test]
fn pt_vague_millions_and_units() {
    check(
        "pt",
        "Milhões de pessoas sofrem com 40 graus, 12 mil hectares queimados e US$ 10 bilhões em \
         perdas.",
        &[
            n("Milhões", 1e6).max(1e7).c("pessoas"),
            n("40 graus", 40.).u("°C"),
            n("12 mil hectares", 12e3).u("ha"),
            n("US$ 10 bilhões", 1e10).u("USD"),
        ],
    );
}

#[test]
fn ha_before_a_participle_is_a_verb() {
    // Italian "ha colpito" (has struck) after a number is no hectare; "ha" alone is.
    check(
        "it",
        "Un sisma di magnitudo 5.7 ha colpito la costa; bruciati 300 ha di bosco.",
        &[n("5.7", 5.7), n("300 ha", 300.).u("ha").c("bosco")],
    );
}

#[test]
fn pt_ranges_percent_money() {
    check(
        "pt",
        "Entre 10 e 12 mil soldados, 10% dos eleitores, R$ 2,5 bilhões, 40 a 50 km e cerca \
         de 2,5 mil feridos; a inflação ficou em 4,5 por cento.",
        &[
            n("Entre 10 e 12 mil", 1e4).max(1.2e4).c("soldados"),
            n("10%", 10.).u("percent").c("eleitores"),
            n("R$ 2,5 bilhões", 2.5e9).u("BRL"),
            n("40 a 50 km", 40.).max(50.).u("km"),
            n("cerca de 2,5 mil", 2500.).q(About).c("feridos"),
            n("4,5 por cento", 4.5).u("percent"),
        ],
    );
}

#[test]
fn pt_exclusions() {
    none(
        "pt",
        "Em 13 de julho de 2025, às 15h30, o artigo 5 e o G7, a COVID-19, o 3º lugar e o \
         terceiro colocado; há 3 dias; em 2024; às 10 horas.",
    );
    check(
        "pt",
        "Pelo menos 12 pessoas morreram e 40 ficaram feridas; quase 3 mil pessoas protestaram.",
        &[
            n("Pelo menos 12", 12.).q(AtLeast).c("pessoas"),
            n("40", 40.),
            n("quase 3 mil", 3000.).q(Almost).c("pessoas"),
        ],
    );
}

#[test]
fn es_numbers() {
    check(
        "es",
        "Más de 6.000 soldados norcoreanos y unos 300 ingenieros llegaron a Rusia.",
        &[
            n("Más de 6.000", 6000.)
                .q(MoreThan)
                .c("soldados norcoreanos"),
            n("unos 300", 300.).q(About).c("ingenieros"),
        ],
    );
    check(
        "es",
        "El Gobierno destinará 3.500 millones de euros a dos millones de familias y miles de \
         personas.",
        &[
            n("3.500 millones de euros", 3.5e9).u("EUR"),
            n("dos millones", 2e6).c("familias"),
            n("miles", 1e3).max(1e4).c("personas"),
        ],
    );
    check(
        "es",
        "Entre 30 y 40 migrantes llegaron, el 25% de los votos, al menos 20 muertos y cientos \
         de heridos; treinta y cinco barcos.",
        &[
            n("Entre 30 y 40", 30.).max(40.).c("migrantes"),
            n("25%", 25.).u("percent").c("votos"),
            n("al menos 20", 20.).q(AtLeast).c("muertos"),
            n("cientos", 100.).max(1000.).c("heridos"),
            n("treinta y cinco", 35.).c("barcos"),
        ],
    );
    none(
        "es",
        "El 1 de mayo de 2024 a las 10 horas, hace 2 días, el artículo 5 y el 3º puesto.",
    );
}

#[test]
fn it_numbers() {
    check(
        "it",
        "Oltre 10 milioni di persone e almeno duemila soldati.",
        &[
            n("Oltre 10 milioni", 1e7).q(MoreThan).c("persone"),
            n("almeno duemila", 2000.).q(AtLeast).c("soldati"),
        ],
    );
    check(
        "it",
        "Circa 2,5 miliardi di euro per 500 mila famiglie e decine di migliaia di sfollati.",
        &[
            n("Circa 2,5 miliardi di euro", 2.5e9).q(About).u("EUR"),
            n("500 mila", 5e5).c("famiglie"),
            n("decine di migliaia", 1e4).max(1e5).c("sfollati"),
        ],
    );
    check(
        "it",
        "Tra 10 e 20 barche, il 40% dei voti, ventitré soldati e trecentomila persone.",
        &[
            n("Tra 10 e 20", 10.).max(20.).c("barche"),
            n("40%", 40.).u("percent").c("voti"),
            n("ventitré", 23.).c("soldati"),
            n("trecentomila", 3e5).c("persone"),
        ],
    );
    none(
        "it",
        "Alle 15 del 13 luglio 2025, l'articolo 5, il 3° posto, 3 giorni fa, nel 2024.",
    );
}

#[test]
fn fr_numbers() {
    check(
        "fr",
        "Plus de 6 000 soldats nord-coréens et des dizaines de milliers de civils.",
        &[
            n("Plus de 6 000", 6000.)
                .q(MoreThan)
                .c("soldats nord-coréens"),
            n("dizaines de milliers", 1e4).max(1e5).c("civils"),
        ],
    );
    check(
        "fr",
        "Le gouvernement a promis 2,5 milliards d'euros, 10 millions de doses et une centaine \
         de blessés.",
        &[
            n("2,5 milliards d'euros", 2.5e9).u("EUR"),
            n("10 millions", 1e7).c("doses"),
            n("une centaine", 100.).q(About).c("blessés"),
        ],
    );
    check(
        "fr",
        "Près de 40 % des électeurs, quatre-vingt-dix soldats, vingt et un blindés et plus \
         d'un million de réfugiés.",
        &[
            n("Près de 40 %", 40.).q(Almost).u("percent").c("électeurs"),
            n("quatre-vingt-dix", 90.).c("soldats"),
            n("vingt et un", 21.).c("blindés"),
            n("plus d'un million", 1e6).q(MoreThan).c("réfugiés"),
        ],
    );
    check(
        "fr",
        "Environ 5\u{202f}000 manifestants et 3\u{a0}500 policiers.",
        &[
            n("Environ 5\u{202f}000", 5000.).q(About).c("manifestants"),
            n("3\u{a0}500", 3500.).c("policiers"),
        ],
    );
    none(
        "fr",
        "Le 14 juillet 2024 à 14 heures, le 3e arrondissement, il y a 3 jours, l'article 5.",
    );
    // "neuf" is also "new": a number only with a noun after it.
    none("fr", "Un bâtiment neuf, plusieurs blessés, un soldat.");
    check("fr", "Neuf soldats.", &[n("Neuf", 9.).c("soldats")]);
}

#[test]
fn unknown_language_uses_script_and_english_formats() {
    check(
        "",
        "More than 6,000 troops",
        &[n("More than 6,000", 6000.).q(MoreThan).c("troops")],
    );
    check(
        "xx",
        "Более 10 тысяч военных",
        &[n("Более 10 тысяч", 1e4).q(MoreThan).c("военных")],
    );
    check("", "It grew 2.5%.", &[n("2.5%", 2.5).u("percent")]);
    none("", "");
    none("en", "—, …; !");
}
