"""A cache of prepared knowledge bases, so that a bot starts fast however large its knowledge base.

Loading means parsing YAML, checking every passage against the source, and analysing every
example phrasing; for the bundled file that is most of a command's start-up time, and for
10,000 intents it is seconds. The result is kept as JSON (data, never code: no pickle) in the
user's cache folder, under the SHA-256 of the knowledge base file and of the code that prepared
it. A hit also needs the source document's bytes to match the ones that were checked, so the
passages are still proven verbatim. Anything missing, stale or unreadable is simply rebuilt.

``CHATBOT_CACHE_DIR`` chooses the folder; ``CHATBOT_NO_CACHE=1`` turns the cache off.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .knowledge import KnowledgeBase, from_data, read_limited, source_path, to_data

CACHE_FORMAT = 1
_PACKAGE = Path(__file__).parent
# What shapes a prepared knowledge base: a change to any of these makes old entries stale.
_INPUTS = (
    "bot.py",
    "cache.py",
    "knowledge.py",
    "loader.py",
    "yamlfile.py",
    "normalise.py",
    "rewrites.py",
    "patterns.py",
    "match.py",
    "forms.py",
    "errors.py",
    "data/english_words.txt",
)


def directory() -> Path | None:
    """The cache folder, or None when caching is off."""
    if os.environ.get("CHATBOT_NO_CACHE"):
        return None
    chosen = os.environ.get("CHATBOT_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "osteonecrosis-faq-chatbot"


@lru_cache(maxsize=1)
def _fingerprint() -> bytes:
    digest = hashlib.sha256(f"format {CACHE_FORMAT}".encode())
    for name in _INPUTS:
        digest.update((_PACKAGE / name).read_bytes())
    return digest.digest()


@dataclass(frozen=True)
class Entry:
    """The cache entry for one knowledge base file, as its bytes are now."""

    kb_path: Path
    file: Path

    def lookup(self) -> tuple[KnowledgeBase, dict[str, Any]] | None:
        """The knowledge base and its prepared analyses, if the entry matches both files."""
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
            source = read_limited(source_path(self.kb_path, data["kb"]["source_file"]))
            if source is None or hashlib.sha256(source).hexdigest() != data["source_sha256"]:
                return None  # the source changed since its passages were checked
            return from_data(data["kb"], str(self.kb_path), source.decode("utf-8")), data["prepared"]
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            return None  # missing, unreadable or of another shape: load afresh

    def store(self, kb: KnowledgeBase, prepared: dict[str, Any]) -> None:
        """Keep a freshly loaded knowledge base (replacing any entry); failing to write only means
        no cache next time."""
        data = {
            "kb": to_data(kb),
            "source_sha256": hashlib.sha256(kb.source_text.encode("utf-8")).hexdigest(),
            "prepared": prepared,
        }
        import tempfile  # here, not at the top: only a first start writes, and it costs 4 ms to import

        written = None
        try:
            self.file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=self.file.parent, delete=False) as out:
                written = out.name
                json.dump(data, out, ensure_ascii=False, separators=(",", ":"))
            os.replace(written, self.file)  # atomic: a reader sees the old entry or the whole new one
        except OSError:
            if written:  # a full disk, say: leave no half-written file behind
                with contextlib.suppress(OSError):
                    os.unlink(written)


def entry(kb_path: Path) -> Entry | None:
    """The cache entry for a knowledge base file, or None when caching is off or it can't be read."""
    folder = directory()
    if folder is None:
        return None
    try:
        content = read_limited(kb_path)
    except (OSError, ValueError):  # unreadable, or a NUL in the name: the loader will say so
        return None
    if content is None:  # too large to be a knowledge base: the loader will say so
        return None
    key = hashlib.sha256(_fingerprint() + content).hexdigest()
    return Entry(kb_path, folder / f"{key[:40]}.json")
