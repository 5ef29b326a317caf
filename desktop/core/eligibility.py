"""Which lots the organisation can bid for — as lead, only as a partner, or not at all — and why.

Plain Python over plain data: `OrganisationFacts` (what the organisation does, where, what it
qualified for, its cover) and the framework catalogue. Every rule adds a `Reason` saying in words
what it found and the best standing it still allows; a lot's standing is the lowest of them.
The minimums come from the framework pack (`Catalogue.requirements`) and the buyer's decision
(qualified categories, financial threshold), never from code. The Lots page, the command line and
the printed matrix all ask this one engine.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum

from desktop.catalogue.regimes import AuditedAccounts, RuleBasis, regime_rules
from desktop.core.catalogue import (
    Catalogue,
    LotInfo,
    RequirementInfo,
    certainty_label,
    regime_label,
)
from desktop.core.form_codes import (
    PROFILE,
    QUESTIONNAIRE,
    RESULT,
    question,
    regime_questionnaires,
)
from desktop.core.targets import Target
from desktop.i18n import short_pounds, tr

PARTNERS = Target("partners")
INSURANCE, AUDITED_ACCOUNTS, CONFIRMED = "insurance", "audited-accounts", "confirmed"


class Standing(IntEnum):
    """Ordered: a lot's standing is the lowest any reason allows."""

    NOT_ELIGIBLE = 0
    PARTNER = 1  # only as a subcontractor or partner in someone else's bid
    LEAD = 2

    @property
    def label(self) -> str:
        return {
            Standing.LEAD: tr("Can bid as lead"),
            Standing.PARTNER: tr("Partner or subcontractor only"),
            Standing.NOT_ELIGIBLE: tr("Not eligible"),
        }[self]

    @property
    def symbol(self) -> str:
        """Shown beside the words, so colour is never the only signal."""
        return {Standing.LEAD: "✓", Standing.PARTNER: "◐", Standing.NOT_ELIGIBLE: "✗"}[self]


@dataclass(frozen=True, slots=True)
class Reason:
    text: str
    allows: Standing  # LEAD for a finding in the organisation's favour
    confirmed: bool = True  # False when it rests on a pack fact marked "check"
    fix: Target | None = None  # where it is put right: the question, document or page


@dataclass(frozen=True, slots=True)
class QualificationStatus:
    status: str = "not-applied"  # not-applied / applied / qualified / not-qualified
    categories: frozenset[str] = frozenset()  # qualified for, when status is "qualified"
    threshold: int | None = None  # pence: the largest contract value as lead
    agreement_signed: bool = False
    questionnaire_gap: str = ""  # the first unfinished questionnaire section, "" when complete
    gap_target: Target | None = None  # its first question to answer or put right
    questionnaire: str = ""  # the gap's questionnaire when not the selection questionnaire


@dataclass(frozen=True, slots=True)
class OrganisationFacts:
    categories: frozenset[str] = frozenset()  # category codes delivered
    regions: frozenset[str] = frozenset()  # whole probation regions served
    pcc_areas: frozenset[str] = frozenset()
    cohorts: frozenset[str] = frozenset()  # cohort codes it specialises in (WOM, YA, BAME)
    qualification: QualificationStatus = field(default_factory=QualificationStatus)
    amounts: Mapping[str, int | None] = field(default_factory=dict)  # profile money/numbers
    out_of_date: Mapping[int, str] = field(default_factory=dict)  # evidence id → title
    partners: Mapping[str, frozenset[str]] = field(default_factory=dict)  # name → categories


@dataclass(frozen=True, slots=True)
class LotEligibility:
    lot: LotInfo
    standing: Standing
    reasons: tuple[Reason, ...]

    @property
    def problems(self) -> tuple[Reason, ...]:
        return tuple(r for r in self.reasons if r.allows < Standing.LEAD)

    def summary(self) -> str:
        """The standing and the reasons against it, in one line."""
        shown = self.problems or self.reasons
        return f"{self.standing.symbol} {self.standing.label}: " + "; ".join(
            r.text for r in shown)


def assess_all(catalogue: Catalogue, facts: OrganisationFacts,
               value: int | None = None) -> list[LotEligibility]:
    return [assess_lot(lot, catalogue, facts, value) for lot in catalogue.lots]


