"""Who said it: speakers and roles in every usual form, people, and the facts a reader scans for."""

from __future__ import annotations

import pytest

from tui.core.extract import Extractor

Q = tuple[str, str | None, str | None]


def quotes(*paragraphs: str) -> list[Q]:
    ex = Extractor()
    for p in paragraphs:
        ex.feed(p)
    return [(q.text, q.speaker, q.role) for q in ex.quotes]


SPEAKER_CASES: list[tuple[tuple[str, ...], list[Q]]] = [
    # attribution before the quote
    (
        (
            "President Lee Jae Myung stated that the nations would 'expand the horizons of cooperation.'",
        ),
        [("expand the horizons of cooperation.", "Lee Jae Myung", "President")],
    ),
    (
        ('Trade Secretary Carmela Dizon said the deal would "put welders on slipways."',),
        [("put welders on slipways.", "Carmela Dizon", "Trade Secretary")],
    ),
    # a lone capitalised word met for the first time may be a country ("Nigeria said"): no speaker
    (
        ('Correa told reporters: "We are opening a door that was closed."',),
        [("We are opening a door that was closed.", None, None)],
    ),
    (
        (
            "Argentine Foreign Minister Martín Correa arrived on Monday.",
            'Correa told reporters: "We are opening a door that was closed."',
        ),
        [("We are opening a door that was closed.", "Martín Correa", "Foreign Minister")],
    ),
    # attribution after the quote
    (
        (
            "Nigerian Minister of Power Kelechi Adeyemi signed the deal.",
            '"Nigeria does not need another pilot," Adeyemi told reporters.',
        ),
        [("Nigeria does not need another pilot,", "Kelechi Adeyemi", "Minister of Power")],
    ),
    (
        (
            "Mexican Foreign Minister Ana Sofía Beltrán arrived.",
            '"We will open an office in the south," said Foreign Minister Beltrán.',
        ),
        [("We will open an office in the south,", "Ana Sofía Beltrán", "Foreign Minister")],
    ),
    (
        (
            "Nigerian Minister of Power Kelechi Adeyemi signed the deal.",
            '"Every megawatt counts for the clinics," the minister said.',
        ),
        [("Every megawatt counts for the clinics,", "Kelechi Adeyemi", "Minister of Power")],
    ),
    (
        (
            "Italian Prime Minister Giorgia Meloni arrived in Seoul.",
            "'This is a turning point for Europe,' according to the prime minister.",
        ),
        [("This is a turning point for Europe,", "Giorgia Meloni", "Prime Minister")],
    ),
    # split quotes, pronouns, continuing quotes
    (
        (
            "Swedish Minister for Foreign Trade Ingrid Dahlqvist spoke last.",
            '"We did not fly here to sign and go home," she said, "we came to build."',
        ),
        [
            (
                "We did not fly here to sign and go home,",
                "Ingrid Dahlqvist",
                "Minister for Foreign Trade",
            ),
            ("we came to build.", "Ingrid Dahlqvist", "Minister for Foreign Trade"),
        ],
    ),
    (
        (
            "President Lee Jae Myung hosted the talks.",
            "He also highlighted the intent to 'pursue cooperation in defence.'",
        ),
        [("pursue cooperation in defence.", "Lee Jae Myung", "President")],
    ),
    (
        (
            "Ingrid Dahlqvist, the trade minister, spoke. She called the rail project “the backbone of it all.”",
        ),
        [("the backbone of it all.", "Ingrid Dahlqvist", "trade minister")],
    ),
    (
        ('"We are ready," Governor Amina Yusuf said. "We have waited for years for this."',),
        [
            ("We are ready,", "Amina Yusuf", "Governor"),
            ("We have waited for years for this.", "Amina Yusuf", "Governor"),
        ],
    ),
    # roles: nationality left out, titles of many kinds
    (
        ("South Korean President Lee Jae Myung said it would 'change the region for good.'",),
        [("change the region for good.", "Lee Jae Myung", "President")],
    ),
    (
        ("Vietnamese Prime Minister Tran Minh Khoa said it would 'open a Pacific corridor.'",),
        [("open a Pacific corridor.", "Tran Minh Khoa", "Prime Minister")],
    ),
    (
        ("German Chancellor Klaus Weber said Europe must 'stand on its own feet.'",),
        [("stand on its own feet.", "Klaus Weber", "Chancellor")],
    ),
    (
        ("UN Secretary-General António Guterres warned of 'a climate of collapse here.'",),
        [("a climate of collapse here.", "António Guterres", "Secretary-General")],
    ),
    (
        ("Deputy Prime Minister Olena Kovalenko said the plan was 'late but welcome news.'",),
        [("late but welcome news.", "Olena Kovalenko", "Deputy Prime Minister")],
    ),
    (
        ("Saudi Crown Prince Khalid bin Salman said it was 'a new chapter for us.'",),
        [("a new chapter for us.", "Khalid bin Salman", "Crown Prince")],
    ),
    (
        ("Ambassador Li Wei said the talks had 'gone better than hoped.'",),
        [("gone better than hoped.", "Li Wei", "Ambassador")],
    ),
    (
        ("European Commissioner Sofia Lindqvist said it was 'good for the single market.'",),
        [("good for the single market.", "Sofia Lindqvist", "Commissioner")],
    ),
    (
        ("Vice President Amara Diallo said the country was 'open for business now.'",),
        [("open for business now.", "Amara Diallo", "Vice President")],
    ),
    (
        ('"We will build three plants," said Tomás Reyes, CEO of Andes Power.',),
        [("We will build three plants,", "Tomás Reyes", "CEO")],
    ),
    (
        (
            'Kelechi Adeyemi, Nigeria\'s Minister of Power, said the grid was "finally stable again."',
        ),
        [("finally stable again.", "Kelechi Adeyemi", "Minister of Power")],
    ),
    (
        (
            'Ana Beltrán, the Foreign Minister of Mexico, said it was "a natural partnership for us."',
        ),
        [("a natural partnership for us.", "Ana Beltrán", "Foreign Minister")],
    ),
    (
        ('The foreign minister, Ana Beltrán, said the office would "open before the summer."',),
        [("open before the summer.", "Ana Beltrán", "foreign minister")],
    ),
    (
        (
            'Spanish Minister for the Ecological Transition Lucía Ortega Villar said it was "learned the hard way."',
        ),
        [
            (
                "learned the hard way.",
                "Lucía Ortega Villar",
                "Minister for the Ecological Transition",
            )
        ],
    ),
    (
        ("Senator Maria Duarte said the bill was 'dead on arrival here.'",),
        [("dead on arrival here.", "Maria Duarte", "Senator")],
    ),
    (
        ("A government spokesperson, Nuno Alves, said it was 'not the final word.'",),
        [("not the final word.", "Nuno Alves", "government spokesperson")],
    ),
    (
        ('Chinese President Xi Jinping met Joe Biden. "We must manage our differences," Xi said.',),
        [("We must manage our differences,", "Xi Jinping", "President")],
    ),
    (
        ('"It is a historic day," said Dr. Amina Mohammed, the deputy secretary-general.',),
        [("It is a historic day,", "Amina Mohammed", "deputy secretary-general")],
    ),
    (
        ("According to Foreign Minister Ana Beltrán, the deal is 'the best in a generation.'",),
        [("the best in a generation.", "Ana Beltrán", "Foreign Minister")],
    ),
    (
        (
            "Jean-Luc Moreau, a senior economist at BNP Paribas, said rates would 'stay higher for longer.'",
        ),
        [("stay higher for longer.", "Jean-Luc Moreau", "senior economist at BNP Paribas")],
    ),
    (
        ("Mr. Smith said 'we have a deal on the table now.'",),
        [("we have a deal on the table now.", "Smith", None)],
    ),
    (
        (
            "Italian Prime Minister Giorgia Meloni met President Lee Jae Myung.",
            "Meloni thanked Lee, who said the deal was 'a new beginning for both of us.'",
        ),
        [("a new beginning for both of us.", "Lee Jae Myung", "President")],
    ),
    (
        (
            "President Lee Jae Myung arrived.",
            'In Seoul, Lee was blunt: "We will not wait for anyone."',
        ),
        [("We will not wait for anyone.", "Lee Jae Myung", "President")],
    ),
    (
        (
            "Nigerian Minister of Power Kelechi Adeyemi arrived.",
            '"We are ready for the grid," the Nigerian minister said.',
        ),
        [("We are ready for the grid,", "Kelechi Adeyemi", "Minister of Power")],
    ),
    (
        ('"We will not accept this," said a spokesperson for the ministry.',),
        [("We will not accept this,", None, None)],
    ),
    (
        (
            "India's External Affairs Minister, Priya Nair, said the deal was worth a lot.",
            '"This is the most ambitious agreement we have signed," she told reporters.',
        ),
        [
            (
                "This is the most ambitious agreement we have signed,",
                "Priya Nair",
                "External Affairs Minister",
            )
        ],
    ),
    (
        ("King Charles III said the two nations shared 'a long and proud history.'",),
        [("a long and proud history.", "Charles III", "King")],
    ),
    (
        (
            "Dr Tedros Adhanom Ghebreyesus, Director-General of the World Health Organization, "
            "said the plan was 'a model for others.'",
        ),
        [("a model for others.", "Tedros Adhanom Ghebreyesus", "Director-General")],
    ),
    # a nationality (one or two words) before the title, attribution after the quote
    (
        ('"We will not yield," Canadian Trade Minister Paul Tremblay said.',),
        [("We will not yield,", "Paul Tremblay", "Trade Minister")],
    ),
    (
        ('"We will not yield," said Australian Defence Minister Sarah Blake.',),
        [("We will not yield,", "Sarah Blake", "Defence Minister")],
    ),
    (
        ('"We will not yield," said South African Trade Minister Thabo Nkosi.',),
        [("We will not yield,", "Thabo Nkosi", "Trade Minister")],
    ),
    (
        ('"We will not yield," New Zealand Foreign Minister Aroha Parata said.',),
        [("We will not yield,", "Aroha Parata", "Foreign Minister")],
    ),
    (
        ('"We will not yield," said Saudi Energy Minister Faisal Al-Rashid.',),
        [("We will not yield,", "Faisal Al-Rashid", "Energy Minister")],
    ),
    (
        ('Canadian Trade Minister Paul Tremblay said: "We will not yield to anyone."',),
        [("We will not yield to anyone.", "Paul Tremblay", "Trade Minister")],
    ),
    # lower-case appositive roles: a posting ("to …") or employer ("at …") is part of the office
    (
        (
            '"We will not yield," said Ingrid Solberg, a senior fellow at the Nordic Policy Institute.',
        ),
        [("We will not yield,", "Ingrid Solberg", "senior fellow at the Nordic Policy Institute")],
    ),
    (
        ('Canada\'s ambassador to Norway, Mark Delacroix, warned that "the ice is thin here."',),
        [("the ice is thin here.", "Mark Delacroix", "ambassador to Norway")],
    ),
    (
        ('Mark Delacroix, Canada\'s ambassador to Norway, said "the ice is thin here."',),
        [("the ice is thin here.", "Mark Delacroix", "ambassador to Norway")],
    ),
    (
        ('"We are close," said Ali Hassan, the government\'s chief negotiator.',),
        [("We are close,", "Ali Hassan", "chief negotiator")],
    ),
    # titles ending in chief, envoy, adviser, negotiator, spokesman; a body (EU, UN) is left
    # out like a nationality, as in "UN Secretary-General"
    (
        ('EU foreign policy chief Kaja Lind said "we will respond in kind."',),
        [("we will respond in kind.", "Kaja Lind", "foreign policy chief")],
    ),
    (
        ('"We will respond in kind," said EU foreign policy chief Kaja Lind.',),
        [("We will respond in kind,", "Kaja Lind", "foreign policy chief")],
    ),
    (
        ('UN climate envoy Maria Sanz said "the clock is ticking fast."',),
        [("the clock is ticking fast.", "Maria Sanz", "climate envoy")],
    ),
    (
        ('Chief negotiator Ali Hassan said "we are close to a deal."',),
        [("we are close to a deal.", "Ali Hassan", "Chief negotiator")],
    ),
    (
        ('"We are close to a deal," trade adviser Ali Hassan said.',),
        [("We are close to a deal,", "Ali Hassan", "trade adviser")],
    ),
    (
        ('Government spokesman Ali Hassan said "we are close to a deal."',),
        [("we are close to a deal.", "Ali Hassan", "Government spokesman")],
    ),
    (
        ('"It is done," said Ali Hassan, head of the delegation.',),
        [("It is done,", "Ali Hassan", "head of the delegation")],
    ),
    (
        ('Lena Vogt, chief of staff to the chancellor, said "nothing is agreed yet."',),
        [("nothing is agreed yet.", "Lena Vogt", "chief of staff to the chancellor")],
    ),
    # attribution after a dash: "that was how X put it"
    (
        (
            "Finance Minister Rania Haddad opened the session.",
            '"We cannot borrow our way out of this" — that was how Haddad put it on Tuesday.',
        ),
        [("We cannot borrow our way out of this", "Rania Haddad", "Finance Minister")],
    ),
    # a participle phrase between the speaker and the verb
    (
        ('Ambassador Lin Hao, speaking to reporters in Geneva, said "the text is final."',),
        [("the text is final.", "Lin Hao", "Ambassador")],
    ),
    # ranks, honorifics and terms of office
    (
        ('Sheikh Tamim bin Hamad said the fund would "serve the whole region well."',),
        [("serve the whole region well.", "Tamim bin Hamad", None)],
    ),
    (
        ('Cardinal Pietro Rossi called it "a moral duty for all of us."',),
        [("a moral duty for all of us.", "Pietro Rossi", "Cardinal")],
    ),
    (
        ('Her Majesty Queen Elena said she was "deeply moved by the welcome."',),
        [("deeply moved by the welcome.", "Elena", "Queen")],
    ),
    (
        ('Acting Prime Minister Jonas Berg said the cabinet would "act within days."',),
        [("act within days.", "Jonas Berg", "Acting Prime Minister")],
    ),
    (
        ('"This is not over," said former Foreign Minister Hugo Lenz.',),
        [("This is not over,", "Hugo Lenz", "former Foreign Minister")],
    ),
    (
        ('"We are ready to govern," President-elect Tomas Varga told supporters.',),
        [("We are ready to govern,", "Tomas Varga", "President-elect")],
    ),
    (
        (
            'The country\'s acting president, Mira Kovac, said it was "a dark day for democracy."',
            '"We did our part," the acting president said.',
        ),
        [
            ("a dark day for democracy.", "Mira Kovac", "acting president"),
            ("We did our part,", "Mira Kovac", "acting president"),
        ],
    ),
    (
        (
            "Asked whether talks would resume, Lena Park, the deputy foreign minister, "
            'replied: "Not this year."',
            '"Why would we wait?" asked Deputy Foreign Minister Park.',
        ),
        [
            ("Not this year.", "Lena Park", "deputy foreign minister"),
            ("Why would we wait?", "Lena Park", "deputy foreign minister"),
        ],
    ),
    (
        ('Professor Hana Ito of Kyoto University said the data showed "a clear warming trend."',),
        [("a clear warming trend.", "Hana Ito", "Professor")],
    ),
    (
        (
            "Prime Minister Aiko Tanaka's spokesman, Ken Mori, said the talks were "
            '"frank and useful."',
        ),
        [("frank and useful.", "Ken Mori", "spokesman")],
    ),
    (
        (
            "Prime Minister Aiko Tanaka arrived.",
            '"We are not naive," Tanaka, 62, told reporters.',
        ),
        [("We are not naive,", "Aiko Tanaka", "Prime Minister")],
    ),
    (
        (
            "Prime Minister Aiko Tanaka arrived.",
            'Tanaka\'s office said the visit was "a clear success for both."',
        ),
        [("a clear success for both.", None, None)],
    ),
    (
        ('In a statement, the ministry said it was "studying the proposal closely."',),
        [("studying the proposal closely.", None, None)],
    ),
    # a middle initial is part of the name; a lone capital ending a sentence is not
    (
        ('Secretary of State John F. Kerry said the accord was "a turning point for the planet."',),
        [("a turning point for the planet.", "John F. Kerry", "Secretary of State")],
    ),
    (
        ('"It was the right call," Harry S. Truman wrote.',),
        [("It was the right call,", "Harry S. Truman", None)],
    ),
    (
        ('They have no plan B. Ana Reyes said "we will find one soon enough."',),
        [("we will find one soon enough.", "Ana Reyes", None)],
    ),
    # a counterpart holds the office of the person just named
    (
        (
            "Brazilian Foreign Minister Mauro Vieira met his Chinese counterpart Wang Yi in Beijing.",
            '"We share a vision," Wang said.',
        ),
        [("We share a vision,", "Wang Yi", "Foreign Minister")],
    ),
    (
        (
            "Economy Minister Lucas Ferreira and his Argentine counterpart, Sofia Paz, signed "
            'the pact. "This is only the start," Paz said.',
        ),
        [("This is only the start,", "Sofia Paz", "Economy Minister")],
    ),
    # an unnamed speaker stays unnamed
    (
        ('"We will not accept this," a government spokesperson said.',),
        [("We will not accept this,", None, None)],
    ),
    (
        ('A government spokesperson said: "We will not accept this at all."',),
        [("We will not accept this at all.", None, None)],
    ),
    (
        ('The planning director of one carrier put it: "A route you cannot promise is no route."',),
        [("A route you cannot promise is no route.", None, None)],
    ),
    (
        ('"It will not happen," one senior official said.',),
        [("It will not happen,", None, None)],
    ),
    # names without a title, and things that are not people
    (
        ('"The freight costs say otherwise," said Patricia Gómez-Ruiz.',),
        [("The freight costs say otherwise,", "Patricia Gómez-Ruiz", None)],
    ),
    (
        ('A joint statement called the agreements "a new stage between two economies".',),
        [("a new stage between two economies", None, None)],
    ),
    (
        ('Nigeria said the deal was "a step in the right direction."',),
        [("a step in the right direction.", None, None)],
    ),
    (
        ('The Foreign Ministry said the visit was "productive and frank today."',),
        [("productive and frank today.", None, None)],
    ),
    (
        ('The minister said the plan was "a bridge to nowhere at all."',),
        [("a bridge to nowhere at all.", None, None)],
    ),
    (
        (
            "The planning director of one carrier put it bluntly: “A route you cannot promise is no route.”",
        ),
        [("A route you cannot promise is no route.", None, None)],
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "expected"), SPEAKER_CASES, ids=[c[0][-1][:45] for c in SPEAKER_CASES]
)
def test_speaker_and_role(paragraphs: tuple[str, ...], expected: list[Q]) -> None:
    assert quotes(*paragraphs) == expected


