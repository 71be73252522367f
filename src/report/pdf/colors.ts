import type { Tone } from '../model/types';

type Rgb = [number, number, number];

export const COLOR: Record<'text' | 'muted' | 'accent' | 'accentSoft' | 'rule' | 'barBack' | 'late', Rgb> = {
  text: [33, 33, 33],
  muted: [90, 90, 90],
  accent: [27, 94, 32],
  accentSoft: [232, 242, 233],
  rule: [190, 190, 190],
  barBack: [225, 225, 225],
  late: [183, 28, 28],
};

/** Each answer has its own shape as well as colour, so it reads in grey print too. */
export const TONE: Record<Tone, { color: Rgb; shape: 'disc' | 'half' | 'square' | 'diamond' | 'ring' | 'dash' }> = {
  met: { color: [46, 125, 50], shape: 'disc' },
  partly: { color: [230, 145, 0], shape: 'half' },
  not_met: { color: [198, 40, 40], shape: 'square' },
  unknown: { color: [117, 117, 117], shape: 'diamond' },
  na: { color: [150, 150, 150], shape: 'dash' },
  unanswered: { color: [117, 117, 117], shape: 'ring' },
};
