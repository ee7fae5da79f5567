import { memo } from 'react';
import { useTranslation } from 'react-i18next';

interface ZoomControlsProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFitAll: () => void;
}

const BUTTON =
  'inline-flex min-h-8 items-center gap-1 rounded-md border border-zinc-300 px-2.5 py-1 text-sm hover:bg-zinc-100 touch:min-h-11 dark:border-zinc-700 dark:hover:bg-zinc-800';

/**
 * Zoom in, zoom out and fit all: the keyboard's way to what the wheel and pinch do. Memoized
 * (give it stable handlers): the timeline renders on every frame of a gesture.
 */
export const ZoomControls = memo(function ZoomControls({ onZoomIn, onZoomOut, onFitAll }: ZoomControlsProps) {
  const { t } = useTranslation();
  return (
    <div role="group" aria-label={t('timeline.controls')} className="flex flex-wrap gap-1.5">
      <button type="button" onClick={onZoomIn} className={BUTTON}>
        <span aria-hidden="true">+</span>
        {t('timeline.zoomIn')}
      </button>
      <button type="button" onClick={onZoomOut} className={BUTTON}>
        <span aria-hidden="true">−</span>
        {t('timeline.zoomOut')}
      </button>
      <button type="button" onClick={onFitAll} className={BUTTON}>
        <span aria-hidden="true">↔</span>
        {t('timeline.fitAll')}
      </button>
    </div>
  );
});