def test_pronoun_prefers_a_person_of_matching_gender() -> None:
    got = quotes(
        "Ms Rosa Lima met Mr Tomás Reyes, the mayor, in Lisbon.",
        "'We will build the port together,' she said.",
    )
    assert got == [("We will build the port together,", "Rosa Lima", None)]


def test_role_learned_once_applies_to_later_mentions() -> None:
    ex = Extractor()
    ex.feed("Turkish Minister of Trade Selin Aydoğan met Argentine Foreign Minister Martín Correa.")
    ex.feed("Aydoğan said that \"Argentina's wheat and Turkey's mills were made for each other.\"")
    ex.feed('Later, Correa said that "the door has been half-closed for too long."')
    assert [(q.speaker, q.role) for q in ex.quotes] == [
        ("Selin Aydoğan", "Minister of Trade"),
        ("Martín Correa", "Foreign Minister"),
    ]
    assert [(p.name, p.role) for p in ex.people] == [
        ("Selin Aydoğan", "Minister of Trade"),
        ("Martín Correa", "Foreign Minister"),
    ]


def test_people_in_order_of_first_mention_without_duplicates() -> None:
    ex = Extractor()
    ex.feed(
        "Vietnamese Prime Minister Tran Minh Khoa received Mexican Foreign Minister Ana Sofía Beltrán."
    )
    ex.feed("Foreign Minister Beltrán said 'Mexico is ready for this.' Tran Minh Khoa agreed.")
    ex.feed("Patricio O'Farrill, who chairs the exporters' association, travelled with them.")
    assert [(p.name, p.role) for p in ex.people] == [
        ("Tran Minh Khoa", "Prime Minister"),
        ("Ana Sofía Beltrán", "Foreign Minister"),
        ("Patricio O'Farrill", None),
    ]


