"""Plain words: the English interface text reads at US grade 8 or below (Flesch-Kincaid).

Measured over the whole message catalogue (every source text in the .ts: the window's strings
and the words of exports, printouts and the default disclaimer) with ``textstat``, offline (its
syllable counts come from the CMU dictionary it installs, never a download). Each message counts
as one sentence; shortcut marks, placeholders and ellipses are taken out first, because a
reader never sees them. The wording of articles is the experts' and is not measured.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

textstat = pytest.importorskip("textstat", reason="textstat is not installed (requirements/lock)")

CATALOGUE = (
    Path(__file__).resolve().parents[2] / "resources" / "translations" / "expertreader_es.ts"
)
GRADE_LIMIT = 8.0
WORST_SHOWN = 10
SENTENCE_WORDS = 8
"""Shorter messages (menu items, labels) have no meaningful grade of their own: one long word
makes "Disclaimer" grade 20. They count in the whole; the worst listed are sentences."""


def english_messages(path: Path = CATALOGUE) -> list[str]:
    """Every source text lupdate has not marked gone, once each."""
    found: dict[str, None] = {}
    for message in ElementTree.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") in ("vanished", "obsolete"):
            continue
        found[message.findtext("source") or ""] = None
    return [text for text in found if text.strip()]


def as_read(text: str) -> str:
    """The message as a person reads it: one sentence, without marks they never see."""
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    text = re.sub(r"\{\w+\}", "it", text).replace("%n", "2")
    text = text.replace("…", "").replace("\n", " ").strip()
    return text if text.endswith((".", "?", "!", ":")) else f"{text}."


def grade(text: str) -> float:
    return float(textstat.flesch_kincaid_grade(text))


def worst(messages: list[str], count: int = WORST_SHOWN) -> list[tuple[float, str]]:
    """The hardest sentences, hardest first: where a plainer wording helps most."""
    sentences = [m for m in messages if len(as_read(m).split()) >= SENTENCE_WORDS]
    return sorted(((grade(as_read(m)), m) for m in sentences), reverse=True)[:count]


def test_the_whole_catalogue_reads_at_grade_8_or_below() -> None:
    messages = english_messages()
    assert messages, f"{CATALOGUE} holds no messages"
    whole = grade(" ".join(as_read(m) for m in messages))
    listing = "\n".join(f"  {g:5.1f}  {m}" for g, m in worst(messages))
    assert whole <= GRADE_LIMIT, (
        f"grade {whole:.1f} over {len(messages)} messages; worst:\n{listing}"
    )


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        ("Your note was saved.", 3),
        ("The cat sat on the mat.", 3),
        (
            "Notwithstanding considerable methodological heterogeneity, comprehensive "
            "investigations substantiate preliminary hypotheses regarding immunotherapeutic "
            "interventions.",
            99,
        ),
    ],
)
def test_the_measure_tells_plain_from_dense(text: str, ceiling: float) -> None:
    """The measure works here, offline: plain sentences score low, dense ones far above 8."""
    measured = grade(as_read(text))
    if ceiling < GRADE_LIMIT:
        assert measured <= ceiling
    else:
        assert measured > 2 * GRADE_LIMIT


def test_what_a_reader_never_sees_is_not_measured() -> None:
    assert as_read("&Export notes…") == "Export notes."
    assert as_read("Bookmarked on {when}.") == "Bookmarked on it."
    assert as_read("Fish && chips") == "Fish & chips."
    assert as_read("%n notes") == "2 notes."
