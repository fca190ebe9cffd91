import type { MovementDefinition } from './movement-definition.js';
import { MOVEMENTS } from './movements.js';

/** Movement definitions by slug (internal index behind the lookups). */
export const MOVEMENTS_BY_SLUG: ReadonlyMap<string, MovementDefinition> = new Map(MOVEMENTS.map((movement) => [movement.slug, movement]));