def test_title_then_name_between_dashes() -> None:
    ex = Extractor()
    ex.feed(
        "Critics – including the opposition's finance spokesperson – Otieno Baraza – were loud."
    )
    ex.feed("Critics – including the opposition's finance spokesperson, Otieno Baraza – were loud.")
    assert [(p.name, p.role) for p in ex.people] == [("Otieno Baraza", "finance spokesperson")]


# Title modifiers, particles opening a surname, portfolios joined by "and" or commas.
TITLE_FAMILY_CASES: list[tuple[tuple[str, ...], list[Q]]] = [
    (
        (
            "Indonesian Coordinating Minister for Maritime Affairs Budi Santoso said "
            '"the port opens in May."',
        ),
        [("the port opens in May.", "Budi Santoso", "Coordinating Minister for Maritime Affairs")],
    ),
    (
        ('Kenyan Principal Secretary Jane Wambui said "the corridor is funded."',),
        [("the corridor is funded.", "Jane Wambui", "Principal Secretary")],
    ),
    (
        ('Second Secretary Tom Reed told reporters: "We will watch the vote."',),
        [("We will watch the vote.", "Tom Reed", "Second Secretary")],
    ),
    (
        ('Singapore\'s Senior Minister of State Ana Lopez said "the rules are clear."',),
        [("the rules are clear.", "Ana Lopez", "Senior Minister of State")],
    ),
    (
        (
            "Iraq's Minister of Transport, Haider al-Saadi, said the line would open.",
            "“We have waited twenty years for this,” al-Saadi told reporters.",
        ),
        [("We have waited twenty years for this,", "Haider al-Saadi", "Minister of Transport")],
    ),
    (
        (
            "Egypt's Minister of Trade, Omar el-Sayed, arrived on Monday.",
            'el-Sayed said "the quota is final."',
        ),
        [("the quota is final.", "Omar el-Sayed", "Minister of Trade")],
    ),
    (
        (
            "Dutch Foreign Minister Pieter van der Berg arrived.",
            '"We are ready to sign," van der Berg said.',
        ),
        [("We are ready to sign,", "Pieter van der Berg", "Foreign Minister")],
    ),
    (
        (
            "Brazilian Finance Minister Ana de Souza arrived.",
            '"The budget holds," de Souza said.',
        ),
        [("The budget holds,", "Ana de Souza", "Finance Minister")],
    ),
    (
        (
            "Indian Minister of New and Renewable Energy Priya Nair signed the pact.",
            'Nair called the alliance "a bridge to the future."',
        ),
        [("a bridge to the future.", "Priya Nair", "Minister of New and Renewable Energy")],
    ),
    (
        (
            "Canadian Minister for Foreign Affairs, Trade and Development Jean Tremblay signed.",
            'Tremblay said "the door is open."',
        ),
        [
            (
                "the door is open.",
                "Jean Tremblay",
                "Minister for Foreign Affairs, Trade and Development",
            )
        ],
    ),
    (
        (
            "Jean Tremblay, Minister of Culture, Sport and Tourism, opened the fair.",
            '"Come and see," Tremblay said.',
        ),
        [("Come and see,", "Jean Tremblay", "Minister of Culture, Sport and Tourism")],
    ),
    # "New" joins a portfolio only: a country after "of" stays a country
    (
        (
            "Prime Minister of New Zealand Jacinda Ardern signed.",
            'Ardern said "we are partners."',
        ),
        [("we are partners.", "Jacinda Ardern", "Prime Minister of New Zealand")],
    ),
    # a comma list not closed by "and" is not one portfolio
    (
        (
            "Ana Lopez, Minister of Finance, Energy Minister Tom Reed and others met.",
            'Reed said "the grid comes first."',
        ),
        [("the grid comes first.", "Tom Reed", "Energy Minister")],
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    TITLE_FAMILY_CASES,
    ids=[c[0][0][:45] for c in TITLE_FAMILY_CASES],
)
def test_title_modifiers_particles_and_joined_portfolios(
    paragraphs: tuple[str, ...], expected: list[Q]
) -> None:
    assert quotes(*paragraphs) == expected


def test_places_and_institutions_are_not_people() -> None:
    ex = Extractor()
    ex.feed("Ships will sail between Lázaro Cárdenas and Cai Mep, and to Ho Chi Minh City.")
    ex.feed("The European Investment Bank and the Foreign Ministry welcomed the plan.")
    assert ex.people == ()


FACT_CASES: list[tuple[str, list[tuple[str, str]]]] = [
    ("Trade reached $12.6 billion in 2024.", [("money", "$12.6 billion")]),
    ("It costs US$5 million.", [("money", "US$5 million")]),
    ("Sweden will commit €420 million.", [("money", "€420 million")]),
    ("A £3bn fund was set up.", [("money", "£3bn")]),
    ("Japan pledged ¥2 trillion.", [("money", "¥2 trillion")]),
    ("The EU gave 5 billion euros.", [("money", "5 billion euros")]),
    ("A loan of USD 40 million was agreed.", [("money", "USD 40 million")]),
    ("Seoul set aside 1.2 trillion won.", [("money", "1.2 trillion won")]),
    ("Producers were fined CLP 3.2 billion.", [("money", "CLP 3.2 billion")]),
    ("Talks began on January 19, 2026, in Seoul.", [("date", "January 19, 2026")]),
    ("Talks began on Monday, 19 January 2026.", [("date", "19 January 2026")]),
    ("The file is dated 2026-01-19.", [("date", "2026-01-19")]),
    ("Earlier agreements in November 2023 laid the ground.", [("date", "November 2023")]),
    ("A plan for 2026-2030 is due.", [("period", "2026-2030")]),
    ("A plan for 2026–2030 is due.", [("period", "2026–2030")]),
    ("The 2026-31 budget passed.", [("period", "2026-31")]),
    ("It runs from 2026 to 2030.", [("period", "from 2026 to 2030")]),
    ("Output grew between 2024 and 2026.", [("period", "between 2024 and 2026")]),
    ("Credits cover up to 40 percent of the cost.", [("percent", "40 percent")]),
    ("Tariffs fell 40%.", [("percent", "40%")]),
    ("Growth was 12.5 per cent.", [("percent", "12.5 per cent")]),
    ("Rates rose 3 percentage points.", [("percent", "3 percentage points")]),
    (
        "Mini-grids will reach 1.5 million households by 2030.",
        [("number", "1.5 million households")],
    ),
    ("Colleges will train 6,000 technicians a year.", [("number", "6,000 technicians")]),
    ("The 1,045-kilometre line will be upgraded.", [("number", "1,045-kilometre line")]),
    ("The vote is on 12 February in Paris.", [("date", "12 February")]),
    ("Talks resume on March 3 in Geneva.", [("date", "March 3")]),
    ("It buys a 40-percent stake.", [("percent", "40-percent")]),
    ("A $5-billion fund opens.", [("money", "$5-billion")]),
    # not facts
    ("The 2026 Olympic Games open in Milan.", []),
    ("Transit times fall by about 12 days.", []),
    ("5 Comments", []),
    ("The dialogue of 2026-01 was short.", []),
]


@pytest.mark.parametrize(("text", "expected"), FACT_CASES, ids=[c[0][:40] for c in FACT_CASES])
def test_facts(text: str, expected: list[tuple[str, str]]) -> None:
    ex = Extractor()
    ex.feed(text)
    assert [(f.kind, f.text) for f in ex.facts] == expected
    assert all(f.context == text for f in ex.facts)


def test_a_date_inside_a_period_is_not_also_a_date() -> None:
    ex = Extractor()
    ex.feed("The plan covers 2026-2030. Trade reached $6 billion and $6 billion again.")
    assert [(f.kind, f.text) for f in ex.facts] == [
        ("period", "2026-2030"),
        ("money", "$6 billion"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # ends on a comma: the attribution after the quote is the one that counts
        (
            'Foreign Minister Ana Rios said that "we will open the border crossings on Monday,"'
            " Prime Minister Jon Berg told reporters.",
            "Jon Berg",
        ),
        (
            'Foreign Minister Ana Rios stated that "we will open the border crossings,"'
            " Prime Minister Jon Berg said.",
            "Jon Berg",
        ),
        # no comma: the attribution before the quote wins over one after it
        (
            'Foreign Minister Ana Rios stated that "we will open the border crossings"'
            " — that was how Prime Minister Jon Berg put it.",
            "Ana Rios",
        ),
    ],
)
def test_attribution_before_and_after_a_quote_follows_the_rule(
    paragraph: str, speaker: str
) -> None:
    [(_text, found, _role)] = quotes(paragraph)
    assert found == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        '"The merger will close in May," BNP Paribas said on Monday.',
        '"The talks will resume in May," NATO Command said on Monday.',
        '"Prices will fall," IMF Europe said in a note.',
    ],
)
def test_a_name_in_capitals_is_an_organisation_not_a_speaker(paragraph: str) -> None:
    ex = Extractor()
    ex.feed(paragraph)
    assert [q.speaker for q in ex.quotes] == [None]
    assert ex.people == ()
