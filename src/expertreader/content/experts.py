"""Who the experts are, as an article's introduction (or title) names them.

Publishers say it in several ways: "expert Jane Roe, MD, answered", "hosted by Dr. Roe and
Sam Poe, RN", "Ask the Expert with Dr. Roe". Only what reads as a person's name is taken (an
optional title such as "Dr.", capitalised words and initials, then credentials such as "MD"),
so a description after the name ("Dr. Roe, a nurse at ...") is left out. Several experts are
joined as they would be written: "A and B", "A, B and C" (with ";" when names carry commas).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

HONORIFICS = frozenset(
    {"dr", "drs", "mr", "mrs", "ms", "mx", "miss", "prof", "professor", "nurse", "rev"}
)
_PARTICLES = frozenset(
    {"de", "del", "della", "der", "den", "da", "di", "du", "van", "von", "la", "le"}
)
# Words that make a capitalised phrase a place or an organisation, not a person.
_NOT_A_PERSON = frozenset(
    {
        "cancer", "center", "centre", "hospital", "hospitals", "institute", "university",
        "clinic", "foundation", "network", "society", "association", "program", "programme",
        "school", "college", "medicine", "medical", "health", "research", "team", "service",
        "services", "group", "breast", "ask", "expert", "experts", "the", "our", "this",
    }
)  # fmt: skip
_VERB = r"(?:answered|answers|answer|responded|responds|will\s+answer|ha(?:s|ve)\s+answered|shared)"
_TRIGGERS = (
    # "expert Jane Roe, MD, answered": the name up to the verb (bounded: linear on hostile text).
    re.compile(rf"\b(?i:experts?)\s+(?P<names>[^\n]{{1,160}}?),?\s+{_VERB}\b"),
    re.compile(r"\b(?i:hosted|moderated|presented|led|answered)\s+by\s+(?P<names>[^\n]{1,240})"),
    re.compile(r"\b(?i:with|featuring)\s+(?P<names>[^\n]{1,240})"),
    re.compile(r"^(?i:experts?|panel(?:ists)?|speakers?)\s*:\s*(?P<names>[^\n]{1,240})"),
)
_STRICT_TRIGGER = 2  # after "with", only a name with a title or credentials is an expert
# Experts are named near the start: looking no further keeps hostile introductions fast.
_MAX_PARAGRAPHS = 20
_MAX_CHARS = 3000
_SENTENCE_END = re.compile(r"[.!?;:](?=\s|$)|\s\(|\s[-–—]\s")
_PART_SEPARATOR = re.compile(r",?\s+and\s+|\s*&\s*|,\s+(?=(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s)")
_TOKEN = re.compile(r"\s*(,)?\s*([^\s,;()]+)")


def find_expert(paragraphs: Iterable[str], title: str = "") -> str | None:
    """The expert (or experts, joined) that the first naming paragraph gives, else the title's."""
    for paragraph in [*list(paragraphs)[:_MAX_PARAGRAPHS], title]:
        if names := expert_names(paragraph[:_MAX_CHARS]):
            return join_names(names)
    return None


def expert_names(text: str) -> list[str]:
    """Every expert one sentence of ``text`` names, earliest mention first."""
    best: tuple[int, list[str]] | None = None
    for number, trigger in enumerate(_TRIGGERS):
        for match in trigger.finditer(text):
            if best is not None and match.start() >= best[0]:
                break
            names = _names_in(match["names"], strict=number == _STRICT_TRIGGER)
            if names:
                best = (match.start(), names)
                break
    return best[1] if best else []


def join_names(names: list[str]) -> str:
    """ "A", "A and B", "A, B and C"; semicolons when a name has commas ("Roe, MD; Poe, RN")."""
    if len(names) <= 2:
        return " and ".join(names)
    separator = "; " if any("," in name for name in names) else ", "
    return separator.join(names[:-1]) + " and " + names[-1]


def person_name(text: str) -> tuple[str, bool] | None:
    """The person's name ``text`` starts with, and whether it has a title or credentials."""
    found = _person_at(text[:200])
    return (found[0], found[1]) if found else None


def _person_at(text: str) -> tuple[str, bool, int] | None:
    """(name, formal, characters used) for the name ``text`` starts with."""
    tokens = [(bool(m[1]), m[2], m.end()) for m in _TOKEN.finditer(text)]
    index = 0
    words: list[str] = []
    formal = False
    if tokens and not tokens[0][0] and tokens[0][1].rstrip(".").lower() in HONORIFICS:
        words.append(tokens[0][1])
        formal = True
        index = 1
    name_words = 0
    while index < len(tokens) and not tokens[index][0]:
        word = tokens[index][1]
        if _is_name_word(word):
            name_words += 1
        elif not (word in _PARTICLES and name_words):
            break
        words.append(word)
        index += 1
    while words and words[-1] in _PARTICLES:
        words.pop()
        index -= 1
    if not name_words or any(w.strip(".").lower() in _NOT_A_PERSON for w in words):
        return None
    if not formal and name_words < 2:
        return None  # a single capitalised word is more often a place or a programme
    name = " ".join(words)
    while index < len(tokens) and tokens[index][0] and _is_credential(tokens[index][1]):
        name += ", " + tokens[index][1]
        formal = True
        index += 1
    return name.rstrip(","), formal, tokens[index - 1][2] if index else 0


def _names_in(clause: str, *, strict: bool) -> list[str]:
    clause = _first_sentence(clause)
    names = []
    for part in _PART_SEPARATOR.split(clause):
        found = _person_at(part[:200])
        if found and (found[1] or not strict):
            names.append(found[0])
        elif not names:
            return []  # the trigger was not followed by a name ("with metastatic cancer")
        # "Ann Roe, MD, Bo Poe, RN": more names with credentials, separated by commas only.
        rest = part[found[2] :] if found else ""
        while rest.startswith(",") and (more := _person_at(rest[1:200])) and more[1]:
            names.append(more[0])
            rest = rest[1 + more[2] :]
    return names


def _first_sentence(text: str) -> str:
    """Up to the end of the sentence; "Dr." and initials such as "J." do not end it."""
    for match in _SENTENCE_END.finditer(text):
        if match[0] == ".":
            before = text[: match.start()].rsplit(None, 1)[-1:] or [""]
            word = before[0].lstrip("(")
            if word.lower() in HONORIFICS or (len(word) == 1 and word.isupper()):
                continue
            if _is_credential(word + "."):
                continue
        return text[: match.start()]
    return text


def _is_name_word(word: str) -> bool:
    """ "Jane", "Quist-Amara", "O'Neil", "McKay", or an initial "J."."""
    if len(word) == 2 and word[0].isupper() and word[1] == ".":
        return True
    core = word.replace("-", "").replace("'", "").replace("’", "")
    return bool(core) and core.isalpha() and word[0].isupper() and not word.isupper()


def _is_credential(word: str) -> bool:
    """ "MD", "PhD", "FACP", "ANP-BC", "M.D.": short, starting and ending with a capital."""
    word = word.rstrip(",")
    if re.fullmatch(r"(?:[A-Z]\.){2,4}", word):
        return True
    core = word.replace("-", "")
    return 2 <= len(core) <= 8 and core.isalpha() and core[0].isupper() and core[-1].isupper()
