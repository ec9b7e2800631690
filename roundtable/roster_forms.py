"""The ways people write a roster by hand, beside cells: read as a person reads them.

A list pasted from a mail or a document is often numbered or bulleted ("1. Anna Keller,
Brightline, Sales", "• Anna Keller"), or written as prose is: "Anna Keller (Brightline) -
Sales". A list sorted by surname puts it first: "Keller, Anna, Brightline, Sales". Read as
cells, these gave the name "1. Anna Keller", the name "Anna Keller (Brightline) - Sales"
(counted as other) and the company "Anna", without a word. A job title after the name is
the role, not the company ("Ana Lopez - CFO"), and gives the side when it names one ("Head
of Sales"); a nickname in brackets stays with the name ("Robert Smith (Bob)"), as pronouns
do; two Spanish or Portuguese surnames are one surname ("García López, María").
roster_text.py reads a line's cells through here when the roster has no line of column
names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .function_words import bare
from .given_names import goes_by
from .job_titles import COMPANY_ENDS, is_job_title
from .model import InvalidInput, parse_function
from .name_case import in_capitals

# A list's mark at the start of a line: "1.", "12)", "(3)", "- ", "* ", "+ ", "• ", "–", and
# Word's as pasted as text: "o" and a tab (a second-level bullet), or a Symbol or Wingdings
# bullet (a private-use character, U+F020 to U+F0FF).
_MARKER = re.compile(
    r"^\s*(?:(?:\d{1,3}[.)]|\(\d{1,3}\)|[-*+–—])(?=\s)|o(?=\t|\s\s)|[•·▪◦‣●○■►➤✓\uf020-\uf0ff])"
    r"[\s\u00a0]*"
)
# A dash or bar with a space each side: "Anna Keller - Brightline - Sales" (a hyphen in a name,
# "Jean-Pierre", has none); a colon ("Anna Keller: Sales") or an "@" ("Anna Keller @
# Brightline") after the name.
_DASH = re.compile(r"\s+[-–—|/@]\s+|\s*\|\s*|:\s+")
# A name with its company or function in brackets after it: "Anna Keller (Brightline)".
_BRACKETS = re.compile(r"(?P<name>[^()\[\]]+?)\s*[(\[](?P<inner>[^()\[\]]*)[)\]]")
# Inside the brackets, the parts are split as a line's cells are.
_INNER = re.compile(r"\s*[,;]\s*|\s+[-–—|/]\s+")
# An email address, alone in a cell or in angle brackets after the name as a mail writes it
# ("Anna Keller <anna@brightline.example>"): the roster keeps no address.
_EMAIL = r"[^\s<>@,;]+@[^\s<>@,;]+\.[^\s<>@,;]+"
_ADDRESS = re.compile(rf"<?{_EMAIL}>?")
_NAME_ADDRESS = re.compile(rf"\s*<{_EMAIL}>$")
# A phone number: "+49 170 1234567", "(030) 123-4567".
_PHONE = re.compile(r"\+?[\d\s()./-]+")
# A suffix after a name, written after a comma: "Robert Smith, Jr.", "Dan Roe, III".
_SUFFIX = re.compile(r"(?:jr|sr|ii|iii|iv|phd|ph\.d|esq)\.?", re.IGNORECASE)
# Pronouns in brackets after a name, as meeting apps show it: "Anna Keller (she/her)".
_PRONOUNS = re.compile(
    r"(?:she|her|hers|he|him|his|they|them|theirs|ze|zir|xe|xem|any|all)"
    r"(?:\s*/\s*[^\W\d_]+)+",
    re.IGNORECASE,
)
# Nicknames that do not start as the given name does, by the given names they stand for
# ("Bob" for Robert); "Alex" for Alexander, "Danny" for Daniel need no list.
_NICKNAMES = {
    nick: names.split()
    for line in """
    bob bobby rob robbie bert: robert roberto
    bill billy will willy liam: william wilhelm
    dick rick ricky rich: richard ricardo
    liz lisa beth betty bess libby eliza elsa: elizabeth elisabeth elisabet isabel
    peggy maggie meg greta margo: margaret margarita margarethe
    jim jimmy jamie: james
    jack johnny jon hans: john johannes jonathan
    ted teddy ned eddie: edward theodore edmund
    chuck charlie: charles
    hank harry: henry harold
    kate katie kathy cathy kat kitty: katherine catherine kathryn katharina
    mike mikey mick micha: michael michelle michaela
    tony toni: anthony antonio antonia
    sasha sandy lex: alexander alexandra aleksandr
    kit: christopher
    trish patty: patricia
    sue suzy: susan susanne suzanne
    becky: rebecca
    drew: andrew andreas
    nate: nathaniel nathan
    zach: zachary
    steve: stephen steven stefan
    tom tommy: thomas tomas tomás
    nick nicky: nicholas nicolas nikolaus nicola
    joe joey: joseph josef giuseppe
    larry: lawrence
    paco pancho: francisco
    pepe: jose josé
    nacho: ignacio
    lola: dolores
    chema: josé jose
    """.strip().splitlines()
    for nicks, names in [line.split(":")]
    for nick in nicks.split()
}
# A surname or a first name: one word, maybe hyphenated, maybe with particles before it
# ("van Dijk", "de la Cruz").
_WORD = r"[^\W\d_][\w'’.-]*"
_PARTICLE_TEXT = "van von de der den del della da di du la le ten ter al el bin dos das"
_PARTICLE_WORDS = _PARTICLE_TEXT.split()
_PARTICLES = rf"(?:(?:{'|'.join(_PARTICLE_WORDS)})\s+)*"
_ONE_NAME = re.compile(rf"{_PARTICLES}{_WORD}", re.IGNORECASE)
# Spanish and Portuguese surnames, which are often written two together ("García López",
# "Silva Santos", "Pérez y Gómez"): the common ones, and any ending in -ez, as written
# without accents. Names also given as first names (Santiago, Cruz, León) are left out.
_IBERIAN_TEXT = """
    garcia silva santos costa oliveira pereira ferreira sousa souza almeida ribeiro carvalho
    martins gomes lopes rodrigues fernandes goncalves alves araujo barbosa cardoso rocha dias
    teixeira moreira correia mendes pinto nunes soares vieira monteiro cunha machado lima melo
    freitas castro torres ruiz ramos flores rivera morales ortiz vargas romero herrera medina
    moreno navarro munoz molina delgado castillo aguilar vega reyes mendoza guerrero rojas
    serrano blanco ortega rubio sanz iglesias garrido cortes lozano cano prieto calvo vidal
    herrero fuentes carrasco caballero nieto aguirre montero hidalgo gallego duran crespo soto
    pastor velasco rivas bravo ferrer carmona sierra parra cabrera gallardo acosta pacheco
    salazar figueroa rios contreras guzman quintero robles avila beltran neves coelho batista
    campos leite moura marques pires azevedo tavares bastos amaral macedo andrade
