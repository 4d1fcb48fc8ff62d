"""A user's Word template made safe to copy into every document: bounded, no DTDs, no macros, no outside links.

Kept: ordinary hyperlinks to http, https and mailto addresses. Dropped (and the person told): every
other relationship whose target is outside the file (a remote attached template, pictures loaded
from a web or network address, links to network shares, mail-merge sources), macro parts
(vbaProject.bin, vbaData.xml, key bindings, toolbars) with their relationships and content types,
and fields that fetch outside files or start programs (INCLUDEPICTURE, LINK, DDEAUTO…; see
template_fields: they are unlinked, keeping what they last showed).
Left out silently: what describes the template file rather than a document made from it (its
properties: title, author, application, "Template: Normal.dotm", custom ones with document numbers
or sensitivity labels; its thumbnail; custom XML data parts such as python-docx's bibliography;
Word 2010's stylesWithEffects copy of the styles). The document gets fresh ones (docx_package).
Put right: list levels written in the wrong order by LibreOffice (template_repairs).
Refused: a part holding a document type declaration (entities), and a package too big to parse.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from enum import StrEnum
from pathlib import Path

from lxml import etree

from minutes_app.domain.errors import ExportError
from minutes_app.exports.template_fields import unlink_outside_fields
from minutes_app.exports.template_repairs import repair_numbering

MAX_UNPACKED_BYTES = 100 * 1024 * 1024  # pictures and fonts included
MAX_XML_BYTES = 20 * 1024 * 1024  # text and layout; a real letterhead holds well under 1 MB

_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_SAFE_LINK_SCHEMES = ("http://", "https://", "mailto:")
_MACRO_MARKS = ("vbaproject", "vbadata", "keymapcustomizations", "attachedtoolbars")
# Elements that mean nothing without the relationship they name: removed with it.
_NEEDS_TARGET = {f"{{{_W_NS}}}{name}" for name in ("attachedTemplate", "subDoc", "altChunk")}
_MAIL_MERGE_SOURCES = {f"{{{_W_NS}}}{name}" for name in ("dataSource", "headerSource")}
# Relationship types of the parts that belong to the template file, not to a document made from it.
_TEMPLATE_ONLY = (
    "/metadata/core-properties",  # both spellings: LibreOffice writes ".../officedocument/2006/..."
    "/relationships/extended-properties",
    "/relationships/customXml",
    "/relationships/custom-properties",
    "/relationships/metadata/thumbnail",
    "/relationships/stylesWithEffects",
    "/relationships/classificationlabels",
)


class TemplateWarning(StrEnum):
    """Something removed from the template on its way into a document."""

    EXTERNAL_LINKS_REMOVED = "external_links_removed"
    MACROS_REMOVED = "macros_removed"
    FIELDS_REMOVED = "fields_removed"


_WARNING_TEXT = {
    TemplateWarning.EXTERNAL_LINKS_REMOVED: "links to outside files or addresses (a remote template, pictures, network shares)",
    TemplateWarning.MACROS_REMOVED: "macros",
    TemplateWarning.FIELDS_REMOVED: "fields that fetch outside files or start programs (INCLUDEPICTURE, LINK, DDE)",
}


def warning_line(template: str | Path | None, warnings: set[TemplateWarning] | list[TemplateWarning]) -> str:
    """One English line saying what was removed from the template (for the command line)."""
    kinds = [_WARNING_TEXT[w] for w in TemplateWarning if w in warnings]
    removed = " and ".join(kinds) if len(kinds) < 3 else f"{', '.join(kinds[:-1])} and {kinds[-1]}"
    return f"warning: the template {template or ''} carried {removed}; they were left out of the document".replace(
        "  ", " "
    )


def _is_xml(name: str) -> bool:
    return name.endswith((".xml", ".rels", ".vml"))


def _parse(name: str, data: bytes, path: Path) -> etree._Element:
    """The part's XML; ExportError when it declares a DTD or entities, or is not XML."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        tree = etree.parse(io.BytesIO(data), parser)
    except etree.XMLSyntaxError as exc:
        raise ExportError(f"The template {path} is damaged (part {name} is not valid XML)") from exc
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise ExportError(
            f"The template {path} declares XML entities (part {name}); Word does not write these, it cannot be used"
        )
    return tree.getroot()


def _serialize(root: etree._Element) -> bytes:
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return data


def _source_of(rels_name: str) -> str:
    """The part a relationships part belongs to ("" for the package itself)."""
    folder = posixpath.dirname(posixpath.dirname(rels_name))
    base = posixpath.basename(rels_name)[: -len(".rels")]
    return posixpath.join(folder, base) if base else ""


