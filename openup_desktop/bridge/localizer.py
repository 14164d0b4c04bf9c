"""Dates and times in the interface language (Python's strftime speaks only English here)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

# Qt date patterns per language: Spanish puts "de" between day and month.
_DAY = {"en": "dddd d MMMM", "es": "dddd d 'de' MMMM"}
_DAY_YEAR = {"en": "dddd d MMMM yyyy", "es": "dddd d 'de' MMMM 'de' yyyy"}
_SHORT_DAY = {"en": "ddd d MMM", "es": "ddd d MMM"}


class Localizer:
    """Shared by the bridges; the language follows the interface (see i18n.LanguageSwitcher)."""

    def __init__(self, language: str = "en") -> None:
        self.language = language

    @property
    def _locale(self) -> QLocale:
        spanish = self.language == "es"
        return QLocale(QLocale.Language.Spanish if spanish else QLocale.Language.English)

    def _format(self, moment: datetime, patterns: dict[str, str]) -> str:
        local = moment.astimezone()
        qt = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        return self._locale.toString(qt, patterns.get(self.language, patterns["en"]))

    def day(self, moment: datetime) -> str:
        """'Saturday 21 November' / 'sábado 21 de noviembre'."""
        return self._format(moment, _DAY)

    def day_with_year(self, moment: datetime) -> str:
        return self._format(moment, _DAY_YEAR)

    def short_day(self, moment: datetime) -> str:
        return self._format(moment, _SHORT_DAY)

    def number(self, value: int) -> str:
        """'10,000' / '10.000': a limit reads as the couple writes numbers."""
        return self._locale.toString(value)

    def characters_of(self, count: int, limit: int) -> str:
        """'1,234 of 10,000 characters' / '1234 de 10.000 caracteres': how full a field is."""
        return (
            QCoreApplication.translate("VaultScreen", "%1 of %2 characters")
            .replace("%1", self.number(count))
            .replace("%2", self.number(limit))
        )

    def time(self, moment: datetime) -> str:
        local = moment.astimezone()
        return f"{local.hour:02d}:{local.minute:02d}"

    def weekday(self, day: date) -> str:
        return self._locale.toString(QDate(day.year, day.month, day.day), "dddd")
