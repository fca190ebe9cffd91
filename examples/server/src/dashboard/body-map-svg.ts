/** The muscles the fatigue report tracks, in the order the dashboard lists them (head to feet, front before back). */
export const BODY_MAP_MUSCLES = [
  'neck', 'traps', 'shoulders', 'chest', 'biceps', 'triceps', 'forearms', 'lats', 'middle_back', 'lower_back',
  'abdominals', 'obliques', 'hip_flexors', 'glutes', 'abductors', 'adductors', 'quadriceps', 'hamstrings', 'calves', 'tibialis',
] as const;

/** One of {@link BODY_MAP_MUSCLES}. */
export type BodyMapMuscle = (typeof BODY_MAP_MUSCLES)[number];

type Point = readonly [x: number, y: number];
type Shape =
  | { readonly kind: 'ellipse'; readonly cx: number; readonly cy: number; readonly rx: number; readonly ry: number; readonly rotate?: number }
  | { readonly kind: 'polygon'; readonly points: readonly Point[] }
  | { readonly kind: 'path'; readonly d: string };

/** A muscle drawn on one view: its shapes on the figure's right half, mirrored to the left unless it sits on the midline. */
interface MuscleDrawing {
  readonly muscle: BodyMapMuscle;
  readonly shapes: readonly Shape[];
  readonly midline?: boolean;
}

// Each figure is drawn in a 200 × 450 box, centred on x = 100 and facing the viewer.
const FIGURE_WIDTH = 200;
const ellipse = (cx: number, cy: number, rx: number, ry: number, rotate = 0): Shape => ({ kind: 'ellipse', cx, cy, rx, ry, rotate });
const polygon = (...points: Point[]): Shape => ({ kind: 'polygon', points });

const SILHOUETTE_MIDLINE: readonly Shape[] = [
  ellipse(100, 32, 18, 23),
  polygon([90, 48], [110, 48], [114, 78], [86, 78]),
  {
    kind: 'path',
    d: 'M66,76 Q100,70 134,76 Q151,82 151,96 L148,132 Q140,160 138,190 Q144,212 142,236 L58,236 Q56,212 62,190 Q60,160 52,132 L49,96 Q49,82 66,76 Z',
  },
];
const SILHOUETTE_SIDE: readonly Shape[] = [
  ellipse(155, 130, 14, 47, -10),
  ellipse(167, 206, 11, 41, -8),
  ellipse(173, 258, 8, 14, -8),
  ellipse(120, 286, 21, 60),
  ellipse(119, 382, 13, 46),
  ellipse(121, 430, 12, 7),
];

const FRONT: readonly MuscleDrawing[] = [
  { muscle: 'neck', midline: true, shapes: [polygon([93, 56], [107, 56], [109, 76], [91, 76])] },
  { muscle: 'shoulders', shapes: [ellipse(142, 93, 12, 16, 25)] },
  { muscle: 'chest', shapes: [polygon([101, 86], [130, 83], [143, 97], [138, 116], [118, 123], [101, 120])] },
  { muscle: 'biceps', shapes: [ellipse(156, 134, 8.5, 26, -10)] },
  { muscle: 'forearms', shapes: [ellipse(167, 202, 8, 31, -8)] },
  { muscle: 'abdominals', midline: true, shapes: [polygon([89, 127], [111, 127], [112, 200], [100, 212], [88, 200])] },
  { muscle: 'obliques', shapes: [polygon([115, 129], [141, 133], [137, 184], [116, 202])] },
  { muscle: 'hip_flexors', shapes: [polygon([106, 212], [124, 205], [119, 234], [106, 240])] },
  { muscle: 'abductors', shapes: [ellipse(137, 240, 5, 16, -8)] },
  { muscle: 'adductors', shapes: [polygon([102, 244], [113, 240], [110, 304], [104, 306])] },
  { muscle: 'quadriceps', shapes: [ellipse(125, 288, 13, 45, -4)] },
  { muscle: 'tibialis', shapes: [ellipse(124, 380, 5, 32, -3)] },
];

