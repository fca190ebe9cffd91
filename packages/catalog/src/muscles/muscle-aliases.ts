import type { MuscleSlug } from './muscle-slugs.js';

/**
 * Other names of the muscle groups, as used by common exercise databases and by people: the 17 group names of
 * free-exercise-db (`lower back`, `middle back`, ...), the anatomical names of wger (`Biceps femoris`, `Anterior
 * deltoid`, `Obliquus externus`, ...) and gym shorthand (`quads`, `pecs`, `delts`). Keys are matched after
 * normalization (case, spacing and punctuation are ignored), see {@link findMuscle}. Slugs, display names and the
 * anatomical names of each muscle definition are matched as well and need not be repeated here.
 *
 * @example
 * ```ts
 * MUSCLE_ALIASES['biceps femoris']; // 'hamstrings'
 * ```
 */
export const MUSCLE_ALIASES: Readonly<Record<string, MuscleSlug>> = {
  pecs: 'chest',
  pectorals: 'chest',
  'upper chest': 'chest',
  delts: 'shoulders',
  deltoids: 'shoulders',
  'front delts': 'shoulders',
  'side delts': 'shoulders',
  'rear delts': 'shoulders',
  'rotator cuff': 'shoulders',
  'triceps brachii': 'triceps',
  latissimus: 'lats',
  'upper back': 'middle_back',
  rhomboids: 'middle_back',
  trapezius: 'traps',
  'neck flexors': 'neck',
  'neck extensors': 'neck',
  'biceps brachii': 'biceps',
  brachialis: 'biceps',
  grip: 'forearms',
  abs: 'abdominals',
  core: 'abdominals',
  'rectus abdominis': 'abdominals',
  'obliquus externus': 'obliques',
  'obliquus externus abdominis': 'obliques',
  'erector spinae': 'lower_back',
  erectors: 'lower_back',
  'spinal erectors': 'lower_back',
  lumbar: 'lower_back',
  'hip flexor': 'hip_flexors',
  psoas: 'hip_flexors',
  quads: 'quadriceps',
  'quadriceps femoris': 'quadriceps',
  'hip adductors': 'adductors',
  groin: 'adductors',
  'gluteus maximus': 'glutes',
  glute: 'glutes',
  'hip abductors': 'abductors',
  'gluteus medius': 'abductors',
  hamstring: 'hamstrings',
  'biceps femoris': 'hamstrings',
  calf: 'calves',
  gastrocnemius: 'calves',
  soleus: 'calves',
  shins: 'tibialis',
  'tibialis anterior': 'tibialis',
};
