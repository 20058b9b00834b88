//! German, Dutch, Polish, Russian, Ukrainian, Greek and Arabic.

use super::testkit::{check, n, none};
use concord_model::Qualifier::*;

#[test]
fn de_numbers() {
    check(
        "de",
        "Mehr als 6.000 nordkoreanische Soldaten und rund 5 Mrd. Euro.",
        &[
            n("Mehr als 6.000", 6000.)
                .q(MoreThan)
                .c("nordkoreanische Soldaten"),
            n("rund 5 Mrd. Euro", 5e9).q(About).u("EUR"),
        ],
    );
    check(
        "de",
        "Zehntausende Menschen, zweitausend Polizisten und 3,5 Millionen Euro; 40 Prozent der \
         Wähler.",
        &[
            n("Zehntausende", 1e4).max(1e5).c("Menschen"),
            n("zweitausend", 2000.).c("Polizisten"),
            n("3,5 Millionen Euro", 3.5e6).u("EUR"),
            n("40 Prozent", 40.).u("percent").c("Wähler"),
        ],
    );
    check(
        "de",
        "Bis zu 10.000 Menschen, zwischen 5 und 7 Millionen Euro, über 300 km und \
         fünfundzwanzig Panzer; etwa 100 verletzt.",
        &[
            n("Bis zu 10.000", 1e4).q(UpTo).c("Menschen"),
            n("zwischen 5 und 7 Millionen Euro", 5e6).max(7e6).u("EUR"),
            n("über 300 km", 300.).q(MoreThan).u("km"),
            n("fünfundzwanzig", 25.).c("Panzer"),
            n("etwa 100", 100.).q(About),
        ],
    );
    check(
        "de",
        "Die Schulden stiegen auf 1 Billion Euro, ein Plus von 2,5 Prozent.",
        &[
            n("1 Billion Euro", 1e12).u("EUR"),
            n("2,5 Prozent", 2.5).u("percent"),
        ],
    );
    none(
        "de",
        "Um 10 Uhr am 3. Oktober 2024 belegte er den 3. Platz; vor 3 Tagen; Artikel 5.",
    );
}

#[test]
fn nl_numbers() {
    check(
        "nl",
        "Meer dan 6.000 Noord-Koreaanse soldaten en ongeveer 300 ingenieurs.",
        &[
            n("Meer dan 6.000", 6000.)
                .q(MoreThan)
                .c("Noord-Koreaanse soldaten"),
            n("ongeveer 300", 300.).q(About).c("ingenieurs"),
        ],
    );
    check(
        "nl",
        "Tienduizenden mensen, vijfentwintig tanks en 2,5 miljard euro; 3 dagen geleden.",
        &[
            n("Tienduizenden", 1e4).max(1e5).c("mensen"),
            n("vijfentwintig", 25.).c("tanks"),
            n("2,5 miljard euro", 2.5e9).u("EUR"),
        ],
    );
}

#[test]
fn pl_numbers() {
    check(
        "pl",
        "Ponad 6 tysięcy żołnierzy i około 2,5 mln złotych.",
        &[
            n("Ponad 6 tysięcy", 6000.).q(MoreThan).c("żołnierzy"),
            n("około 2,5 mln złotych", 2.5e6).q(About).u("PLN"),
        ],
    );
    check(
        "pl",
        "Kilkanaście tysięcy osób, dwa tysiące ludzi, 40 proc. wyborców i setki rannych.",
        &[
            n("Kilkanaście tysięcy", 1e4).max(2e4).c("osób"),
            n("dwa tysiące", 2000.).c("ludzi"),
            n("40 proc.", 40.).u("percent").c("wyborców"),
            n("setki", 100.).max(1000.).c("rannych"),
        ],
    );
    check(
        "pl",
        "Od 10 do 12 tys. żołnierzy, do 100 km, co najmniej 20 osób zginęło; 6 000 dronów.",
        &[
            n("Od 10 do 12 tys.", 1e4).max(1.2e4).c("żołnierzy"),
            n("do 100 km", 100.).q(UpTo).u("km"),
            n("co najmniej 20", 20.).q(AtLeast).c("osób"),
            n("6 000", 6000.).c("dronów"),
        ],
    );
    none(
        "pl",
        "W 2024 r. o godz. 15, 7 godzin temu, zajął 3. miejsce, kilka osób.",
    );
}

