import {
  EquipmentSchema,
  MovementPatternSchema,
  NotFoundError,
  parseWithSchema,
  ValidationError,
  type IdFactory,
  type Instant,
  type TrainkitRepositories,
  type TrainkitStorage,
  type UserId,
  type UserMovementConstraintId,
  type UserSkillProfileId,
} from '@trainkit/core';
import { buildProgressionGraph, scaleMovement, type GraphMovement } from '@trainkit/planning';
import { z } from 'zod';
import { parseUserIdArgument } from '../users/create-users-api.js';
import { resolveDisciplineArgument, resolveMovementArgument } from './resolve-skill-references.js';
import { SetConstraintInputSchema } from './set-constraint-input-schema.js';
import { SetSkillInputSchema } from './set-skill-input-schema.js';
import type { TrainkitScaleResult } from './trainkit-scale-result.js';
import type { TrainkitSkills } from './trainkit-skills.js';

const EquipmentListSchema = z.array(EquipmentSchema).readonly().nullable().optional();

async function existingUser(repositories: TrainkitRepositories, id: unknown, subject: string): Promise<UserId> {
  const userId = parseUserIdArgument(id, subject, 'userId');
  if (!(await repositories.users.find(userId))) throw new NotFoundError('user', userId);
  return userId;
}

function summary(movement: GraphMovement | undefined): { id: string; slug: string; name: string } | null {
  return movement === undefined ? null : { id: movement.id, slug: movement.slug, name: movement.name };
}

/** Internal: the `skills` part of the facade; `now` stamps `created_at` / `updated_at`, `ids` names new rows. */
export function createSkillsApi(storage: TrainkitStorage, deps: { readonly ids: IdFactory; readonly now: () => Instant }): TrainkitSkills {
  return {
    async setSkill(input) {
      const parsed = parseWithSchema(SetSkillInputSchema, input, 'skill');
      const userId = await existingUser(storage, parsed.userId, 'skill');
      let scopeId: string;
      if (parsed.scopeType === 'movement') {
        scopeId = (await resolveMovementArgument(storage, parsed.scope, { subject: 'skill', path: 'scope' })).id;
      } else if (parsed.scopeType === 'discipline') {
        scopeId = (await resolveDisciplineArgument(storage, parsed.scope, { subject: 'skill', path: 'scope' })).id;
      } else {
        const pattern = MovementPatternSchema.safeParse(parsed.scope);
        if (!pattern.success) {
          throw new ValidationError('skill', [
            { path: 'scope', rule: 'invalid_value', message: `must be a movement pattern (${MovementPatternSchema.options.join(', ')}), got ${JSON.stringify(parsed.scope)}` },
          ]);
        }
        scopeId = pattern.data;
      }
      const now = deps.now();
      const values = { skill_level: parsed.level, can_do_flag: parsed.canDo ?? true, notes: parsed.notes ?? null, updated_at: now };
      return storage.transaction(async (tx) => {
        const [current] = await tx.skillProfiles.list(userId, { where: { scope_type: parsed.scopeType, scope_id: scopeId }, limit: 1 });
        if (current !== undefined) return tx.skillProfiles.update(userId, current.id, values);
        return tx.skillProfiles.insert({
          id: deps.ids() as UserSkillProfileId,
          user_id: userId,
          scope_type: parsed.scopeType,
          scope_id: scopeId,
          created_at: now,
          ...values,
        });
      });
    },

    async listSkills(options) {
      const userId = await existingUser(storage, options.userId, 'skills');
      return storage.skillProfiles.list(userId, {
        ...(options.scopeType === undefined ? {} : { where: { scope_type: options.scopeType } }),
        orderBy: [{ column: 'scope_type' }, { column: 'scope_id' }],
      });
    },

    async setConstraint(input) {
      const parsed = parseWithSchema(SetConstraintInputSchema, input, 'movement constraint');
      const userId = await existingUser(storage, parsed.userId, 'movement constraint');
      const movement = await resolveMovementArgument(storage, parsed.movement, { subject: 'movement constraint', path: 'movement' });
      const now = deps.now();
      const values = { level: parsed.level, reason: parsed.reason ?? null, updated_at: now };
      return storage.transaction(async (tx) => {
        const [current] = await tx.movementConstraints.list(userId, { where: { movement_id: movement.id }, limit: 1 });
        if (current !== undefined) return tx.movementConstraints.update(userId, current.id, values);
        return tx.movementConstraints.insert({
          id: deps.ids() as UserMovementConstraintId,
          user_id: userId,
          movement_id: movement.id,
          created_at: now,
          ...values,
        });
      });
    },

    async listConstraints(options) {
      const userId = await existingUser(storage, options.userId, 'movement constraints');
      return storage.movementConstraints.list(userId, {
        ...(options.level === undefined ? {} : { where: { level: options.level } }),
        orderBy: [{ column: 'movement_id' }],
      });
    },

    async scale(options): Promise<TrainkitScaleResult> {
      const userId = await existingUser(storage, options.userId, 'scale');
      if (typeof options.movement !== 'string') {
        throw new ValidationError('scale', [{ path: 'movement', rule: 'invalid_type', message: 'must be a movement slug or id' }]);
      }
      const equipment = parseWithSchema(z.object({ equipment: EquipmentListSchema }), { equipment: options.equipment }, 'scale').equipment;
      const prescribed = await resolveMovementArgument(storage, options.movement, { subject: 'scale', path: 'movement' });
      const discipline =
        options.discipline === undefined || options.discipline === null
          ? null
          : await resolveDisciplineArgument(storage, options.discipline, { subject: 'scale', path: 'discipline' });
      const [movements, edges, skills, constraints] = await Promise.all([
        storage.movements.list(),
        storage.movementProgressions.list(),
        storage.skillProfiles.list(userId),
        storage.movementConstraints.list(userId),
      ]);
      const graph = buildProgressionGraph(edges, movements);
      const result = scaleMovement({
        movementId: prescribed.id,
        graph,
        skills,
        constraints,
        equipment: equipment ?? null,
        disciplineId: discipline?.id ?? null,
      });
      return {
        ...result,
        prescribed_movement: summary(graph.movements.get(result.prescribed_movement_id)) ?? { id: prescribed.id, slug: prescribed.slug, name: prescribed.name },
        movement: result.movement_id === null ? null : summary(graph.movements.get(result.movement_id)),
      };
    },
  };
}
