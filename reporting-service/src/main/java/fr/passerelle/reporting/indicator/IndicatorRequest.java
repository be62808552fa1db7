package fr.passerelle.reporting.indicator;

import java.util.List;

/**
 * What to count: a period (absent for a state), a territory the caller may read, the groupings, and
 * whether the small-numbers rule applies.
 */
public record IndicatorRequest(
    Period period, Territory territory, List<Grouping> groupings, SmallNumbers smallNumbers) {}
