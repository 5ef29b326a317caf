"""Reading the figures a person types on the Costing page and its Board tab: money as pounds
("42,000.50"), numbers ("1.5", "5%") and whole numbers; each fails with what and how to type."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from desktop.questionnaire.model import Field, FieldType
from desktop.questionnaire.values import interpret

MONEY = Field("amount", "amount", FieldType.MONEY)


class UnreadableFigure(ValueError):
    """A figure typed in the page cannot be read; the message says which and how to type it."""


def read_money(text: str, what: str) -> int:
    result = interpret(MONEY, text)
    if not result.ok or result.value is None:
        raise UnreadableFigure(f"{what}: {result.problem}")
    return int(result.value)


def read_decimal(text: str, what: str, tr_problem: str) -> Decimal:
    try:
        return Decimal(text.strip().replace(",", "").removesuffix("%") or "0")
    except InvalidOperation:
        raise UnreadableFigure(f"{what}: {tr_problem}") from None


def read_whole(text: str, what: str, tr_problem: str) -> int:
    number = read_decimal(text, what, tr_problem)
    if number != number.to_integral_value():
        raise UnreadableFigure(f"{what}: {tr_problem}")
    return int(number)