"""
_IBERIAN = frozenset(_IBERIAN_TEXT.split())
# A surname ending in -ez (Pérez, López, Martínez), of five letters or more: "Inez", a first
# name, ends so too ("Inez Rodriguez" is a full name).
_EZ = re.compile(r"\w{3,}ez")
_DOUBLE = re.compile(rf"({_WORD})\s+(?:(?:y|e|i)\s+)?({_WORD})", re.IGNORECASE)
# The first names after a surname: up to three words or initials ("Anna Maria", "Petr J.",
# "María José"), or none (a spreadsheet's empty cell).
_FIRST_NAMES = re.compile(rf"(?:{_WORD}(?:\s+{_WORD}){{0,2}})?")


# Between a job title and its company: "VP Sales at Globex", "CFO @ Acme".
_AT = re.compile(r"\s+(?:at|@)\s+", re.IGNORECASE)


def is_person_name(cell: str) -> bool:
    """Whether a cell reads as a person's full name: two to four words, each capitalised
    but a particle ("Sanne van Dijk"), none a company's ending ("Acme GmbH")."""
    words = cell.split()
    if not 2 <= len(words) <= 4 or bare(words[-1]).strip(".") in COMPANY_ENDS:
        return False
    return all(
        re.fullmatch(_WORD, w) and (w[0].isupper() or w.casefold() in _PARTICLE_WORDS)
        for w in words
    )


def company_and_role(cells: Sequence[str]) -> tuple[str, str]:
    """The cells after a name that are neither the name nor the function, as the company and
    the role: the first that is no job title is the company, the others make the role ("CFO,
    Acme" is Acme, CFO)."""
    cells = [c for c in cells if c]
    company = next((c for c in cells if not is_job_title(c)), "")
    rest = list(cells)
    if company:
        rest.remove(company)
    for k, cell in enumerate(rest):
        title, *where = _AT.split(cell, maxsplit=1)
        if not company and where and is_job_title(title):
            # "Head of Marketing at Brightline", as LinkedIn writes a headline.
            company, rest[k] = where[0].strip(), title.strip()
    return company, ", ".join(rest)


