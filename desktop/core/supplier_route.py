"""The Procurement Act 2023 supplier route (forms/routes/central-digital-platform.toml) and its
rules: the shape of a PPON and of a share code, and when the supplier information on the Central
Digital Platform may be out of date.

Plain objects, no database: `supplier_route_records` reads and writes what the charity records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from desktop.core.catalogue import Entry, Provenance
from desktop.core.opportunities import UK
from desktop.core.sourced import provenance as sourced_provenance
from desktop.core.sourced import read_sources
from desktop.datafiles import forms_folder
from desktop.declarative import (
    NUMBER,
    OPTIONAL_TEXT,
    TEXT,
    DefinitionError,
    Key,
    TomlReader,
    in_language,
    read_toml,
    with_welsh,
)
from desktop.i18n import language, long_date, tr

ROUTE_CODE = "central-digital-platform"
NAME_LIMIT = 300
ROLES = ("admin", "editor", "viewer")


class RouteError(DefinitionError):
    """The route file is broken: file, line and reason."""


class InvalidRegistration(ValueError):
    """What was typed cannot be saved; the message says why in plain words, with an example."""


@dataclass(frozen=True, slots=True)
class Shape:
    """What a code must look like: a pattern, an example to show, and how sure we are."""

    pattern: re.Pattern[str]
    example: str
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class Role:
    code: str
    label: str
    detail: str
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class Watched:
    """A profile answer whose change since the last confirmation is worth a warning."""

    form: str
    key: str
    label: str


@dataclass(frozen=True, slots=True)
class Route:
    code: str
    title: str
    url: str
    steps: tuple[Entry, ...]
    roles: tuple[Role, ...]
    watched: tuple[Watched, ...]
    ppon: Shape
    share_code: Shape
    stale_months: int
    stale_provenance: Provenance

    def role_label(self, code: str) -> str:
        return next((role.label for role in self.roles if role.code == code), code)


@dataclass(frozen=True, slots=True)
class SupplierUser:
    name: str
    email: str
    role: str  # admin / editor / viewer


@dataclass(frozen=True, slots=True)
class Registration:
    """What the charity records about its registration (one per organisation)."""

    ppon: str = ""
    confirmed_on: date | None = None
    users: tuple[SupplierUser, ...] = ()
    version: int | None = 0  # as read (0: never saved); None: save without checking


@dataclass(frozen=True, slots=True)
class ShareCode:
    id: int | None
    code: str
    buyer: str
    procurement: str = ""  # the buyer's name or reference for the procurement
    opportunity_id: int | None = None
    given_on: date | None = None
    version: int | None = None


@dataclass(frozen=True, slots=True)
class ProfileChange:
    label: str
    changed_on: date


HEAD_KEYS = with_welsh({"code": TEXT, "title": TEXT, "url": TEXT, "stale": Key(dict),
                        "ppon": Key(dict), "share_code": Key(dict),
                        "sources": Key(list, item=dict), "roles": Key(list, item=dict),
                        "watch": Key(list, item=dict), "steps": Key(list, item=dict)}, "title")
STALE_KEYS = {"months": NUMBER, "source": TEXT, "certainty": TEXT}
SHAPE_KEYS = {"pattern": TEXT, "example": TEXT, "source": TEXT, "certainty": TEXT}
ROLE_KEYS = with_welsh({"code": TEXT, "label": TEXT, "detail": TEXT, "source": TEXT,
                        "certainty": TEXT}, "label", "detail")
WATCH_KEYS = with_welsh({"form": TEXT, "key": TEXT, "label": TEXT}, "label")
STEP_KEYS = with_welsh({"code": TEXT, "title": TEXT, "detail": TEXT, "url": OPTIONAL_TEXT,
                        "source": TEXT, "certainty": TEXT}, "title", "detail")


def route_path() -> Path:
    return forms_folder() / "routes" / f"{ROUTE_CODE}.toml"


def load_route(path: Path | None = None) -> Route:
    path = path or route_path()
    _, text, data = read_toml(path, RouteError)
    reader = TomlReader(path, text, RouteError)
    speaking = language()
    head = in_language(reader.entry("", None, data, HEAD_KEYS, label="file"), speaking, "title")
    sources = read_sources(reader, head["sources"])

    def provenance(entry: dict[str, Any], header: str, index: int | None) -> Provenance:
        return sourced_provenance(reader, sources, entry, header, index)

    def shape(header: str) -> Shape:
        entry = reader.entry(header, None, head[header], SHAPE_KEYS)
        pattern = re.compile(entry["pattern"])
        if not pattern.match(entry["example"]):
            raise reader.fail(header, None, "example", "the example does not fit the pattern")
        return Shape(pattern, entry["example"], provenance(entry, header, None))

    steps = []
    for index, raw in enumerate(head["steps"]):
        entry = in_language(reader.entry("steps", index, raw, STEP_KEYS), speaking, "title",
                            "detail")
        steps.append(Entry(entry["code"], entry["title"], entry["detail"],
                           provenance(entry, "steps", index), entry["url"]))
    roles = []
    for index, raw in enumerate(head["roles"]):
        entry = in_language(reader.entry("roles", index, raw, ROLE_KEYS), speaking, "label",
                            "detail")
        roles.append(Role(entry["code"], entry["label"], entry["detail"],
                          provenance(entry, "roles", index)))
    if tuple(role.code for role in roles) != ROLES:
        raise RouteError(path, "roles", f"list the roles {', '.join(ROLES)} in that order")
    watched = tuple(Watched(**in_language(reader.entry("watch", index, raw, WATCH_KEYS),
                                          speaking, "label"))
                    for index, raw in enumerate(head["watch"]))
    codes = [step.code for step in steps]
    if not steps or len(set(codes)) != len(codes):
        raise RouteError(path, "steps", "list at least one step, each code once")
    stale = reader.entry("stale", None, head["stale"], STALE_KEYS)
    return Route(head["code"], head["title"], head["url"], tuple(steps), tuple(roles), watched,
                 shape("ppon"), shape("share_code"), stale["months"],
                 provenance(stale, "stale", None))


@cache
def _shipped(speaking: str) -> Route:
    return load_route()


def shipped_route() -> Route:
    """The route shipped with the app, in the language tr() speaks."""
    return _shipped(language())


# -- codes ---------------------------------------------------------------------------------------
def clean_ppon(typed: str, shape: Shape) -> str:
    """The PPON as stored (upper case, spaces and a "GB-PPON-" prefix taken off), or
    InvalidRegistration with an example. An empty one is allowed: not registered yet."""
    ppon = re.sub(r"\s+", "", typed).upper().removeprefix("GB-PPON-")
    if ppon and not shape.pattern.match(ppon):
        raise InvalidRegistration(tr("\"{typed}\" is not a PPON: it looks like {example} "
                                     "(\"P\" and three letters, four digits, four letters). "
                                     "Copy it from your organisation's page on Find a Tender."
                                     ).format(typed=typed.strip()[:40], example=shape.example))
    return ppon


def clean_share_code(typed: str, shape: Shape) -> str:
    """The share code as typed, spaces taken off (letters kept as they are), or
    InvalidRegistration with an example."""
    code = re.sub(r"\s+", "", typed)
    if not shape.pattern.match(code):
        raise InvalidRegistration(tr("\"{typed}\" is not a share code: type the letters and "
                                     "digits the platform gave you, like {example}.").format(
                                         typed=typed.strip()[:40], example=shape.example))
    return code


EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def check_user(user: SupplierUser) -> str:
    """Why the user cannot be listed, or ""."""
    if not user.name.strip():
        return tr("Give the person's name.")
    if not EMAIL.match(user.email.strip()):
        return tr("\"{email}\" is not an email address: type it like name@charity.org.uk."
                  ).format(email=user.email.strip()[:60])
    if user.role not in ROLES:
        return tr("Choose administrator, editor or viewer.")
    if len(user.name) > NAME_LIMIT or len(user.email) > NAME_LIMIT:
        return tr("Keep the name and email under {limit} characters.").format(limit=NAME_LIMIT)
    return ""


def check_registration(registration: Registration, today: date) -> str:
    if registration.confirmed_on is not None and registration.confirmed_on > today:
        return tr("The date confirmed cannot be in the future.")
    emails = [user.email.strip().lower() for user in registration.users]
    if len(set(emails)) != len(emails):
        return tr("Each person is listed once: two have the same email address.")
    return next((problem for user in registration.users if (problem := check_user(user))), "")


def check_share_code(share: ShareCode, today: date) -> str:
    if not share.buyer.strip():
        return tr("Say which buyer the share code was given to.")
    if share.given_on is not None and share.given_on > today:
        return tr("The date given cannot be in the future.")
    if len(share.buyer) > NAME_LIMIT or len(share.procurement) > NAME_LIMIT:
        return tr("Keep the buyer and procurement under {limit} characters.").format(
            limit=NAME_LIMIT)
    return ""


# -- warnings ------------------------------------------------------------------------------------
def months_between(earlier: date, later: date) -> int:
    """Whole months from `earlier` to `later` (a month is not over until its day comes round)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - 1 if later.day < earlier.day else months


def uk_day(moment: datetime) -> date:
    return moment.astimezone(UK).date()


def route_warnings(route: Route, registration: Registration,
                   changes: tuple[ProfileChange, ...], today: date) -> list[str]:
    """Plain-words warnings: never confirmed, confirmed long ago, or profile details changed
    since (each with the date it changed)."""
    confirmed = registration.confirmed_on
    if confirmed is None:
        return [tr("You have not recorded when the supplier information was last confirmed "
                   "on the Central Digital Platform.")]
    warnings = []
    age = months_between(confirmed, today)
    if age >= route.stale_months:
        warnings.append(tr("The supplier information was last confirmed on {date}, {months} "
                           "months ago: check it on the platform and confirm it again before "
                           "you share it.").format(date=long_date(confirmed), months=age))
    changed = [tr("{field} ({changed})").format(field=change.label,
                                                 changed=long_date(change.changed_on))
               for change in changes if change.changed_on > confirmed]
    if changed:
        warnings.append(tr("Your organisation profile changed after the supplier information "
                           "was confirmed ({confirmed}): {fields}. Update it on the platform."
                           ).format(confirmed=long_date(confirmed), fields="; ".join(changed)))
    return warnings
