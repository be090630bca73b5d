"""French, Italian, Spanish, German and Korean briefings as different writers word them
(people and wording invented): offices, speakers, datelines and lists."""

from __future__ import annotations

import pytest

from tui.core.extract.extractor import Extractor


def _quoted(lang: str, *paragraphs: str) -> list[tuple[str | None, str | None]]:
    ex = Extractor(lang)
    for p in paragraphs:
        ex.feed(p)
    return [(q.speaker, q.role) for q in ex.quotes]


# --- an office without its holder's nationality -------------------------------------------


@pytest.mark.parametrize(
    ("lang", "paragraph", "expected"),
    [
        ("fr", "« Le port rouvrira lundi », a déclaré la ministre belge des Transports, "
         "Lise Vermeulen.", ("Lise Vermeulen", "ministre des Transports")),
        ("it", "«Siamo pronti a firmare», ha detto il premier maltese Karl Zammitto.",
         ("Karl Zammitto", "premier")),
        ("es", "El canciller uruguayo, Tomás Ferreyra, afirmó que «el acuerdo es justo».",
         ("Tomás Ferreyra", "canciller")),
        ("fr", "Le ministre délégué à la Mer, Hugo Perrec, a dit : « Nous irons vite. »",
         ("Hugo Perrec", "ministre délégué à la Mer")),
        ("es", "«Todo está listo», dijo el secretario general Mario Ocampo.",
         ("Mario Ocampo", "secretario general")),
    ],
)  # fmt: skip
def test_the_office_leaves_out_a_nationality_but_keeps_its_own_adjective(
    lang: str, paragraph: str, expected: tuple[str, str]
) -> None:
    assert _quoted(lang, paragraph) == [expected]


def test_the_nationality_left_out_still_names_the_official_later() -> None:
    said = _quoted(
        "fr",
        "La ministre tchèque de l'Énergie, Jana Novotná, a reçu le ministre Paul Rivet.",
        "« Nous partagerons le réseau », a dit la ministre tchèque.",
    )
    assert said == [("Jana Novotná", "ministre de l'Énergie")]
