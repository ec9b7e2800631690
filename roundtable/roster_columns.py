"""The column names a pasted roster's first line may hold, and what each column is for.

A list exported from a registration tool or a spreadsheet comes with its own columns:
"First name, Last name, Email, Company, Department". Read by position, its first names were
the names, the surnames the companies and the email addresses the roles, without a word. A
first line made of column names says which cell is which: the first and last names make the
name (in that order, whichever column comes first), the function, company and role columns
are read as such, and columns the roster does not keep (email, phone) are left out.
"""

from __future__ import annotations

from collections.abc import Sequence

from .name_case import in_normal_case

# What a column is for, by its name in any case (English, German, French, Spanish).
COLUMNS: dict[str, str] = {
    **dict.fromkeys(
        (
            "name",
            "names",
            "full name",
            "participant",
            "participants",
            "participant name",
            "person",
            "attendee",
            "attendees",
            "attendee name",
            "attendee list",
            "participant list",
            "guests",
            "guest list",
            "invitees",
            "teilnehmer",
            "teilnehmende",
            "participantes",
            "asistentes",
            "nom complet",
            "nombre",
            "nombre completo",
        ),
        "name",
    ),
    **dict.fromkeys(
        (
            "first name",
            "firstname",
            "first",
            "given name",
            "forename",
            "vorname",
            "prénom",
            "prenom",
        ),
        "first",
    ),
    **dict.fromkeys(
        (
            "last name",
            "lastname",
            "last",
            "surname",
            "family name",
            "nachname",
            "familienname",
            "nom",
            "nom de famille",
            "apellido",
            "apellidos",
        ),
        "last",
    ),
    **dict.fromkeys(
        (
            "function",
            "team",
            "department",
            "dept",
            "side",
            "funktion",
            "abteilung",
            "bereich",
            "fonction",
            "service",
            "función",
            "funcion",
            "departamento",
            "área",
            "area",
        ),
        "function",
    ),
    **dict.fromkeys(
        (
            "company",
            "company name",
            "organisation",
            "organization",
            "org",
            "employer",
            "firma",
            "unternehmen",
            "société",
            "societe",
            "entreprise",
            "empresa",
        ),
        "company",
    ),
    **dict.fromkeys(
        (
            "role",
            "title",
            "job title",
            "job",
            "position",
            "rolle",
            "poste",
            "titre",
            "fonction occupée",
            "cargo",
            "puesto",
        ),
        "role",
    ),
    **dict.fromkeys(
        (
            "email",
            "e-mail",
            "email address",
            "e-mail address",
            "mail",
            "phone",
            "mobile",
            "telephone",
            "telefon",
            "téléphone",
            "teléfono",
            "linkedin",
        ),
        "skip",
    ),
}


def _kind(cell: str) -> str | None:
    return COLUMNS.get(" ".join(cell.casefold().rstrip(":*").split()))


def column_kinds(cells: Sequence[str]) -> list[str] | None:
    """What each cell of a first line stands for when the line is made of column names (one
    of them a name's; an empty cell is a column left out); None when it is not such a line."""
    kinds = [_kind(c) if c else "skip" for c in cells]
    if not {"name", "first", "last"} & set(kinds) or kinds == ["first"] or kinds == ["last"]:
        return None
    return [k for k in kinds if k is not None] if None not in kinds else None


def unknown_columns(cells: Sequence[str]) -> list[str]:
    """The cells of a first line that mostly holds column names (two at least, one of them a
    name's) that are not column names the roster knows; [] for any other line."""
    kinds = [_kind(c) for c in cells if c]
    if sum(k is not None for k in kinds) < 2 or not {"name", "first", "last"} & set(kinds):
        return []
    return [c for c in cells if c and _kind(c) is None]


def by_column(cells: Sequence[str], kinds: Sequence[str]) -> tuple[str, list[str], str, str]:
    """A line's cells read by the header's columns: (name, function cells, company, role),
    the role with any cell past the last column."""

    def of(kind: str) -> list[str]:
        return [c for c, k in zip(cells, kinds, strict=False) if k == kind and c]

    whole, first, last = of("name"), of("first"), of("last")
    if first and "last" not in kinds:
        # "Name, Vorname" (a German form): the name column holds the surname.
        whole, last = [], whole
    # "Anna" and "VAN DER BERG" make Piet van der Berg; each cell is cased on its own.
    first = [in_normal_case(c) for c in first]
    last = [in_normal_case(c, first=not (first or whole)) for c in last]
    name = " ".join(whole) if whole else " ".join(first + last)
    beyond = [c for c in cells[len(kinds) :] if c]
    return name, of("function"), ", ".join(of("company")), ", ".join(of("role") + beyond)
