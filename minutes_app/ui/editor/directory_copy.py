"""The editor's copy of the people and organisations directory, searchable by any spelling, and of the roles."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from minutes_app.domain import records as r
from minutes_app.domain.collation import sort_names
from minutes_app.services import Services
from minutes_app.ui.editor import folded_match
from minutes_app.ui.editor.role_list import RoleList

PERSON = "person"
ORGANISATION = "organisation"


@dataclass(slots=True)
class Hit:
    """One search result: a person or an organisation, with the spelling that found it."""

    kind: str  # PERSON or ORGANISATION
    id: int
    name: str
    spelling: str = ""  # the matching spelling when it is not `name`
    detail: str = ""  # position and organisation, or the organisation's kind
    rank: int = 0


@dataclass(slots=True)
class _Indexed:
    names: list[tuple[str, list[str]]]  # each spelling with its terms
    other: list[str] = field(default_factory=list)  # terms of position and organisation


class Directory:
    """People and organisations loaded once per open meeting, refreshed when the editor adds some."""

    def __init__(self, services: Services) -> None:
        self._services = services
        self._people: dict[int, r.Person] = {}
        self._organisations: dict[int, r.Organisation] = {}
        self._index: dict[tuple[str, int], _Indexed] = {}
        self._sorted: dict[str, list[Any]] = {}  # people() and organisations(), sorted once per change
        self._by_spelling: dict[str, r.Organisation] | None = None  # organisation_by_name's map, made when first asked
        self.roles = RoleList(services)
        self.generation = 0  # changes whenever the people or organisations held here change

    def refresh(self) -> None:
        """Reload everything from the store (kept as it is when the store's directory has not changed)."""
        self.roles.refresh()
        organisations = self._services.directory.organisations()
        people = self._services.directory.people()
        # The service hands out the same sorted records until its directory changes: then nothing here is stale.
        if _same(organisations, self._sorted.get(ORGANISATION)) and _same(people, self._sorted.get(PERSON)):
            return
        self._organisations = {o.id: o for o in organisations if o.id is not None}
        self._people = {p.id: p for p in people if p.id is not None}
        self._index = {}
        # Already in the order people() and organisations() give (sort_names, stable, by name).
        self._sorted = {ORGANISATION: organisations, PERSON: people}
        self._by_spelling = None
        self.generation += 1

    def people(self) -> list[r.Person]:
        """Every person, by name in Azerbaijani alphabetical order."""
        if PERSON not in self._sorted:  # the collation key is slow: sorted once, not at every look-up
            self._sorted[PERSON] = sort_names(list(self._people.values()), lambda p: p.name)
        return list(self._sorted[PERSON])

    def organisations(self) -> list[r.Organisation]:
        """Every organisation, by name in Azerbaijani alphabetical order."""
        if ORGANISATION not in self._sorted:
            self._sorted[ORGANISATION] = sort_names(list(self._organisations.values()), lambda o: o.name)
        return list(self._sorted[ORGANISATION])

    def person(self, person_id: int | None) -> r.Person | None:
        """The person with this id, if known."""
        return self._people.get(person_id) if person_id is not None else None

    def organisation(self, organisation_id: int | None) -> r.Organisation | None:
        """The organisation with this id, if known."""
        return self._organisations.get(organisation_id) if organisation_id is not None else None

    def remember_person(self, person: r.Person) -> None:
        """Add or replace one person (just saved by the editor)."""
        if person.id is not None:
            self._people[person.id] = person
            self._index.pop((PERSON, person.id), None)
            self._sorted.pop(PERSON, None)
            self.generation += 1

    def remember_organisation(self, organisation: r.Organisation) -> None:
        """Add or replace one organisation (just saved by the editor)."""
        if organisation.id is not None:
            self._organisations[organisation.id] = organisation
            self._index.pop((ORGANISATION, organisation.id), None)
            self._sorted.pop(ORGANISATION, None)
            self._by_spelling = None
            self.generation += 1
            for person in self._people.values():
                if person.organisation_id == organisation.id:
                    self._index.pop((PERSON, person.id or 0), None)

    def organisation_by_name(self, name: str) -> r.Organisation | None:
        """The organisation with any spelling equal to `name` (ignoring case); the first in organisations()'s
        order when several have it."""
        wanted = name.strip().casefold()
        if not wanted:
            return None
        if self._by_spelling is None:  # every form the editor reads asks this: one map per change, not a walk per call
            self._by_spelling = {}
            for organisation in self.organisations():
                for spelling in (organisation.name, organisation.name_en, organisation.name_az, organisation.name_ru):
                    if spelling:
                        self._by_spelling.setdefault(spelling.casefold(), organisation)
        return self._by_spelling.get(wanted)

    def search(self, text: str, *, people: bool = True, organisations: bool = True, limit: int = 30) -> list[Hit]:
        """People and organisations `text` finds: by any spelling of a name, or by organisation."""
        query = folded_match.query_of(text)
        if not query:
            return []
        hits: list[Hit] = []
        if people:
            for person in self._people.values():
                hit = self._match_person(query, person)
                if hit:
                    hits.append(hit)
        if organisations:
            for organisation in self._organisations.values():
                hit = self._match_organisation(query, organisation)
                if hit:
                    hits.append(hit)
        hits.sort(key=lambda h: (h.rank, h.name.casefold()))
        return hits[:limit]

    def _match_person(self, query: list[str], person: r.Person) -> Hit | None:
        assert person.id is not None
        indexed = self._index.get((PERSON, person.id))
        if indexed is None:
            organisation = self.organisation(person.organisation_id)
            org_names = _spellings(organisation) if organisation else [person.organisation_name]
            indexed = _Indexed(
                names=[(s, folded_match.index_of(s)) for s in person.spellings()],
                other=folded_match.index_of(" ".join([person.position, *org_names])),
            )
            self._index[(PERSON, person.id)] = indexed
        detail = ", ".join(x for x in (person.position, self._organisation_name(person)) if x)
        if any(folded_match.found(query, terms) for _, terms in indexed.names):
            return Hit(
                PERSON, person.id, person.name, _typed_spelling(query, person.name, person.spellings()), detail, rank=0
            )
        if folded_match.found(query, [t for _, terms in indexed.names for t in terms] + indexed.other):
            return Hit(PERSON, person.id, person.name, "", detail, rank=1)
        return None

    def _match_organisation(self, query: list[str], organisation: r.Organisation) -> Hit | None:
        assert organisation.id is not None
        indexed = self._index.get((ORGANISATION, organisation.id))
        if indexed is None:
            indexed = _Indexed(names=[(s, folded_match.index_of(s)) for s in _spellings(organisation)])
            self._index[(ORGANISATION, organisation.id)] = indexed
        if any(folded_match.found(query, terms) for _, terms in indexed.names):
            shown = _typed_spelling(query, organisation.name, _spellings(organisation))
            return Hit(ORGANISATION, organisation.id, organisation.name, shown, rank=2)
        return None

    def _organisation_name(self, person: r.Person) -> str:
        organisation = self.organisation(person.organisation_id)
        return organisation.name if organisation else person.organisation_name


def _same(records: list[Any], held: list[Any] | None) -> bool:
    """True when `records` are the very records held: the service's cached ones, unchanged.

    The service builds every record afresh when its directory changed, so one record in common means
    all are (the ends are compared, not 15,000 records at each opening)."""
    if held is None or len(records) != len(held):
        return False
    return not records or (records[0] is held[0] and records[-1] is held[-1])


def _typed_spelling(query: list[str], name: str, spellings: list[str]) -> str:
    """The spelling the user is typing, letter for letter, when it is not `name` ("" otherwise)."""
    if folded_match.found(query, folded_match.query_of(name)):
        return ""
    return next((s for s in spellings if folded_match.found(query, folded_match.query_of(s))), "")


def _spellings(organisation: r.Organisation) -> list[str]:
    seen: list[str] = []
    for s in (organisation.name, organisation.name_en, organisation.name_az, organisation.name_ru):
        if s and s not in seen:
            seen.append(s)
    return seen
