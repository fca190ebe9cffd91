import type { NormalizationResult } from '@trainkit/providers';
import { APPLE_HEALTH_NORMALIZERS, normalizeAppleHealthRoute, type AppleHealthRouteReference } from '@trainkit/providers/apple-health';

/** Route files read per result. */
const ROUTES_PER_RESULT = 16;
/** The largest route file read (a GPX of many hours at 1 Hz is a few tens of megabytes). */
export const MAX_ROUTE_BYTES = 256 * 1024 * 1024;

/** A route file of an export: its path as a `FileReference` writes it (`/workout-routes/…gpx`) and how to read it. */
export interface RouteFile {
  readonly reference: string;
  read(): Promise<Uint8Array>;
}

/**
 * Normalizes the route files of an export, each with the workout that references it, in results of a few routes.
 * A route file no workout references, and a referenced file that is missing, are skipped with the reason; a file that
 * cannot be read is a failure.
 */
export async function* readAppleHealthRoutes(
  references: readonly AppleHealthRouteReference[],
  files: readonly RouteFile[],
  onRead: (file: RouteFile) => void = () => undefined,
): AsyncGenerator<NormalizationResult> {
  const workoutOf = new Map<string, string>();
  for (const reference of references) if (!workoutOf.has(reference.path)) workoutOf.set(reference.path, reference.workoutExternalId);
  let result = empty();
  let inResult = 0;
  const present = new Set<string>();
  for (const file of files) {
    present.add(file.reference);
    const workoutExternalId = workoutOf.get(file.reference);
    if (workoutExternalId === undefined) {
      result.skipped.push({ external_id: null, reason: 'a route file that no workout of the export references; not imported', path: [file.reference] });
      continue;
    }
    try {
      const bytes = await file.read();
      const route = normalizeAppleHealthRoute(bytes, { workoutExternalId, fileName: file.reference });
      result.drafts.push(...route.drafts);
      result.failures.push(...route.failures);
      result.skipped.push(...route.skipped);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      result.failures.push({ external_id: null, raw_payload: null, failure: { code: 'unsupported_file', message: `route file ${file.reference} could not be read: ${reason}`, path: [file.reference] } });
    }
    onRead(file);
    inResult += 1;
    if (inResult >= ROUTES_PER_RESULT) {
      yield result;
      result = empty();
      inResult = 0;
    }
  }
  for (const [reference, workoutExternalId] of workoutOf) {
    if (!present.has(reference)) {
      result.skipped.push({ external_id: workoutExternalId, reason: 'the route file this workout references is not in the export', path: [reference] });
    }
  }
  if (result.drafts.length > 0 || result.failures.length > 0 || result.skipped.length > 0) yield result;
}

function empty(): NormalizationResult {
  return { normalizer: APPLE_HEALTH_NORMALIZERS.workout_route, drafts: [], failures: [], skipped: [], next_token: null };
}
