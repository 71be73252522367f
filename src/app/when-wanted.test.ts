// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderFirstScreen } from './prerender';
import { appNeededNow, SIGNS_OF_A_VISITOR, whenWanted } from './when-wanted';

/** index.html's body as built: the pre-rendered welcome screen in #root. */
async function welcomeScreen() {
  const { body } = await renderFirstScreen();
  document.body.innerHTML = body;
}

describe('when the app starts (src/app/when-wanted.ts)', () => {
  beforeEach(async () => {
    document.documentElement.removeAttribute('data-prerender');
    window.__ocopTaps = [];
    window.__ocopVisitor = undefined;
    await welcomeScreen();
  });
  afterEach(() => vi.restoreAllMocks());

  it('waits while the pre-rendered welcome screen is only being read', () => {
    expect(appNeededNow()).toBe(false);
    const start = vi.fn();
    whenWanted(start);
    document.body.dispatchEvent(new Event('scroll'));
    expect(start).not.toHaveBeenCalled();
    document.body.dispatchEvent(new Event('touchstart', { bubbles: true }));
    expect(start).toHaveBeenCalledTimes(1);
  });

  it.each(SIGNS_OF_A_VISITOR)('starts once at the first %s, and listens no more', (type) => {
    const start = vi.fn();
    const removed = vi.spyOn(document, 'removeEventListener');
    whenWanted(start);
    document.querySelector('#root button')?.dispatchEvent(new Event(type, { bubbles: true }));
    document.body.dispatchEvent(new Event('keydown', { bubbles: true }));
    expect(start).toHaveBeenCalledTimes(1);
    expect(removed.mock.calls.map(([t]) => t).sort()).toEqual([...SIGNS_OF_A_VISITOR].sort());
  });

  it('starts at once when the screen needs the app', async () => {
    const cases: [string, () => void][] = [
      ['nothing pre-rendered (the dev server)', () => void (document.body.innerHTML = '<div id="root"></div>')],
      [
        'the screen hidden as not this visitor’s',
        () => document.documentElement.setAttribute('data-prerender', 'stale'),
      ],
      ['a tap already taken', () => void (window.__ocopTaps = [document.createElement('button')])],
      ['a visitor already seen by the inline script', () => void (window.__ocopVisitor = true)],
    ];
    for (const [, arrange] of cases) {
      document.documentElement.removeAttribute('data-prerender');
      window.__ocopTaps = [];
      window.__ocopVisitor = undefined;
      await welcomeScreen();
      arrange();
      const start = vi.fn();
      whenWanted(start);
      expect(start).toHaveBeenCalledTimes(1);
    }
  });

  it('the inline first-paint script notes the first sign of a visitor before any module runs', async () => {
    const { gateScript } = await renderFirstScreen();
    localStorage.clear();
    new Function(gateScript)();
    expect(window.__ocopVisitor).toBeUndefined();
    document.dispatchEvent(new Event('pointerdown'));
    expect(window.__ocopVisitor).toBe(true);
    expect(appNeededNow()).toBe(true);
  });
});