def strip_marker(line: str) -> str:
    """The line without a list's number or bullet at its start, nor the indent of a line
    whose cells are not tab-separated (a tab before its first cell is no empty cell)."""
    line = _MARKER.sub("", line, count=1)
    return line.lstrip() if "\t" not in line.strip() else line


def dash_cells(cell: str) -> list[str]:
    """A cell written as prose with dashes or bars ("Anna Keller - Sales") split there, not
    inside brackets ("Anna Keller (Brightline - Berlin) - Sales")."""
    parts, start = [], 0
    for dash in _DASH.finditer(cell):
        before = cell[: dash.start()]
        if before.count("(") + before.count("[") > before.count(")") + before.count("]"):
            continue
        parts.append(cell[start : dash.start()].strip())
        start = dash.end()
    return [*parts, cell[start:].strip()]


def join_brackets(cells: list[str]) -> list[str]:
    """Cells split inside brackets put back together: "Anna Keller (Brightline, Sales)" was
    split at its comma into "Anna Keller (Brightline" and "Sales)", and "Anna Keller (Acme,
    Berlin) - Sales" into "Anna Keller (Acme" and "Berlin) - Sales"."""
    if not cells or "(" not in cells[0] or ")" in cells[0]:
        return cells
    for k in range(1, len(cells)):
        if "(" in cells[k]:
            return cells
        if ")" in cells[k]:  # "Berlin)" or "Berlin) - Sales"
            return [", ".join(cells[: k + 1])] + cells[k + 1 :]
    return cells


def name_parts(cell: str) -> tuple[str, list[str]] | None:
    """A name cell that holds more than the name, split: "Anna Keller (Brightline) - Sales"
    is ("Anna Keller", ["Brightline", "Sales"]), "Anna Keller - Brightline" is ("Anna
    Keller", ["Brightline"]); None when it is only a name (brackets inside a name, "Robert
    (Bob) Smith", stay)."""
    parts = [p for p in dash_cells(cell) if p]
    if not parts:
        return None
    head, tail = parts[0], parts[1:]
    found = _BRACKETS.fullmatch(head)
    if found and (
        _PRONOUNS.fullmatch(found["inner"].strip()) or _nickname(found["name"], found["inner"])
    ):
        found = None  # "(she/her)" and "(Bob)" are part of the name, not a company
    if found:
        inner = [p for p in _INNER.split(found["inner"].strip()) if p]
        return found["name"].strip(), inner + tail
    return (head, tail) if tail else None


def _nickname(name: str, inner: str) -> bool:
    """Whether the word in brackets after a name is the person's nickname: "Robert Smith
    (Bob)", "Alexander Berg (Alex)", "Daniel Roe (Danny)", or the given name they go by
    ("Xiaoming Li (Kevin)"); not "Daniel Roe (Danone)"."""
    given = bare(name).split()[:1]
    nick = bare(inner)
    if not given or not nick.isalpha():
        return False
    if goes_by(name, inner.strip()):
        return True
    first = given[0]
    if first in _NICKNAMES.get(nick, ()):
        return True
    return (
        len(nick) < len(first)
        and first.startswith(nick[:3])
        and (first.startswith(nick) or nick.endswith(("y", "ie", "i")))
    )


def function_out_of_brackets(cells: list[str]) -> list[str]:
    """The cells after a name with a function in brackets beside a word split in two, when
    no cell is a function itself: "Brightline (Sales)" is Brightline and Sales, "Sales
    (EMEA)" Sales and EMEA; "Acme (Spain)" stays whole."""
    if any(is_function(c) for c in cells):
        return cells
    split: list[str] = []
    for cell in cells:
        found = _BRACKETS.fullmatch(cell.strip())
        if found and is_function(found["name"]) != is_function(found["inner"]):
            split += [found["name"].strip(), found["inner"].strip()]
        else:
            split.append(cell)
    return split


def list_cells(cells: list[str]) -> list[str]:
    """A line's cells as a list without column names reads them (see `join_brackets`), an
    address after the name left out ("Anna Keller <anna@brightline.example>"), and a
    suffix written after a comma kept with it ("Robert Smith, Jr.")."""
    cells = join_brackets(cells)
    if len(cells) >= 2 and _SUFFIX.fullmatch(cells[1]):
        cells = [f"{cells[0]} {cells[1]}", *cells[2:]]
    return [_NAME_ADDRESS.sub("", cells[0]), *cells[1:]] if cells else cells


