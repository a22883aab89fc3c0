"""Publishers' layouts: every fixture reads as a reader would expect, and each rule on its own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from expertreader.content.experts import find_expert, join_names
from expertreader.content.model import Article
from expertreader.content.parse import ContentError, parse_bytes, parse_file

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
TEXT_FIXTURES = sorted(ARTICLES.glob("*.txt"))
DISCLAIMER = (
    "Remember: this article was written for testing ExpertReader. The people in it are "
    "fictional and it gives no medical advice. Ask your own care team about your situation."
)


def parse(text: str, name: str = "a.txt") -> Article:
    return parse_bytes(text.encode("utf-8"), name)


def fixture(name: str) -> Article:
    return parse_file(ARTICLES / name)


def questions(article: Article) -> list[str]:
    return [qa.question for qa in article.qas]


# Every fixture, generally.


def test_there_is_a_fixture_for_every_layout() -> None:
    names = {path.name for path in ARTICLES.iterdir()}
    assert {
        "question_answer_labels.txt",
        "q_dot_labels.txt",
        "q_colon_labels.txt",
        "askers.txt",
        "transcript.txt",
        "table_of_contents.txt",
        "cut_off.txt",
        "saved_page.html",
        "windows1252_page.htm",
    } <= names


@pytest.mark.parametrize("path", TEXT_FIXTURES, ids=lambda path: path.name)
def test_answers_are_the_files_words_verbatim(path: Path) -> None:
    """Labels come off the front; the expert's words themselves are never changed."""
    article = parse_file(path)
    text = " ".join(path.read_text(encoding="utf-8").split())
    assert article.qas
    for qa in article.qas:
        assert qa.question
        for paragraph in qa.answer:
            assert paragraph in text
            assert not paragraph.startswith(("Q:", "A:", "Q.", "A.", "Answer:", "Dr. ", "Ms. "))
        assert len(qa.speakers) in {0, len(qa.answer)}


@pytest.mark.parametrize("path", TEXT_FIXTURES, ids=lambda path: path.name)
def test_every_fixture_names_its_expert_and_keeps_its_disclaimer(path: Path) -> None:
    article = parse_file(path)
    assert article.expert
    assert article.disclaimer == DISCLAIMER
    assert article.date is not None


# One fixture per layout, as a reader would expect it.


def test_question_and_answer_labels_alone_on_their_lines() -> None:
    article = fixture("question_answer_labels.txt")
    assert article.expert == "Dr. Pernille Quist-Amara, PT, CLT"
    assert article.date == dt.date(2019, 6, 4)
    assert questions(article) == [
        "Please explain what lymphedema is.",  # no "?": the label makes it a question
        "What early signs should I watch for?",
        "Can I still fly with lymphedema?",
    ]
    assert article.qas[0].answer[1] == (
        "It is not the same as the short-lived swelling many people notice right after surgery."
    )
    assert article.qas[1].answer == (
        "Tell your care team if you notice any of these:",
        "- a feeling of heaviness or tightness in the arm",
        "- rings, watches or sleeves that suddenly feel tight",
        "- swelling that comes and goes, often worse at the end of the day",
        "Have you been fitted for a sleeve by a certified therapist?",  # labels decide
        "If not, ask for a referral: a sleeve that fits badly can make swelling worse.",
    )
    assert article.warnings == ()


def test_q_dot_labels_with_the_answer_on_the_next_line() -> None:
    article = fixture("q_dot_labels.txt")
    assert article.expert == "Dr. Ingrid Valdemarsson, MD"  # "session with Dr. ..."
    assert article.date == dt.date(2005, 11, 19)  # "Wednesday, November 19, 2005" in the intro
    assert article.date_precision == "day"
    assert questions(article) == [
        "Is it safe to exercise if I have cancer in my spine?",
        "My physical therapist gave me a plan. How do I stick with it when I am tired?",
        "Should I stop walking my dog?",
    ]
    assert article.qas[1].answer == (
        "Small steps help more than big promises. Try this:",
        "1. Pick a regular time of day when your energy is usually best.",
        "2. Start with five minutes and add a minute every few days.",
        "3. Write down what you did, so you can see your progress.",
    )
    assert len(article.qas[2].answer) == 2  # the closing disclaimer is not part of the answer
    assert article.disclaimer == DISCLAIMER


