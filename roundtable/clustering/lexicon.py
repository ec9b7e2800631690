"""What sales and marketing people talk about: a small lexicon of the field's recurring topics.

Real roundtable notes say the same thing in words that share nothing ("different floors" and
"us versus them" are both about culture), and the words they do share (sales, marketing,
leads, team) are in every theme. Sentence vectors alone group such notes barely better than
chance. This lexicon is the engine's domain knowledge, independent of any question or template:
each topic has a name and a few short ways people put it, including the field's abbreviations.
A note that clearly talks about a topic leans towards other notes on the same topic; it is a
pull, not a rule, so notes on topics the lexicon does not know are grouped by their own words
and meaning as before, and texts from other fields are left alone.

The topics themselves are data, in `lexicon.toml` beside this file.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

LEXICON_FILE = Path(__file__).with_name("lexicon.toml")


@dataclass(frozen=True)
class Topic:
    """One recurring topic.

    Attributes:
        name: what the topic is, in a few words.
        words: single words that on their own say the note is about this topic (matched
            after the engine's light stemming, so "commission" also finds "commissions").
        phrases: typical ways people put it, compared by meaning as well as by words.
    """

    name: str
    words: tuple[str, ...]
    phrases: tuple[str, ...]


def load_topics(path: Path = LEXICON_FILE) -> tuple[Topic, ...]:
    """Read the lexicon file (shipped with the package; a broken one is a packaging bug)."""
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    return tuple(
        Topic(str(t["name"]), tuple(str(t["words"]).split()), tuple(map(str, t["phrases"])))
        for t in data["topics"]
    )


TOPICS: tuple[Topic, ...] = load_topics()
