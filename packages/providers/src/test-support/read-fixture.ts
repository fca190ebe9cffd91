import { readFileSync } from 'node:fs';

/** The text of a fixture file of `provider` (`src/<provider>/fixtures/<name>`), exactly as stored. */
export function fixtureText(provider: 'strava' | 'whoop' | 'oura', name: string): string {
  return readFileSync(new URL(`../${provider}/fixtures/${name}`, import.meta.url), 'utf8');
}

/** The parsed JSON of a fixture file. */
export function fixtureJson(provider: 'strava' | 'whoop' | 'oura', name: string): unknown {
  return JSON.parse(fixtureText(provider, name)) as unknown;
}
