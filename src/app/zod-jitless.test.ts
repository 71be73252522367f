import { describe, expect, it, vi } from 'vitest';

describe('zod without new Function (src/app/zod-jitless.ts)', () => {
  it('is what zod reads once the entry module has set it, and its schemas then never compile code', async () => {
    vi.resetModules();
    delete (globalThis as { __zod_globalConfig?: unknown }).__zod_globalConfig;
    await import('./zod-jitless');
    const z = await import('zod/mini');
    expect(z.config().jitless).toBe(true);
    const compile = vi.spyOn(globalThis, 'Function');
    const schema = z.object({ id: z.string(), answers: z.record(z.string(), z.enum(['met', 'not_met'])) });
    expect(schema.safeParse({ id: 'a', answers: { x: 'met' } }).success).toBe(true);
    expect(compile).not.toHaveBeenCalled();
  });
});
