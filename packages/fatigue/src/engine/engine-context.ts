import type { ActivityCategory } from '@trainkit/core';
import { canonicalJson } from '../config/canonical-json.js';
import type { ActivityHeuristics, HeuristicsConfig } from '../config/heuristics-config-schema.js';
import { LOAD_METHODS, type LoadMethod, type SystemicClass } from '../config/heuristics-enums.js';
import type { MuscleMapEntry } from '../config/muscle-map-entry-schema.js';
import { sha256Hex } from '../config/sha256-hex.js';
import type { FatigueProfile } from '../inputs/fatigue-profile-schema.js';
import type { MovementMuscleMap, MuscleMaps } from '../inputs/muscle-maps-schema.js';
import { recoveryTauHours } from '../state/recovery-tau-hours.js';
import { HOUR_MS } from '../time/day-number.js';
import { ianaZoneClock, type ZoneClock } from '../time/zone-clock.js';

const LOWER_BODY_PATTERNS = new Set([
  'squat',
  'hinge',
  'lunge',
  'olympic',
  'jump',
  'knee_flexion',
  'knee_extension',
  'hip_abduction',
  'hip_adduction',
  'calf_raise',
]);

/** Internal: every muscle the engine tracks, with its constants, indexed for the hot loops. */
export interface MuscleRegistry {
  /** Muscle slugs, sorted. */
  readonly slugs: readonly string[];
  /** Slug -> index. */
  readonly index: ReadonlyMap<string, number>;
  /** τ in hours. */
  readonly tauHours: Float64Array;
  /** 1/τ in 1/ms. */
  readonly inverseTauMs: Float64Array;
  /** Display capacity (HSE). */
  readonly capacity: Float64Array;
  /** Hours to 90 % decay. */
  readonly recoveryHours90: Float64Array;
  /** True when the config lists the muscle's recovery time (false: config `default`). */
  readonly configured: readonly boolean[];
}

/** Internal: one movement, resolved against the registry. */
export interface MovementEntry {
  readonly systemicClass: SystemicClass;
  readonly muscleIndex: readonly number[];
  /** roleWeight · magnitude per entry. */
  readonly weight: readonly number[];
}

/** Internal: one activity, resolved against the config and maps. */
export interface ActivityEntry {
  readonly slug: string;
  readonly known: boolean;
  readonly heuristics: ActivityHeuristics;
  readonly category: ActivityCategory | null;
  readonly family: string;
  readonly muscleIndex: readonly number[];
  /** roleWeight · magnitude per entry. */
  readonly weight: readonly number[];
  /** Eccentric modifier per km of descent, per entry. */
  readonly eccentricPerKm: readonly number[];
}

/** Internal: everything derived once from config, profile and maps. */
export interface EngineContext {
  readonly config: HeuristicsConfig;
  readonly profile: FatigueProfile;
  readonly muscleMaps: MuscleMaps;
  readonly muscleMapsSha256: string;
  readonly registry: MuscleRegistry;
  readonly movements: ReadonlyMap<string, MovementEntry>;
  readonly activities: Map<string, ActivityEntry>;
  readonly profileClock: ZoneClock;
  readonly acuteTauHours: number;
  readonly acuteInverseTauMs: number;
  readonly methodRank: ReadonlyMap<LoadMethod, number>;
  /** Systemic class of a movement id (`compound_upper` when unknown). */
  readonly systemicClassOf: (movementId: string) => SystemicClass;
}

/** Internal: systemic class of a movement map (explicit, else from mechanic and pattern). */
export function systemicClassOfMovement(map: MovementMuscleMap | undefined): SystemicClass {
  if (map === undefined) return 'compound_upper';
  if (map.systemic_class != null) return map.systemic_class;
  if (map.mechanic === 'isolation') return 'isolation';
  if (map.mechanic === 'compound' && map.pattern != null && LOWER_BODY_PATTERNS.has(map.pattern)) return 'compound_lower';
  return 'compound_upper';
}

