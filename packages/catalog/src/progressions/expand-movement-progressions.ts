import type { MovementProgression } from './movement-progression-definition.js';
import type { MovementProgressionLadder, MovementVariationPair } from './movement-progression-ladders.js';

/**
 * Turns ladders and variation pairs into graph edges: for each ladder step a progression and the inverse regression,
 * for each pair a variation both ways. Edges come out in input order. Pure; duplicates are kept so that the catalog
 * tests can detect them.
 *
 * @example
 * ```ts
 * expandMovementProgressions([{ name: 'jump ladder', movements: ['jump_squat', 'box_jump'] }], []);
 * // [{ source: 'jump_squat', target: 'box_jump', relationshipType: 'progression', difficultyDelta: 1, notes: 'jump ladder' },
 * //  { source: 'box_jump', target: 'jump_squat', relationshipType: 'regression', difficultyDelta: -1, notes: 'jump ladder' }]
 * ```
 */
export function expandMovementProgressions(
  ladders: readonly MovementProgressionLadder[],
  variations: readonly MovementVariationPair[],
): MovementProgression[] {
  const edges: MovementProgression[] = [];
  for (const ladder of ladders) {
    for (let index = 1; index < ladder.movements.length; index += 1) {
      const easier = ladder.movements[index - 1] as string;
      const harder = ladder.movements[index] as string;
      const delta = ladder.steps?.[index - 1] ?? 1;
      edges.push({ source: easier, target: harder, relationshipType: 'progression', difficultyDelta: delta, notes: ladder.name });
      edges.push({ source: harder, target: easier, relationshipType: 'regression', difficultyDelta: negate(delta), notes: ladder.name });
    }
  }
  for (const pair of variations) {
    edges.push({ source: pair.from, target: pair.to, relationshipType: 'variation', difficultyDelta: pair.difficultyDelta, notes: pair.notes });
    edges.push({ source: pair.to, target: pair.from, relationshipType: 'variation', difficultyDelta: negate(pair.difficultyDelta), notes: pair.notes });
  }
  return edges;
}

/** Negates without producing `-0`, which would survive into stored rows as a surprising value. */
function negate(value: number): number {
  return value === 0 ? 0 : -value;
}