def test_q_colon_labels_and_a_question_left_unanswered() -> None:
    article = fixture("q_colon_labels.txt")
    assert article.expert == "Dr. Tobias Elmqvist-Rhee and Maren Solheim-Achebe, RN, OCN"
    assert article.date == dt.date(2021, 3, 14)  # "Posted March 14, 2021"
    assert questions(article) == [
        "Why do I feel so anxious before every scan?",
        "Is there anything that makes the waiting easier?",
        "Should I read my results online before my appointment?",
        "How do I tell my family I need space on scan days?",
    ]
    assert (
        article.qas[0].answer[1]
        == 'Naming the feeling is a first step. Some people call it "scanxiety".'
    )
    assert article.qas[2].answer == ()
    [warning] = article.warnings
    assert warning.line == article.qas[2].line == 16
    assert "no answer" in warning.message


def test_askers_headings_and_a_month_only_date_in_the_title() -> None:
    article = fixture("askers.txt")
    assert article.date == dt.date(2010, 11, 1)
    assert article.date_precision == "month"
    assert article.expert == "Rosalind Achterberg, MD"
    assert [qa.asker for qa in article.qas] == ["Janita", "Sara", "Mireille, 58"]
    assert questions(article) == [
        # The topic heading and the asker's own words make one question.
        "What fuels ER/PR-negative cancer? My tumour was ER-negative, PR-negative and "
        "HER2-negative. If hormones do not feed it, what makes it grow?",
        "Please explain what a clinical trial for triple-negative cancer would involve.",
        "Can diet make a difference? I have read that sugar feeds cancer. Should I cut out all "
        "sugar?",
    ]
    assert len(article.qas[0].answer) == 2
    assert all("Janita" not in paragraph for paragraph in article.qas[0].answer)


def test_transcript_with_two_experts() -> None:
    article = fixture("transcript.txt")
    assert article.expert == "Dr. Oskar Lindqvist-Mbeki and Ms. Fenna Rodriguez-Haugen, RN"
    assert [qa.asker for qa in article.qas] == ["Delphine", "Tomasz"]
    first, second = article.qas
    assert first.question == (
        "I sleep nine hours and still wake up exhausted. Is that normal on chemotherapy?"
    )
    assert first.speakers == (
        "Dr. Lindqvist-Mbeki",
        "Ms. Rodriguez-Haugen",
        "Ms. Rodriguez-Haugen",  # an unlabelled paragraph goes on with the last speaker
    )
    assert first.answer[0].startswith("It is very common.")
    assert second.speakers == ("Dr. Lindqvist-Mbeki", "Ms. Rodriguez-Haugen", "Dr. Lindqvist-Mbeki")
    # A speaker's paragraph ending with "?" is part of the answer, not a new question.
    assert second.answer[1] == (
        "Have you asked whether your centre offers an exercise programme for patients?"
    )


def test_table_of_contents_is_removed_and_decides_the_questions() -> None:
    article = fixture("table_of_contents.txt")
    assert article.expert == "Dr. Noor Castellanos-Whit and Jorunn Eikeland-Bassey, LCSW"
    assert article.intro == (
        "Experts Dr. Noor Castellanos-Whit and Jorunn Eikeland-Bassey, LCSW, answered your "
        "questions about how to talk with children and teenagers about a parent's metastatic "
        "breast cancer.",
    )
    assert questions(article) == [
        "How much should I tell my six-year-old?",
        "My teenager will not talk to me about my cancer. What can I do?",
        "Should I let my children visit me in the hospital?",
    ]
    # Not listed in the contents: a "?" paragraph inside the answer stays in the answer.
    assert article.qas[1].answer[1] == "Did something change at home recently?"
    assert article.warnings == ()


def test_cut_off_page_loads_with_a_warning() -> None:
    article = fixture("cut_off.txt")
    assert questions(article) == [
        "Can I travel abroad while on oral chemotherapy?",
        "My husband worries about flying, and I have bone metastases in my hip. Is a long "
        "flight risky for me?",
        "What vaccines are safe for me?",
    ]
    assert article.qas[-1].answer == ()
    assert [(w.line, w.message) for w in article.warnings] == [
        (17, "question has no answer: What vaccines are safe for me?")
    ]


