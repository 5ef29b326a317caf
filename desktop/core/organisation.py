"""The charity using the app: what is known of it, and what may be typed for it.

Saving and reading it is in `organisation_records`; this module imports no database code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.i18n import tr

NAME_LIMIT = 300
SAMPLE_NAME = "Riverside Futures (sample charity)"

# England & Wales: 6 to 8 digits, optionally "-N" for a linked charity; Scotland SC + 6 digits;
# Northern Ireland NIC + 6 digits.
CHARITY_NUMBER = re.compile(r"^(\d{6,8}(-\d{1,2})?|SC\d{6}|NIC\d{6})$")
# Companies House: 8 characters, digits or a two-letter prefix (SC, NI, CE, CS, RC, …) + 6 digits.
COMPANY_NUMBER = re.compile(r"^([0-9]{8}|[A-Z]{2}[0-9]{6})$")


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
    return re.sub(r"\s+", "", text).upper()


def check_organisation(name: str, charity_number: str, company_number: str) -> dict[str, str]:
    """Return {field: message} for everything wrong with these details (empty when all is well)."""
    problems: dict[str, str] = {}
    if not name.strip():
        problems["name"] = tr("Please type your organisation's name.")
    elif len(name.strip()) > NAME_LIMIT:
        problems["name"] = tr("The name is too long: keep it under {limit} characters.").format(
            limit=NAME_LIMIT)
    if charity_number.strip() and not CHARITY_NUMBER.match(normalise_number(charity_number)):
        problems["charity_number"] = tr(
            "That does not look like a charity number. England and Wales numbers are 6 to 8 "
            "digits (e.g. 1123456), Scottish ones start SC (SC012345), Northern Irish ones "
            "start NIC (NIC100001). Leave it empty if you are not a registered charity.")
    if company_number.strip() and not COMPANY_NUMBER.match(normalise_number(company_number)):
        problems["company_number"] = tr(
            "That does not look like a Companies House number: it has 8 characters, e.g. "
            "01234567 or SC123456. Leave it empty if you are not a company.")
    return problems
