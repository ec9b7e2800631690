"""Sorting notes into themes the facilitator began with a few notes and no real name."""

from __future__ import annotations

from roundtable import clustering

# Three themes begun by hand, each with two notes and a placeholder name.
BEGUN = {
    "Theme 1": [
        "we argue about what counts as qualified",
        "half of what they send us are students",
    ],
    "Theme 2": ["reps get paid on bookings only", "the bonus ignores marketing-sourced deals"],
    "Theme 3": [
        "sales never opens the battlecards",
        "the case studies are too long to use on a call",
    ],
}


# The rest of the round, sorted in one go ("sort the rest").
REST = [
    "our scoring model rewards email opens",
    "expo badge scans land in the lead list",
    "tire kickers from ebook downloads",
    "no budget and no authority but passed on anyway",
    "purchased lists full of dead contacts",
    "quota credit only for closed-won",
    "no SPIFF for cross-sell",
    "accelerators kick in only for new logos",
    "comp plans pull the teams apart",
]


def test_a_theme_begun_by_hand_is_also_judged_by_the_template_theme_its_notes_match(
    path: str,
) -> None:
    # Theme 2's notes are about pay, so the template's "Compensation and incentives" speaks
    # for it too: these notes share no word with its two notes but plainly belong there.
    # Without the template's help the first was left unplaced on both paths, the second on
    # the lexical one, and the lead with no budget was left unplaced too.
    placed = clustering.sort_into_themes(REST, BEGUN, template="sales-marketing-roundtable")
    assert placed[5] == "Theme 2"
    assert placed[8] == "Theme 2"
    if path == "semantic":
        assert placed[3] == "Theme 1"


def test_without_a_template_the_themes_notes_alone_decide(path: str) -> None:
    placed = clustering.sort_into_themes(["the bonus should count marketing deals"], BEGUN)
    assert placed == ["Theme 2"]


def test_sureness_goes_with_the_same_places(path: str) -> None:
    # Sort the rest proposes the less sure places unticked; the places themselves are those
    # of sort_into_themes.
    tpl = "sales-marketing-roundtable"
    scored = clustering.sort_with_sureness([*REST, "", "👍"], BEGUN, template=tpl)
    assert [name for name, _ in scored] == clustering.sort_into_themes(
        [*REST, "", "👍"], BEGUN, template=tpl
    )
    assert scored[-2:] == [(None, False), (None, False)]
    # Some places are sure and others not, without the model too (there every place used to
    # count as sure, and 37% of them were right); "comp plans pull the teams apart" is
    # plainly about pay.
    if path == "semantic":
        assert scored[8] == ("Theme 2", True)
    assert any(name is not None and sure for name, sure in scored)
    assert any(name is not None and not sure for name, sure in scored)


def test_given_hints_replace_the_templates_all() -> None:
    # All of the template's hints (spare questions included) matched "Pay plans" with "A
    # joint account plan"; the round's own hints give its "Compensation and incentives".
    from roundtable.templates import get_template

    template = get_template("sales-marketing-roundtable")
    (broken,) = [r for r in template.rounds if r.title == "Why it's broken"]
    themes = {"Pay plans": ["reps get paid on bookings only"]}
    name = "sales-marketing-roundtable"
    assert clustering.theme_hints(themes, template=name, hints=broken.hints) == {
        "Pay plans": "Compensation and incentives"
    }
    assert clustering.theme_hints(themes, template=name, hints=()) == {}