function buildRegistry(config: HeuristicsConfig, maps: MuscleMaps): MuscleRegistry {
  const names = new Set<string>();
  const addEntries = (entries: readonly MuscleMapEntry[] | null | undefined) => {
    for (const entry of entries ?? []) names.add(entry.muscle);
  };
  for (const key of Object.keys(config.muscles.recovery_hours_90)) if (key !== 'default') names.add(key);
  for (const key of Object.keys(config.muscles.capacity_hse)) if (key !== 'default') names.add(key);
  for (const activity of [...Object.values(config.activities), config.default_activity]) {
    addEntries(activity.muscles);
    for (const key of Object.keys(activity.eccentric_per_descent_km ?? {})) names.add(key);
  }
  for (const movement of Object.values(maps.movements)) addEntries(movement.muscles);
  for (const activity of Object.values(maps.activities ?? {})) addEntries(activity.muscles);
  const slugs = [...names].sort();
  const count = slugs.length;
  const tauHours = new Float64Array(count);
  const inverseTauMs = new Float64Array(count);
  const capacity = new Float64Array(count);
  const recoveryHours90 = new Float64Array(count);
  const configured: boolean[] = [];
  const recovery = config.muscles.recovery_hours_90;
  const capacities = config.muscles.capacity_hse;
  slugs.forEach((slug, position) => {
    const hours = recovery[slug] ?? recovery.default!;
    recoveryHours90[position] = hours;
    tauHours[position] = recoveryTauHours(hours);
    inverseTauMs[position] = 1 / (tauHours[position]! * HOUR_MS);
    capacity[position] = capacities[slug] ?? capacities.default!;
    configured.push(Object.hasOwn(recovery, slug));
  });
  return { slugs, index: new Map(slugs.map((slug, position) => [slug, position])), tauHours, inverseTauMs, capacity, recoveryHours90, configured };
}

function resolveEntries(
  entries: readonly MuscleMapEntry[],
  registry: MuscleRegistry,
  config: HeuristicsConfig,
): { muscleIndex: number[]; weight: number[] } {
  return {
    muscleIndex: entries.map((entry) => registry.index.get(entry.muscle)!),
    weight: entries.map((entry) => config.muscles.role_weights[entry.role] * entry.magnitude),
  };
}

const MAPS_SHA256 = new WeakMap<object, string>();

/** Internal: SHA-256 of the canonical JSON of validated muscle maps (memoized per object). */
export function muscleMapsSha256(maps: MuscleMaps): string {
  let hash = MAPS_SHA256.get(maps);
  if (hash === undefined) {
    hash = sha256Hex(canonicalJson(maps));
    MAPS_SHA256.set(maps, hash);
  }
  return hash;
}

/** Internal: builds the engine context. */
export function createEngineContext(config: HeuristicsConfig, profile: FatigueProfile, maps: MuscleMaps): EngineContext {
  const registry = buildRegistry(config, maps);
  const movements = new Map<string, MovementEntry>();
  for (const [id, movement] of Object.entries(maps.movements)) {
    movements.set(id, { systemicClass: systemicClassOfMovement(movement), ...resolveEntries(movement.muscles, registry, config) });
  }
  const acuteTauHours = recoveryTauHours(config.systemic.acute.recovery_hours_90);
  return {
    config,
    profile,
    muscleMaps: maps,
    muscleMapsSha256: muscleMapsSha256(maps),
    registry,
    movements,
    activities: new Map(),
    profileClock: ianaZoneClock(profile.time_zone),
    acuteTauHours,
    acuteInverseTauMs: 1 / (acuteTauHours * HOUR_MS),
    methodRank: new Map(LOAD_METHODS.map((method, position) => [method, position])),
    systemicClassOf: (movementId) => movements.get(movementId)?.systemicClass ?? 'compound_upper',
  };
}

/** Internal: the resolved activity (memoized in the context; unknown slugs use `default_activity`). */
export function activityEntry(context: EngineContext, slug: string): ActivityEntry {
  let entry = context.activities.get(slug);
  if (entry !== undefined) return entry;
  const configured = Object.hasOwn(context.config.activities, slug) ? context.config.activities[slug] : undefined;
  const heuristics = configured ?? context.config.default_activity;
  const mapOverride = context.muscleMaps.activities?.[slug];
  const entries = mapOverride?.muscles ?? heuristics.muscles ?? [];
  const resolved = resolveEntries(entries, context.registry, context.config);
  const eccentric = heuristics.eccentric_per_descent_km ?? {};
  const eccentricPerKm = entries.map((muscleEntry) => eccentric[muscleEntry.muscle] ?? 0);
  entry = {
    slug,
    known: configured !== undefined,
    heuristics,
    category: heuristics.category ?? null,
    family: heuristics.family ?? slug,
    ...resolved,
    eccentricPerKm,
  };
  if (context.activities.size < 10_000) context.activities.set(slug, entry);
  return entry;
}
