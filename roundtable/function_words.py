"""The words a roster, a CSV or the command line may use for a person's function.

Besides "sales", "marketing" and "other" (or their first letters), a registration list
says "Mktg", "Vertrieb" or "Ventes"; these are read as the function they clearly name. A
label that names both sides ("Sales & Marketing", "RevOps", "GTM") is none of them: it is
read as other, and `both_sides` lets the caller say why rather than refuse the line.
Words are compared in lower case with accents taken off ("Márketing" is "marketing").
"""

from __future__ import annotations

import unicodedata

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
# One word (or its letters run together) for a team that is both sides at once.
BOTH_WORDS = frozenset({"revops", "revenue", "revenueoperations", "gtm", "gotomarket", "sm"})


def bare(text: str) -> str:
    """`text` in lower case without accents."""
    folded = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(c for c in folded if not unicodedata.combining(c))


def _side(word: str) -> str | None:
    if word in ("sales", "sale") or word in SALES_WORDS:
        return "sales"
    if word == "marketing" or word in MARKETING_WORDS:
        return "marketing"
    return None


def both_sides(label: str) -> bool:
    """Whether a function label names sales and marketing together ("Sales & Marketing",
    "Vertrieb und Marketing", "RevOps"), so that neither can be chosen for it."""
    words = "".join(c if c.isalnum() else " " for c in bare(label)).split()
    if "".join(words) in BOTH_WORDS:
        return True
    return {"sales", "marketing"} <= {_side(w) for w in words}


BOTH_SIDES_REASON = "names both sales and marketing"
