import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test } from 'vitest';
import { useReturnFocus } from './use-return-focus.ts';

function Panel({
  opener,
  onClose,
  fallback,
}: {
  opener: HTMLElement | null;
  onClose: () => void;
  fallback?: () => void;
}) {
  const ref = useReturnFocus<HTMLDivElement>(opener, fallback);
  return (
    <div ref={ref}>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}

/** Two openers, a bystander button, and a panel that either opener opens. */
function Page({ removeOpenerOnClose = false, fallback }: { removeOpenerOnClose?: boolean; fallback?: () => void }) {
  const [opener, setOpener] = useState<HTMLElement | null>(null);
  const [open, setOpen] = useState(false);
  const [openerShown, setOpenerShown] = useState(true);
  const openWith = (element: HTMLElement) => {
    setOpener(element);
    setOpen(true);
  };
  return (
    <>
      {openerShown && (
        <button type="button" onClick={(e) => openWith(e.currentTarget)}>
          First opener
        </button>
      )}
      <button type="button" onClick={(e) => openWith(e.currentTarget)}>
        Second opener
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        Bystander closes
      </button>
      {open && (
        <Panel
          opener={opener}
          fallback={fallback}
          onClose={() => {
            setOpen(false);
            if (removeOpenerOnClose) setOpenerShown(false);
          }}
        />
      )}
    </>
  );
}

describe('useReturnFocus', () => {
  test('gives focus back to the opener when the panel closes with focus inside it', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(screen.getByRole('button', { name: 'First opener' }));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('button', { name: 'Close' })).toBeNull();
    expect(screen.getByRole('button', { name: 'First opener' })).toHaveFocus();
  });

  test('returns focus to the latest opener when another one reused the open panel', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(screen.getByRole('button', { name: 'First opener' }));
    await user.click(screen.getByRole('button', { name: 'Second opener' }));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('button', { name: 'Second opener' })).toHaveFocus();
  });

  test('leaves focus where the reader put it when the panel closes from outside', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(screen.getByRole('button', { name: 'First opener' }));
    const bystander = screen.getByRole('button', { name: 'Bystander closes' });
    bystander.focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('button', { name: 'Close' })).toBeNull();
    expect(bystander).toHaveFocus();
  });

  test('does nothing when the opener has left the page', async () => {
    const user = userEvent.setup();
    render(<Page removeOpenerOnClose />);
    await user.click(screen.getByRole('button', { name: 'First opener' }));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('button', { name: 'First opener' })).toBeNull();
    expect(document.body).toHaveFocus();
  });

  test('calls the fallback instead when the opener has left the page, and only then', async () => {
    const user = userEvent.setup();
    const focusSecond = () => screen.getByRole('button', { name: 'Second opener' }).focus();
    const { unmount } = render(<Page removeOpenerOnClose fallback={focusSecond} />);
    await user.click(screen.getByRole('button', { name: 'First opener' }));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('button', { name: 'Second opener' })).toHaveFocus();
    unmount();

    render(<Page fallback={focusSecond} />);
    await user.click(screen.getByRole('button', { name: 'First opener' }));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('button', { name: 'First opener' })).toHaveFocus();
  });
});
