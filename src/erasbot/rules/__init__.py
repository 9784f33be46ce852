"""The eligibility checker: rule tables per action, countries, the partner-list parser, verdicts.

from erasbot.rules import check_text
result = check_text(pasted, "knowledge-alliance", duration_months=24, grant_eur=700_000)
result.verdict, [r.id for r in result.rules if r.status == "fail"], result.to_json()
"""

from erasbot.rules.checker import check_all_actions, check_partners, check_text, load_actions, resolve_action
from erasbot.rules.models import (
    ActionInfo,
    CheckResult,
    LineError,
    Partner,
    PartnerList,
    Project,
    Rule,
    RuleResult,
    Source,
)
from erasbot.rules.partners import MAX_BYTES, MAX_ROWS, looks_like_partner_list, parse_partners

ACTIONS: dict[str, ActionInfo] = load_actions()

__all__ = [
    "ACTIONS",
    "MAX_BYTES",
    "MAX_ROWS",
    "ActionInfo",
    "CheckResult",
    "LineError",
    "Partner",
    "PartnerList",
    "Project",
    "Rule",
    "RuleResult",
    "Source",
    "check_all_actions",
    "check_partners",
    "check_text",
    "looks_like_partner_list",
    "parse_partners",
    "resolve_action",
]
