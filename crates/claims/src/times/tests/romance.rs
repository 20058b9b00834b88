use super::{check, Day, Hour, Month, Season, Week, Year};

#[test]
fn portuguese() {
    check(
        "pt",
        "Ontem, o ministro disse que no sábado passado mais de 10 milhões de pessoas foram afetadas.",
        &[("Ontem", "2025-07-15", "2025-07-16", Day), ("sábado passado", "2025-07-12", "2025-07-13", Day)],
    );
    check(
        "pt",
        "Há 5 dias, a Petrobras anunciou lucro; na semana passada o mercado caiu e no mês passado subiu.",
        &[
            ("Há 5 dias", "2025-07-11", "2025-07-12", Day),
            ("semana passada", "2025-07-07", "2025-07-14", Week),
            ("mês passado", "2025-06-01", "2025-07-01", Month),
        ],
    );
    check(
        "pt",
        "A reunião de 13 de julho de 2025 foi marcada no final de junho de 2025, e a próxima será em dezembro.",
        &[
            ("13 de julho de 2025", "2025-07-13", "2025-07-14", Day),
            ("final de junho de 2025", "2025-06-21", "2025-07-01", Month),
            ("dezembro", "2025-12-01", "2026-01-01", Month),
        ],
    );
    check(
        "pt",
        "Em 2024, o país cresceu 3%; no ano passado a inflação foi de 4,5%, e este verão será quente.",
        &[
            ("2024", "2024-01-01", "2025-01-01", Year),
            ("ano passado", "2024-01-01", "2025-01-01", Year),
            ("este verão", "2025-06-01", "2025-09-01", Season),
        ],
    );
    check(
        "pt",
        "Nesta sexta-feira (11), o STF julgou o caso; na próxima segunda-feira haverá nova sessão, e amanhã o presidente viaja.",
        &[
            ("Nesta sexta-feira (11)", "2025-07-11", "2025-07-12", Day),
            ("próxima segunda-feira", "2025-07-21", "2025-07-22", Day),
            ("amanhã", "2025-07-17", "2025-07-18", Day),
        ],
    );
    check(
        "pt",
        "Em meados de maio e no início de julho, há dois meses e anteontem, a produção caiu; no dia 13 voltou a subir.",
        &[
            ("meados de maio", "2025-05-11", "2025-05-21", Month),
            ("início de julho", "2025-07-01", "2025-07-11", Month),
            ("há dois meses", "2025-05-01", "2025-06-01", Month),
            ("anteontem", "2025-07-14", "2025-07-15", Day),
            ("dia 13", "2025-07-13", "2025-07-14", Day),
        ],
    );
    // "segunda" alone is an ordinal unless a pause follows it.
    check(
        "pt",
        "Na segunda rodada, o time venceu; na sexta, perdeu. Em junho do ano passado, empatou.",
        &[
            ("sexta", "2025-07-11", "2025-07-12", Day),
            ("junho do ano passado", "2024-06-01", "2024-07-01", Month),
        ],
    );
}

#[test]
fn spanish() {
    check(
        "es",
        "Ayer, el lunes pasado y hace dos semanas, el Gobierno anunció nuevas medidas.",
        &[
            ("Ayer", "2025-07-15", "2025-07-16", Day),
            ("lunes pasado", "2025-07-14", "2025-07-15", Day),
            ("hace dos semanas", "2025-06-30", "2025-07-07", Week),
        ],
    );
    check(
        "es",
        "La cumbre del 13 de julio de 2025 se celebró tras la semana pasada; el próximo mes habrá elecciones.",
        &[
            ("13 de julio de 2025", "2025-07-13", "2025-07-14", Day),
            ("semana pasada", "2025-07-07", "2025-07-14", Week),
            ("próximo mes", "2025-08-01", "2025-09-01", Month),
        ],
    );
    check(
        "es",
        "A finales de junio, el año pasado y en 2023 la economía creció; el verano pasado fue récord.",
        &[
            ("finales de junio", "2025-06-21", "2025-07-01", Month),
            ("año pasado", "2024-01-01", "2025-01-01", Year),
            ("2023", "2023-01-01", "2024-01-01", Year),
            ("verano pasado", "2024-06-01", "2024-09-01", Season),
        ],
    );
    check(
        "es",
        "Mañana se reunirá el consejo, pero por la mañana de hoy hubo protestas, como el 5 de mayo.",
        &[
            ("Mañana", "2025-07-17", "2025-07-18", Day),
            ("hoy", "2025-07-16", "2025-07-17", Day),
            ("5 de mayo", "2025-05-05", "2025-05-06", Day),
        ],
    );
    check(
        "es",
        "Hace 3 horas, el ministro dijo que el próximo sábado viajará a Bruselas, y que el Domingo Pérez no irá.",
        &[
            ("Hace 3 horas", "2025-07-16T07:00:00+02:00", "2025-07-16T08:00:00+02:00", Hour),
            ("próximo sábado", "2025-07-19", "2025-07-20", Day),
        ],
    );
}

