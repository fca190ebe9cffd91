import type { TrainkitStorage } from '@trainkit/core';
import { DEMO_USER_ID, type DemoAthlete } from './generate-demo-athlete.js';

/**
 * Writes the demo athlete in one transaction. When the demo user already exists, it is deleted first (its rows
 * cascade), so running the demo again replaces the sample data instead of failing or duplicating it; no other user is
 * touched. The catalog must be seeded before.
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
    const provider = demo.providerActivity;
    if (provider) {
      await tx.ingestionRuns.insert(provider.run);
      await tx.externalActivityRecords.insert(provider.record);
    }
    await tx.activityInstances.insertMany([
      ...demo.logs.map((log) => log.activityInstance),
      ...(provider ? [provider.instance] : []),
    ]);
    await tx.activityStrengthSets.insertMany(demo.logs.flatMap((log) => log.strengthSets));
    if (provider) await tx.activityInstanceLinks.insert(provider.link);
    await tx.biometrics.insertMany(demo.biometrics);
    return { replaced };
  });
}
