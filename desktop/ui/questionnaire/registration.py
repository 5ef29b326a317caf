"""What a questionnaire section shows, read-only, of the Supplier registration page: the PPON,
the date the supplier information was last confirmed and the share codes given, so the PSQ never
asks them a second time; with a button that opens that page to change them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.supplier_route_records import load_registration, load_share_codes
from desktop.i18n import long_date
from desktop.ui import look
from desktop.ui.qt_helpers import QUIET_TONE, name, wrapped_label

if TYPE_CHECKING:
    from desktop.app.workspace import Database


class RegistrationSummary(look.Card):
    """The registration as recorded now (`refresh` reads it again); `open_requested` when the
    person asks to change it."""

    open_requested = Signal()

    def __init__(self, database: Database, organisation_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("From your Supplier registration"), parent)
        self.setObjectName("registration-summary")
        self.database, self.organisation_id = database, organisation_id
        self.ppon, self.confirmed, self.share_codes = QLabel(), QLabel(), wrapped_label("")
        rows = QFormLayout()
        for label, value in ((self.tr("PPON"), self.ppon),
                             (self.tr("Supplier information last confirmed"), self.confirmed),
                             (self.tr("Share codes given"), self.share_codes)):
            value.setTextFormat(Qt.TextFormat.PlainText)  # typed text shown as typed
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # read by a screen reader in turn
            value.setProperty("caption", label)
            rows.addRow(label + ":", value)
        self.open_button = QPushButton(self.tr("Open Supplier &registration"))
        name(self.open_button, self.tr("Open Supplier registration"),
             self.tr("Change the PPON, the date confirmed or the share codes there"))
        self.open_button.clicked.connect(self.open_requested)
        column = QVBoxLayout()
        column.addLayout(rows)
        column.addWidget(wrapped_label(self.tr(
            "Kept once, on the Supplier registration page: change them there."), QUIET_TONE))
        column.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addLayout(column)
        self.refresh()

    def refresh(self) -> None:
        registration = load_registration(self.database, self.organisation_id)
        shares = load_share_codes(self.database, self.organisation_id)
        missing = self.tr("not recorded")
        self.ppon.setText(registration.ppon or missing)
        self.confirmed.setText(long_date(registration.confirmed_on)
                               if registration.confirmed_on else missing)
        self.share_codes.setText("\n".join(
            self.tr("{code} to {buyer}").format(code=share.code, buyer=share.buyer or "—")
            + (f" ({share.procurement})" if share.procurement else "")
            + (", " + long_date(share.given_on) if share.given_on else "")
            for share in shares) or self.tr("None recorded yet."))
        for value in (self.ppon, self.confirmed, self.share_codes):
            name(value, f"{value.property('caption')}: {value.text()}")
