/**
 * Least room between two axis ticks: a label ("сент.", "2025", "سبتمبر") and a gap before the
 * next. The grid lines through the lanes stand at the same ticks.
 */
export const AXIS_TICK_SPACING = 64;

/** Height of the time axis above the lanes. */
export const AXIS_HEIGHT = 24;