const BACK: readonly MuscleDrawing[] = [
  { muscle: 'neck', midline: true, shapes: [polygon([93, 52], [107, 52], [108, 66], [92, 66])] },
  { muscle: 'traps', midline: true, shapes: [polygon([100, 60], [112, 70], [141, 83], [118, 91], [100, 126], [82, 91], [59, 83], [88, 70])] },
  { muscle: 'shoulders', shapes: [ellipse(144, 95, 12, 15, 25)] },
  { muscle: 'middle_back', shapes: [polygon([102, 98], [118, 93], [130, 105], [124, 131], [102, 142])] },
  { muscle: 'lats', shapes: [polygon([132, 108], [147, 102], [143, 141], [133, 178], [115, 186], [125, 137])] },
  { muscle: 'lower_back', shapes: [polygon([102, 148], [114, 142], [116, 200], [102, 208])] },
  { muscle: 'triceps', shapes: [ellipse(156, 132, 8.5, 27, -10)] },
  { muscle: 'forearms', shapes: [ellipse(167, 202, 8, 31, -8)] },
  { muscle: 'abductors', shapes: [ellipse(134, 214, 9, 11, 20)] },
  { muscle: 'glutes', shapes: [ellipse(118, 236, 18, 17)] },
  { muscle: 'hamstrings', shapes: [ellipse(121, 298, 13, 40, -3)] },
  { muscle: 'calves', shapes: [ellipse(119, 372, 11, 28)] },
];

/** Display name of a muscle slug (`middle_back` → `Middle back`). */
function muscleName(muscle: string): string {
  const words = muscle.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The body map: an inline SVG of a stylised figure from the front and from the back, with one `<g class="muscle"
 * data-muscle="<slug>">` (holding a `<title>`) per muscle and view. It holds no data: the overview page's script
 * colours each group by the muscle's fatigue and fills in its title. Every slug of {@link BODY_MAP_MUSCLES} is
 * drawn at least once.
 *
 * @example
 * ```ts
 * const html = `<figure class="body-map">${bodyMapSvg()}</figure>`;
 * ```
 */
export function bodyMapSvg(): string {
  const views = [
    { label: 'Front', drawings: FRONT, offsetX: 0 },
    { label: 'Back', drawings: BACK, offsetX: FIGURE_WIDTH + 40 },
  ];
  const figures = views.map((view) => [
    `<g class="figure" data-view="${view.label.toLowerCase()}" transform="translate(${view.offsetX} 0)">`,
    `<g class="silhouette">${[...SILHOUETTE_MIDLINE, ...SILHOUETTE_SIDE.flatMap((shape) => [shape, mirror(shape)])].map(shapeSvg).join('')}</g>`,
    ...view.drawings.map((drawing) => {
      const shapes = drawing.midline === true ? drawing.shapes : drawing.shapes.flatMap((shape) => [shape, mirror(shape)]);
      return `<g class="muscle" data-muscle="${drawing.muscle}" tabindex="0"><title>${muscleName(drawing.muscle)}</title>${shapes.map(shapeSvg).join('')}</g>`;
    }),
    `<text class="view-label" x="100" y="458" text-anchor="middle">${view.label}</text>`,
    '</g>',
  ].join(''));
  return `<svg class="body-map-svg" viewBox="0 0 ${2 * FIGURE_WIDTH + 40} 470" role="img" aria-labelledby="body-map-title">`
    + '<title id="body-map-title">Muscle fatigue, front and back</title>'
    + `${figures.join('')}</svg>`;
}

function mirror(shape: Shape): Shape {
  switch (shape.kind) {
    case 'ellipse':
      return { ...shape, cx: FIGURE_WIDTH - shape.cx, rotate: -(shape.rotate ?? 0) };
    case 'polygon':
      return { kind: 'polygon', points: shape.points.map(([x, y]) => [FIGURE_WIDTH - x, y] as const) };
    case 'path':
      throw new Error('paths are drawn on the midline only');
  }
}

function shapeSvg(shape: Shape): string {
  switch (shape.kind) {
    case 'ellipse': {
      const rotation = shape.rotate === undefined || shape.rotate === 0 ? '' : ` transform="rotate(${shape.rotate} ${shape.cx} ${shape.cy})"`;
      return `<ellipse cx="${shape.cx}" cy="${shape.cy}" rx="${shape.rx}" ry="${shape.ry}"${rotation}/>`;
    }
    case 'polygon':
      return `<polygon points="${shape.points.map(([x, y]) => `${x},${y}`).join(' ')}"/>`;
    case 'path':
      return `<path d="${shape.d}"/>`;
  }
}
