import { decimal, el, text } from './dashboard.js';
// Colours the body map's muscles by fatigue and shows a tooltip with the hours to 90 % recovered.

/** Colour stops of the fatigue scale (percent → RGB); the legend's gradient in dashboard.css uses the same stops. */
const STOPS = [
  [0, [214, 240, 221]],
  [35, [253, 224, 139]],
  [65, [244, 132, 69]],
  [100, [185, 28, 48]],
];
/** Muscles the report does not track. */
const MISSING_COLOUR = '#cbd5e1';

/** The fill of a fatigue percentage on the scale. */
export function fatigueColour(percent) {
  const clamped = Math.min(100, Math.max(0, percent));
  for (let index = 1; index < STOPS.length; index += 1) {
    const [upper, high] = STOPS[index];
    const [lower, low] = STOPS[index - 1];
    if (clamped <= upper) {
      const share = (clamped - lower) / (upper - lower);
      const channel = (channelIndex) => Math.round(low[channelIndex] + share * (high[channelIndex] - low[channelIndex]));
      return `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`;
    }
  }
  return `rgb(${STOPS.at(-1)[1].join(', ')})`;
}

/** `middle_back` → `Middle back`. */
export function muscleName(slug) {
  const words = slug.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What the tooltip and the `<title>` say about a muscle. */
function describe(slug, state) {
  if (state === undefined) return `${muscleName(slug)}: not in the fatigue report`;
  return `${muscleName(slug)}: ${decimal(state.fatigue_percent)} % fatigued, ${decimal(state.hours_to_90_percent_recovered)} h to 90 % recovered`;
}

/**
 * Fills every `[data-muscle]` group of the SVG from `muscles` (the report's per-muscle states by slug), records the
 * shown values in `data-fatigue` / `data-hours`, and wires the tooltip to pointer and keyboard focus.
 */
export function paintBodyMap(figure, muscles, tooltip) {
  const groups = [...figure.querySelectorAll('[data-muscle]')];
  for (const group of groups) {
    const slug = group.dataset.muscle;
    const state = Object.hasOwn(muscles, slug) ? muscles[slug] : undefined;
    group.setAttribute('fill', state === undefined ? MISSING_COLOUR : fatigueColour(state.fatigue_percent));
    group.dataset.state = state === undefined ? 'missing' : 'reported';
    if (state !== undefined) {
      group.dataset.fatigue = decimal(state.fatigue_percent);
      group.dataset.hours = decimal(state.hours_to_90_percent_recovered);
    }
    text(group.querySelector('title'), describe(slug, state));
    const show = (x, y) => {
      const lines = state === undefined
        ? [el('span', {}, 'Not in the fatigue report')]
        : [
          el('span', { 'data-testid': 'tooltip-fatigue' }, `${decimal(state.fatigue_percent)} % fatigued`),
          el('span', { 'data-testid': 'tooltip-hours' }, `${decimal(state.hours_to_90_percent_recovered)} h to 90 % recovered`),
        ];
      tooltip.replaceChildren(el('strong', {}, muscleName(slug)), ...lines);
      tooltip.dataset.muscle = slug;
      tooltip.hidden = false;
      const box = figure.getBoundingClientRect();
      const left = Math.min(x - box.left + 14, box.width - tooltip.offsetWidth - 4);
      tooltip.style.left = `${Math.max(4, left)}px`;
      tooltip.style.top = `${Math.max(4, y - box.top + 14)}px`;
    };
    group.addEventListener('pointermove', (event) => show(event.clientX, event.clientY));
    group.addEventListener('focus', () => {
      const shape = group.getBoundingClientRect();
      show(shape.left + shape.width / 2, shape.top + shape.height / 2);
    });
    group.addEventListener('pointerleave', () => { tooltip.hidden = true; });
    group.addEventListener('blur', () => { tooltip.hidden = true; });
  }
}
