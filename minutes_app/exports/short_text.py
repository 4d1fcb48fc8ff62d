"""A long text cut to its first sentences, for the briefing note's summary of each earlier meeting."""

from __future__ import annotations

import re

# A sentence ends at . ! ? or … followed by a space and a capital letter, a digit, a quote or a bracket.
# Initials ("M. Jabbarov"), titles ("Mr.", "Dr.", "No.") and the year's "г." are not ends: a capital after
# them would cut a name or a date.
_NOT_ENDS = r"(?<![\s.][A-ZА-ЯЁƏÇĞİÖŞÜ]\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bNo\.)(?<!\bMrs\.)(?<!\bг\.)"
_END = re.compile(_NOT_ENDS + r"(?<=[.!?…])\s+(?=[\"«(0-9A-ZА-ЯЁƏÇĞİÖŞÜ])")


def sentences(text: str) -> list[str]:
    """The sentences of `text`, spacing squeezed."""
    squeezed = " ".join(text.split())
    return [part for part in _END.split(squeezed) if part] if squeezed else []


def first_sentences(text: str, *, enough: int = 220, limit: int = 420) -> str:
    """As many whole sentences of `text` as make `enough` characters; a first one longer than `limit` is cut."""
    taken: list[str] = []
    length = 0
    for sentence in sentences(text):
        if taken and length + len(sentence) > limit:
            break
        taken.append(sentence)
        length += len(sentence) + 1
        if length >= enough:
            break
    short = " ".join(taken)
    if len(short) > limit:
        cut = short[:limit].rsplit(" ", 1)[0].rstrip(",;:—– ")
        short = cut + "…"
    return short