def assess_lot(lot: LotInfo, catalogue: Catalogue, facts: OrganisationFacts,
               value: int | None = None) -> LotEligibility:
    """One lot's standing and every reason; `value` (pence) is a competition's value, if known."""
    reasons = [
        *_services(lot, catalogue, facts),
        *_area(lot, catalogue, facts),
        *_cohorts(lot, catalogue, facts),
        *_qualification(lot, catalogue, facts),
        *_requirements(catalogue, facts),
        *_evidence(facts),
        *_threshold(facts, value),
    ]
    standing = min((reason.allows for reason in reasons), default=Standing.LEAD)
    return LotEligibility(lot, standing, tuple(reasons))


def _names(catalogue: Catalogue, codes: list[str] | tuple[str, ...]) -> str:
    return ", ".join(catalogue.category_names(codes))


def _services(lot: LotInfo, catalogue: Catalogue, facts: OrganisationFacts) -> list[Reason]:
    missing = [code for code in lot.categories if code not in facts.categories]
    if not missing:
        return [Reason(tr("You deliver {services}").format(
            services=_names(catalogue, lot.categories)), Standing.LEAD)]
    if len(missing) == len(lot.categories):
        return [Reason(tr("You do not deliver {services}").format(
            services=_names(catalogue, missing)), Standing.NOT_ELIGIBLE,
            fix=question(PROFILE, "categories"))]
    covering = sorted(name for name, codes in facts.partners.items() if codes & set(missing))
    uncovered = [code for code in missing
                 if not any(code in codes for codes in facts.partners.values())]
    if not uncovered:
        return [Reason(tr("You deliver {yours}; {partners} deliver {theirs}: lead with them as "
                          "subcontractors").format(
                              yours=_names(catalogue, [c for c in lot.categories
                                                       if c not in missing]),
                              partners=", ".join(covering), theirs=_names(catalogue, missing)),
                       Standing.LEAD)]
    return [Reason(tr("You do not deliver {services}: lead with partners who do, or join a "
                      "bid as a partner").format(services=_names(catalogue, uncovered)),
                   Standing.PARTNER, fix=PARTNERS)]


def _area(lot: LotInfo, catalogue: Catalogue, facts: OrganisationFacts) -> list[Reason]:
    if lot.pcc_area_code:
        if lot.pcc_area_code in facts.pcc_areas or lot.region_code in facts.regions:
            return [Reason(tr("You work in {area}").format(area=lot.pcc_area_name),
                           Standing.LEAD)]
        return [Reason(tr("You do not serve the {area} PCC area").format(
            area=lot.pcc_area_name), Standing.NOT_ELIGIBLE, fix=question(PROFILE, "pcc_areas"))]
    if not lot.region_code or lot.region_code in facts.regions:
        return [Reason(tr("You work in {area}").format(area=lot.area_name), Standing.LEAD)]
    in_region = [a for a in catalogue.pcc_areas if a.region_code == lot.region_code]
    served = [a for a in in_region if a.code in facts.pcc_areas]
    if served:
        return [Reason(tr("You serve {served} of the {total} PCC areas in {region}: a lead "
                          "covers the whole region").format(
                              served=len(served), total=len(in_region),
                              region=lot.region_name), Standing.PARTNER,
                       fix=question(PROFILE, "regions"))]
    return [Reason(tr("You do not work in {region}").format(region=lot.region_name),
                   Standing.NOT_ELIGIBLE, fix=question(PROFILE, "regions"))]


def _cohorts(lot: LotInfo, catalogue: Catalogue, facts: OrganisationFacts) -> list[Reason]:
    return [Reason(tr("{family} lot: your services are not specific to {cohort}").format(
                family=lot.family_name, cohort=_names(catalogue, [code])), Standing.NOT_ELIGIBLE,
                fix=question(PROFILE, "cohorts"))
            for code in lot.cohorts if code not in facts.cohorts]


