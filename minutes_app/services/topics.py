"""The editable list of topics meetings and follow-ups are filed under."""

from __future__ import annotations

from sqlalchemy import func, select

from minutes_app.domain import records as r
from minutes_app.domain.errors import NotFoundError, ValidationError
from minutes_app.services import convert
from minutes_app.services import validation as v
from minutes_app.store import models as m
from minutes_app.store.database import Store


def validate_topic(topic: r.Topic) -> r.Topic:
    """A checked copy of a topic; ValidationError names the bad field."""
    return r.Topic(
        id=v.check_id("id", topic.id),
        name=v.clean_text("name", topic.name, max_length=200, required=True),
        name_az=v.clean_text("name_az", topic.name_az, max_length=200),
        name_ru=v.clean_text("name_ru", topic.name_ru, max_length=200),
        active=bool(topic.active),
    )


class TopicService:
    """List, add, rename and retire topics."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def list_topics(self, *, include_inactive: bool = False) -> list[r.Topic]:
        """Topics in their display order."""
        with self.store.reading() as session:
            stmt = select(m.TopicRow).order_by(m.TopicRow.sort_order, m.TopicRow.name)
            if not include_inactive:
                stmt = stmt.where(m.TopicRow.active.is_(True))
            return [convert.topic(t) for t in session.scalars(stmt)]

    def save(self, topic: r.Topic) -> r.Topic:
        """Add a topic or rename one; names are unique."""
        topic = validate_topic(topic)
        name, name_az, name_ru = topic.name, topic.name_az, topic.name_ru
        with self.store.writing() as session:
            clash = session.scalar(select(m.TopicRow.id).where(func.lower(m.TopicRow.name) == name.lower()))
            if clash is not None and clash != topic.id:
                raise ValidationError("name", f"a topic named {name!r} already exists")
            if topic.id is None:
                last = session.scalar(select(func.max(m.TopicRow.sort_order))) or 0
                row = m.TopicRow(name=name, name_az=name_az, name_ru=name_ru, sort_order=last + 1, active=topic.active)
                session.add(row)
            else:
                found = session.get(m.TopicRow, topic.id)
                if found is None:
                    raise NotFoundError("topic", topic.id)
                row = found
                row.name, row.name_az, row.name_ru, row.active = name, name_az, name_ru, topic.active
            session.flush()
            return convert.topic(row)

    def by_name(self, name: str) -> r.Topic | None:
        """The topic with this name (any language, any case), if any."""
        wanted = name.strip().lower()
        for topic in self.list_topics(include_inactive=True):
            if wanted in (topic.name.lower(), topic.name_az.lower(), topic.name_ru.lower()):
                return topic
        return None
