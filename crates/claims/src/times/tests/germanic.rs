use super::{check, Day, Hour, Month, Season, Week, Year};

#[test]
fn english() {
    check(
        "en",
        "Yesterday, officials said the attack last Saturday killed more than 3,000 people.",
        &[
            ("Yesterday", "2025-07-15", "2025-07-16", Day),
            ("last Saturday", "2025-07-12", "2025-07-13", Day),
        ],
    );
    check(
        "en",
        "The talks began on July 13, 2025 and will resume next week, the ministry said three hours ago.",
        &[
            ("July 13, 2025", "2025-07-13", "2025-07-14", Day),
            ("next week", "2025-07-21", "2025-07-28", Week),
            ("three hours ago", "2025-07-16T07:00:00+02:00", "2025-07-16T08:00:00+02:00", Hour),
        ],
    );
    check(
        "en",
        "In late June and again in mid-June 2025 prices rose; in 2023 they fell, and last year they were flat.",
        &[
            ("late June", "2025-06-21", "2025-07-01", Month),
            ("mid-June 2025", "2025-06-11", "2025-06-21", Month),
            ("2023", "2023-01-01", "2024-01-01", Year),
            ("last year", "2024-01-01", "2025-01-01", Year),
        ],
    );
    check(
        "en",
        "Last summer the region flooded; this summer and next spring may be drier, the day before yesterday's report said.",
        &[
            ("Last summer", "2024-06-01", "2024-09-01", Season),
            ("this summer", "2025-06-01", "2025-09-01", Season),
            ("next spring", "2026-03-01", "2026-06-01", Season),
            ("day before yesterday", "2025-07-14", "2025-07-15", Day),
        ],
    );
    check(
        "en",
        "Early 2025, in May 2024, on Saturday, July 12, in December, two weeks ago and this month.",
        &[
            ("Early 2025", "2025-01-01", "2025-05-01", Year),
            ("May 2024", "2024-05-01", "2024-06-01", Month),
            ("Saturday, July 12", "2025-07-12", "2025-07-13", Day),
            ("December", "2025-12-01", "2026-01-01", Month),
            ("two weeks ago", "2025-06-30", "2025-07-07", Week),
            ("this month", "2025-07-01", "2025-08-01", Month),
        ],
    );
    check(
        "en",
        "On Wednesday the minister met the envoy he had seen last Wednesday; they meet again next Wednesday.",
        &[
            ("Wednesday", "2025-07-16", "2025-07-17", Day),
            ("last Wednesday", "2025-07-09", "2025-07-10", Day),
            ("next Wednesday", "2025-07-23", "2025-07-24", Day),
        ],
    );
    // Counts, verbs and names that look like times.
    check(
        "en",
        "In July 13 people died, he may resign, a total of 2000 troops moved and prices will fall next year. The form dated 7/13/2025 arrived today.",
        &[
            ("July", "2025-07-01", "2025-08-01", Month),
            ("next year", "2026-01-01", "2027-01-01", Year),
            ("7/13/2025", "2025-07-13", "2025-07-14", Day),
            ("today", "2025-07-16", "2025-07-17", Day),
        ],
    );
}

#[test]
fn german() {
    check(
        "de",
        "Gestern hat die Regierung erklärt, dass am Samstag und vor drei Tagen Proteste stattfanden.",
        &[
            ("Gestern", "2025-07-15", "2025-07-16", Day),
            ("Samstag", "2025-07-12", "2025-07-13", Day),
            ("vor drei Tagen", "2025-07-13", "2025-07-14", Day),
        ],
    );
    check(
        "de",
        "Am 13. Juli 2025 wurde der Vertrag unterzeichnet, letzte Woche bestätigt und vergangenen Monat angekündigt.",
        &[
            ("13. Juli 2025", "2025-07-13", "2025-07-14", Day),
            ("letzte Woche", "2025-07-07", "2025-07-14", Week),
            ("vergangenen Monat", "2025-06-01", "2025-07-01", Month),
        ],
    );
    check(
        "de",
        "Ende Juni und Anfang Juli stiegen die Preise; im Jahr 2024 und im vergangenen Jahr sanken sie.",
        &[
            ("Ende Juni", "2025-06-21", "2025-07-01", Month),
            ("Anfang Juli", "2025-07-01", "2025-07-11", Month),
            ("Jahr 2024", "2024-01-01", "2025-01-01", Year),
            ("vergangenen Jahr", "2024-01-01", "2025-01-01", Year),
        ],
    );
    check(
        "de",
        "Heute Morgen sagte der Minister, dass morgen und am nächsten Freitag verhandelt wird; am Samstagabend gab es Krawalle.",
        &[
            ("Heute", "2025-07-16", "2025-07-17", Day),
            ("morgen", "2025-07-17", "2025-07-18", Day),
            ("nächsten Freitag", "2025-07-18", "2025-07-19", Day),
            ("Samstagabend", "2025-07-12", "2025-07-13", Day),
        ],
    );
    check(
        "de",
        "Im Sommer 2024, am 13.07.2025 und vor 2 Stunden; Ende des vergangenen Jahres.",
        &[
            ("Sommer 2024", "2024-06-01", "2024-09-01", Season),
            ("13.07.2025", "2025-07-13", "2025-07-14", Day),
            (
                "vor 2 Stunden",
                "2025-07-16T08:00:00+02:00",
                "2025-07-16T09:00:00+02:00",
                Hour,
            ),
            (
                "Ende des vergangenen Jahres",
                "2024-09-01",
                "2025-01-01",
                Year,
            ),
        ],
    );
}

#[test]
fn dutch() {
    check(
        "nl",
        "Gisteren, vorige week en drie dagen geleden, op zaterdag 12 juli.",
        &[
            ("Gisteren", "2025-07-15", "2025-07-16", Day),
            ("vorige week", "2025-07-07", "2025-07-14", Week),
            ("drie dagen geleden", "2025-07-13", "2025-07-14", Day),
            ("zaterdag 12 juli", "2025-07-12", "2025-07-13", Day),
        ],
    );
    check(
        "nl",
        "Eind juni 2025 en vorig jaar, maar ook in 2023.",
        &[
            ("Eind juni 2025", "2025-06-21", "2025-07-01", Month),
            ("vorig jaar", "2024-01-01", "2025-01-01", Year),
            ("2023", "2023-01-01", "2024-01-01", Year),
        ],
    );
}
