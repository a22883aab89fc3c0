"""Generated articles for bench/library.py: plausible English Q&A text, deterministic by seed.

The text is made up here from small word banks and sentence patterns (no third-party text). It
reads like an "Ask the Expert" article closely enough to exercise what real text does to an index:
a long tail of rare words (invented drug and place names), accents, editorial insertions,
questions of different lengths and answers of several paragraphs.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from expertreader.dates import ENGLISH_MONTHS

MONTHS = ENGLISH_MONTHS  # the one month table (expertreader/dates.py)

TOPICS = [
    "second opinions",
    "clinical trials",
    "managing fatigue",
    "bone metastases",
    "brain metastases",
    "liver metastases",
    "hormone therapy",
    "targeted therapy",
    "immunotherapy",
    "chemotherapy side effects",
    "pain management",
    "nutrition during treatment",
    "exercise and recovery",
    "talking with your care team",
    "genetic testing",
    "scans and tumor markers",
    "palliative care",
    "sleep and anxiety",
    "work and finances",
    "caring for a partner",
    "lymphedema",
    "neuropathy",
    "radiation therapy",
    "treatment breaks",
    "new research",
]

TREATMENTS = [
    "chemotherapy",
    "hormone therapy",
    "radiation",
    "immunotherapy",
    "targeted therapy",
    "surgery",
    "a CDK4/6 inhibitor",
    "an aromatase inhibitor",
    "a clinical trial drug",
    "maintenance therapy",
    "oral chemotherapy",
    "bone-strengthening medicine",
    "a PARP inhibitor",
    "an antibody-drug conjugate",
]
SIDE_EFFECTS = [
    "fatigue",
    "nausea",
    "neuropathy",
    "hair loss",
    "mouth sores",
    "joint pain",
    "hot flashes",
    "low blood counts",
    "diarrhea",
    "brain fog",
    "skin changes",
    "loss of appetite",
    "swelling in the arm",
    "trouble sleeping",
    "shortness of breath",
]
TESTS = [
    "a CT scan",
    "a PET scan",
    "an MRI",
    "a bone scan",
    "blood work",
    "a biopsy",
    "tumor marker tests",
    "genomic testing",
    "an echocardiogram",
    "a liquid biopsy",
]
PEOPLE = [
    "my oncologist",
    "my doctor",
    "my nurse",
    "my husband",
    "my wife",
    "my daughter",
    "my son",
    "my partner",
    "my sister",
    "my care team",
    "my primary care doctor",
    "the nurse navigator",
]
FEELINGS = ["worried", "tired", "confused", "anxious", "hopeful", "overwhelmed", "frustrated"]
TIMES = [
    "every three weeks",
    "after each cycle",
    "at night",
    "in the morning",
    "for the past month",
    "since my last scan",
    "during treatment",
    "between appointments",
    "over the weekend",
]
PLACES = [
    "an academic center",
    "a community hospital",
    "a large referral center",
    "a comprehensive cancer center",
    "a clinic close to home",
]
ADVICE = [
    "write down your questions before each appointment",
    "keep a diary of your symptoms",
    "bring someone with you to the visit",
    "ask your team about supportive care",
    "tell your doctor about every medicine you take",
    "call the office if anything changes",
    "ask for a copy of your reports",
    "talk with a social worker",
    "look for a support group",
    "ask whether a clinical trial is right for you",
]
ACCENTED = ["café", "naïve", "Sjögren", "Pérez", "crème", "rôle", "Gómez", "résumé", "Müller"]

QUESTION_PATTERNS = [
    "How do I know if {treatment} is still working?",
    "Is it normal to have {side} {time}?",
    "What can I do about {side} from {treatment}?",
    "Should I ask {person} about {test} before starting {treatment}?",
    "How often should I have {test} while on {treatment}?",
    "Can I keep working while I am on {treatment}?",
    "Won’t {person} be upset if I ask for a second opinion?",
    "Is {test} better than {test2} for finding new spots?",
    "What should I eat to help with {side}?",
    "Why does {person} want me to stop {treatment} for a while?",
    "Are there clinical trials for people who have had {treatment}?",
    "I feel {feeling} all the time. Is that because of {treatment}?",
    "How can I explain my diagnosis to {person}?",
    "Could {side} mean the cancer has spread?",
    "Is it safe to exercise during {treatment}?",
    "What questions should I ask at {place}?",
    "Does {treatment} cause {side} for everyone?",
    "When is the right time to think about palliative care?",
    "My scans were stable {time}. Can I take a treatment break?",
    "Is there anything new in research on {treatment}?",
]
SENTENCE_PATTERNS = [
    "Many people notice {side} {time}, and it is worth telling your team about it.",
    "{Treatment} affects each person differently, so your experience may not match someone else's.",
    "Your care team can adjust the dose of {treatment} if {side} becomes hard to manage.",
    "I would {advice}.",
    "It is reasonable to ask whether {test} would help answer that question.",
    "We usually repeat {test} {time} to see how the cancer is responding.",
    "Some patients at {place} take part in studies that compare {treatment} with {treatment2}.",
    "If you feel {feeling}, you are not alone; many people do.",
    "There is no single right answer, and the decision depends on your goals.",
    "A second opinion can offer reassurance [even when it confirms the plan] and may open the "
    "door to clinical trials.",
    "The goal of treatment is to control the cancer for as long as possible while keeping "
    "your quality of life.",
    "Medicines such as {drug} are being studied for people whose cancer grew on {treatment}.",
    "Ask {person} to come with you, because two people remember more than one.",
    "We do not have good evidence that {food} changes how well {treatment} works.",
    "Gentle activity, such as walking, often helps with {side}.",
    "If {side} lasts more than a few days, call the office rather than waiting for your next "
    "visit.",
    "Dr. {surname} and colleagues reported results from a trial of {drug} last year.",
    "Some people find that a {accent} approach to planning the week helps them save energy.",
    "The results of {test} are one piece of the picture, not the whole story.",
    "It is always fine to ask {person} to explain a result again in plain words.",
]
FOODS = ["soy", "sugar", "coffee", "green tea", "turmeric", "red meat", "dairy", "supplements"]
SYLLABLES = "al ba ce do fe gi ka lo mi na pe ri sa tu va xe zo bre cli dra fro gla pri stra"
SUFFIXES = ["tinib", "limab", "ciclib", "parib", "mab", "lisib", "trant", "zumab", "stat"]
SURNAMES = [
    "Okafor",
    "Lindqvist",
    "Haddad",
    "Moreau",
    "Tanaka",
    "Castillo",
    "Novak",
    "Adeyemi",
    "Kowalski",
    "Brennan",
    "Iyer",
    "Fitzgerald",
    "Nakamura",
    "Ortega",
    "Schmidt",
]
DISCLAIMER = (
    "Remember: we cannot provide diagnoses, medical consultations or specific treatment "
    "recommendations. This service is for educational and informational purposes only. For "
    "specific healthcare questions or concerns, consult your healthcare provider."
)


class TextMaker:
    """Deterministic sentences, questions and articles from one seed."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        syllables = SYLLABLES.split()
        names: set[str] = set()
        while len(names) < 6000:  # the long tail: rare words a typo can land near
            parts = self.rng.randint(2, 3)
            stem = "".join(self.rng.choice(syllables) for _ in range(parts))
            names.add(stem + self.rng.choice(SUFFIXES))
        self.drugs = sorted(names)

    def pick(self, items: list[str]) -> str:
        # A rough Zipf: the first items of each bank are the common ones.
        index = min(int(self.rng.paretovariate(1.2)) - 1, len(items) - 1)
        return items[index] if self.rng.random() < 0.6 else self.rng.choice(items)

    def fill(self, pattern: str) -> str:
        treatment, treatment2 = self.rng.sample(TREATMENTS, 2)
        test, test2 = self.rng.sample(TESTS, 2)
        values = {
            "treatment": treatment,
            "Treatment": treatment[0].upper() + treatment[1:],
            "treatment2": treatment2,
            "side": self.pick(SIDE_EFFECTS),
            "test": test,
            "test2": test2,
            "person": self.pick(PEOPLE),
            "feeling": self.rng.choice(FEELINGS),
            "time": self.rng.choice(TIMES),
            "place": self.rng.choice(PLACES),
            "advice": self.rng.choice(ADVICE),
            "drug": self.pick(self.drugs),
            "food": self.rng.choice(FOODS),
            "surname": self.rng.choice(SURNAMES),
            "accent": self.rng.choice(ACCENTED),
        }
        return pattern.format(**values)

    def question(self) -> str:
        text = self.fill(self.rng.choice(QUESTION_PATTERNS))
        if self.rng.random() < 0.3:
            text = self.fill(self.rng.choice(SENTENCE_PATTERNS)).rstrip(".") + ". " + text
        return text

    def paragraph(self, low: int = 2, high: int = 4) -> str:
        count = self.rng.randint(low, high)
        return " ".join(self.fill(self.rng.choice(SENTENCE_PATTERNS)) for _ in range(count))

    def article(self, number: int, questions: int) -> str:
        first = dt.date(2024, 12, 1)
        month_index = first.year * 12 + first.month - 1 - number
        year, month = divmod(month_index, 12)
        day = self.rng.randint(1, 28)
        topic = TOPICS[number % len(TOPICS)]
        expert = f"{self.rng.choice('ABCDEFGHJKLMNPRST')}. {self.rng.choice(SURNAMES)}, MD"
        lines = [
            f"{MONTHS[month]} {year} Ask the Expert: {topic[0].upper()}{topic[1:]} ({number + 1})",
            f"{MONTHS[month]} {day}, {year}",
            self.paragraph(3, 5),
            f"In {MONTHS[month]}, expert {expert}, answered your questions about {topic}.",
            DISCLAIMER,
        ]
        seen: set[str] = set()
        while len(seen) < questions:
            question = self.question()
            if question in seen:
                continue
            seen.add(question)
            lines.append(question)
            lines += [self.paragraph() for _ in range(self.rng.randint(1, 3))]
        return "\n\n".join(lines) + "\n"

    def note(self) -> str:
        """A person's note: often with words no article uses (names, days, plans)."""
        day = self.rng.choice(["Monday", "Tuesday", "Thursday", "Friday"])
        return self.rng.choice(
            [
                f"Ask Dr. {self.rng.choice(SURNAMES)} about this on {day}.",
                f"Bring my scan results and the pill organiser on {day}.",
                "Mum says the walking helps her too. Try the garden loop after lunch.",
                f"Compare with what the nurse said about {self.pick(SIDE_EFFECTS)}.",
                "Phone the pharmacy before the weekend; they close early.",
                f"Remember: {self.paragraph(1, 1)}",
            ]
        )


def write_library(folder: Path, articles: int, questions: int, seed: int = 2024) -> list[Path]:
    """``articles`` files of ``questions`` Q&As each in ``folder`` (made if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    maker = TextMaker(seed)
    written = []
    for number in range(articles):
        path = folder / f"{number:05d}.txt"
        path.write_text(maker.article(number, questions), encoding="utf-8")
        written.append(path)
    return written