#[test]
fn italian() {
    check(
        "it",
        "Ieri il governo ha approvato il decreto; sabato scorso e due giorni fa erano scesi in piazza.",
        &[
            ("Ieri", "2025-07-15", "2025-07-16", Day),
            ("sabato scorso", "2025-07-12", "2025-07-13", Day),
            ("due giorni fa", "2025-07-14", "2025-07-15", Day),
        ],
    );
    check(
        "it",
        "Il vertice del 13 luglio 2025 segue quello dell'anno scorso e della settimana scorsa.",
        &[
            ("13 luglio 2025", "2025-07-13", "2025-07-14", Day),
            ("anno scorso", "2024-01-01", "2025-01-01", Year),
            ("settimana scorsa", "2025-07-07", "2025-07-14", Week),
        ],
    );
    check(
        "it",
        "Nell'estate del 2024 e alla fine di giugno il Pil è cresciuto; quest'anno e nel 2023 meno.",
        &[
            ("estate del 2024", "2024-06-01", "2024-09-01", Season),
            ("fine di giugno", "2025-06-21", "2025-07-01", Month),
            ("quest'anno", "2025-01-01", "2026-01-01", Year),
            ("2023", "2023-01-01", "2024-01-01", Year),
        ],
    );
    check(
        "it",
        "Lo scorso anno, a metà maggio, il ministro annunciò che la prossima settimana e domani ci saranno incontri.",
        &[
            ("scorso anno", "2024-01-01", "2025-01-01", Year),
            ("metà maggio", "2025-05-11", "2025-05-21", Month),
            ("prossima settimana", "2025-07-21", "2025-07-28", Week),
            ("domani", "2025-07-17", "2025-07-18", Day),
        ],
    );
    check(
        "it",
        "Tre ore fa, l'altro ieri e l'estate scorsa.",
        &[
            (
                "Tre ore fa",
                "2025-07-16T07:00:00+02:00",
                "2025-07-16T08:00:00+02:00",
                Hour,
            ),
            ("altro ieri", "2025-07-14", "2025-07-15", Day),
            ("estate scorsa", "2024-06-01", "2024-09-01", Season),
        ],
    );
}

#[test]
fn french() {
    check(
        "fr",
        "Hier, samedi dernier et il y a trois jours, des manifestations ont eu lieu à Paris.",
        &[
            ("Hier", "2025-07-15", "2025-07-16", Day),
            ("samedi dernier", "2025-07-12", "2025-07-13", Day),
            ("il y a trois jours", "2025-07-13", "2025-07-14", Day),
        ],
    );
    check(
        "fr",
        "Le sommet du 1er août 2025, annoncé la semaine dernière, suit celui de l'an dernier.",
        &[
            ("1er août 2025", "2025-08-01", "2025-08-02", Day),
            ("semaine dernière", "2025-07-07", "2025-07-14", Week),
            ("an dernier", "2024-01-01", "2025-01-01", Year),
        ],
    );
    check(
        "fr",
        "Fin juin, à la mi-juin et en 2024, les prix ont augmenté ; cet été, ils baissent. Mars a été observée.",
        &[
            ("Fin juin", "2025-06-21", "2025-07-01", Month),
            ("mi-juin", "2025-06-11", "2025-06-21", Month),
            ("2024", "2024-01-01", "2025-01-01", Year),
            ("cet été", "2025-06-01", "2025-09-01", Season),
        ],
    );
    check(
        "fr",
        "Aujourd'hui, le ministre a dit que le mois prochain et l'année prochaine seront difficiles ; avant-hier il était à Berlin.",
        &[
            ("Aujourd'hui", "2025-07-16", "2025-07-17", Day),
            ("mois prochain", "2025-08-01", "2025-09-01", Month),
            ("année prochaine", "2026-01-01", "2027-01-01", Year),
            ("avant-hier", "2025-07-14", "2025-07-15", Day),
        ],
    );
    check(
        "fr",
        "Mardi prochain, ce mois-ci, il y a 2 heures.",
        &[
            ("Mardi prochain", "2025-07-22", "2025-07-23", Day),
            ("ce mois-ci", "2025-07-01", "2025-08-01", Month),
            (
                "il y a 2 heures",
                "2025-07-16T08:00:00+02:00",
                "2025-07-16T09:00:00+02:00",
                Hour,
            ),
        ],
    );
}