# Labels.


def test_labels_may_start_the_paragraph_or_stand_alone() -> None:
    article = parse(
        "T\n\nQuestion: First one\nspans two lines?\nAnswer: Yes.\n\n"
        "QUESTION:\n\nSecond?\n\nANSWER:\n\nNo.\n\nQ. Third.\nA. Maybe."
    )
    assert questions(article) == ["First one spans two lines?", "Second?", "Third."]
    assert [qa.answer for qa in article.qas] == [("Yes.",), ("No.",), ("Maybe.",)]


def test_answer_label_punctuation_follows_the_question_labels() -> None:
    """In a ``Q:`` article, a line starting "A. " is the expert's text, not a label."""
    article = parse("T\n\nQ: Which one?\nA: Either:\nA. the blue pill\nB. the red pill")
    assert article.qas[0].answer == ("Either: A. the blue pill B. the red pill",)


def test_question_labels_without_answer_labels() -> None:
    article = parse("T\n\nQ: What is it?\nIt is a thing.\n\nMore.\n\nQ: And this?\n\nThat.")
    assert questions(article) == ["What is it?", "And this?"]
    assert [qa.answer for qa in article.qas] == [("It is a thing.", "More."), ("That.",)]


def test_answer_labels_without_question_labels_come_off() -> None:
    article = parse("T\n\nHow?\n\nAnswer: Slowly.\n\nWhy?\n\nAnswer:\nBecause.\n\nA. Also.")
    assert [qa.answer for qa in article.qas] == [("Slowly.",), ("Because.", "A. Also.")]
    once = parse("T\n\nHow?\n\nAnswer: Slowly.")
    assert once.qas[0].answer == ("Answer: Slowly.",)  # once is not a layout


def test_labelled_question_with_no_answer_is_a_warning() -> None:
    article = parse("T\n\nQ: one\nA: yes\n\nQ: two\n\nQ: three\nA: no")
    assert questions(article) == ["one", "two", "three"]
    assert [w.line for w in article.warnings] == [6]


def test_a_label_with_no_question_is_an_error() -> None:
    with pytest.raises(ContentError) as caught:
        parse("T\n\nQ: fine\nA: yes\n\nQ:\nA: an answer to nothing")
    assert caught.value.line == 6
    assert "no question" in caught.value.message


# Askers.


@pytest.mark.parametrize(
    ("paragraph", "asker", "question"),
    [
        ("Question from Janita: Is it safe?", "Janita", "Is it safe?"),
        ("Sara asks: Please explain the scan.", "Sara", "Please explain the scan."),
        ("Ann Lee, 61, wrote: Is it safe?", "Ann Lee, 61", "Is it safe?"),
        ("Bo's question: Is it safe?", "Bo", "Is it safe?"),
        ("Question from a caregiver: Is it safe?", "a caregiver", "Is it safe?"),
    ],
)
def test_asker_attributions(paragraph: str, asker: str, question: str) -> None:
    article = parse(f"T\n\n{paragraph}\n\nAn answer.")
    assert (article.qas[0].asker, article.qas[0].question) == (asker, question)


def test_a_sentence_about_asking_is_not_an_asker() -> None:
    article = parse("T\n\nWhat should I ask?\n\nMy doctor asks: how do you sleep?\n\nThen say.")
    assert article.qas[0].asker is None
    assert article.qas[0].question == "What should I ask? My doctor asks: how do you sleep?"


def test_asker_label_alone_on_its_line_and_after_a_question_label() -> None:
    alone = parse("T\n\nQuestion from Janita:\nPlease explain it.\n\nAn answer.")
    assert (alone.qas[0].asker, alone.qas[0].question) == ("Janita", "Please explain it.")
    labelled = parse("T\n\nQ:\nSara asks: Is it safe?\nA: Yes.")
    assert (labelled.qas[0].asker, labelled.qas[0].question) == ("Sara", "Is it safe?")


def test_two_askers_in_a_row_are_two_questions() -> None:
    article = parse("T\n\nAnn asks: One?\n\nBo asks: Two?\n\nAn answer.")
    assert [qa.asker for qa in article.qas] == ["Ann", "Bo"]
    assert article.qas[0].answer == ()
    assert len(article.warnings) == 1


