import { buildSyntheticHistory } from './bench/fatigue.bench.js';
import { resolveEngineInput } from './src/engine/resolve-engine-input.js';
import { createEngineContext } from './src/engine/engine-context.js';
import { prepareAll, buildStateFromPrepared } from './src/engine/fatigue-state.js';
import { summarizeParsed } from './src/engine/summarize-fatigue-state.js';
const input = buildSyntheticHistory(1);
const resolved = resolveEngineInput(input);
const ctx = createEngineContext(resolved.config, resolved.parsed.profile, resolved.maps);
const opts = { historyStartDay: null, untrackedDays: new Set<number>(), pmcFromDay: null };
for (let i = 0; i < 30; i++) { const p = prepareAll(resolved.parsed.sessions, ctx); const s = buildStateFromPrepared(ctx, p, Date.parse(resolved.parsed.asOf), opts, []); summarizeParsed(s, null, null, false); }
