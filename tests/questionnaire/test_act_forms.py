"""The Procurement Act forms: the PSQ (topics in our words, never passed off as the official
wording) and the Act's exclusions (grounds, look-back, connected persons, self-cleaning,
debarment list)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import i18n
from desktop.i18n import WELSH
from desktop.questionnaire.loader import load_forms
from desktop.questionnaire.model import FieldType, Form
from desktop.questionnaire.progress import completeness, section_progress

PSQ, EXCLUSIONS = "procurement-specific-questionnaire", "procurement-act-exclusions"


@pytest.fixture(scope="module")
def forms() -> dict[str, Form]:
    return load_forms(i18n.ENGLISH)


def test_the_psq_says_its_wording_is_ours_and_to_check_the_tender_documents(
        forms: dict[str, Form]) -> None:
    psq = forms[PSQ]
    assert "check the tender documents" in psq.description
    assert "our words" in psq.description
    asked = [f for f in psq.all_fields() if not f.from_profile and f.guidance]
    assert len(asked) >= 11
    for field in asked:
        assert "check" in field.guidance.lower(), field.key
    wording = [f for f in asked if "Our wording" in f.guidance or "official question" in f.guidance]
    assert len(wording) >= 6


def test_the_psq_reuses_the_profile_and_shows_the_registration(forms: dict[str, Form]) -> None:
    """The PPON, date confirmed and share codes are the Supplier registration page's: the PSQ
    asks none of them, and its platform section shows them from there instead."""
    psq = forms[PSQ]
    assert {f.from_profile for f in psq.all_fields() if f.from_profile} == {
        "legal_name", "charity_number", "company_number", "income_last_year",
        "income_year_before"}
    for asked_twice in ("psq_ppon", "psq_confirmed_on", "psq_share_code"):
        assert psq.field(asked_twice) is None
    assert not any("ppon" in f.label.lower() or "share code" in f.label.lower()
                   for f in psq.all_fields())
    platform = next(s for s in psq.sections if s.key == "platform")
    assert platform.shows == "supplier-registration"
    assert "Supplier registration page" in platform.guidance
    assert [s.key for s in psq.sections if s.shows] == ["platform"]
    insurance = psq.field("psq_insurance_by_award")
    assert insurance is not None and "not before" not in insurance.label
    assert "before award" in insurance.guidance
    answers = {"psq_information_confirmed": True, "psq_relies_on_others": False,
               "psq_grounds_apply": False, "psq_debarment_checked": True}
    assert 0 < completeness(psq, answers) < 1


def test_every_exclusion_ground_asks_what_happened_and_the_self_cleaning_only_when_yes(
        forms: dict[str, Form]) -> None:
    exclusions = forms[EXCLUSIONS]
    grounds = [f for s in exclusions.sections if s.key in ("mandatory", "discretionary")
               for f in s.fields if f.type is FieldType.YES_NO]
    assert len(grounds) == 7
    for ground in grounds:
        for suffix in ("_details", "_self_cleaning", "_evidence"):
            follow = exclusions.field(ground.key + suffix)
            assert follow is not None and follow.show_if is not None, ground.key + suffix
            assert follow.show_if.field == ground.key and follow.show_if.equals is True
    discretionary = exclusions.section("discretionary")
    assert discretionary is not None
    section = exclusions.section("mandatory")
    assert section is not None
    no = {g.key: False for g in section.fields if g.type is FieldType.YES_NO}
    assert section_progress(section, no).complete
    yes = {**no, "act_convictions": True}
    assert {p.field.key for p in section_progress(section, yes).problems} == {
        "act_convictions_details", "act_convictions_self_cleaning"}


def test_look_back_periods_connected_persons_and_the_debarment_list(
        forms: dict[str, Form]) -> None:
    exclusions = forms[EXCLUSIONS]
    mandatory, discretionary = exclusions.section("mandatory"), exclusions.section("discretionary")
    assert mandatory is not None and discretionary is not None
    assert "5 years" in discretionary.guidance and "3 under the 2015" in discretionary.guidance
    assert "5 years" in mandatory.guidance and "check the Act" in mandatory.guidance
    assert "Schedule 6" in mandatory.title and "Schedule 7" in discretionary.title
    people = exclusions.field("connected_persons")
    assert people is not None and people.type is FieldType.GROUP
    connection = next(f for f in people.fields if f.key == "connection")
    assert {"trustee", "director", "parent"} <= {c.value for c in connection.choices}
    debarment = exclusions.section("debarment")
    assert debarment is not None and debarment.fields[0].required


def test_both_forms_speak_welsh_with_the_same_keys(forms: dict[str, Form]) -> None:
    welsh = load_forms(WELSH)
    for code in (PSQ, EXCLUSIONS):
        english, cymraeg = forms[code], welsh[code]
        assert cymraeg.title != english.title
        assert [f.key for f in cymraeg.all_fields()] == [f.key for f in english.all_fields()]
        for mine, theirs in zip(cymraeg.all_fields(), english.all_fields(), strict=True):
            assert mine.label != theirs.label or mine.label in ("PPON",), mine.key
            assert bool(mine.guidance) == bool(theirs.guidance), mine.key


def test_a_section_shows_only_what_the_app_knows(tmp_path: Path) -> None:
    from desktop.datafiles import forms_folder
    from desktop.questionnaire.loader import FormError, load_form

    shipped = (forms_folder() / "questionnaires" / f"{PSQ}.toml").read_text("utf-8")
    broken = tmp_path / f"{PSQ}.toml"
    broken.write_text(shipped.replace('shows = "supplier-registration"',
                                      'shows = "bank-details"'), encoding="utf-8")
    with pytest.raises(FormError, match='"bank-details" is not something a section can show'):
        load_form(broken)
