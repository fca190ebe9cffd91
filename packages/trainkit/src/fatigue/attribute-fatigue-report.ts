import { explain, type ExplainChannel, type FatigueReport } from '@trainkit/fatigue';
import { ATTRIBUTION_MIN_SHARE, type ChannelAttribution, type FatigueAttribution } from './fatigue-attribution-schema.js';

function channelAttribution(report: FatigueReport, channel: ExplainChannel, muscle?: string): ChannelAttribution {
  const explanation = explain(report, channel, muscle);
  const total = explanation.total;
  const listed: ChannelAttribution['sessions'] = [];
  let otherSessions = 0;
  let otherContribution = 0;
  for (const part of explanation.contributions) {
    const share = total > 0 ? part.contribution / total : 0;
    if (part.session_id !== null && share >= ATTRIBUTION_MIN_SHARE) {
      listed.push({ session_id: part.session_id, contribution: part.contribution, share });
    } else {
      if (part.session_id !== null && part.contribution !== 0) otherSessions += 1;
      otherContribution += part.contribution;
    }
  }
  listed.sort((a, b) => b.contribution - a.contribution || (a.session_id < b.session_id ? -1 : a.session_id > b.session_id ? 1 : 0));
  return { unit: explanation.unit, total, sessions: listed, other_sessions: otherSessions, other_contribution: otherContribution };
}

/**
 * Internal: the sessions behind the systemic channel, CTL, ATL and every fatigued muscle of a report (see
 * {@link FatigueAttributionSchema}).
 */
export function attributeFatigueReport(report: FatigueReport): FatigueAttribution {
  const muscles: FatigueAttribution['muscles'] = {};
  for (const [slug, state] of Object.entries(report.muscles)) {
    if (state.value_hse > 0) muscles[slug] = channelAttribution(report, 'muscle', slug);
  }
  return {
    min_share: ATTRIBUTION_MIN_SHARE,
    systemic: channelAttribution(report, 'systemic_acute'),
    ctl: channelAttribution(report, 'ctl'),
    atl: channelAttribution(report, 'atl'),
    muscles,
  };
}