# Unlabelled questions.


def test_a_question_paragraph_right_after_an_unanswered_question_continues_it() -> None:
    article = parse("Title\n\nQuestion one?\n\nQuestion two?\n\nAnswer.")
    assert questions(article) == ["Question one? Question two?"]
    assert article.warnings == ()


def test_the_answer_may_start_on_the_line_after_the_question() -> None:
    article = parse("T\n\nIs it safe?\nYes, mostly.\n\nWhat next?\nRest.")
    assert questions(article) == ["Is it safe?", "What next?"]
    assert [qa.answer for qa in article.qas] == [("Yes, mostly.",), ("Rest.",)]


def test_list_items_ending_with_a_question_mark_stay_in_the_answer() -> None:
    article = parse(
        "T\n\nWhat should I ask my doctor?\n\nGood questions include:\n"
        "- Is this treatment right for me?\n- What are the side effects?\n\nWrite them down."
    )
    assert len(article.qas) == 1
    assert article.qas[0].answer == (
        "Good questions include:",
        "- Is this treatment right for me?",
        "- What are the side effects?",
        "Write them down.",
    )


def test_a_list_item_goes_on_over_its_wrapped_lines() -> None:
    article = parse("T\n\nWhich?\n\n1. The first, which\n   wraps.\n2) The second.\n• A third")
    assert article.qas[0].answer == ("1. The first, which wraps.", "2) The second.", "• A third")


def test_repeated_question_is_a_warning_with_its_own_id() -> None:
    article = parse("T\n\nSame?\n\nOne.\n\nSame?\n\nTwo.")
    first, second = article.qas
    assert second.id == f"{first.id}-2"
    assert [(w.line, w.message) for w in article.warnings] == [
        (7, "repeats the question on line 3")
    ]


def test_no_question_answered_at_all_is_an_error() -> None:
    with pytest.raises(ContentError) as caught:
        parse("T\n\nAnn asks: One?\n\nBo asks: Two?")
    assert caught.value.line == 3
    assert "no answer" in caught.value.message


# Speakers.


def test_speakers_named_in_the_intro_may_be_labelled_by_surname() -> None:
    article = parse(
        "T\n\nHosted by Carmen Rodriguez, RN, and Amel Lee, MD.\n\nHow?\n\n"
        "Rodriguez: Slowly.\n\nLee: Carefully.\n\nNote: this is not a speaker."
    )
    assert article.expert == "Carmen Rodriguez, RN and Amel Lee, MD"
    assert article.qas[0].answer == ("Slowly.", "Carefully.", "Note: this is not a speaker.")
    assert article.qas[0].speakers == ("Rodriguez", "Lee", "Lee")


def test_speakers_on_consecutive_lines_of_one_paragraph() -> None:
    article = parse("T\n\nWhy?\n\nDr. Lee: Because.\nMs. Roe: Also this.")
    assert article.qas[0].answer == ("Because.", "Also this.")
    assert article.qas[0].speakers == ("Dr. Lee", "Ms. Roe")


def test_an_article_without_speakers_has_none() -> None:
    article = parse("T\n\nWhy?\n\nBecause: that is how it is.")
    assert article.qas[0].speakers == ()
    assert article.qas[0].answer == ("Because: that is how it is.",)


def test_a_speaker_label_in_the_intro_stays_in_the_intro() -> None:
    article = parse("T\n\nDr. Lee: welcome to the chat.\n\nWhy?\n\nDr. Lee: Because.")
    assert article.intro == ("Dr. Lee: welcome to the chat.",)


# Experts.


@pytest.mark.parametrize(
    ("intro", "expert"),
    [
        ("In March, expert Jane Roe, MD, answered your questions.", "Jane Roe, MD"),
        ("Ask the Expert with Dr. Jane Roe.", "Dr. Jane Roe"),
        ("A chat hosted by Jane Roe and Sam Poe.", "Jane Roe and Sam Poe"),
        ("Moderated by Dr. Roe, Dr. Poe and Dr. Moe.", "Dr. Roe, Dr. Poe and Dr. Moe"),
        (
            "Experts Ann Roe, MD, Bo Poe, RN, and Cy Moe, PhD, answered.",
            "Ann Roe, MD; Bo Poe, RN and Cy Moe, PhD",
        ),
        ("Answered by Dr. Ann O'Neil-McKay, of the fictional Elm Clinic.", "Dr. Ann O'Neil-McKay"),
        ("Hosted by Dr. Roe, a surgeon at Elm Hospital and Research Center.", "Dr. Roe"),
        ("For women with Metastatic Breast Cancer and their families.", None),
        ("Our experts answered your questions.", None),
        ("Hosted by the Example Breast Network.", None),
    ],
)
def test_expert_names(intro: str, expert: str | None) -> None:
    assert find_expert([intro]) == expert


