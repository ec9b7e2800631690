"""The words of a job title, for a roster line: a cell after a name holding a title ("CFO",
"Head of Sales", "Vertriebsleiter") is the person's role, and may say their side, where a
company ("Acme", "Lead Forensics") is the company. roster_forms.py and roster_text.py ask
here.
"""

from __future__ import annotations

from functools import lru_cache

from .function_words import bare, named_side, role_side

# The words of a job title, in the languages of the rooms ("CFO", "Head of Sales",
# "Directora de Marketing"), and the ends of one written as one German word
# ("Vertriebsleiter"): a cell holding one is the role, not the company.
# The abbreviations make a title of the words after them ("VP Engineering"), as a link does
# after another title word ("Head of Sales").
_TITLE_ABBREVIATIONS = frozenset(
    {"ceo", "cfo", "coo", "cto", "cio", "cmo", "cro", "cso", "cco", "cpo", "cdo", "chro"}
    | {"ciso", "cxo", "vp", "svp", "evp", "avp"}
)
# The words that start a title whatever follows ("Director Engineering"); no company's name
# starts with them, as one may with "Lead", "Chief" or "Principal".
_TITLE_FIRST = frozenset(
    {"director", "directora", "directeur", "directrice", "direktor", "direktorin", "diretor"}
    | {"diretora", "direttore", "direttrice", "president", "vice", "senior", "sr", "junior"}
    | {"gerente", "jefe", "jefa", "responsable", "responsabile", "leiter"}
    | {"leiterin", "vorstand", "geschaftsfuhrer", "geschaftsfuhrerin"}
)
_TITLE_LINKS = frozenset({"of", "for", "de", "del", "des", "du", "di", "der", "fur"})
_TITLE_WORDS = _TITLE_ABBREVIATIONS | frozenset(
    {"vice", "president", "chief", "head"}
    | {"director", "directora", "directeur", "directrice", "direktor", "direktorin"}
    | {"manager", "managerin", "mgr", "lead", "leader", "officer", "founder", "cofounder"}
    | {"owner", "partner", "principal", "specialist", "analyst", "coordinator", "consultant"}
    | {"associate", "intern", "engineer", "designer", "strategist", "representative", "rep"}
    | {"administrator", "assistant", "advisor", "adviser", "senior", "sr", "junior"}
    | {"gerente", "jefe", "jefa", "responsable", "chef", "diretor", "diretora", "leiter"}
    | {"leiterin", "geschaftsfuhrer", "geschaftsfuhrerin", "vorstand", "coordinador"}
    | {"coordinadora", "responsabile", "direttore", "direttrice", "executive"}
)
_TITLE_ENDS = ("leiter", "leiterin", "manager", "managerin", "direktor", "chef", "chefin")
# The last word of a company's name: "Acme GmbH" is no title, whatever its words.
COMPANY_ENDS = frozenset(
    {"gmbh", "ag", "kg", "se", "inc", "ltd", "llc", "llp", "plc", "corp", "co", "sa", "sl"}
    | {"sas", "sarl", "srl", "spa", "bv", "nv", "ab", "oy", "as", "group", "gruppe"}
)


@lru_cache(maxsize=65536)  # a roster is read again at each key typed in it
def is_job_title(cell: str) -> bool:
    """Whether a cell after a name is a job title ("CFO", "Head of Sales", "Marketing
    Manager", "Vertriebsleiter"), not a company ("Acme", "Lead Partners GmbH")."""
    words = "".join(c if c.isalnum() else " " for c in bare(cell)).split()
    if not words or words[-1] in COMPANY_ENDS:
        return False
    titled = [k for k, w in enumerate(words) if w in _TITLE_WORDS or w.endswith(_TITLE_ENDS)]
    if not titled or titled != [0] or len(words) == 1:
        return bool(titled)
    # A title word first and no other: a title when what follows says of what ("Head of
    # Sales", "Leiter Vertrieb") or it is an abbreviation ("VP Engineering"); a company
    # named so ("Lead Forensics", "Chief Outsiders", "Principal Media") is not.
    after = " ".join(words[1:])
    return (
        words[0] in _TITLE_ABBREVIATIONS | _TITLE_FIRST
        or words[0] not in _TITLE_WORDS  # a title written as one word: "Vertriebsleiter Nord"
        or bare(cell).startswith(f"{words[0]},")  # "Lead, Partnerships"
        or words[1] in _TITLE_LINKS
        or named_side(after) is not None
        or role_side(after) != "other"
    )
