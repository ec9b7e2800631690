"""The words a roster, a CSV or the command line may use for a person's function.

Besides "sales", "marketing" and "other" (or their first letters), a registration list
says "Mktg", "Vertrieb" or "Ventes", or names the team ("SDR", "Demand Gen", "Customer
Success"); these are read as the function they name. A label that names both sides
("Sales & Marketing", "RevOps", "GTM") is none of them: it is read as other, and
`both_sides` lets the caller say why rather than refuse the line. Words are compared in
lower case with accents and punctuation taken off ("Márketing" is "marketing", "Sales-Ops"
is "sales ops"), and a team named in the plural ("SDRs", "AEs") is the same team.

Only whole labels are read: a note's line keeps its s:/m:/o: prefixes and nothing else.
An action item's owner typed as text ("Ana from RevOps", "Brand team") is read here too
(`owner_side`), with the same words, so it cannot read a label otherwise than the roster.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Literal

from .word_lists import listed

# A function as roundtable.model names it (that module reads this one), and an action
# owner's, which may be both sides at once.
Side = Literal["sales", "marketing", "other"]
OwnerSide = Literal["sales", "marketing", "other", "joint"]


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

# Words that, in an action's owner typed as text, point to a side though no function cell
# takes them (a job title, a team's work, the whole group): a roster line refuses them.
OWNER_HINTS: dict[str, OwnerSide] = {
    "cro": "sales",
    **dict.fromkeys(("cmo", "demand", "brand", "events", "content"), "marketing"),
    **dict.fromkeys(("both", "everyone", "all", "joint", "together"), "joint"),
}


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


# The start screen reads the whole roster at each key typed in its box: a label read once is
# remembered (these read text only), so a long list does not make typing lag.
@lru_cache(maxsize=65536)
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


@lru_cache(maxsize=65536)
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


# A word for a group after a function's name: "Sales Team", "Marketing Department".
_GROUP_WORDS = frozenset(
    {"team", "teams", "department", "dept", "dpt", "division", "abteilung", "bereich"}
    | {"equipe", "equipo", "departamento", "service"}
)


@lru_cache(maxsize=65536)
def named_side(label: str) -> Side | None:
    """The function a whole label names, as a roster's function cell reads it after the
    letters and beginnings of the three names (`roundtable.model.parse_function`): a name
    ("Sales"), a word of the lists ("Mktg", "Vertrieb"), a team ("SDRs"), any of them with
    a word for a group after it ("Sales Team", "Marketing Dept."), or other for a label
    naming both sides ("RevOps"); None for anything else."""
    parts = _words(label)
    if len(parts) > 1 and parts[-1] in _GROUP_WORDS:
        return named_side(" ".join(parts[:-1]))  # "Sales Team", "Marketing Dept."
    plain = bare(label)
    lists: tuple[tuple[Side, frozenset[str]], ...] = (
        ("sales", SALES_WORDS),
        ("marketing", MARKETING_WORDS),
        ("other", OTHER_WORDS),
    )
    for side, words in lists:
        if plain == side or plain in words:
            return side
    team = team_side(label)
    if team is not None:
        return team
    return "other" if both_sides(label) else None


@lru_cache(maxsize=65536)
def owner_side(owner: str) -> OwnerSide:
    """The function an action owner typed as text stands for: a label the roster reads is
    read as it is there, a label naming both sides being joint ("RevOps"); otherwise the
    labels found among its words ("Ana from Sales Ops" sales, "Lena (Mktg)" marketing, "Sales
    and marketing" joint) and the owner's hints ("Brand team", "Everyone"); anyone else
    ("Marta from Legal", "Mark") is other. A name is never read as the start of a function
    ("Sal", "Mark"), as a function cell's "sal" or "mark" is."""
    whole = named_side(owner)
    if whole is not None:
        return "joint" if both_sides(owner) else whole
    words = _words(owner)
    found: set[OwnerSide] = {OWNER_HINTS[w] for w in words if w in OWNER_HINTS}
    for start in range(len(words)):
        for end in range(start + 1, min(start + 4, len(words)) + 1):
            run = words[start:end]
            side = named_side(" ".join(run)) if min(map(len, run)) > 1 else None
            if side is not None:
                found.add("joint" if both_sides(" ".join(run)) else side)
    if "joint" in found or {"sales", "marketing"} <= found:
        return "joint"
    return "sales" if "sales" in found else "marketing" if "marketing" in found else "other"


# The first half of a German title written as one word ("Vertriebsleiter", "Marketingchefin").
_COMPOUND_SIDES: tuple[tuple[str, Side], ...] = (
    ("vertrieb", "sales"),
    ("verkauf", "sales"),
    ("marketing", "marketing"),
)


def role_side(title: str) -> Side:
    """The side a job title says ("Head of Sales", "Marketing Manager", "CMO",
    "Vertriebsleiter"), read as an action's owner is (`owner_side`); other when it says
    neither ("CFO") or both ("VP Sales & Marketing")."""
    side = owner_side(title)
    if side in ("sales", "marketing"):
        return side
    if side == "other":
        for word in _words(title):
            for start, named in _COMPOUND_SIDES:
                if word.startswith(start) and len(word) > len(start) + 2:
                    return named
    return "other"


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
    named = listed([f"“{label}” ({_notes(n)})" for label, n in found], _SHOWN)
    return (
        f"{named} {BOTH_SIDES_REASON.replace('names', 'name')}, so these"
        f" {_notes(total)} {are} counted as other."
    )
