"""The charity using the app: what is known of it, and what may be typed for it.

Saving and reading it is in `organisation_records`; this module imports no database code.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.i18n import tr
from desktop.questionnaire.values import check_charity_number, check_company_number, squash

NAME_LIMIT = 300


@dataclass(frozen=True, slots=True)
class OrganisationInfo:
    id: int
    name: str
    charity_number: str
    company_number: str
    is_sample: bool


class InvalidOrganisation(ValueError):
    """What was typed cannot be saved; `problems` maps each field to a plain message."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("; ".join(problems.values()))
        self.problems = problems


def normalise_number(text: str) -> str:
    return squash(text)


def check_organisation(name: str, charity_number: str, company_number: str) -> dict[str, str]:
    """Return {field: message} for everything wrong with these details (empty when all is well)."""
    problems: dict[str, str] = {}
    if not name.strip():
        problems["name"] = tr("Please type your organisation's name.")
    elif len(name.strip()) > NAME_LIMIT:
        problems["name"] = tr("The name is too long: keep it under {limit} characters.").format(
            limit=NAME_LIMIT)
    if charity_number.strip() and (problem := check_charity_number(charity_number)):
        problems["charity_number"] = problem
    if company_number.strip() and (problem := check_company_number(company_number)):
        problems["company_number"] = problem
    return problems
