/* global ResizeObserver */
// The PMC chart: uPlot (served from the installed package as a global `uPlot`) with CTL, ATL and TSB as lines and
// the daily load as bars on a scale of its own.

const HEIGHT = 340;
const SERIES_COLOURS = { ctl: '#2563eb', atl: '#db2777', tsb: '#d97706', load: 'rgba(100, 116, 139, 0.35)' };

const oneDecimal = (_chart, value) => (value === null || value === undefined ? '–' : value.toFixed(1));

/**
 * Draws the series into `container` (replacing what was there), keeps it as wide as the container, and records the
 * number of days uPlot holds in `data-points`.
 */
export function drawPmcChart(container, points) {
  const uPlot = globalThis.uPlot;
  const days = points.map((point) => Date.parse(`${point.date}T00:00:00Z`) / 1000);
  const data = [days, points.map((point) => point.ctl), points.map((point) => point.atl), points.map((point) => point.tsb), points.map((point) => point.load)];
  const maxLoad = Math.max(1, ...points.map((point) => point.load));
  const options = {
    width: Math.max(320, container.clientWidth),
    height: HEIGHT,
    // Days are calendar days: draw them in UTC so no zone shifts a point to the previous day.
    tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
    cursor: { drag: { x: true, y: false } },
    scales: { x: { time: true }, load: { range: [0, maxLoad * 2.2] } },
    series: [
      { label: 'Day', value: (_chart, seconds) => (seconds === null ? '–' : new Date(seconds * 1000).toISOString().slice(0, 10)) },
      { label: 'Fitness (CTL)', stroke: SERIES_COLOURS.ctl, width: 2, value: oneDecimal },
      { label: 'Fatigue (ATL)', stroke: SERIES_COLOURS.atl, width: 2, value: oneDecimal },
      { label: 'Form (TSB)', stroke: SERIES_COLOURS.tsb, width: 2, dash: [6, 4], value: oneDecimal },
      {
        label: 'Load', scale: 'load', stroke: SERIES_COLOURS.load, fill: SERIES_COLOURS.load, width: 0,
        paths: uPlot.paths.bars({ size: [0.7, 14] }), points: { show: false }, value: oneDecimal,
      },
    ],
    axes: [
      { stroke: '#475569', grid: { stroke: '#e2e8f0' }, ticks: { stroke: '#cbd5e1' } },
      { label: 'CTL · ATL · TSB', stroke: '#475569', grid: { stroke: '#e2e8f0' }, ticks: { stroke: '#cbd5e1' } },
      { label: 'Load', scale: 'load', side: 1, stroke: '#94a3b8', grid: { show: false }, ticks: { stroke: '#cbd5e1' } },
    ],
  };
  container.replaceChildren();
  const chart = new uPlot(options, data, container);
  container.dataset.points = String(chart.data[0].length);
  new ResizeObserver(() => {
    const width = Math.max(320, container.clientWidth);
    if (width !== chart.width) chart.setSize({ width, height: HEIGHT });
  }).observe(container);
  return chart;
}
