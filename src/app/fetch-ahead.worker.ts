/**
 * Fetches files into the browser's cache, off the page's main thread (src/app/ask-for-files.ts).
 * Asked for from the page, each file was a millisecond or more of the page's main thread on a phone;
 * here the page pays once, for this worker. A module's later import then finds the file in the
 * cache, which needs the host to let it be kept (the README's Hosting section). A file that fails
 * is left to that import, which fetches it again and reports a failure where the app can say so.
 *
 * Typed with the page's DOM types (the project has one set of libraries): in a worker, `self` is the
 * worker's scope, whose `onmessage` and `close()` these are.
 */

async function fetchAll(files: readonly string[]) {
  await Promise.allSettled(
    files.map(async (file) => {
      const response = await fetch(file);
      // Read to the end: a response is only kept in the cache whole.
      await response.arrayBuffer();
    }),
  );
}

/** Lists of files, each fetched whole before the next begins: what is needed first does not share the line. */
self.onmessage = async (event: MessageEvent<string[][]>) => {
  for (const files of event.data) await fetchAll(files);
  self.close();
};
