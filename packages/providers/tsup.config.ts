import { defineTrainkitBuild } from '../../tsup.shared.js';

export default defineTrainkitBuild({
  index: 'src/index.ts',
  'strava/index': 'src/strava/index.ts',
  'whoop/index': 'src/whoop/index.ts',
  'oura/index': 'src/oura/index.ts',
  'garmin/index': 'src/garmin/index.ts',
  'apple-health/index': 'src/apple-health/index.ts',
});