def _qualification(lot: LotInfo, catalogue: Catalogue,
                   facts: OrganisationFacts) -> list[Reason]:
    status = facts.qualification
    first = _names(catalogue, lot.categories[:1]) or lot.family_name
    if status.status != "qualified":
        fix = question(RESULT, "result_status")
        why = {
            "applied": tr("waiting for the buyer's decision"),
            "not-qualified": tr("the buyer did not qualify you this time"),
        }.get(status.status, "")
        if not why and status.questionnaire_gap:
            why = tr("{questionnaire} \"{section}\" incomplete").format(
                questionnaire=status.questionnaire, section=status.questionnaire_gap) \
                if status.questionnaire else tr(
                    "selection questionnaire \"{section}\" incomplete").format(
                    section=status.questionnaire_gap)
            fix = status.gap_target or fix
        elif not why and QUESTIONNAIRE not in regime_questionnaires(catalogue.framework.regime):
            why, fix = tr("give the buyer your share code and answer its Procurement Specific "
                          "Questionnaire on the portal"), Target("journey")
        elif not why:
            why, fix = tr("submit your selection questionnaire on the portal"), Target("journey")
        return [Reason(tr("Not qualified for {service} yet: {why}").format(service=first, why=why),
                       Standing.PARTNER, fix=fix)]
    missing = [code for code in lot.categories if code not in status.categories]
    if missing:
        return [Reason(tr("Not qualified for {services}: you can only be a partner for them")
                       .format(services=_names(catalogue, missing)), Standing.PARTNER,
                       fix=question(RESULT, "qualified_categories"))]
    if not status.agreement_signed:
        return [Reason(tr("Sign the framework agreement before you lead a bid"),
                       Standing.PARTNER, fix=question(RESULT, "agreement_signed"))]
    return [Reason(tr("Qualified for {services}").format(
        services=_names(catalogue, lot.categories)), Standing.LEAD)]


def _regime_waiver(catalogue: Catalogue, requirement: RequirementInfo) -> RuleBasis | None:
    """The regime's rule that stops a buyer asking this before award, if there is one: under
    the Procurement Act 2023 insurance for the contract is needed by award, not to qualify, and
    audited accounts only where company law requires them (forms/regimes/)."""
    rules = regime_rules(catalogue.framework.regime)  # read when first asked: not at start
    if rules is None:
        return None  # the pack names no regime: its requirements stand as they are
    if requirement.kind == INSURANCE and not rules.insurance_before_award:
        return rules.basis["insurance_before_award"]
    if requirement.kind == AUDITED_ACCOUNTS and \
            rules.audited_accounts is AuditedAccounts.ONLY_WHERE_COMPANY_LAW_REQUIRES:
        return rules.basis["audited_accounts"]
    return None


def _requirements(catalogue: Catalogue, facts: OrganisationFacts) -> list[Reason]:
    reasons = []
    for requirement in catalogue.requirements:
        confirmed = not requirement.provenance.needs_checking
        caveat = "" if confirmed else " (" + certainty_label(
            requirement.provenance.certainty) + ")"
        have = facts.amounts.get(requirement.profile_field)
        if have is None:
            text = tr("{requirement}: not in your profile; {minimum} is asked").format(
                requirement=requirement.label, minimum=short_pounds(requirement.minimum))
        elif have < requirement.minimum:
            text = tr("{requirement} {have} is below the {minimum} this lot asks").format(
                requirement=requirement.label, have=short_pounds(have),
                minimum=short_pounds(requirement.minimum))
        else:
            continue
        fix = question(PROFILE, requirement.profile_field)
        waiver = _regime_waiver(catalogue, requirement)
        if waiver is not None:
            reasons.append(Reason(tr("{problem}{caveat}. Not a bar now ({regime}): {why}").format(
                problem=text, caveat=caveat, why=waiver.said(),
                regime=regime_label(catalogue.framework.regime)),
                Standing.LEAD, confirmed and waiver.certainty == CONFIRMED, fix=fix))
            continue
        reasons.append(Reason(text + caveat, Standing.PARTNER, confirmed, fix=fix))
    return reasons


def _evidence(facts: OrganisationFacts) -> list[Reason]:
    return [Reason(tr("\"{title}\" is out of date: renew it before you lead a bid").format(
        title=title), Standing.PARTNER, fix=Target("evidence", item=evidence_id))
        for evidence_id, title in facts.out_of_date.items()]


def _threshold(facts: OrganisationFacts, value: int | None) -> list[Reason]:
    threshold = facts.qualification.threshold
    if value is None or threshold is None or value <= threshold:
        return []
    return [Reason(tr("Lot value {value} is above your financial threshold band ({threshold})")
                   .format(value=short_pounds(value), threshold=short_pounds(threshold)),
                   Standing.PARTNER, fix=question(RESULT, "financial_threshold"))]
