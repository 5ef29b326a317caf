"""What keeps a qualification pack a draft: answers missing, failing or too long, section by
section, and evidence missing or out of date."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from desktop.core.evidence import EvidenceDetails, EvidenceInfo
from desktop.core.pack_gaps import Gap, pack_gaps
from desktop.core.qualification import PROFILE, QUESTIONNAIRE, RESULT, qualification_forms

TODAY = date(2026, 11, 25)
FORMS = qualification_forms(None)


def document(tmp_path: Path, valid_until: date | None) -> EvidenceInfo:
    stored = tmp_path / "policy.pdf"
    stored.write_bytes(b"policy")
    return EvidenceInfo(1, hashlib.sha256(b"policy").hexdigest(), "policy.pdf", 6,
                        EvidenceDetails("Safeguarding policy", valid_until=valid_until), stored)


def test_nothing_answered_is_a_gap_in_every_section_and_no_evidence() -> None:
    gaps = pack_gaps(FORMS, {}, [], TODAY)
    wheres = [gap.where for gap in gaps]
    assert "Selection questionnaire · Declarations" in wheres
    assert wheres[-1] == "Evidence" and "None added yet" in gaps[-1].what
    assert not any(where.startswith(FORMS[RESULT].title) for where in wheres)  # the buyer's


def test_each_field_says_what_it_needs(tmp_path: Path) -> None:
    answers = {PROFILE: {"services_summary": "We help. " * 80, "year_end": "31/02/2027"},
               QUESTIONNAIRE: {}}
    gaps = pack_gaps(FORMS, answers, [document(tmp_path, date(2027, 1, 1))], TODAY)
    profile = " ".join(gap.what for gap in gaps if gap.where.startswith("Organisation profile"))
    assert "What you do, in a few sentences (over the word limit)" in profile
    assert "(needs correcting)" in profile and "(needs an answer)" in profile
    assert all(gap.where != "Evidence" for gap in gaps)  # one document, in date
    declarations = next(gap for gap in gaps if gap.where.endswith("Declarations"))
    assert declarations.what.endswith("and 1 more")  # five missing: four named


def test_evidence_out_of_date_is_a_gap(tmp_path: Path) -> None:
    gaps = pack_gaps(FORMS, {}, [document(tmp_path, date(2026, 10, 1))], TODAY)
    assert Gap("Evidence", "Safeguarding policy: Expired on 1 October 2026.") in gaps
