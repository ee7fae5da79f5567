import { memo } from 'react';
import { useTranslation } from 'react-i18next';

interface ZoomControlsProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFitAll: () => void;
}

const BUTTON =
  'inline-flex min-h-8 min-w-11 items-center justify-center gap-1 rounded-md border border-zinc-300 px-2.5 py-1 text-sm hover:bg-zinc-100 touch:min-h-11 dark:border-zinc-700 dark:hover:bg-zinc-800';
// On a phone the symbols alone are seen (their words are still read out): one short row.
const WORDS = 'max-sm:sr-only';

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
        <span className={WORDS}>{t('timeline.zoomIn')}</span>
      </button>
      <button type="button" onClick={onZoomOut} className={BUTTON}>
        <span aria-hidden="true">−</span>
        <span className={WORDS}>{t('timeline.zoomOut')}</span>
      </button>
      <button type="button" onClick={onFitAll} className={BUTTON}>
        <span aria-hidden="true">↔</span>
        <span className={WORDS}>{t('timeline.fitAll')}</span>
      </button>
    </div>
  );
});
