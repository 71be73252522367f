import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * ARCHITECTURE.md draws which part may import which; eslint.config.js enforces it. The drawing is read
 * here and compared with the rule, so the two cannot drift apart.
 */

/** The arrows of ARCHITECTURE.md's import diagram: `part ─→ a, b, c` (or "(nothing of ours)"). */
function drawnArrows(): Map<string, string[]> {
  const doc = readFileSync(new URL('../ARCHITECTURE.md', import.meta.url), 'utf8');
  const section = doc.slice(doc.indexOf('## Which may import which'));
  const block = section.slice(section.indexOf('```') + 3, section.indexOf('```', section.indexOf('```') + 3));
  const arrows = new Map<string, string[]>();
  for (const line of block.split('\n')) {
    const match = /^(\S+)\s+─→\s+(.*)$/.exec(line);
    if (!match || match[1].startsWith('*')) continue;
    const targets = match[2].startsWith('(') ? [] : match[2].split(',').map((t) => t.trim().split(/\s/)[0]);
    arrows.set(match[1], targets);
  }
  return arrows;
}

describe('the import diagram', () => {
  // Loading the config loads eslint's plugins: seconds on a busy machine.
  it('draws exactly what lint allows, part by part', { timeout: 60_000 }, async () => {
    // A variable path: the config is plain JavaScript, loaded as it is, not type-checked here.
    const configPath = '../eslint.config.js';
    const { allowed } = (await import(/* @vite-ignore */ configPath)) as { allowed: Record<string, string[]> };
    const drawn = drawnArrows();
    expect([...drawn.keys()].sort()).toEqual(Object.keys(allowed).sort());
    for (const [part, targets] of Object.entries(allowed)) {
      const own = targets.filter((t) => t !== part).sort();
      expect({ part, imports: [...(drawn.get(part) ?? [])].sort() }).toEqual({ part, imports: own });
    }
  });
});
