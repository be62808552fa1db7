package fr.passerelle.reporting.indicator;

import java.util.List;

/**
 * What to count: a period (absent for a state), a area the caller may read, the groupings, and
 * whether the small-numbers rule applies.
 */
public record IndicatorRequest(
    Period period, Area area, List<Grouping> groupings, SmallNumbers smallNumbers) {}
