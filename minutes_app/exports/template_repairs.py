"""Slips of other word processors in a template's XML, put right so Word (which checks the schema) accepts it.

LibreOffice writes a list level's paragraph style (w:pStyle) before its number format (w:numFmt);
the schema wants them the other way round, and every heading-numbered LibreOffice template has such levels.
"""

from __future__ import annotations

from lxml import etree

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# The children of a list level (w:lvl), in the schema's order.
_LEVEL_ORDER = {
    f"{_W}{name}": index
    for index, name in enumerate(
        (
            "start",
            "numFmt",
            "lvlRestart",
            "pStyle",
            "isLgl",
            "suff",
            "lvlText",
            "lvlPicBulletId",
            "legacy",
            "lvlJc",
            "pPr",
            "rPr",
        )
    )
}


def repair_numbering(root: etree._Element) -> bool:
    """Put the children of every list level in the schema's order; True when one moved."""
    moved = False
    for level in root.iter(f"{_W}lvl"):
        children = list(level)
        # Anything unknown (an extension) keeps its place after the known ones: a stable sort.
        ordered = sorted(children, key=lambda child: _LEVEL_ORDER.get(child.tag, len(_LEVEL_ORDER)))
        if ordered != children:
            for child in ordered:
                level.append(child)  # appending an existing child moves it
            moved = True
    return moved
