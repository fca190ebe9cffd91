import { buildSyntheticHistory } from './bench/fatigue.bench.js';
import { checkRule } from './src/inputs/dual-schema.js';
import { FATIGUE_SET_RULE } from './src/inputs/fatigue-set-schema.js';
import { FATIGUE_SESSION_RULE } from './src/inputs/fatigue-session-schema.js';
const input = buildSyntheticHistory(1);
const sets = input.sessions.flatMap((s) => s.sets ?? []);
const noSets = input.sessions.map(({ sets, ...rest }) => rest);
const time = (name: string, f: () => unknown) => { f(); f(); const t = performance.now(); for (let i = 0; i < 10; i++) f(); console.log(name, ((performance.now() - t) / 10).toFixed(2)); };
time('sets check', () => sets.every((s) => checkRule(FATIGUE_SET_RULE.spec, s)));
time('sessions (no sets) check', () => noSets.every((s) => checkRule(FATIGUE_SESSION_RULE.spec, s)));
const isNum = (v: unknown, min: number, max: number) => typeof v === 'number' && v >= min && v <= max && Number.isFinite(v);
time('hand set check', () => sets.every((s: any) => {
  for (const k in s) { if (k !== 'movement_id' && k !== 'reps' && k !== 'load_kg' && k !== 'rir' && k !== 'rpe' && k !== 'duration_seconds' && k !== 'warmup') return false; }
  return typeof s.movement_id === 'string' && s.movement_id.length > 0 && (s.reps == null || (isNum(s.reps, 0, 1e4) && Number.isInteger(s.reps))) && (s.load_kg == null || isNum(s.load_kg, 0, 1e4)) && (s.rir == null || isNum(s.rir, 0, 100)) && (s.rpe == null || isNum(s.rpe, 0, 10)) && (s.duration_seconds == null || isNum(s.duration_seconds, 0, 86400)) && (s.warmup == null || typeof s.warmup === 'boolean');
}));
import { compiledCheck } from './src/inputs/dual-schema.js';
const cs = compiledCheck(FATIGUE_SET_RULE); const cx = compiledCheck(FATIGUE_SESSION_RULE);
time('compiled sets', () => sets.every(cs));
time('compiled sessions (no sets)', () => noSets.every(cx));
time('compiled full sessions', () => input.sessions.every(cx));
