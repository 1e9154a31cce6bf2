"""Detention figures: people held, administrative detention, arrests, deaths in custody.

Held counts (``detainees``, ``administrative_detainees``, ``unlawful_combatants_detainees``) are states at a moment: ``point``.
Arrests are new events over a period; deaths in custody accumulate.

>>> default_period("detainees"), default_period("arrests"), default_period("deaths_in_custody")
(('point', None), ('period', None), ('cumulative', None))
>>> is_generic("detainees"), is_generic("administrative_detainees")
(True, False)
"""

from __future__ import annotations

FAMILY = "detention"
_DEFAULT_PERIODS = {
    "detainees": ("point", None),
    "administrative_detainees": ("point", None),
    "unlawful_combatants_detainees": ("point", None),
    "occupancy_pct": ("point", None),
    "sick_prisoners": ("point", None),  # the ill among the held (a vocabulary extension, as the corpus labels them)
    "arrests": ("period", None),
    "released_detainees": ("period", None),
    "deaths_in_custody": ("cumulative", None),
    # accounts of abuse come from a sample collected over a stretch of time (testimonies taken in some months, a
    # report's cases): that stretch's, unless the sentence says "since" (the corpus labels 133 so, 32 as running counts)
    "reports_of_abuse": ("period", None),
}
# The held under a regime of their own, counted apart from (and within) the plain held count.
KINDS_OF_THE_HELD = frozenset({"administrative_detainees", "unlawful_combatants_detainees"})
# A held count is a state now, whatever "since October 7" the sentence also says.
FIXED_PERIOD = {"detainees", "administrative_detainees", "unlawful_combatants_detainees", "occupancy_pct", "sick_prisoners"}


def default_period(metric: str) -> tuple[str, str | None]:
    return _DEFAULT_PERIODS.get(metric, ("point", None))


def is_generic(metric: str) -> bool:
    """The plain held count, which a more specific parent figure overrides in a list."""
    return metric == "detainees"
