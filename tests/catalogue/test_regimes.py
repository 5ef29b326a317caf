"""The regime files (forms/regimes/<code>.toml), one per regime: what a buyer may require before
award (the eligibility rules) and the usual timetable with the standstill rule (the dashboard,
deadlines and calendar), read and checked by one loader (desktop.catalogue.regimes); PCR 2015 and
the Procurement Act 2023 side by side."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from desktop import i18n
from desktop.catalogue.model import Certainty, Regime
from desktop.catalogue.regimes import (
    AuditedAccounts,
    RegimeError,
    StandstillBegins,
    StandstillCount,
    StandstillNeed,
    every_regime,
    load_rules,
    regime_rules,
)
from desktop.core.timetables import ACT_2023, PCR_2015, regime, regimes
from desktop.datafiles import forms_folder
from desktop.i18n import WELSH, prepare

SHIPPED = {code.value: (forms_folder() / "regimes" / f"{code.value}.toml").read_text("utf-8")
           for code in Regime}


def test_regime_rules_side_by_side() -> None:
    pcr, act = regime_rules("pcr-2015"), regime_rules("procurement-act-2023")
    assert pcr is not None and act is not None
    assert pcr.insurance_before_award and not act.insurance_before_award
    assert pcr.audited_accounts is AuditedAccounts.ALWAYS_IF_ASKED
    assert act.audited_accounts is AuditedAccounts.ONLY_WHERE_COMPANY_LAW_REQUIRES
    for rules in (pcr, act):
        for basis in rules.basis.values():
            assert basis.url.startswith("https://www.") and basis.certainty
    assert regime_rules("") is None
    kind = act.framework_procedure("open-framework")
    assert kind is not None and kind.label == "Open framework (Procurement Act 2023)"
    assert kind.basis.url.endswith("/section/49") and kind.basis.certainty == "confirmed"
    assert pcr.framework_procedure("open-framework") is None  # each regime names its own


@pytest.mark.parametrize("regime", [*(r.value for r in Regime), ""])
def test_the_sidebars_quick_read_of_the_questionnaires_matches_the_checked_rules(
        regime: str) -> None:
    """The window reads a regime's questionnaires before its first paint without the rules
    engine (core.form_codes); what it reads is what the checked rules say."""
    from desktop.core.form_codes import QUESTIONNAIRE, regime_questionnaires

    rules = regime_rules(regime)
    checked = rules.questionnaires if rules is not None and rules.questionnaires else (
        QUESTIONNAIRE,)
    assert regime_questionnaires(regime) == checked
    assert (regime == "procurement-act-2023") == (QUESTIONNAIRE not in checked)


def test_a_broken_regime_file_is_refused(tmp_path: Path) -> None:
    shipped = (forms_folder() / "regimes" / "procurement-act-2023.toml").read_text("utf-8")
    wrong_name = tmp_path / "pcr-2015.toml"
    wrong_name.write_text(shipped, encoding="utf-8")
    with pytest.raises(RegimeError, match="name the file after its regime"):
        load_rules(wrong_name)
    bad_value = tmp_path / "procurement-act-2023.toml"
    bad_value.write_text(shipped.replace("value = false", 'value = "no"'), encoding="utf-8")
    with pytest.raises(RegimeError, match="should be true or false"):
        load_rules(bad_value)
    bad_value.write_text(shipped.replace('source = "act-s22"', 'source = "blog"'),
                         encoding="utf-8")
    with pytest.raises(RegimeError, match='no source with the code "blog"'):
        load_rules(bad_value)
    bad_value.write_text(shipped.replace('source = "act-s49"', 'source = "hearsay"'),
                         encoding="utf-8")
    with pytest.raises(RegimeError, match='no source with the code "hearsay"'):
        load_rules(bad_value)




def test_each_regime_file_is_complete() -> None:
    found = {r.code: r for r in regimes()}
    assert set(found) == {PCR_2015, ACT_2023}
    for each in found.values():
        assert each.standstill_provenance.source_url.startswith("https://")
        assert all(p.provenance.source_url.startswith("https://") for p in each.procedures)
        assert all(m.provenance.source_url.startswith("https://") for m in each.milestones)
    assert found[ACT_2023].procedure("competitive-flexible") is not None
    assert regime("no-such-regime").code == PCR_2015


def test_one_file_per_regime_holds_the_rules_and_the_timetable() -> None:
    """Both halves come from the one file, each fact with its source (url) and certainty as the
    file gives it; the second data folder is gone."""
    assert not (forms_folder() / "timetables").exists()
    assert [rules.code for rules in every_regime()] == [Regime.PCR_2015,
                                                       Regime.PROCUREMENT_ACT_2023]
    pcr, act = regime_rules(PCR_2015), regime_rules(ACT_2023)
    assert pcr is not None and act is not None
    rule = act.timetable.standstill
    assert (rule.from_milestone, rule.count, rule.days, rule.begins,
            rule.extend_to_working_day, rule.calendars) == (
        "award-notice", StandstillCount.WORKING_DAYS, 8, StandstillBegins.SAME_DAY, False,
        ("england-and-wales",))
    assert rule.basis.source_code == "pa-standstill" and rule.basis.certainty is Certainty.CONFIRMED
    assert rule.basis.url.endswith("guidance-contract-award-notices-and-standstill-html")
    assert rule.basis.explanation_cy.startswith("Wyth diwrnod gwaith")
    rule = pcr.timetable.standstill
    assert (rule.from_milestone, rule.count, rule.days, rule.begins,
            rule.extend_to_working_day) == ("award", StandstillCount.CALENDAR_DAYS, 10,
                                            StandstillBegins.NEXT_DAY, True)
    assert rule.basis.url.startswith("https://www.procurementpathway.civilservice.gov.uk/")
    light = next(p for p in pcr.timetable.procedures if p.code == "light-touch")
    assert (light.standstill, light.basis.certainty) == (StandstillNeed.CHECK, Certainty.CHECK)
    submission = next(m for m in act.timetable.milestones if m.code == "submission")
    assert (submission.days_after_publication, submission.time) == (30, "12:00")
    assert (submission.label_cy, submission.basis.source_code) == ("Terfyn amser tendrau",
                                                                   "pa-time-periods")
    # each file's sources are listed once, and every one has its url
    for text in SHIPPED.values():
        codes = re.findall(r'^\[\[sources\]\]\ncode = "([^"]+)"', text, re.MULTILINE)
        assert codes and len(codes) == len(set(codes))
        assert text.count("[[sources]]") == len(codes)
    for rules in (pcr, act):
        everything = [*rules.basis.values(), rules.timetable.standstill.basis,
                      *(p.basis for p in rules.timetable.procedures),
                      *(m.basis for m in rules.timetable.milestones),
                      *(k.basis for k in rules.framework_procedures)]
        assert all(b.url.startswith("https://") and b.source_code for b in everything)


def test_the_timetable_speaks_welsh_from_the_same_file() -> None:
    prepare(WELSH)
    with i18n.speaking(WELSH):
        act = regime(ACT_2023)
        assert act.name == "Deddf Caffael 2023"
        assert act.standstill_note.startswith("Wyth diwrnod gwaith")
        assert act.procedure("competitive-flexible").label == (  # type: ignore[union-attr]
            "Gweithdrefn hyblyg gystadleuol")
    assert regime(ACT_2023).name == "Procurement Act 2023"


@pytest.mark.parametrize(("notice", "act_ends", "pcr_ends"), [
    # The summer bank holiday, Monday 30 August 2027. Notice on Monday 23rd: the Act counts
    # eight working days from that day, skipping the weekend and the 30th (without the holiday
    # it would end on Wednesday 1 September); PCR 2015 counts ten calendar days from the 24th,
    # the holiday among them.
    (date(2027, 8, 23), date(2027, 9, 2), date(2027, 9, 2)),
    # Notice on Thursday 19th: PCR's tenth day is Sunday 29th, the next day the holiday, so it
    # runs to Tuesday 31st; the Act's eight working days are the 19th, 20th, 23rd to 27th and
    # (the 30th skipped) Tuesday 31st.
    (date(2027, 8, 19), date(2027, 8, 31), date(2027, 8, 31)),
    # Notice on Friday 20th: PCR's tenth day is the holiday itself, so Tuesday 31st; the Act
    # runs to Wednesday 1 September.
    (date(2027, 8, 20), date(2027, 9, 1), date(2027, 8, 31)),
    # Early May 2027 (Monday 3 May): notice Monday 26 April.
    (date(2027, 4, 26), date(2027, 5, 6), date(2027, 5, 6)),
])
def test_standstill_across_a_bank_holiday_from_the_folded_files(
        notice: date, act_ends: date, pcr_ends: date) -> None:
    assert regime(ACT_2023).standstill.last_day(notice) == act_ends
    assert regime(PCR_2015).standstill.last_day(notice) == pcr_ends


def written(tmp_path: Path, code: str, text: str) -> Path:
    path = tmp_path / f"{code}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def without(text: str, start: str, end: str) -> str:
    """`text` with the part from `start` up to (not including) `end` cut out."""
    a = text.index(start)
    return text[:a] + text[text.index(end, a):]


ACT_TEXT = SHIPPED[ACT_2023]


@pytest.mark.parametrize(("text", "where", "why"), [
    # an unknown table (say, a timetable table left over from the two-file days)
    (ACT_TEXT + "\n[timetable]\ndays = 8\n", "timetable",
     '"timetable" is not a part a regime file can have'),
    # a missing table
    (without(ACT_TEXT, "[standstill]\n", "[[procedures]]"), "",
     "the [standstill] table is missing"),
    # a source no [[sources]] entry lists, in each half of the file
    (ACT_TEXT.replace('source = "act-s22"', 'source = "blog"'),
     "insurance_before_award.source", 'there is no source with the code "blog"'),
    (ACT_TEXT.replace('source = "pa-time-periods"', 'source = "hearsay"', 1),
     "milestones[0].source", 'there is no source with the code "hearsay"'),
    (ACT_TEXT.replace('source = "pa-standstill"\ncertainty = "confirmed"',
                      'source = "a-friend"\ncertainty = "confirmed"', 1),
     "standstill.source", 'there is no source with the code "a-friend"'),
    # a source listed twice
    (ACT_TEXT.replace('[[sources]]\ncode = "act-s49"', '[[sources]]\ncode = "act-s22"'),
     "sources[", '"act-s22" is listed twice'),
    # a wrong regime code, a wrong standstill count, begins, days or procedure's standstill
    (ACT_TEXT.replace('code = "procurement-act-2023"', 'code = "act-2023"'), "regime.code",
     '"act-2023" is not one of pcr-2015, procurement-act-2023'),
    (ACT_TEXT.replace('count = "working-days"', 'count = "weeks"'), "standstill.count",
     '"weeks" is not one of working-days, calendar-days'),
    (ACT_TEXT.replace('begins = "same-day"', 'begins = "tomorrow"'), "standstill.begins",
     '"tomorrow" is not one of same-day, next-day'),
    (ACT_TEXT.replace("days = 8\n", "days = 0\n"), "standstill.days", "at least 1 day"),
    (ACT_TEXT.replace('standstill = "required"', 'standstill = "maybe"', 1),
     "procedures[0].standstill", '"maybe" is not one of required, voluntary, check'),
    (ACT_TEXT.replace('certainty = "check"', 'certainty = "likely"', 1), ".certainty",
     '"likely" is not one of confirmed, inferred, check'),
    # the usual timetable without a milestone it needs, or with one twice
    (ACT_TEXT.replace('code = "award-notice"', 'code = "award"'), "milestones",
     'there is no milestone "award-notice"'),
    (ACT_TEXT.replace('code = "submission"', 'code = "clarification"'), "milestones[2].code",
     '"clarification" is listed twice'),
    (ACT_TEXT.replace("days_after_publication = 30", 'days_after_publication = "30"'),
     "milestones[2].days_after_publication", "should be a whole number"),
])
def test_a_bad_regime_file_is_refused_with_where_and_why(
        tmp_path: Path, text: str, where: str, why: str) -> None:
    assert text != ACT_TEXT
    with pytest.raises(RegimeError) as caught:
        load_rules(written(tmp_path, ACT_2023, text))
    assert caught.value.path.endswith("procurement-act-2023.toml")
    assert where in caught.value.location
    if where.rstrip("[") not in ("", "milestones"):
        assert "line " in caught.value.location
    assert why in caught.value.reason


def test_the_line_named_is_the_line_at_fault(tmp_path: Path) -> None:
    text = ACT_TEXT.replace('source = "pa-time-periods"', 'source = "hearsay"', 1)
    with pytest.raises(RegimeError) as caught:
        load_rules(written(tmp_path, ACT_2023, text))
    line = int(re.search(r"line (\d+)", caught.value.location)[1])  # type: ignore[index]
    assert text.splitlines()[line - 1] == 'source = "hearsay"'
