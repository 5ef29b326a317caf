"""Where a link in the window goes: the page, and on it the thing to show (a question, a
document…).

Search results, eligibility reasons and the dashboard's next step all say where to go with a
`Target`; the window opens the page and the page shows the thing (each page knows how).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Target:
    page: str  # the page's key: "profile", "evidence", "opportunities", …
    field: str = ""  # on a questionnaire page: the question's key
    section: str = ""  # … or only its section's key
    item: int | str | None = None  # on other pages: the row to show (a document's id, …)
    task: int | None = None  # on the opportunities page: a task of the opportunity shown
    question: int | None = None  # on the bid-writing page: a question of the opportunity
    panel: str = ""  # on the bid-writing page: "library" or "check" to open that panel



# Lists a page can be opened at (a `Target.item` or the dashboard's `open_requested` item that
# is a word, not a row's id): exactly the things the dashboard counted.
OVERDUE = "overdue"  # the opportunities page: the opportunities with a task past its due date
ATTENTION = "attention"  # the evidence library: the documents with a warning
