"""Working days and the standstill, PCR 2015 and the Procurement Act 2023 side by side, across
Christmas, Easter and the substitute bank holidays (forms/calendars, forms/regimes)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.core.opportunities import MilestoneInfo, uk_time
from desktop.core.timetables import ACT_2023, PCR_2015, regime, with_standstill
from desktop.core.working_days import (
    OutsideCalendar,
    is_working_day,
    last_of_working_days,
    shipped_calendar,
)

ENGLAND_AND_WALES = shipped_calendar("england-and-wales")


def easter_sunday(year: int) -> date:
    """The Gregorian computus (Meeus/Jones/Butcher), worked out apart from the data file."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    lx = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * lx) // 451
    month, day = divmod(h + lx - 7 * m + 114, 31)
    return date(year, month, day + 1)


def monday_on_or_after(day: date) -> date:
    return day + timedelta(days=(7 - day.weekday()) % 7)


def last_monday(year: int, month: int) -> date:
    day = date(year, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=day.weekday())


def rule_dates(year: int) -> set[date]:
    """England and Wales bank holidays by the rules (Banking and Financial Dealings Act 1971,
    Schedule 1, the royal proclamations for New Year, Christmas and the early May holiday) with
    their substitute days."""
    easter = easter_sunday(year)
    days = {easter - timedelta(days=2), easter + timedelta(days=1),
            monday_on_or_after(date(year, 5, 1)), last_monday(year, 5), last_monday(year, 8),
            monday_on_or_after(date(year, 1, 1)) if date(year, 1, 1).weekday() >= 5
            else date(year, 1, 1)}
    christmas, boxing = date(year, 12, 25), date(year, 12, 26)
    if christmas.weekday() < 5:
        days.add(christmas)
        days.add(boxing if boxing.weekday() < 5 else boxing + timedelta(days=2))
    else:  # Saturday or Sunday: both move to the Monday and Tuesday after
        days.add(monday_on_or_after(christmas))
        days.add(monday_on_or_after(christmas) + timedelta(days=1))
    return days


@pytest.mark.parametrize("year", range(2025, 2029))
def test_the_bank_holiday_file_matches_the_rules(year: int) -> None:
    listed = {day for day in ENGLAND_AND_WALES.days if day.year == year}
    assert listed == rule_dates(year)


def test_the_calendar_says_where_it_comes_from() -> None:
    assert ENGLAND_AND_WALES.source_url == "https://www.gov.uk/bank-holidays"
    assert (ENGLAND_AND_WALES.first_year, ENGLAND_AND_WALES.last_year) == (2025, 2028)


def test_weekends_and_bank_holidays_are_not_working_days() -> None:
    calendars = (ENGLAND_AND_WALES,)
    assert is_working_day(date(2026, 12, 24), calendars)  # Christmas Eve: a Thursday
    assert not is_working_day(date(2026, 12, 25), calendars)
    assert not is_working_day(date(2026, 12, 26), calendars)  # Saturday
    assert not is_working_day(date(2026, 12, 28), calendars)  # Boxing Day's substitute
    assert not is_working_day(date(2027, 3, 29), calendars)  # Easter Monday
    with pytest.raises(OutsideCalendar):
        is_working_day(date(2031, 6, 2), calendars)


def test_eight_working_days_count_the_notice_day_itself() -> None:
    assert last_of_working_days(date(2027, 6, 7), 8, (ENGLAND_AND_WALES,)) == date(2027, 6, 16)


@pytest.mark.parametrize(("notice", "act_ends", "pcr_ends"), [
    # An ordinary June week: 8 working days (Mon 7 to Wed 16) against 10 calendar days.
    (date(2027, 6, 7), date(2027, 6, 16), date(2027, 6, 17)),
    # Across Christmas 2026: 25 Dec and the 28th (Boxing Day's substitute) are skipped by the
    # Act; PCR's tenth day (Fri 25th) is a holiday, so it runs to Tuesday 29th.
    (date(2026, 12, 15), date(2026, 12, 24), date(2026, 12, 29)),
    (date(2026, 12, 18), date(2026, 12, 31), date(2026, 12, 29)),
    # Across Easter 2027 (Good Friday 26 March, Easter Monday 29 March).
    (date(2027, 3, 22), date(2027, 4, 2), date(2027, 4, 1)),
    (date(2027, 3, 19), date(2027, 4, 1), date(2027, 3, 30)),
    # Christmas 2027: both days move to Monday 27 and Tuesday 28 December.
    (date(2027, 12, 20), date(2027, 12, 31), date(2027, 12, 30)),
])
def test_standstill_ends_side_by_side(notice: date, act_ends: date, pcr_ends: date) -> None:
    assert regime(ACT_2023).standstill.last_day(notice) == act_ends
    assert regime(PCR_2015).standstill.last_day(notice) == pcr_ends


def test_pcr_standstill_ending_on_a_sunday_runs_to_monday() -> None:
    # Notices sent Thursday 18 December 2025: the tenth day is Sunday 28th, so Monday 29th.
    assert regime(PCR_2015).standstill.last_day(date(2025, 12, 18)) == date(2025, 12, 29)


def test_the_standstill_milestone_is_worked_out_from_the_award() -> None:
    act = regime(ACT_2023)
    notice = MilestoneInfo("award-notice", "Contract award notice", uk_time(date(2026, 12, 18)),
                           all_day=True)
    typed = MilestoneInfo("standstill", "Standstill ends", uk_time(date(2026, 12, 20)))
    worked = with_standstill((typed, notice), act)
    end = next(m for m in worked if m.code == "standstill")
    assert end.local.date() == date(2026, 12, 31) and f"{end.local:%H:%M}" == "23:59"
    assert [m.code for m in worked] == ["award-notice", "standstill"]
    pcr = with_standstill((MilestoneInfo("award", "Award", uk_time(date(2026, 12, 18))),),
                          regime(PCR_2015))
    assert pcr[-1].local.date() == date(2026, 12, 29)
    # No award date: nothing to work out. A date beyond the calendar: left as typed.
    assert with_standstill((typed,), act) == (typed,)
    far = MilestoneInfo("award-notice", "", uk_time(date(2031, 6, 2)))
    assert with_standstill((far, typed), act) == (far, typed)
