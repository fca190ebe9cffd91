/**
 * Test fixtures shared by the package's tests (not part of the public API, not published).
 */
import type { FatigueSessionInput } from '../inputs/fatigue-session-schema.js';

/** The TV8 movement map of fatigue.md §2 (squat, bench press, Romanian deadlift). */
export const TV8_MUSCLE_MAPS = {
  movements: {
    squat: {
      systemic_class: 'compound_lower',
      muscles: [
        { muscle: 'quadriceps', role: 'primary', magnitude: 1.0 },
        { muscle: 'glutes', role: 'primary', magnitude: 0.8 },
        { muscle: 'adductors', role: 'secondary', magnitude: 0.6 },
        { muscle: 'lower_back', role: 'stabilizer', magnitude: 0.5 },
        { muscle: 'abdominals', role: 'stabilizer', magnitude: 0.3 },
      ],
    },
    bench: {
      systemic_class: 'compound_upper',
      muscles: [
        { muscle: 'chest', role: 'primary', magnitude: 1.0 },
        { muscle: 'triceps', role: 'secondary', magnitude: 0.7 },
        { muscle: 'shoulders', role: 'secondary', magnitude: 0.6 },
      ],
    },
    rdl: {
      systemic_class: 'compound_lower',
      muscles: [
        { muscle: 'hamstrings', role: 'primary', magnitude: 1.0 },
        { muscle: 'glutes', role: 'primary', magnitude: 0.7 },
        { muscle: 'lower_back', role: 'secondary', magnitude: 0.7 },
        { muscle: 'forearms', role: 'stabilizer', magnitude: 0.5 },
        { muscle: 'traps', role: 'stabilizer', magnitude: 0.3 },
      ],
    },
  },
} as const;

/** The TV7 session's sets: 3×5 squat @100 RIR 2, 3×8 bench @70 RIR 1, 3×10 RDL @80 RIR 3. */
export const TV7_SETS = [
  ...Array.from({ length: 3 }, () => ({ movement_id: 'squat', reps: 5, load_kg: 100, rir: 2 })),
  ...Array.from({ length: 3 }, () => ({ movement_id: 'bench', reps: 8, load_kg: 70, rir: 1 })),
  ...Array.from({ length: 3 }, () => ({ movement_id: 'rdl', reps: 10, load_kg: 80, rir: 3 })),
];

/** A lifting session with the TV7 sets at `startedAt`, 60 min, session RPE 7. */
export function tv7Session(id: string, startedAt: string, extra: Partial<FatigueSessionInput> = {}): FatigueSessionInput {
  return { id, activity: 'lifting', started_at: startedAt, duration_seconds: 3600, rpe: 7, sets: TV7_SETS, ...extra };
}

/** A session whose load is exactly `load` LU by the power rung (1 h, NP = FTP·√(load/100), FTP 250 W). */
export function powerSession(id: string, startedAt: string, load: number, extra: Partial<FatigueSessionInput> = {}): FatigueSessionInput {
  return {
    id,
    activity: 'cycling',
    started_at: startedAt,
    duration_seconds: 3600,
    normalized_power_w: 250 * Math.sqrt(load / 100),
    ...extra,
  };
}

/** Absolute-or-relative closeness used by the golden tests (fatigue.md §2 tolerances). */
export function close(actual: number, expected: number, absolute = 1e-6): boolean {
  return Math.abs(actual - expected) <= absolute;
}

/** `|a − b| <= tolerance·(1 + |a|)`, fatigue.md §3's comparison. */
export function near(a: number, b: number, tolerance = 1e-9): boolean {
  return Math.abs(a - b) <= tolerance * (1 + Math.abs(a));
}

/** Every number anywhere in a value, with its path. */
export function numbersIn(value: unknown, path = '$', found: Array<[string, number]> = []): Array<[string, number]> {
  if (typeof value === 'number') found.push([path, value]);
  else if (Array.isArray(value)) value.forEach((item, index) => numbersIn(item, `${path}[${index}]`, found));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) numbersIn(item, `${path}.${key}`, found);
  }
  return found;
}
