"""The Procurement Act supplier route as a part of a qualification pack (for frameworks under the
Act): the registration steps with their sources, the PPON and date confirmed, the platform's
users, every share code given, and the warnings. A function of its own, for the pack (or any
document) to add; it gathers nothing itself."""

from __future__ import annotations

from reportlab.platypus import Flowable

from desktop.core.supplier_route import Route
from desktop.core.supplier_route_records import RouteState
from desktop.i18n import long_date, tr
from desktop.reports.pdf import facts, heading, para, table


def supplier_route_section(route: Route, state: RouteState) -> list[Flowable]:
    registration = state.registration
    story: list[Flowable] = [heading(route.title, 1)]
    story += [para("⚠ " + warning) for warning in state.warnings]
    story += facts([
        (tr("PPON"), registration.ppon or tr("not recorded")),
        (tr("Supplier information last confirmed"),
         long_date(registration.confirmed_on) if registration.confirmed_on
         else tr("not recorded")),
        (tr("Steps done"), tr("{done} of {total}").format(done=state.done,
                                                         total=len(state.steps)))],
        answers=False)
    story.append(heading(tr("Registration steps"), 2))
    story.append(table(
        [tr("No."), tr("What to do"), tr("Status"), tr("Date"), tr("Source")],
        [(str(step.number), step.step.label, step.status.label,
          long_date(step.done_on) if step.done_on else "",
          f"{step.step.provenance.source_title} ({step.step.provenance.source_url})"
          + (" — " + tr("check") if step.step.provenance.needs_checking else ""))
         for step in state.steps], (0.06, 0.34, 0.13, 0.14, 0.33)))
    story.append(heading(tr("People who use the platform"), 2))
    story.append(table([tr("Name"), tr("Email"), tr("Role")],
                       [(user.name, user.email, route.role_label(user.role))
                        for user in registration.users], (0.35, 0.4, 0.25))
                 if registration.users else para(tr("None recorded yet.")))
    story.append(heading(tr("Share codes given"), 2))
    story.append(table([tr("Share code"), tr("Buyer"), tr("Procurement"), tr("Date given")],
                       [(share.code, share.buyer, share.procurement,
                         long_date(share.given_on) if share.given_on else "")
                        for share in state.share_codes], (0.18, 0.3, 0.34, 0.18))
                 if state.share_codes else para(tr("None recorded yet.")))
    return story