def test_expert_named_in_the_title_when_the_intro_does_not() -> None:
    assert find_expert(["Nothing here."], "Ask the Expert with Dr. Nora Pell") == "Dr. Nora Pell"


def test_join_names() -> None:
    assert join_names(["A"]) == "A"
    assert join_names(["A", "B"]) == "A and B"
    assert join_names(["A", "B", "C"]) == "A, B and C"


# Dates.


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("T\nWednesday, November 19, 2005\n\nQ?\n\nA.", dt.date(2005, 11, 19), "day"),
        ("T\nPublished on: 3 May 2011\n\nQ?\n\nA.", dt.date(2011, 5, 3), "day"),
        ("T\nNovember 2010\n\nQ?\n\nA.", dt.date(2010, 11, 1), "month"),
        ("Ask the Expert (June 7, 2012): Pain\n\nQ?\n\nA.", dt.date(2012, 6, 7), "day"),
        ("November 2010 Ask the Expert\n\nOn Monday, November 8, 2010, we met.\n\nQ?\n\nA.",
         dt.date(2010, 11, 8), "day"),
        ("Ask the Expert, Sept. 2019\n\nQ?\n\nA.", dt.date(2019, 9, 1), "month"),
        ("T\n\nYou may 2 times a day take it.\n\nQ?\n\nA.", None, "day"),
        ("T\n\nDiagnosed in March 2004, I wonder.\n\nQ?\n\nA.", None, "day"),
    ],
)  # fmt: skip
def test_dates_from_line_title_or_intro(text: str, date: dt.date | None, precision: str) -> None:
    article = parse(text)
    assert (article.date, article.date_precision) == (date, precision)


def test_month_only_date_in_parse_json() -> None:
    shape = parse("November 2010 Ask the Expert\n\nQ?\n\nA.").to_json()
    assert (shape["date"], shape["date_precision"]) == ("2010-11-01", "month")


# Tables of contents.


def test_bulleted_contents_one_per_paragraph_under_a_heading() -> None:
    article = parse(
        "T\n\nIntro.\n\nQuestions answered\n\n• First question here?\n\n• Second question here?"
        "\n\nFirst question here?\n\nOne.\n\nIs that all?\n\nSecond question here?\n\nTwo."
    )
    assert article.intro == ("Intro.",)
    assert questions(article) == ["First question here?", "Second question here?"]
    assert article.qas[0].answer == ("One.", "Is that all?")


def test_contents_entry_the_article_never_asks_is_a_warning() -> None:
    article = parse(
        "T\n\nFirst question here?\nSecond question here?\nA question never asked?\n"
        "Third question here?\n\nFirst question here?\nOne.\n\nSecond question here?\nTwo.\n\n"
        "Third question here?\nThree."
    )
    assert questions(article) == [
        "First question here?",
        "Second question here?",
        "Third question here?",
    ]
    [warning] = article.warnings
    assert warning.line == 5
    assert "A question never asked?" in warning.message


def test_contents_may_shorten_a_question() -> None:
    article = parse(
        "T\n\n1. How do I choose a doctor?\n2. Should I get a second opinion?\n\n"
        "How do I choose a doctor? I live far from a city.\n\nAsk around.\n\n"
        "Should I get a second opinion? Mine is fine.\n\nMaybe."
    )
    assert len(article.qas) == 2
    assert article.intro == ()


def test_questions_that_do_not_repeat_are_not_a_table_of_contents() -> None:
    article = parse("T\n\nWhat fuels it?\n\nAnn asks: What makes it grow?\n\nSignals.")
    assert questions(article) == ["What fuels it? What makes it grow?"]
