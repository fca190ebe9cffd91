import type { TrainkitStorage } from '@trainkit/core';
import { DEMO_USER_ID, type DemoAthlete } from './generate-demo-athlete.js';

/**
 * Writes the demo athlete's own rows (profile, program, plan, manual logs, weigh-ins) in one transaction. When the
 * demo user already exists, it is deleted first (its rows cascade, the raw lake and ingestion runs included), so
 * running the demo again replaces the sample data instead of failing or duplicating it; no other user is touched.
 * The catalog must be seeded before. The provider data goes in afterwards, through the ingestion pipeline.
 *
 * @returns Whether an earlier demo athlete was replaced.
 *
 * @example
 * ```ts
 * const { replaced } = await writeDemoAthlete(storage, generateDemoAthlete(options));
 * ```
 */
export async function writeDemoAthlete(storage: TrainkitStorage, demo: DemoAthlete): Promise<{ replaced: boolean }> {
  return storage.transaction(async (tx) => {
    const replaced = (await tx.users.find(DEMO_USER_ID)) !== undefined;
    if (replaced) await tx.users.delete(DEMO_USER_ID);
    await tx.users.insert(demo.user);
    await tx.userProfiles.upsert(demo.profile);
    await tx.programs.insert(demo.program);
    await tx.programDisciplines.insertMany(demo.programDisciplines);
    await tx.plannedSessions.insertMany(demo.plannedSessions);
    await tx.plannedSessionExercises.insertMany(demo.plannedExercises);
    await tx.activityInstances.insertMany(demo.logs.map((log) => log.activityInstance));
    await tx.activityStrengthSets.insertMany(demo.logs.flatMap((log) => log.strengthSets));
    await tx.biometrics.insertMany(demo.biometrics);
    return { replaced };
  });
}
