"""Working days and standstill periods: weekends and bank holidays (forms/calendars/*.toml).

Pure functions over dates. The Procurement Act 2023 counts its standstill in working days
("eight working days beginning with the day" the contract award notice is published); the Public
Contracts Regulations 2015 count ten calendar days from the day after the notices are sent, moved
on to the next working day when the last one is not. The rule of each regime is data
(forms/regimes/*.toml, [standstill]), read by `desktop.catalogue.regimes`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from desktop.core.sourced import read_sources
from desktop.datafiles import forms_folder
from desktop.declarative import (
    NUMBER,
    TEXT,
    DefinitionError,
    Key,
    TomlReader,
    in_language,
    read_toml,
    with_welsh,
)
from desktop.i18n import language

SATURDAY = 5


class CalendarError(DefinitionError):
    """A bank holiday file is broken: file, line and reason."""


class OutsideCalendar(ValueError):
    """A date falls in a year the bank holiday file does not cover: the count would be a guess."""


@dataclass(frozen=True, slots=True)
class HolidayCalendar:
    code: str
    name: str
    first_year: int
    last_year: int
    days: dict[date, str]  # the bank holiday's name by its (observed) date
    source_url: str = ""
    certainty: str = "confirmed"

    def covers(self, day: date) -> bool:
        return self.first_year <= day.year <= self.last_year


FILE_KEYS = {"code": TEXT, "name": TEXT, "first_year": NUMBER, "last_year": NUMBER,
             "source": TEXT, "certainty": TEXT, "sources": Key(list, item=dict),
             "days": Key(list, item=dict)}
DAY_KEYS = with_welsh({"date": Key(object), "name": TEXT}, "name")


def load_calendar(path: Path) -> HolidayCalendar:
    _, text, data = read_toml(path, CalendarError)
    reader = TomlReader(path, text, CalendarError)
    head = reader.entry("", None, data, FILE_KEYS, label="file")
    sources = read_sources(reader, head["sources"])
    if head["source"] not in sources:
        raise CalendarError(path, "source", f'"{head["source"]}" is not one of the [[sources]]')
    days: dict[date, str] = {}
    for index, raw in enumerate(head["days"]):
        entry = in_language(reader.entry("days", index, raw, DAY_KEYS), language(), "name")
        day = entry["date"]
        if not isinstance(day, date) or not head["first_year"] <= day.year <= head["last_year"]:
            raise reader.fail("days", index, "date", "should be a date such as 2027-03-29 "
                              "inside first_year and last_year")
        if day in days:
            raise reader.fail("days", index, "date", "this date is listed twice")
        days[day] = entry["name"]
    return HolidayCalendar(head["code"], head["name"], head["first_year"], head["last_year"],
                           days, sources[head["source"]]["url"], head["certainty"])


@cache
def _shipped(code: str, speaking: str) -> HolidayCalendar:
    for path in sorted((forms_folder() / "calendars").glob("*.toml")):
        calendar = load_calendar(path)
        if calendar.code == code:
            return calendar
    raise CalendarError(forms_folder() / "calendars", "", f'no calendar has the code "{code}"')


def shipped_calendar(code: str) -> HolidayCalendar:
    """A bank holiday calendar shipped with the app, e.g. "england-and-wales"."""
    return _shipped(code, language())


def is_working_day(day: date, calendars: Iterable[HolidayCalendar]) -> bool:
    """Not a Saturday or Sunday, and a bank holiday in none of `calendars`.

    OutsideCalendar when a calendar does not cover the year: better to say so than to guess."""
    if day.weekday() >= SATURDAY:
        return False
    for calendar in calendars:
        if not calendar.covers(day):
            raise OutsideCalendar(day)
        if day in calendar.days:
            return False
    return True


def last_of_working_days(first: date, count: int,
                         calendars: tuple[HolidayCalendar, ...]) -> date:
    """The last of `count` working days counted from `first` (which counts if it is one)."""
    if count < 1:
        raise ValueError("count working days from 1")
    day, seen = first, 0
    while True:
        if is_working_day(day, calendars):
            seen += 1
            if seen == count:
                return day
        day += timedelta(days=1)


def next_working_day_from(day: date, calendars: tuple[HolidayCalendar, ...]) -> date:
    """`day` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day, calendars):
        day += timedelta(days=1)
    return day


@dataclass(frozen=True, slots=True)
class StandstillRule:
    """How a regime counts its standstill (forms/regimes/<regime>.toml, [standstill])."""

    from_milestone: str  # the milestone it counts from: "award" or "award-notice"
    count: str  # "working-days" or "calendar-days"
    days: int
    same_day: bool  # the day of the notice counts as the first day
    extend_to_working_day: bool  # a period ending on a day that is not a working day runs on
    calendars: tuple[str, ...]

    def last_day(self, notice: date) -> date:
        """The last day of the standstill (the contract can be entered into the day after)."""
        calendars = tuple(shipped_calendar(code) for code in self.calendars)
        first = notice if self.same_day else notice + timedelta(days=1)
        if self.count == "working-days":
            return last_of_working_days(first, self.days, calendars)
        last = first + timedelta(days=self.days - 1)
        return next_working_day_from(last, calendars) if self.extend_to_working_day else last