#[test]
fn ru_numbers() {
    check(
        "ru",
        "Более 10 тысяч военных и 5-7 тысяч добровольцев.",
        &[
            n("Более 10 тысяч", 1e4).q(MoreThan).c("военных"),
            n("5-7 тысяч", 5000.).max(7000.).c("добровольцев"),
        ],
    );
    check(
        "ru",
        "От 5 до 7 млн рублей, 40% избирателей, десятки тысяч беженцев и почти две тысячи \
         солдат.",
        &[
            n("От 5 до 7 млн рублей", 5e6).max(7e6).u("RUB"),
            n("40%", 40.).u("percent").c("избирателей"),
            n("десятки тысяч", 1e4).max(1e5).c("беженцев"),
            n("почти две тысячи", 2000.).q(Almost).c("солдат"),
        ],
    );
    check(
        "ru",
        "По меньшей мере 20 человек погибли, около 100 получили ранения; погибли 1 500 человек.",
        &[
            n("По меньшей мере 20", 20.).q(AtLeast).c("человек"),
            n("около 100", 100.).q(About),
            n("1 500", 1500.).c("человек"),
        ],
    );
    none(
        "ru",
        "В 2023 году 15 мая в 15:00 Су-57 и Ту-154, 3 дня назад, 3-й этап.",
    );
}

#[test]
fn uk_numbers() {
    check(
        "uk",
        "Понад 6 тисяч військових і близько п'яти тисяч цивільних загинули.",
        &[
            n("Понад 6 тисяч", 6000.).q(MoreThan).c("військових"),
            n("близько п'яти тисяч", 5000.).q(About).c("цивільних"),
        ],
    );
    check(
        "uk",
        "Уряд виділить 3,5 млрд гривень; 40% виборців; від 5 до 7 тисяч дронів.",
        &[
            n("3,5 млрд гривень", 3.5e9).u("UAH"),
            n("40%", 40.).u("percent").c("виборців"),
            n("від 5 до 7 тисяч", 5000.).max(7000.).c("дронів"),
        ],
    );
    check(
        "uk",
        "Майже дві тисячі солдатів і десятки тисяч біженців у 2024 році; 3 дні тому.",
        &[
            n("Майже дві тисячі", 2000.).q(Almost).c("солдатів"),
            n("десятки тисяч", 1e4).max(1e5).c("біженців"),
        ],
    );
    check(
        "uk",
        "Щонайменше 20 людей загинули, понад 100 отримали поранення.",
        &[
            n("Щонайменше 20", 20.).q(AtLeast).c("людей"),
            n("понад 100", 100.).q(MoreThan),
        ],
    );
}

#[test]
fn el_numbers() {
    check(
        "el",
        "Περισσότεροι από 6.000 στρατιώτες και περίπου 300 μηχανικοί, χιλιάδες άνθρωποι.",
        &[
            n("Περισσότεροι από 6.000", 6000.)
                .q(MoreThan)
                .c("στρατιώτες"),
            n("περίπου 300", 300.).q(About).c("μηχανικοί"),
            n("χιλιάδες", 1e3).max(1e4).c("άνθρωποι"),
        ],
    );
    check(
        "el",
        "Τουλάχιστον 20 άνθρωποι, 40% των ψηφοφόρων, δύο εκατομμύρια ευρώ, το 2024.",
        &[
            n("Τουλάχιστον 20", 20.).q(AtLeast).c("άνθρωποι"),
            n("40%", 40.).u("percent").c("ψηφοφόρων"),
            n("δύο εκατομμύρια ευρώ", 2e6).u("EUR"),
        ],
    );
}

#[test]
fn ar_numbers() {
    check(
        "ar",
        "قتل أكثر من 10 آلاف جندي وحوالي ٣٠٠ مدني.",
        &[
            n("أكثر من 10 آلاف", 1e4).q(MoreThan).c("جندي"),
            n("حوالي ٣٠٠", 300.).q(About).c("مدني"),
        ],
    );
    check(
        "ar",
        "خصصت الحكومة 3 مليارات دولار لنحو 500 ألف أسرة، و40 بالمئة من الناخبين.",
        &[
            n("3 مليارات دولار", 3e9).u("USD"),
            n("نحو 500 ألف", 5e5).q(About).c("أسرة"),
            n("40 بالمئة", 40.).u("percent").c("الناخبين"),
        ],
    );
    check(
        "ar",
        "أرسلت كوريا الشمالية ثلاثة آلاف جندي وعشرات الآلاف من القذائف.",
        &[
            n("ثلاثة آلاف", 3000.).c("جندي"),
            n("عشرات الآلاف", 1e4).max(1e5).c("القذائف"),
        ],
    );
    check(
        "ar",
        "قتل 20 شخصا على الأقل في عام 2024 في الساعة 10، وست نساء.",
        &[n("20", 20.).q(AtLeast).c("شخصا"), n("ست", 6.).c("نساء")],
    );
    // The accusative "كيلومترا" is kilometres too.
    check(
        "ar",
        "كان مركز الزلزال على بعد نحو 23 كيلومترا جنوب غربي المدينة.",
        &[n("نحو 23 كيلومترا", 23.).q(About).u("km")],
    );
}
