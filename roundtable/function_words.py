"""The words a roster, a CSV or the command line may use for a person's function.

Besides "sales", "marketing" and "other" (or their first letters), a registration list
says "Mktg", "Vertrieb" or "Ventes", or names the team ("SDR", "Demand Gen", "Customer
Success"); these are read as the function they name. A label that names both sides
("Sales & Marketing", "RevOps", "GTM") is none of them: it is read as other, and
`both_sides` lets the caller say why rather than refuse the line. Words are compared in
lower case with accents and punctuation taken off ("Márketing" is "marketing", "Sales-Ops"
is "sales ops"), and a team named in the plural ("SDRs", "AEs") is the same team.

Only whole labels are read: a note's line keeps its s:/m:/o: prefixes and nothing else.
"""

from __future__ import annotations

import unicodedata
from typing import Literal

# A function as roundtable.model names it (that module reads this one).
Side = Literal["sales", "marketing", "other"]


def _listed(text: str) -> frozenset[str]:
    """The labels of a list written one a line ("sales ops" is one label)."""
    return frozenset(" ".join(line.split()) for line in text.splitlines() if line.strip())


# Abbreviations, and the names in the languages of the rooms (German, French, Spanish,
# Italian, Portuguese, Dutch, the Nordic languages, Polish).
SALES_WORDS = frozenset(
    {"sls", "vertrieb", "verkauf", "ventes", "vente", "ventas", "venta", "vendas", "vendite"}
    | {"verkoop", "commercial", "comercial", "commerciale", "salg", "forsaljning", "myynti"}
    | {"sprzedaz"}
)
MARKETING_WORDS = frozenset(
    {"mktg", "mkt", "mkg", "mktng", "mkting", "mrktg", "mercadeo", "mercadotecnia"}
    | {"marknadsforing", "markedsforing", "markedsføring", "markkinointi"}
)
OTHER_WORDS = frozenset(
    {"andere", "sonstige", "sonstiges", "autre", "autres", "otro", "otros", "otra"}
    | {"outro", "outros", "altro", "altri", "overig", "anders"}
)

# Teams, as a sales and marketing leader files them. Sales: whoever sells or books the
# meetings, and the people who run the sales team's tools and numbers.
SALES_TEAMS = _listed(
    """
    sales ops
    sales operations
    inside sales
    field sales
    sdr
    bdr
    sales development
    sales development rep
    sales development representative
    business development rep
    business development representative
    ae
    account executive
    """
)
# Marketing: whoever makes the demand, the message and the campaigns, and runs their tools.
MARKETING_TEAMS = _listed(
    """
    marketing ops
    marketing operations
    mops
    demand gen
    demand generation
    field marketing
    product marketing
    pmm
    """
)
# Other: after the sale, neither side.
OTHER_TEAMS = _listed(
    """
    customer success
    csm
    """
)

# One word (or its letters run together) for a team that is both sides at once.
BOTH_WORDS = frozenset({"revops", "revenue", "revenueoperations", "gtm", "gotomarket", "sm"})


def bare(text: str) -> str:
    """`text` in lower case without accents."""
    folded = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(c for c in folded if not unicodedata.combining(c))


def _words(label: str) -> list[str]:
    return "".join(c if c.isalnum() else " " for c in bare(label)).split()


def _side(word: str) -> str | None:
    if word in ("sales", "sale") or word in SALES_WORDS:
        return "sales"
    if word == "marketing" or word in MARKETING_WORDS:
        return "marketing"
    return None


def team_side(label: str) -> Side | None:
    """The function of a team named by `label` ("Sales Ops", "SDRs", "Demand Gen",
    "Customer Success"), or None when it names none of the teams listed here."""
    words = _words(label)
    if not words:
        return None
    singular = [*words[:-1], words[-1].removesuffix("s")]
    teams_of: tuple[tuple[Side, frozenset[str]], ...] = (
        ("sales", SALES_TEAMS),
        ("marketing", MARKETING_TEAMS),
        ("other", OTHER_TEAMS),
    )
    for side, teams in teams_of:
        if " ".join(words) in teams or " ".join(singular) in teams:
            return side
    return None


def both_sides(label: str) -> bool:
    """Whether a function label names sales and marketing together ("Sales & Marketing",
    "Vertrieb und Marketing", "RevOps", "SDR & Demand Gen"), so that neither can be chosen
    for it."""
    words = _words(label)
    if "".join(words) in BOTH_WORDS:
        return True
    sides = {_side(w) for w in words}
    # Any run of words may name a team ("SDR / Demand Gen").
    for start in range(len(words)):
        for end in range(start + 1, min(start + 4, len(words)) + 1):
            sides.add(team_side(" ".join(words[start:end])))
    return {"sales", "marketing"} <= sides


BOTH_SIDES_REASON = "names both sales and marketing"
_SHOWN = 5  # labels named one by one


def _notes(n: int) -> str:
    return f"{n} note" if n == 1 else f"{n} notes"


def both_sides_said(labels: dict[str, int] | tuple[tuple[str, int], ...]) -> str:
    """What a file's labels naming both sides made of their notes: "“Sales & Marketing”
    names both sales and marketing, so 3 notes are counted as other." ("" for none)."""
    found = list(dict(labels).items())
    if not found:
        return ""
    total = sum(n for _, n in found)
    are = "is" if total == 1 else "are"
    if len(found) == 1:
        label, n = found[0]
        return f"“{label}” {BOTH_SIDES_REASON}, so {_notes(n)} {are} counted as other."
    shown = [f"“{label}” ({_notes(n)})" for label, n in found[:_SHOWN]]
    more = len(found) - len(shown)
    listed = (
        f"{', '.join(shown)} and {more} more"
        if more
        else f"{', '.join(shown[:-1])} and {shown[-1]}"
    )
    return (
        f"{listed} {BOTH_SIDES_REASON.replace('names', 'name')}, so these"
        f" {_notes(total)} {are} counted as other."
    )
