/**
 * zod compiles fast validators with new Function(); the Content Security Policy forbids that (and
 * reports the attempt), so zod must be told not to try before any schema is defined. zod keeps its
 * settings in this global (`config()` in zod/v4/core/core.js reads and writes it, so that copies of
 * zod share them): setting it here, instead of calling `config`, keeps zod itself out of the entry
 * module; the schemas load later, with the screens and the storage code that need them.
 * zod-jitless.test.ts holds zod to it.
 */
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true };

export {};
