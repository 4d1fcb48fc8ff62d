"""Checks of a .docx/.xlsx as strict as Word and Excel: well-formed parts, relationships, content types, ECMA-376 schemas.

The schemas (tests/data/ooxml/xsd) are the published ECMA-376 transitional schemas. Before validation,
Markup Compatibility is applied as Word applies it: elements and attributes of namespaces a part
declares ignorable (w14, w15...) are dropped and mc:AlternateContent becomes its mc:Fallback.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path

from lxml import etree

XSD = Path(__file__).resolve().parent.parent / "data" / "ooxml" / "xsd"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_SHORT = {
    "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}": "w:",
    "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}": "x:",
}


class Schemas:
    """The schemas a package's parts are validated against, parsed once (a few seconds).

    docProps/core.xml is not validated: its schema imports Dublin Core schemas ECMA-376 does not publish.
    """

    def __init__(self, folder: Path = XSD) -> None:
        self.wml = etree.XMLSchema(etree.parse(str(folder / "wml.xsd")))
        self.sml = etree.XMLSchema(etree.parse(str(folder / "sml.xsd")))
        self.app = etree.XMLSchema(etree.parse(str(folder / "shared-documentPropertiesExtended.xsd")))

    def for_part(self, name: str) -> etree.XMLSchema | None:
        """The schema of the part `name`; None for parts not checked (themes, web settings, pictures)."""
        if (
            name.startswith("word/")
            and name.endswith(".xml")
            and not name.startswith("word/theme")
            and "stylesWithEffects" not in name
            and "webSettings" not in name
        ):
            return self.wml
        if name.startswith("xl/") and name.endswith(".xml") and not name.startswith("xl/theme"):
            return self.sml
        if name == "docProps/app.xml":
            return self.app
        return None


def apply_markup_compatibility(root: etree._Element) -> etree._Element:
    """Drop ignorable-namespace elements and attributes; resolve mc:AlternateContent to its Fallback."""
    ignorable = set()
    for element in root.iter():
        for prefix in (element.get(f"{{{_MC}}}Ignorable") or "").split():
            if element.nsmap.get(prefix):
                ignorable.add(element.nsmap[prefix])
    for choice in list(root.iter(f"{{{_MC}}}AlternateContent")):
        fallback = choice.find(f"{{{_MC}}}Fallback")
        parent = choice.getparent()
        index = parent.index(choice)
        for offset, child in enumerate(list(fallback) if fallback is not None else []):
            parent.insert(index + offset, child)
        parent.remove(choice)
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        if etree.QName(element).namespace in ignorable and element.getparent() is not None:
            element.getparent().remove(element)
            continue
        for attribute in list(element.attrib):
            if etree.QName(attribute).namespace in (_MC, *ignorable):
                del element.attrib[attribute]
    return root


def problems(path: Path | str, schemas: Schemas) -> list[str]:
    """Every problem Word or Excel would find in the package at `path` (empty when it is sound)."""
    found: list[str] = []
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        types = etree.fromstring(archive.read("[Content_Types].xml"))
        defaults = {d.get("Extension").lower() for d in types.iter(f"{_CT}Default")}
        overrides = {o.get("PartName") for o in types.iter(f"{_CT}Override")}
        for name in sorted(names - {"[Content_Types].xml"}):
            if f"/{name}" not in overrides and name.rsplit(".", 1)[-1].lower() not in defaults:
                found.append(f"content type missing for part /{name}")
        found += [f"Override for absent part {part}" for part in overrides if part.lstrip("/") not in names]
        for name in sorted(names):
            if not name.endswith((".xml", ".rels")):
                continue
            try:
                root = etree.fromstring(archive.read(name))
            except etree.XMLSyntaxError as exc:
                found.append(f"not well-formed: {name}: {exc}")
                continue
            if name.endswith(".rels"):
                base = posixpath.dirname(posixpath.dirname(name))
                for rel in root:
                    if rel.get("TargetMode") == "External":
                        continue
                    target = rel.get("Target")
                    resolved = (
                        target.lstrip("/")
                        if target.startswith("/")
                        else posixpath.normpath(posixpath.join(base, target))
                    )
                    if resolved not in names:
                        found.append(f"{name}: {rel.get('Id')} target {target} missing")
                continue
            schema = schemas.for_part(name)
            if schema is None or schema.validate(apply_markup_compatibility(root)):
                continue
            for message in sorted({_short(error.message) for error in schema.error_log}):
                found.append(f"XSD {name}: {message[:400]}")
    return found


def _short(message: str) -> str:
    for long, short in _SHORT.items():
        message = message.replace(long, short)
    return re.sub(r"\s+", " ", message)