def _resolve(source: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


def _macro_parts(parts: dict[str, bytes], types: etree._Element) -> set[str]:
    """Names of the parts that hold or drive macros."""
    overrides = {
        el.get("PartName", "").lstrip("/"): el.get("ContentType", "").lower()
        for el in types.iter(f"{{{_TYPES_NS}}}Override")
    }
    defaults = {
        el.get("Extension", "").lower(): el.get("ContentType", "").lower()
        for el in types.iter(f"{{{_TYPES_NS}}}Default")
    }
    found = set()
    for name in parts:
        kind = overrides.get(name) or defaults.get(posixpath.splitext(name)[1].lstrip(".").lower(), "")
        if any(mark in kind or posixpath.basename(name).lower().startswith(mark) for mark in _MACRO_MARKS):
            found.add(name)
    return found


def _template_only_parts(trees: dict[str, etree._Element]) -> set[str]:
    """Names of the parts that describe the template itself (see the module's docstring)."""
    found = set()
    for rels_name, rels in trees.items():
        if not rels_name.endswith(".rels"):
            continue
        for rel in rels:
            if rel.get("TargetMode", "") != "External" and rel.get("Type", "").endswith(_TEMPLATE_ONLY):
                found.add(_resolve(_source_of(rels_name), rel.get("Target", "")))
    return found | {name for name in trees if name.lower().startswith(("customxml/", "docmetadata/"))}


def _keeps(
    rel: etree._Element, source: str, dropped_parts: set[str], leftovers: set[str]
) -> tuple[bool, TemplateWarning | None]:
    """Whether a relationship stays, and why the person should hear of it when it goes."""
    kind, target = rel.get("Type", ""), rel.get("Target", "")
    if rel.get("TargetMode", "") != "External" and (
        kind.endswith(_TEMPLATE_ONLY) or _resolve(source, target) in leftovers
    ):
        return False, None
    if rel.get("TargetMode", "") == "External":
        if kind.endswith("/hyperlink") and target.lower().startswith(_SAFE_LINK_SCHEMES):
            return True, None
        return False, TemplateWarning.EXTERNAL_LINKS_REMOVED
    if any(mark in kind.lower() for mark in _MACRO_MARKS) or _resolve(source, target) in dropped_parts:
        return False, TemplateWarning.MACROS_REMOVED
    return True, None


def _forget_ids(root: etree._Element, ids: set[str]) -> None:
    """Remove every reference to the relationships `ids` from a part's XML."""
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        for attribute in [a for a in element.attrib if a.startswith(f"{{{_R_NS}}}") and element.get(a) in ids]:
            del element.attrib[attribute]
            parent = element.getparent()
            if element.tag in _NEEDS_TARGET and parent is not None:
                parent.remove(element)
            elif element.tag in _MAIL_MERGE_SOURCES and parent is not None and parent.getparent() is not None:
                parent.getparent().remove(parent)  # the whole w:mailMerge: it reads an outside file


def clean_package(
    archive: zipfile.ZipFile, path: Path, *, type_swaps: dict[str, str] | None = None
) -> tuple[bytes, set[TemplateWarning]]:
    """The template repackaged without outside links and macros, and what was removed; ExportError when unusable."""
    infos = archive.infolist()
    if sum(info.file_size for info in infos if _is_xml(info.filename)) > MAX_XML_BYTES:
        raise ExportError(
            f"The template {path} holds more than {MAX_XML_BYTES // 2**20} MB of text and layout; "
            "it cannot be used (a letterhead template is far smaller)"
        )
    if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
        raise ExportError(
            f"The template {path} unpacks to more than {MAX_UNPACKED_BYTES // 2**20} MB; it cannot be used"
        )
    parts = {info.filename: archive.read(info) for info in infos}  # each read is bounded by its declared size
    trees = {name: _parse(name, data, path) for name, data in parts.items() if _is_xml(name)}
    types = trees["[Content_Types].xml"]
    warnings: set[TemplateWarning] = set()
    dropped = _macro_parts(parts, types)
    if dropped:
        warnings.add(TemplateWarning.MACROS_REMOVED)
    dropped |= {f"{posixpath.dirname(n)}/_rels/{posixpath.basename(n)}.rels".lstrip("/") for n in set(dropped)}
    leftovers = _template_only_parts(trees)
    leftovers |= {f"{posixpath.dirname(n)}/_rels/{posixpath.basename(n)}.rels".lstrip("/") for n in set(leftovers)}
    dropped |= leftovers  # silently: the person need not hear of them
    changed = {name for name, root in trees.items() if name not in dropped and unlink_outside_fields(root)}
    if changed:
        warnings.add(TemplateWarning.FIELDS_REMOVED)
    changed |= {name for name, root in trees.items() if name.endswith("numbering.xml") and repair_numbering(root)}
    for rels_name in [n for n in trees if n.endswith(".rels") and n not in dropped]:
        source, forgotten = _source_of(rels_name), set()
        for rel in list(trees[rels_name]):
            keep, why = _keeps(rel, source, dropped, leftovers)
            if not keep:
                trees[rels_name].remove(rel)
                forgotten.add(rel.get("Id", ""))
                if why is not None:
                    warnings.add(why)
        if forgotten:
            changed.add(rels_name)
            if source in trees:
                _forget_ids(trees[source], forgotten)
                changed.add(source)
    for element in list(types):
        name = element.get("PartName", "").lstrip("/")
        kind = element.get("ContentType", "")
        if name in dropped or any(mark in kind.lower() for mark in _MACRO_MARKS):
            types.remove(element)
            changed.add("[Content_Types].xml")
        elif type_swaps and kind in type_swaps:
            element.set("ContentType", type_swaps[kind])
            changed.add("[Content_Types].xml")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in infos:
            if info.filename in dropped:
                continue
            data = _serialize(trees[info.filename]) if info.filename in changed else parts[info.filename]
            target.writestr(info, data)
    return out.getvalue(), warnings
