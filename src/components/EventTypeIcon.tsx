import type { ReactElement } from 'react';
import type { EventType } from '../model/corpus-schema.ts';

// A shape per type, so the type reads without colour; the colour only repeats it.
const SHAPES: Record<EventType, ReactElement> = {
  call: <circle cx="8" cy="8" r="6" />,
  meeting: <rect x="2.5" y="2.5" width="11" height="11" rx="1.5" />,
  statement: <path d="M8 1.5 14.5 13.5H1.5Z" />,
  milestone: <path d="M8 1 15 8 8 15 1 8Z" />,
};

const COLOURS: Record<EventType, string> = {
  call: 'text-sky-700 dark:text-sky-300',
  meeting: 'text-emerald-700 dark:text-emerald-300',
  statement: 'text-amber-700 dark:text-amber-300',
  milestone: 'text-violet-700 dark:text-violet-300',
};

interface EventTypeIconProps {
  /** The event type whose shape to draw. */
  type: EventType;
}

/** The small shape that marks an event type; decorative, as its label is always beside it. */
export function EventTypeIcon({ type }: EventTypeIconProps) {
  return (
    <svg
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
      fill="currentColor"
      data-event-type={type}
      className={`shrink-0 ${COLOURS[type]}`}
    >
      {SHAPES[type]}
    </svg>
  );
}
