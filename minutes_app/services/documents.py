"""Documents from the store: gathers the records and settings each export needs, then writes it."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from typing import TYPE_CHECKING
from pathlib import Path

from minutes_app.domain.errors import ValidationError
from minutes_app.domain.filters import FollowUpFilter
from minutes_app.domain.multilingual import Untranslated, untranslated
from minutes_app.domain.vocab import CLOSED_STATUSES, Language
from minutes_app.services import Services
from minutes_app.services.document_texts import localised_rows, with_owner_spellings

if TYPE_CHECKING:
    from minutes_app.exports.template_package import TemplateWarning

Progress = Callable[[int, int], bool]


class DocumentService:
    """Minutes, status reports, briefing notes, calendars and spreadsheets."""

    def __init__(self, services: Services) -> None:
        self.services = services

    def _language(self, lang: str | None) -> str:
        chosen = lang or self.services.settings.get().minutes_language
        if chosen not in {lang.value for lang in Language}:
            raise ValidationError("--lang", f"{chosen!r} is not one of: en, az, ru")
        return chosen

    def _template(self, template: str | os.PathLike[str] | None) -> str | None:
        if template:
            return str(template)
        return self.services.settings.get().minutes_template or None

    def untranslated_fields(self, meeting_id: int, lang: str) -> list[Untranslated]:
        """The texts of a meeting that have no translation into `lang`, in document order."""
        return untranslated(self.services.meetings.get(meeting_id), self._language(lang))

    def minutes(
        self, meeting_id: int, path: str | os.PathLike[str], *, lang: str | None = None, template: str | os.PathLike[str] | None = None,
        template_warnings: set[TemplateWarning] | None = None, allow_untranslated: bool = True,
    ) -> Path:
        """The Word minutes of one meeting; what was left out of the template is added to `template_warnings`.

        With `allow_untranslated` False, UntranslatedError (nothing written) when a text lacks its translation;
        otherwise such texts are printed in the original language, tagged with it.
        """
        from minutes_app.exports.minutes_docx import write_minutes
        from minutes_app.exports.untranslated import refuse_untranslated

        settings = self.services.settings.get()
        meeting = with_owner_spellings(self.services, self.services.meetings.get(meeting_id))
        chosen = self._language(lang or meeting.language)
        if not allow_untranslated:
            refuse_untranslated(meeting, [chosen])
        return write_minutes(
            meeting, path, lang=chosen, template=self._template(template),
            prepared_by=meeting.prepared_by or settings.officer_name,
            prepared_by_position=settings.officer_position if not meeting.prepared_by or meeting.prepared_by == settings.officer_name else "",
            author=settings.officer_name, template_warnings=template_warnings,
        )

    def agreed_minutes(
        self, meeting_id: int, path: str | os.PathLike[str], *, lang: str | None, second_lang: str,
        layout: str = "columns",
        template: str | os.PathLike[str] | None = None, template_warnings: set[TemplateWarning] | None = None,
        allow_untranslated: bool = True,
    ) -> Path:
        """The bilingual agreed minutes of one meeting (`lang` left or first, `second_lang` right or second).

        With `allow_untranslated` False, UntranslatedError (nothing written) when a text lacks a translation
        into either language.
        """
        from minutes_app.exports.agreed_minutes_docx import LAYOUTS, write_agreed_minutes
        from minutes_app.exports.untranslated import refuse_untranslated

        meeting = with_owner_spellings(self.services, self.services.meetings.get(meeting_id))
        first, second = self._language(lang or meeting.language), self._language(second_lang)
        if first == second:
            raise ValidationError(
                "--second-lang", f"the agreed minutes need two different languages, not {first} twice"
            )
        if layout not in LAYOUTS:
            raise ValidationError("--layout", f"{layout!r} is not one of: {', '.join(LAYOUTS)}")
        if not allow_untranslated:
            refuse_untranslated(meeting, [first, second])
        return write_agreed_minutes(
            meeting, path, first=first, second=second, layout=layout, template=self._template(template),
            template_warnings=template_warnings, author=self.services.settings.get().officer_name,
        )

    def status_report(
        self, flt: FollowUpFilter, path: str | os.PathLike[str], *, lang: str | None = None, group_by: str = "topic",
        today: dt.date | None = None, period_start: dt.date | None = None, template: str | os.PathLike[str] | None = None,
        filter_description: str = "", progress: Progress | None = None, template_warnings: set[TemplateWarning] | None = None,
    ) -> Path:
        """The follow-ups the filter selects as a Word status report."""
        from minutes_app.exports.report_docx import write_status_report

        if group_by not in ("topic", "department"):
            raise ValidationError("--group-by", f"{group_by!r} is not one of: topic, department")
        today = today or dt.date.today()
        rows = localised_rows(self.services, self.services.follow_ups.list_follow_ups(flt, today=today))
        return write_status_report(
            rows, path, lang=self._language(lang), group_by=group_by, today=today, period_start=period_start,
            template=self._template(template), author=self.services.settings.get().officer_name,
            filter_description=filter_description, progress=progress, template_warnings=template_warnings,
        )

    def briefing(
        self, country: str, path: str | os.PathLike[str], *, lang: str | None = None, today: dt.date | None = None,
        template: str | os.PathLike[str] | None = None, template_warnings: set[TemplateWarning] | None = None,
    ) -> Path:
        """A briefing note before meeting a counterpart country again."""
        from minutes_app.domain.countries import is_country_code
        from minutes_app.exports.briefing_docx import BriefingData, write_briefing

        code = country.strip().upper()
        if not is_country_code(code):
            raise ValidationError("COUNTRY", f"{country!r} is not an ISO 3166 country code")
        today = today or dt.date.today()
        meetings = [self.services.meetings.get(s.id) for s in self.services.meetings.list_meetings(country=code)]
        rows = [r for r in self.services.follow_ups.list_follow_ups(FollowUpFilter(country=code), today=today) if r.status not in CLOSED_STATUSES]
        rows = localised_rows(self.services, rows)
        data = BriefingData(counterpart="", country=code, meetings=meetings, open_follow_ups=rows)
        return write_briefing(data, path, lang=self._language(lang), today=today, template=self._template(template), author=self.services.settings.get().officer_name, template_warnings=template_warnings)

    def calendar(self, path: str | os.PathLike[str], *, lang: str | None = None, flt: FollowUpFilter | None = None) -> Path:
        """Meetings and open follow-up deadlines as an .ics calendar."""
        from minutes_app.exports.calendar_ics import write_ics

        rows = [r for r in self.services.follow_ups.list_follow_ups(flt or FollowUpFilter(), with_last_note=False) if r.status not in CLOSED_STATUSES]
        rows = localised_rows(self.services, rows)
        return write_ics(self.services.meetings.list_meetings(), rows, path, lang=self._language(lang))

    def spreadsheet(self, flt: FollowUpFilter, path: str | os.PathLike[str], *, kind: str, lang: str | None = None) -> Path:
        """The tracker's rows as .csv or .xlsx."""
        from minutes_app.exports.tables import write_csv, write_xlsx

        rows = localised_rows(self.services, self.services.follow_ups.list_follow_ups(flt))
        writer = {"csv": write_csv, "xlsx": write_xlsx}[kind]
        return writer(rows, path, lang=self._language(lang))
