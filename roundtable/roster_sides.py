"""A roster written side by side, as a mail lists who comes: a heading line per side with
the names under it ("Sales" or "Marketing:", then one person a line), or the sides on one
line ("Sales: Anna, Tom; Marketing: Lisa, Marc").

Read as people, the heading was a person named "Sales" and everyone under it other, without
a word, and the one-line form was refused. roster_text.py gives each person under a heading
that side unless their own line names a function.
"""

from __future__ import annotations

import re

from .function_words import OTHER_WORDS, bare, both_sides, named_side
from .given_names import is_given_name
from .job_titles import COMPANY_ENDS, is_job_title
from .model import Function
from .name_forms import name_as_called
from .roster_forms import is_function, is_person_name, strip_marker

# A heading: the side's name, perhaps in capitals, bold ("**Sales**"), as a Markdown heading
# ("## Sales"), with a count ("Marketing (4)") or a colon ("Sales:").
# The label starts and ends with a letter or so, and the spaces around it belong to one part
# only: a line with a long run of spaces ("Anna" and 250 spaces, as a PDF or a padded
# table pastes it) took seconds to try every way of sharing them out, and the app froze.
_HEADING = re.compile(
    r"[#*_\s]*(?P<label>[^:,;\t()#*_\s](?:[^:,;\t()#*_]*[^:,;\t()#*_\s])?)"
    r"[*_\s]*(?:\(\s*\d+\s*\)[*_\s]*)?(?:(?P<colon>:)[*_\s]*)?"
)
# No heading is longer ("Customer Success department (12):" is 34 characters).
_LONGEST_HEADING = 80
# "Sales team", "Marketing department": the side's name with a word for a group after it.
_GROUP_WORD = re.compile(r"\s+(?:team|teams|department|dept|side|people)$", re.IGNORECASE)
# One side's people on a line: "Sales: Anna Keller, Tom Berg", "Marketing - Lisa Wong".
_SIDE_LIST = re.compile(
    r"[*_\s]*+(?P<label>[^:,;\t()]{1,80}?)[*_\s]*(?::|\s[-–—]\s)[*_\s]*(?P<names>\S.*)"
)
# Between two names of a side's list: a comma, or "and" ("Lisa Wong and Marc Roy").
_BETWEEN = re.compile(r"\s*,\s*|\s+(?:and|&|und|et)\s+", re.IGNORECASE)


def _side(label: str, colon: bool) -> Function | None:
    """The side a heading's label names; a word for "other" in another language counts only
    with its colon ("Anders" alone is a name), and a label naming both sides not at all (a
    person's line, "Finn Berg - VP Sales & Marketing", names both)."""
    label = _GROUP_WORD.sub("", label.strip())
    if bare(label) == "others":
        label = "other"
    side = named_side(label)
    if side is None or both_sides(label) or (bare(label) in OTHER_WORDS and not colon):
        return None
    return side


def heading_side(line: str) -> Function | None:
    """The side a line that is a heading names ("Sales", "MARKETING:", "Sales team (4)");
    None for any other line."""
    text = strip_marker(line).strip()
    if len(text) > _LONGEST_HEADING:
        return None
    found = _HEADING.fullmatch(text)
    return _side(found["label"], bool(found["colon"])) if found else None


def _names(text: str) -> list[str]:
    """The names of a side's list, split at commas and "and" outside brackets."""
    names, start = [], 0
    for between in _BETWEEN.finditer(text):
        before = text[: between.start()]
        if before.count("(") + before.count("[") > before.count(")") + before.count("]"):
            continue  # "Anna (Acme, Berlin)": inside brackets
        names.append(text[start : between.start()])
        start = between.end()
    return [n.strip() for n in [*names, text[start:]] if n.strip()]


def _with_titles(names: list[str]) -> list[str]:
    """A side's list with a job title, a function or a company after a name kept with that
    name ("Anna Keller, Head of Sales, Tom Berg", "Lisa Wong, Acme GmbH"): the title or the
    company was a person of that name. So is one word after a full name ("Anna Keller,
    Brightline") in a list of full names, unless it is a given name ("Anna Keller, Tom")."""
    kept: list[str] = []
    firsts = _first_names_alone(names)
    after_full = False  # the name before was a full name, without a company yet
    for name in names:
        titled = is_job_title(name) or is_function(name)
        company = _ends_as_company(name) or (
            after_full and not titled and not firsts and _company_word(name)
        )
        if kept and (titled or company):
            kept[-1] += f", {name}"
            after_full = after_full and not company
        else:
            kept.append(name)
            after_full = _full_name(name)
    return kept


def _company_word(word: str) -> bool:
    """Whether a name of a side's list may be a company: one capitalised word that is no
    given name ("Brightline", not "Tom")."""
    return len(word.split()) == 1 and word[:1].isupper() and not is_given_name(word)


def _first_names_alone(names: list[str]) -> bool:
    """Whether a side's list names someone by one word where no full name comes before it
    ("Anna, Tom", "Anna Keller, Tom, Lisa"; a job title between them does not count): a
    list of first names, where one word after a full name is a person too."""
    before = ""  # the last name that is no title, function or company ("Acme GmbH")
    for name in names:
        if is_job_title(name) or is_function(name) or _ends_as_company(name):
            continue
        if len(name.split()) == 1 and not _full_name(before):
            return True
        before = name
    return False


def _full_name(name: str) -> bool:
    """Whether a name of a side's list is a full name, a title or a nickname in brackets
    aside ("Dr. Anna Keller", "Xiaoming Li (Kevin)")."""
    return is_person_name(name_as_called(name)[0])


def _ends_as_company(name: str) -> bool:
    return bare(name.split()[-1]).strip(".") in COMPANY_ENDS  # ("Acme GmbH")


def side_lists(line: str) -> list[tuple[str, Function]] | None:
    """The people of a line listing them by side ("Sales: Anna, Tom; Marketing: Lisa"), each
    with the side; None when the line is no such list."""
    if "\t" in line:
        return None
    people: list[tuple[str, Function]] = []
    for part in strip_marker(line).split(";"):
        if not part.strip():
            continue
        found = _SIDE_LIST.fullmatch(part.strip())
        side = _side(found["label"], colon=True) if found else None
        if found is None or side is None:
            return None
        people += [(name, side) for name in _with_titles(_names(found["names"]))]
    return people or None


def is_title(line: str) -> bool:
    """Whether a line is a title over people, not a person: one cell ending in a colon
    ("Confirmed:", "Here is who is coming:")."""
    text = strip_marker(line).strip()
    return text.endswith(":") and not any(sep in text for sep in ",;\t")


def people_between_semicolons(line: str) -> list[str] | None:
    """The people of a line that holds several, each a line of cells, between semicolons
    ("Anna Keller, Brightline, Sales; Tom Berg, Acme, Marketing"); None for any other line
    (one of cells between semicolons has no comma: "Anna Keller; Brightline; Sales")."""
    if "\t" in line or ";" not in line:
        return None
    parts = [part.strip() for part in strip_marker(line).split(";") if part.strip()]
    return parts if len(parts) >= 2 and all("," in part for part in parts) else None


def names_in_a_row(line: str) -> list[str] | None:
    """The people of a line that names three or more and nothing else ("Ana Lopez, Ben
    Okafor and Cara Diaz", as an invitation lists them); None for any other line."""
    if "\t" in line or "," not in line:
        return None
    names = _names(strip_marker(line))
    if len(names) < 3 or not all(is_person_name(n) for n in names):
        return None
    if any(is_function(n) or is_job_title(n) for n in names):
        return None
    return names
