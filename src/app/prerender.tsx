import { Fragment, StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { createActor, fromCallback } from 'xstate';
import { screenOf } from '../../machines/screens';
import type { StorageCommand } from '../../machines/storage-protocol';
import { wizardMachine } from '../../machines/wizard.machine';
import { LANGUAGES, type Language } from '../domain/languages';
import { DEFAULT_LANGUAGE } from '../i18n/config';
import { commonWords, prerenderI18n } from '../i18n/prerender-i18n';
import { App } from './app';
import { firstPaintLanguage, PRERENDER_ATTRIBUTE, WAITING_ATTRIBUTE } from './first-paint';
import { FIRST_PAINT_FACTS } from './first-paint-facts';
import { SIGNS_OF_A_VISITOR } from './when-wanted';

/**
 * Build time only (scripts/prerender-plugin.ts runs it in Node): the welcome screen as a first
 * visitor sees it, rendered by the app's own components into index.html, so the phone paints it
 * from the HTML alone and React then hydrates it. A first visitor: nothing saved; in Vietnamese in
 * `#root`, and in each other language in a `<template>` that the swap script puts into `#root`
 * before the first paint when that is the visitor's language.
 */

export interface FirstScreen {
  /** The welcome screen in the default language, for `#root`. */
  html: string;
  /** The same screen in every other language, each for its `<template id="first-screen-<lng>">`. */
  others: { lng: Language; html: string }[];
  /** For the top of <head>: the first-paint check and the memory of early taps. */
  gateScript: string;
  /** For right after `#root`: puts the visitor's language's screen into it. */
  swapScript: string;
  /** index.html's <body> part: the templates, then `#root` with `html` (the swap script goes right after it). */
  body: string;
  /** After the swap script: what stands in for a hidden screen. */
  waitingLine: string;
}

/** Storage as on a device that has never run the app. */
const emptyDevice = fromCallback<StorageCommand>(({ sendBack }) => {
  sendBack({ type: 'library.loaded', entries: [], current: null, notices: [], quarantined: [] });
});

const pageTitle = (lng: Language) => (commonWords(lng) as { app: { documentTitle: string } }).app.documentTitle;

/** Where the swap script finds a language's pre-rendered screen. */
const templateId = (lng: string) => `first-screen-${lng}`;

async function renderWelcome(lng: Language): Promise<string> {
  const i18n = await prerenderI18n(lng);
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
  return new Response(prelude).text();
}

/**
 * What a visitor for whom no pre-rendered screen fits (saved assessments) sees until the app has drawn
 * the right screen: "Loading…" in every language of the app, since the page cannot yet know which one
 * to use. Shown by first-paint.css only while the screen is hidden, or a tap is being answered.
 */
async function waitingLine(): Promise<string> {
  const { prelude } = await prerender(
    <p className="first-wait" role="status">
      {LANGUAGES.map((lng, i) => (
        <Fragment key={lng}>
          {i ? ' · ' : null}
          <span lang={lng}>{(commonWords(lng) as { app: { loading: string } }).app.loading}</span>
        </Fragment>
      ))}
    </p>,
  );
  return new Response(prelude).text();
}

export async function renderFirstScreen(): Promise<FirstScreen> {
  const html = await renderWelcome(DEFAULT_LANGUAGE);
  const others = await Promise.all(
    LANGUAGES.filter((lng) => lng !== DEFAULT_LANGUAGE).map(async (lng) => ({ lng, html: await renderWelcome(lng) })),
  );
  // Each with its page title (escaped by React, as an attribute), which the swap script puts in too.
  const templates = await Promise.all(
    others.map(async (other) => {
      const { prelude } = await prerender(<template id={templateId(other.lng)} data-title={pageTitle(other.lng)} />);
      return (await new Response(prelude).text()).replace('</template>', `${other.html}</template>`);
    }),
  );
  return {
    html,
    others,
    gateScript: gateScript(),
    swapScript: swapScript(),
    // The templates first: the swap script right after #root then leaves the browser no moment to show an
    // empty page between the two.
    body: `${templates.join('')}<div id="root">${html}</div>`,
    waitingLine: await waitingLine(),
  };
}

/**
 * The inline script for index.html's <head> (its hash goes into the Content Security Policy): the
 * first-paint check (unreadable storage counts as "none fits": the app then shows a notice), and the
 * memory of buttons tapped and files chosen before the app runs (repeated by src/app/app-ready.ts), and
 * of a visitor's first touch (src/app/when-wanted.ts).
 * A tap so remembered marks the page as waiting (`<html data-waiting>`, first-paint.css), so the
 * producer sees at once that it was taken.
 */
function gateScript(): string {
  // Line breaks and indentation only; every statement in the function ends with ; or }.
  const check = firstPaintLanguage.toString().replace(/\n\s*/g, '');
  const facts = JSON.stringify(FIRST_PAINT_FACTS);
  return (
    `(function(){var l,d=document.documentElement;try{l=(${check})(localStorage,navigator.languages||[navigator.language],${facts})}catch(e){l=null}` +
    // In a frame, boot.tsx decides what to show (src/app/framed-by-other-origin.ts): nothing before.
    `try{if(window.top!==window.self)l=null}catch(e){l=null}` +
    `if(l===null)d.setAttribute('${PRERENDER_ATTRIBUTE}','stale');else if(l!==d.lang)d.setAttribute('${PRERENDER_ATTRIBUTE}',l);` +
    `var w=window;w.__ocopTaps=[];function keep(t){w.__ocopTaps.push(t);d.setAttribute('${WAITING_ATTRIBUTE}','')}` +
    // The first sign of a visitor: the app starts then (src/app/when-wanted.ts).
    `${JSON.stringify(SIGNS_OF_A_VISITOR)}.forEach(function(t){w.addEventListener(t,function(){w.__ocopVisitor=true},{capture:true,passive:true,once:true})});` +
    `w.addEventListener('click',function(e){` +
    `var b=w.__ocopTaps&&e.target instanceof Element&&e.target.closest('#root button');if(b)keep(b)},true);` +
    // A file chosen in the welcome screen's file field (opening a saved assessment) is remembered the same way.
    `w.addEventListener('change',function(e){var f=e.target;` +
    `if(w.__ocopTaps&&f instanceof HTMLInputElement&&f.type==='file'&&f.closest('#root'))keep(f)},true)})()`
  );
}

/**
 * The inline script right after `#root` in index.html (its hash also in the policy): when the gate
 * chose another language's screen, it replaces `#root`'s content with that language's template and
 * sets `<html lang>` and the page title, before the first paint (`#root` stays hidden until then, so nothing else shows).
 * Without the template, the screen is hidden as stale and the app draws it.
 */
function swapScript(): string {
  const a = PRERENDER_ATTRIBUTE;
  return (
    `(function(){var d=document.documentElement,l=d.getAttribute('${a}');if(!l||l==='stale')return;` +
    `var t=document.getElementById('${templateId('')}'+l),r=document.getElementById('root');` +
    `if(t instanceof HTMLTemplateElement&&r){r.replaceChildren(t.content.cloneNode(true));d.lang=l;` +
    `document.title=t.getAttribute('data-title')||document.title;d.removeAttribute('${a}')}` +
    `else d.setAttribute('${a}','stale')})()`
  );
}
