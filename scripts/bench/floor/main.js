/**
 * The stack's own floor for the first screen: the libraries it cannot start without (React and
 * react-dom hydrating, XState and its React binding, i18next and react-i18next, zod/mini), each
 * used for real so the bundler keeps what an app using it keeps. No app code. Built and weighed
 * by scripts/bench/floor.mjs.
 */
import { createElement, StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { createActor, setup, assign } from 'xstate';
import { useSelector } from '@xstate/react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';
import * as z from 'zod/mini';

z.config({ jitless: true });
const Saved = z.object({ id: z.string(), answers: z.record(z.string(), z.enum(['met', 'not_met'])) });

const machine = setup({}).createMachine({
  context: { count: 0 },
  on: { add: { actions: assign({ count: ({ context }) => context.count + 1 }) } },
});
const actor = createActor(machine).start();

function Screen() {
  const { t } = useTranslation();
  const count = useSelector(actor, (s) => s.context.count);
  const saved = Saved.safeParse(JSON.parse(globalThis.localStorage.getItem('floor') ?? '{"id":"a","answers":{}}'));
  return createElement(
    'button',
    { onClick: () => actor.send({ type: 'add' }) },
    t('start', { count }),
    String(saved.success),
  );
}

const i18n = i18next.createInstance();
await i18n
  .use(initReactI18next)
  .init({ lng: 'vi', resources: { vi: { translation: { start: 'Bắt đầu {{count}}' } } } });
hydrateRoot(
  globalThis.document.getElementById('root'),
  createElement(StrictMode, null, createElement(I18nextProvider, { i18n }, createElement(Screen))),
);
