"""The Word package a document is saved as: a Word 2013+ file with fresh properties and nothing left over.

A template (ours, built from python-docx's default package, or a ministry's) brings settings that
belong to it: compatibility mode 14 (Word opens the file in "[Compatibility Mode]"), its proofing
state, the fixed document id every copy would share, revision ids, a zoom without its required
percentage. Its application properties ("Template: Normal.dotm", "Pages: 1") describe the template,
not the document. These are put right here, just before saving.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

import minutes_app

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
_W15 = "{http://schemas.microsoft.com/office/word/2012/wordml}"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_SL = "{http://schemas.openxmlformats.org/schemaLibrary/2006/main}"
_WORD_URI = "http://schemas.microsoft.com/office/word"
WORD_2013 = "15"

# Settings that describe the template file rather than the new document; Word writes fresh ones.
_LEFTOVERS = (f"{_W}proofState", f"{_W14}docId", f"{_W15}docId", f"{_W}rsids", f"{_W}savePreviewPicture")
# The children of w:settings that the schema puts after w:compat: a new w:compat goes before the first.
_AFTER_COMPAT = (
    *tuple(
        f"{_W}{name}"
        for name in (
            "docVars",
            "rsids",
            "attachedSchema",
            "themeFontLang",
            "clrSchemeMapping",
            "doNotIncludeSubdocsInStats",
            "doNotAutoCompressPictures",
            "forceUpgrade",
            "captions",
            "readModeInkLockDown",
            "smartTagType",
            "shapeDefaults",
            "doNotEmbedSmartTags",
            "decimalSymbol",
            "listSeparator",
        )
    ),
    f"{_M}mathPr",
    f"{_SL}schemaLibrary",
)

_APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>{app}</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged></Properties>"
)


def finish_package(document: DocxDocument) -> None:
    """Make `document` a Word 2013+ package with settings and application properties of its own."""
    modernise_settings(document.settings.element)
    _fresh_app_properties(document)


def modernise_settings(settings: etree._Element) -> None:
    """Compatibility mode 15, a zoom Word accepts, and none of the template's own proofing state or ids."""
    for tag in _LEFTOVERS:
        for element in settings.findall(tag):
            settings.remove(element)
    zoom = settings.find(f"{_W}zoom")
    if zoom is not None and zoom.get(f"{_W}percent") is None:
        zoom.set(f"{_W}percent", "100")  # required by the schema; python-docx's default has only w:val
    compat = settings.find(f"{_W}compat")
    if compat is None:
        compat = etree.SubElement(settings, f"{_W}compat")
        following = next((child for child in settings if child.tag in _AFTER_COMPAT), None)
        if following is not None:
            following.addprevious(compat)
    for setting in compat.findall(f"{_W}compatSetting"):
        if setting.get(f"{_W}name") == "compatibilityMode" and setting.get(f"{_W}uri") == _WORD_URI:
            setting.set(f"{_W}val", WORD_2013)
            return
    etree.SubElement(
        compat,
        f"{_W}compatSetting",
        {f"{_W}name": "compatibilityMode", f"{_W}uri": _WORD_URI, f"{_W}val": WORD_2013},
    )


def app_properties_xml() -> bytes:
    """Application properties naming this program only: no template name, page or word counts."""
    return _APP_XML.replace("{app}", minutes_app.APP_NAME).encode("utf-8")


def _fresh_app_properties(document: DocxDocument) -> None:
    """Replace (or add) docProps/app.xml with our own."""
    package = document.part.package
    for rel in package.rels.values():
        if rel.reltype == RT.EXTENDED_PROPERTIES and not rel.is_external:
            rel.target_part._blob = app_properties_xml()  # a plain Part: its bytes are what is saved
            return
    part = Part(PackURI("/docProps/app.xml"), CT.OFC_EXTENDED_PROPERTIES, app_properties_xml(), package)
    package.relate_to(part, RT.EXTENDED_PROPERTIES)
