import { readFileSync } from 'node:fs';

/** The text of a Garmin fixture file (`src/garmin/fixtures/<name>`), exactly as stored. */
export function garminFixtureText(name: string): string {
  return readFileSync(new URL(`../garmin/fixtures/${name}`, import.meta.url), 'utf8');
}

/** The parsed JSON of a Garmin fixture file. */
export function garminFixtureJson(name: string): unknown {
  return JSON.parse(garminFixtureText(name)) as unknown;
}

/** The bytes of a Garmin fixture file (a `.fit` file). */
export function garminFixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../garmin/fixtures/${name}`, import.meta.url)));
}
