import { describe, expect, it } from 'vitest';
import { isInflectionOf } from '../../../src/core/framing/lexical/morphology.js';

describe('isInflectionOf', () => {
  it.each([
    ['rages', 'rage'],
    ['raged', 'rage'],
    ['raging', 'rage'],
    ['gutted', 'gut'],
    ['gutting', 'gut'],
    ['fires', 'fire'],
    ['lashes', 'lash'],
    ['parties', 'party'],
    ['slammed', 'slam'],
    ['touted', 'tout'],
  ])('reads "%s" as a form of "%s"', (form, base) => {
    expect(isInflectionOf(form, base)).toBe(true);
  });

  it.each([
    ['rag', 'rage'],
    ['rage', 'rage'],
    ['guts', 'gust'],
    ['slamming', 'slim'],
    ['raider', 'raid'],
    ['boasting', 'boa'],
  ])('does not read "%s" as a form of "%s"', (form, base) => {
    expect(isInflectionOf(form, base)).toBe(false);
  });
});
