import { Fragment, StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { createActor, fromCallback } from 'xstate';
import { screenOf } from '../../machines/screens';
import type { StorageCommand } from '../../machines/storage-protocol';
import { wizardMachine } from '../../machines/wizard.machine';
import { LANGUAGES } from '../domain/languages';
import { prerenderI18n } from '../i18n/prerender-i18n';
import { App } from './app';
import { prerenderIsStale, STALE_ATTRIBUTE, WAITING_ATTRIBUTE } from './first-paint';
import { FIRST_PAINT_FACTS } from './first-paint-facts';

/**
 * Build time only (scripts/prerender-plugin.ts runs it in Node): the welcome screen as a first
 * visitor sees it, rendered by the app's own components into index.html, so the phone paints it
 * from the HTML alone and React then hydrates it. A first visitor: Vietnamese, nothing saved.
 */

/** Storage as on a device that has never run the app. */
const emptyDevice = fromCallback<StorageCommand>(({ sendBack }) => {
  sendBack({ type: 'library.loaded', entries: [], current: null, notices: [], quarantined: [] });
});

/** Every language's "Loading…", for the page's waiting line. */
const COMMON_WORDS = import.meta.glob<{ app: { loading: string } }>('../../locales/*/common.json', {
  eager: true,
  import: 'default',
});

/**
 * What a visitor for whom the pre-rendered screen is hidden (another language, saved assessments) sees
 * until the app has drawn the right screen: "Loading…" in every language of the app, since the page
 * cannot yet know which one to use. Shown by first-paint.css only while the screen is hidden.
 */
async function waitingLine(): Promise<string> {
  const words = LANGUAGES.map((lng) => {
    const common = COMMON_WORDS[`../../locales/${lng}/common.json`];
    if (!common) throw new Error(`Pre-render: no locales/${lng}/common.json`);
    return { lng, text: common.app.loading };
  });
  const { prelude } = await prerender(
    <p className="first-wait" role="status">
      {words.map(({ lng, text }, i) => (
        <Fragment key={lng}>
          {i ? ' · ' : null}
          <span lang={lng}>{text}</span>
        </Fragment>
      ))}
    </p>,
  );
  return new Response(prelude).text();
}

export async function renderFirstScreen(): Promise<{ html: string; gateScript: string; waitingLine: string }> {
  const i18n = await prerenderI18n();
  const actor = createActor(wizardMachine.provide({ actors: { storage: emptyDevice } }), { input: {} }).start();
  if (screenOf(actor.getSnapshot()) !== 'welcome') {
    throw new Error(
      `Pre-render: the wizard did not reach the welcome screen (${JSON.stringify(actor.getSnapshot().value)})`,
    );
  }
  const errors: unknown[] = [];
  const { prelude } = await prerender(
    <StrictMode>
      <App i18n={i18n} actor={actor} framed={false} />
    </StrictMode>,
    // React would quietly leave the part to the browser; a build must fail instead.
    { onError: (error) => void errors.push(error) },
  );
  actor.stop();
  if (errors.length) throw errors[0] instanceof Error ? errors[0] : new Error(String(errors[0]));
  const html = await new Response(prelude).text();
  return { html, gateScript: gateScript(), waitingLine: await waitingLine() };
}

/**
 * The inline script for index.html's <head> (its hash goes into the Content Security Policy): the
 * first-paint check (unreadable storage counts as stale: the app then shows a notice), and the
 * memory of buttons tapped and files chosen before the app runs (repeated by src/app/app-ready.ts).
 * A tap so remembered marks the page as waiting (`<html data-waiting>`, first-paint.css), so the
 * producer sees at once that it was taken.
 */
function gateScript(): string {
  // Line breaks and indentation only; every statement in the function ends with ; or }.
  const check = prerenderIsStale.toString().replace(/\n\s*/g, '');
  const facts = JSON.stringify(FIRST_PAINT_FACTS);
  return (
    `(function(){var s,d=document.documentElement;try{s=(${check})(localStorage,navigator.languages||[navigator.language],${facts})}catch(e){s=true}` +
    // In a frame, boot.tsx decides what to show (src/app/frame-guard.tsx): nothing before.
    `try{if(window.top!==window.self)s=true}catch(e){s=true}` +
    `if(s)d.setAttribute('${STALE_ATTRIBUTE}','stale');` +
    `var w=window;w.__ocopTaps=[];function keep(t){w.__ocopTaps.push(t);d.setAttribute('${WAITING_ATTRIBUTE}','')}` +
    `w.addEventListener('click',function(e){` +
    `var b=w.__ocopTaps&&e.target instanceof Element&&e.target.closest('#root button');if(b)keep(b)},true);` +
    // A file chosen in the welcome screen's file field (opening a saved assessment) is remembered the same way.
    `w.addEventListener('change',function(e){var f=e.target;` +
    `if(w.__ocopTaps&&f instanceof HTMLInputElement&&f.type==='file'&&f.closest('#root'))keep(f)},true)})()`
  );
}
