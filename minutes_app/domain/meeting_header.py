"""The meeting's own fields (its header), named once for the editor, the save and the audit trail."""

from __future__ import annotations

# The header's fields in the order the editor's header form shows them: the undo history names the
# first one an edit changed, the audit trail lists a save's changes in this order.
HEADER_FIELDS: tuple[str, ...] = (
    "title",
    "kind",
    "status",
    "date",
    "start_time",
    "end_time",
    "venue",
    "host_organisation_id",
    "countries",
    "reference_number",
    "confidentiality",
    "department",
    "language",
    "topic_ids",
    "summary",
    "prepared_by",
    "approved_by",
    "signatory_host",
    "signatory_guest",
    "translations",  # the translation editors beside title, venue, summary, prepared and approved by
)
# Kept in rows of their own (countries, topics) or compared by their own rules (a host by name, each translation).
_NOT_PLAIN = ("host_organisation_id", "countries", "topic_ids", "translations")
# The header's fields held as a plain value each, compared and written as such.
PLAIN_HEADER_FIELDS: tuple[str, ...] = tuple(name for name in HEADER_FIELDS if name not in _NOT_PLAIN)
# The header's fields that are columns of the meeting's row (countries and topics are rows of their own).
ROW_HEADER_FIELDS: tuple[str, ...] = tuple(name for name in HEADER_FIELDS if name not in ("countries", "topic_ids"))
