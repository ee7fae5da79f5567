import { act, waitFor } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { smallCorpus } from '../../../tests/corpus-fixture.ts';
import { renderWithI18n } from '../../../tests/render-with-i18n.tsx';
import type { Language } from '../../model/corpus-schema.ts';
import { indexEvents } from '../../model/index-events.ts';
import { domainOfWindow } from '../../model/time-scale.ts';
import { overviewBrushLoaded, requestGestureDrawing } from './gesture-drawing.ts';
import { Overview } from './Overview.tsx';

// Its own file: d3-brush is fetched once per page (gesture-drawing.ts), and these tests need a
// page where it has not been yet.

const { index } = indexEvents(smallCorpus().events);
const extent = domainOfWindow({ from: '2024-12-01', to: '2025-03-31' });
const february = domainOfWindow({ from: '2025-02-01', to: '2025-02-28' });

function overview(lang: Language) {
  return renderWithI18n(
    <Overview
      index={index}
      shown={new Uint8Array(index.count).fill(1)}
      extent={extent}
      domain={february}
      viewport={{ width: 800, rtl: lang === 'ar' }}
      lang={lang}
      onPreview={() => undefined}
      onChoose={() => undefined}
    />,
    { lang },
  );
}

/** The window's box: the overview's own rectangle, or d3-brush's selection once it is in. */
function windowX(): { own: number | null; brush: number | null } {
  const x = (selector: string) => {
    const rect = document.querySelector(selector);
    return rect ? Number(rect.getAttribute('x')) : null;
  };
  return { own: x('[data-overview-window]'), brush: x('[data-overview-brush] .selection') };
}

describe('Overview', () => {
  test('draws the window over the corpus before d3-brush comes, mirrored in Arabic; the brush then takes the same place', async () => {
    const ltr = overview('en');
    const before = windowX();
    expect(before.brush).toBeNull();
    expect(before.own).toBeGreaterThan(0);
    ltr.unmount();
    const rtl = overview('ar');
    expect(windowX().own).toBeLessThan(800 - before.own!);
    rtl.unmount();

    overview('en');
    requestGestureDrawing();
    await act(() => overviewBrushLoaded);
    await waitFor(() => expect(windowX().brush).not.toBeNull());
    expect(windowX()).toEqual({ own: null, brush: before.own });
  });
});
