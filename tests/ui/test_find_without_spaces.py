"""Find (Ctrl+F) finds a word in notes written without spaces between words (Chinese,
Japanese, Thai): such a sentence is one "word" to a search by word starts, so "市场"
(marketing) found only the notes that begin with it, and none of those with it inside."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from tests.ui.test_find_notes import find, shown_headers  # noqa: F401 (opens the bar)
from tests.ui.test_find_word_starts import typed_in
from tests.ui.test_walkthrough_facilitator import visible_cards as shown_cards

NO_KEYS = Qt.KeyboardModifier.NoModifier
NOTES = (
    "销售和市场部门每周一起开会",  # sales and marketing meet weekly
    "市场活动的线索太少",  # marketing campaigns bring too few leads
    "営業とマーケティングは同じ数字を見る",  # Japanese: sales and marketing see one number
    "ทีมขายและทีมการตลาดประชุมกันทุกสัปดาห์",  # Thai: the sales and marketing teams meet
    "Leads go cold after events",
)


def test_a_word_inside_a_sentence_without_spaces_is_found(qtbot, window):
    for note in NOTES:
        typed_in(qtbot, window, note)
    line = find(qtbot, window, "x")
    line.clear()
    for letter in "市场":  # keys with their letters (keyClicks types ASCII only)
        QTest.sendKeyEvent(QTest.KeyAction.Click, line, Qt.Key.Key_unknown, letter, NO_KEYS)
    assert shown_cards(window) == [NOTES[0], NOTES[1]]
    assert window.findChild(QLabel, "findCount").text().startswith("2 of 5 notes. ")
    line.setText("マーケ")
    assert shown_cards(window) == [NOTES[2]]
    line.setText("การตลาด")
    assert shown_cards(window) == [NOTES[3]]
    line.setText("cold")  # words with spaces still go by their starts
    assert shown_cards(window) == [NOTES[4]]
    line.setText("old")
    assert shown_cards(window) == []


def test_a_latin_word_inside_chinese_or_japanese_is_found_at_its_start(qtbot, window):
    # Written with no space before it, a brand or an acronym in a Chinese or Japanese note
    # followed an ideograph, a letter to the search by word starts: "crm" found nothing.
    notes = ("我们的CRM系统太旧", "新しいSalesforceの画面", "Old CRM screens", "Escrma")
    for note in notes:
        typed_in(qtbot, window, note)
    line = find(qtbot, window, "crm")
    assert shown_cards(window) == [notes[0], notes[2]]
    line.setText("sales")
    assert shown_cards(window) == [notes[1]]


def test_an_arabic_or_hebrew_word_is_found_after_the_short_words_joined_to_it(qtbot, window):
    # Arabic and Hebrew join "and", "for", "the" and the like to the word after them, so a
    # word typed as the facilitator would ("عملاء", clients) began two letters into the word
    # written ("والعملاء", and the clients) and was not found.
    notes = (
        "والعملاء لا يردون على الرسائل",  # and the clients do not answer the messages
        "للعملاء الجدد عرض خاص",  # for new clients, a special offer
        "الربيع موسم بيع جيد",  # spring is a good season for selling
        "והצוות עובד לבד",  # and the team works alone
        "צוות המכירות עמוס",  # the sales team is overloaded
        "Clients answer late",
    )
    for note in notes:
        typed_in(qtbot, window, note)
    line = find(qtbot, window, "x")
    line.setText("عملاء")
    assert shown_cards(window) == [notes[0], notes[1]]
    line.setText("العملاء")  # typed with its "the", it finds the word with or without one
    assert shown_cards(window) == [notes[0], notes[1]]
    line.setText("بيع")  # "sale" is not found inside "spring", a word of its own
    assert shown_cards(window) == [notes[2]]
    line.setText("צוות")
    assert shown_cards(window) == [notes[3], notes[4]]


def test_a_two_letter_arabic_or_hebrew_word_goes_by_its_start_only(qtbot, window):
    # Two letters after joined ones are too often the end of another word: "כן" (yes) is
    # the end of "מכן" (then), and "الله" typed whole is not "له" (for him) after "the".
    notes = ("אחר מכן נדבר", "כן, זה עובד", "قال له المدير", "الله أعلم")
    for note in notes:
        typed_in(qtbot, window, note)
    line = find(qtbot, window, "x")
    line.setText("כן")
    assert shown_cards(window) == [notes[1]]
    line.setText("الله")
    assert shown_cards(window) == [notes[3]]
