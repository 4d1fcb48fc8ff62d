"""Word fields in a template that reach outside the document (INCLUDEPICTURE, LINK, DDE…), unlinked.

Such a field is replaced by the result Word last displayed for it, as Word's own "unlink field"
(Ctrl+Shift+F9) does: the letterhead looks the same, but nothing is fetched or started when the
document opens or its fields update. Ordinary fields (PAGE, NUMPAGES, DATE…) are kept.
"""

from __future__ import annotations

import re

from lxml import etree

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{_W_NS}}}"
# Fields that read an outside file or address, or start another program, when they update.
# INCLUDE is Word's older name for INCLUDETEXT; DATABASE runs a query on an outside data source;
# RD pulls another file into a table of contents or index.
OUTSIDE_FIELDS = frozenset(
    {"INCLUDEPICTURE", "INCLUDETEXT", "INCLUDE", "LINK", "DDE", "DDEAUTO", "IMPORT", "DATABASE", "RD"}
)
_FIELD_NAME = re.compile(r"[\s\u00a0]*([A-Za-z]*)")
_INSTRUCTION_TAGS = (f"{_W}instrText", f"{_W}delInstrText")


def _reaches_outside(instruction: str) -> bool:
    match = _FIELD_NAME.match(instruction)
    return match is not None and match.group(1).upper() in OUTSIDE_FIELDS


def _remove(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


def _unlink_simple_fields(root: etree._Element) -> bool:
    """Replace each outside w:fldSimple by its displayed result; True when one was found."""
    found = False
    for field in list(root.iter(f"{_W}fldSimple")):
        parent = field.getparent()
        if parent is None or not _reaches_outside(field.get(f"{_W}instr", "")):
            continue
        found = True
        position = parent.index(field)
        for child in [c for c in field if c.tag != f"{_W}fldData"]:
            parent.insert(position, child)
            position += 1
        parent.remove(field)
    return found


class _Field:
    """One complex field being read: its begin mark, own instruction, separator, and instruction items."""

    def __init__(self, begin: etree._Element) -> None:
        self.begin = begin
        self.instruction = ""
        self.name_from_nested_field = False
        self.separate: etree._Element | None = None
        self.items: list[etree._Element] = []  # everything between begin and separate, nested fields included

    def reaches_outside(self) -> bool:
        # A field whose name is itself the result of a nested field cannot be judged: it goes too.
        return self.name_from_nested_field or _reaches_outside(self.instruction)


def _run_items(root: etree._Element) -> list[etree._Element]:
    """The content of every run (text, marks, pictures…), in document order."""
    return [
        el
        for el in root.iter()
        if isinstance(el.tag, str) and el.tag != f"{_W}rPr" and (p := el.getparent()) is not None and p.tag == f"{_W}r"
    ]


def _unlink_complex_fields(root: etree._Element) -> bool:
    """Remove the begin mark, instruction and separator of each outside complex field, keeping its result."""
    doomed: list[etree._Element] = []
    open_fields: list[_Field] = []
    for item in _run_items(root):
        kind = item.get(f"{_W}fldCharType") if item.tag == f"{_W}fldChar" else None
        for field in open_fields:
            if field.separate is None:
                field.items.append(item)
        if kind == "begin":
            if open_fields and open_fields[-1].separate is None and not open_fields[-1].instruction.strip():
                open_fields[-1].name_from_nested_field = True
            open_fields.append(_Field(item))
        elif not open_fields:
            continue
        elif item.tag in _INSTRUCTION_TAGS and open_fields[-1].separate is None:
            open_fields[-1].instruction += item.text or ""
        elif kind == "separate" and open_fields[-1].separate is None:
            open_fields[-1].separate = item
        elif kind == "end":
            field = open_fields.pop()
            if field.reaches_outside():
                doomed += [field.begin, *field.items, *([item] if field.separate is not None else [])]
    for field in open_fields:  # never closed: its instruction still goes
        if field.reaches_outside():
            doomed += [field.begin, *field.items]
    emptied = {id(run): run for item in doomed if (run := item.getparent()) is not None}
    for item in doomed:
        _remove(item)
    for run in emptied.values():
        if all(child.tag == f"{_W}rPr" for child in run):
            _remove(run)
    return bool(doomed)


def unlink_outside_fields(root: etree._Element) -> bool:
    """Unlink every field of a part that reaches outside the document; True when the part changed."""
    simple = _unlink_simple_fields(root)
    complex_ = _unlink_complex_fields(root)
    return simple or complex_
