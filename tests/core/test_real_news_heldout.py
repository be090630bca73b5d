"""More shapes of real news reports (issue 10), found on reports the rules were not tuned on.

Each case is a short report of our own that reproduces the shape.
"""

from __future__ import annotations

import pytest

from tui.core.extract import Extractor


def said(*paragraphs: str) -> list[tuple[str, str | None]]:
    """Each quote's first words and its speaker."""
    ex = Extractor()
    for p in paragraphs:
        ex.feed(p)
    return [(" ".join(q.text.split()[:3]), q.speaker) for q in ex.quotes]


# "After meeting X, Y said that '…'": Y, the name straight before the verb, speaks; X is
# not given the words through an aside that is really the next clause's subject
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "After talks with Senator Odo Pellam, Marwood said that "
                '"the bridge will be rebuilt by spring."',
            ),
            [("the bridge will", None)],
        ),
        (
            (
                "Asked about striker Jonas Albeck, Reyes said "
                '"he trains harder than anyone I have had."',
            ),
            [("he trains harder", None)],
        ),
        (
            (
                "Speaking beside Mayor Ruth Okonjo, Dalvik told the crowd "
                '"this park belongs to all of you."',
            ),
            [("this park belongs", None)],
        ),
    ],
)
def test_a_name_before_the_verb_speaks_not_the_one_before_the_comma(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# "Daniel arap Moi": a lower-case name particle keeps the name whole, so "Moi said" is his
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "President Kiprop arap Tanui opened the fair on Friday.",
                'Beside envoy Lena Voss, Tanui said that "farmers are the country."',
            ),
            [("farmers are the", "Kiprop arap Tanui")],
        ),
        (
            (
                "The village elder, Samuel arap Keino, spoke first.",
                '"We planted before the rains," Keino said.',
            ),
            [("We planted before", "Samuel arap Keino")],
        ),
        (
            (
                "The late Joseph arap Biwott was remembered by Chief Ann Were.",
                '"He built the school," Were said.',
            ),
            [("He built the", "Ann Were")],
        ),
    ],
)
def test_a_lower_case_name_particle_keeps_the_name_whole(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs) == expected


# "…, the ministry's spokesman said:" over a quoted paragraph: nobody named speaks it, not the
# person the introducing sentence mentions
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Asked about remarks by Trade Minister Ola Brandt, who was quoted as saying "
                "the port would close, the ministry's spokesman said:",
                '"We have seen no such decision and we expect none."',
            ),
            [("We have seen", None)],
        ),
        (
            (
                "After Councillor Dev Amani criticised the budget on Tuesday, a spokeswoman "
                "for the mayor said:",
                '"The budget was passed by the whole council."',
            ),
            [("The budget was", None)],
        ),
        (
            (
                'Judge Mara Lind had called the delay "regrettable", and the court clerk added:',
                '"The hearing will resume when the files arrive."',
            ),
            [("The hearing will", None)],
        ),
    ],
)
def test_an_unnamed_speaker_before_a_colon_speaks_the_quote_below(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*paragraphs)[-1:] == expected
