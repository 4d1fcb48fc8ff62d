"""Country names for the editor's pickers, in the interface language (ISO codes when unavailable)."""

from __future__ import annotations

from minutes_app.ui.common.formatting import display_language


def country_choices() -> list[tuple[str, str, str]]:
    """Every (code, name, names in the other languages) for a country picker, sorted by name."""
    try:
        from minutes_app.domain.countries import all_countries, country_name
    except ImportError:
        return []
    language = display_language()
    return [
        (
            code,
            name,
            " ".join([code] + [country_name(code, other) for other in ("en", "az", "ru") if other != language]),
        )
        for code, name in all_countries(language)
    ]


def country_label(code: str) -> str:
    """The country's name in the interface language, or the code itself."""
    try:
        from minutes_app.domain.countries import country_name
    except ImportError:
        return code
    return country_name(code, display_language())
