import { useTranslation } from 'react-i18next';
import type { EventType } from '../model/corpus-schema.ts';
import { EventTypeIcon } from './EventTypeIcon.tsx';

interface EventTypeLabelProps {
  /** The event type to name. */
  type: EventType;
}

/** An event type's shape and localized name. */
export function EventTypeLabel({ type }: EventTypeLabelProps) {
  const { t } = useTranslation();
  return (
    <span className="inline-flex items-center gap-1.5 font-medium">
      <EventTypeIcon type={type} />
      {t(`eventType.${type}`)}
    </span>
  );
}
