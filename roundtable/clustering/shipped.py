"""Writes both models' vectors of every text the package ships:
`python -m roundtable.clustering.shipped`.

Run it after editing the topic lexicon (`lexicon.toml`) or a shipped template's hints; the
test suite fails while a shipped text has no vector in the file.
"""

from __future__ import annotations

import numpy as np

from . import embed, second
from .concepts import lexicon_phrases
from .hints import hint_texts


def shipped_texts() -> list[str]:
    """The lexicon's phrases and the hint texts of every shipped template, each once."""
    from roundtable.templates import SHIPPED_DIR, load_template

    texts = list(lexicon_phrases()[0])
    for path in sorted(SHIPPED_DIR.glob("*.toml")):
        template = load_template(path)
        for rnd in (*template.rounds, *template.questions):
            for hint in rnd.hints:
                texts += hint_texts(hint)
    return list(dict.fromkeys(texts))


def main() -> None:
    texts = shipped_texts()
    # compute every vector afresh, never from an older file
    embed._shipped = {}
    second._shipped = {}
    vectors = embed.minilm_vectors(texts)
    use = second.use_vectors(texts)  # both models are dependencies: fails loudly if missing
    np.savez_compressed(
        embed.SHIPPED_FILE,
        model=np.array(embed.MODEL_NAME),
        texts=np.array(texts),
        vectors=vectors.astype(np.float16),
        use_model=np.array(second.USE_NAME),
        use_vectors=use.astype(np.float16),
    )
    print(f"wrote {len(texts)} vectors of each model to {embed.SHIPPED_FILE}")


if __name__ == "__main__":
    main()