def is_address(cell: str) -> bool:
    """Whether a cell is an email address (the roster keeps none)."""
    return bool(_ADDRESS.fullmatch(cell.strip()))


def is_phone(cell: str) -> bool:
    """Whether a cell is a phone number (the roster keeps none)."""
    cell = cell.strip()
    return bool(_PHONE.fullmatch(cell)) and sum(c.isdigit() for c in cell) >= 6


def suggested_header(cells: Sequence[str], surname: bool = True) -> str:
    """The line of column names that reads a surname-first line as such: "Keller, Anna,
    Brightline, Sales" is read by "Last name, First name, Company, Function" (and, not
    `surname`, name first by "Name, Company, Role, Function")."""
    names = ["Last name", "First name"] if surname else ["Name"]
    for cell in cells[len(names) :]:
        if is_address(cell) or is_phone(cell):
            kind = "Email" if is_address(cell) else "Phone"
        elif is_function(cell) and "Function" not in names:
            kind = "Function"
        else:
            kind = "Company" if "Company" not in names else "Role"
        if kind in names:
            return ""  # more cells than the roster keeps: no line of names fits
        names.append(kind)
    return ", ".join(names)


def is_function(cell: str) -> bool:
    """Whether a cell names a function (an empty cell does not)."""
    if not cell.strip():
        return False
    try:
        parse_function(cell)
    except InvalidInput:
        return False
    return True


def has_company(rest: Sequence[str]) -> bool:
    """Whether the cells after a name hold something besides a function or a job title."""
    return any(c.strip() and not is_function(c) and not is_job_title(c) for c in rest)


def one_name(cell: str) -> bool:
    """Whether a cell is one name (a surname or a first name), not a full name."""
    return bool(_ONE_NAME.fullmatch(cell.strip()))


def is_surname(cell: str) -> bool:
    """Whether a cell is one surname: one name ("Keller", "van Dijk"), or two Spanish or
    Portuguese surnames ("García López", "Silva Santos"), not a full name ("Ana Lopez")."""
    if one_name(cell):
        return True
    double = _DOUBLE.fullmatch(cell.strip())
    if double is None:
        return False
    return all(bare(w) in _IBERIAN or _EZ.fullmatch(bare(w)) for w in double.groups())


def first_names(cell: str) -> bool:
    """Whether a cell after a surname can be the first names (empty too); a job title
    cannot ("Anna, CMO, Acme, Marketing" is no CMO Anna)."""
    return bool(_FIRST_NAMES.fullmatch(cell.strip())) and not is_job_title(cell)


def _surname_then_first(cells: Sequence[str]) -> bool:
    """Whether a line starts with a surname and the first names: "Keller, Anna Maria"."""
    return len(cells) >= 2 and is_surname(cells[0]) and first_names(cells[1])


def surname_first(rows: Sequence[Sequence[str]]) -> bool:
    """Whether a roster's lines are "Surname, First name, ...": every line starts with a
    surname and its first names (up to three, or none), and one or more have a company
    between them and the function
    ("Keller, Anna, Brightline, Sales"). A line starting with a full name ("Anna Keller,
    ...") says the list is not. "Keller, Anna, Sales" alone could be Keller of a company
    Anna: it is read so, and `maybe_surname_first` says so, unless the surname is in
    capitals ("KELLER, Anna, Sales")."""
    if not rows:
        return False
    sure = False
    for cells in rows:
        if not _surname_then_first(cells):
            return False
        if is_function(cells[1]):
            return False
        rest = cells[2:]
        if len(rest) >= 2 and rest[0] and not is_function(rest[0]) and is_function(rest[-1]):
            sure = True
        sure = sure or capital_surname(cells)
    return sure


def capital_surname(cells: Sequence[str]) -> bool:
    """Whether a line starts with a surname in capitals and a first name that is not
    ("KELLER, Anna", as some European lists write it): surname first, whatever the lines
    around it."""
    return (
        _surname_then_first(cells)
        and in_capitals(cells[0])
        and bool(cells[1].strip())
        and not in_capitals(cells[1])
        and not is_function(cells[1])
    )


def maybe_surname_first(rows: Sequence[Sequence[str]]) -> bool:
    """Whether every line starts with two single names but nothing shows which is the
    surname ("Keller, Anna, Sales" or "Ana, Acme, sales")."""
    return bool(rows) and all(
        _surname_then_first(c) and c[1].strip() and not is_function(c[1]) for c in rows
    )
