import type { MuscleDefinition } from './muscle-definition.js';

/**
 * The 20 muscle groups, in display order (upper body push, pull, arms, trunk, hips and thighs, lower leg).
 *
 * Regions: `lower_back` is trunk (`core`); `neck` sits with the upper-body pulling muscles it shares load with
 * (trapezius in shrugs, carries and wrestling bridges); `adductors` and `hip_flexors` are `lower_anterior`, `abductors`
 * (gluteus medius and minimus, tensor fasciae latae) `lower_posterior`.
 *
 * @example
 * ```ts
 * MUSCLES.filter((muscle) => muscle.region === 'lower_posterior').map((muscle) => muscle.slug);
 * // ['glutes', 'abductors', 'hamstrings']
 * ```
 */
export const MUSCLES: readonly MuscleDefinition[] = [
  { slug: 'chest', name: 'Chest', region: 'upper_push', anatomy: ['pectoralis major', 'pectoralis minor', 'serratus anterior'] },
  { slug: 'shoulders', name: 'Shoulders', region: 'upper_push', anatomy: ['anterior deltoid', 'lateral deltoid', 'posterior deltoid', 'rotator cuff'] },
  { slug: 'triceps', name: 'Triceps', region: 'arms', anatomy: ['triceps brachii', 'anconeus'] },
  { slug: 'lats', name: 'Lats', region: 'upper_pull', anatomy: ['latissimus dorsi', 'teres major'] },
  { slug: 'middle_back', name: 'Middle back', region: 'upper_pull', anatomy: ['rhomboids', 'middle trapezius', 'lower trapezius', 'infraspinatus'] },
  { slug: 'traps', name: 'Traps', region: 'upper_pull', anatomy: ['upper trapezius', 'levator scapulae'] },
  { slug: 'neck', name: 'Neck', region: 'upper_pull', anatomy: ['sternocleidomastoid', 'splenius capitis', 'deep neck flexors'] },
  { slug: 'biceps', name: 'Biceps', region: 'arms', anatomy: ['biceps brachii', 'brachialis'] },
  { slug: 'forearms', name: 'Forearms', region: 'arms', anatomy: ['brachioradialis', 'wrist flexors', 'wrist extensors', 'finger flexors'] },
  { slug: 'abdominals', name: 'Abdominals', region: 'core', anatomy: ['rectus abdominis', 'transversus abdominis'] },
  { slug: 'obliques', name: 'Obliques', region: 'core', anatomy: ['external oblique', 'internal oblique'] },
  { slug: 'lower_back', name: 'Lower back', region: 'core', anatomy: ['erector spinae', 'multifidus', 'quadratus lumborum'] },
  { slug: 'hip_flexors', name: 'Hip flexors', region: 'lower_anterior', anatomy: ['iliopsoas', 'rectus femoris (hip flexion)', 'sartorius'] },
  { slug: 'quadriceps', name: 'Quadriceps', region: 'lower_anterior', anatomy: ['rectus femoris', 'vastus lateralis', 'vastus medialis', 'vastus intermedius'] },
  { slug: 'adductors', name: 'Adductors', region: 'lower_anterior', anatomy: ['adductor magnus', 'adductor longus', 'adductor brevis', 'gracilis', 'pectineus'] },
  { slug: 'glutes', name: 'Glutes', region: 'lower_posterior', anatomy: ['gluteus maximus'] },
  { slug: 'abductors', name: 'Abductors', region: 'lower_posterior', anatomy: ['gluteus medius', 'gluteus minimus', 'tensor fasciae latae'] },
  { slug: 'hamstrings', name: 'Hamstrings', region: 'lower_posterior', anatomy: ['biceps femoris', 'semitendinosus', 'semimembranosus'] },
  { slug: 'calves', name: 'Calves', region: 'lower_leg', anatomy: ['gastrocnemius', 'soleus'] },
  { slug: 'tibialis', name: 'Tibialis (shins)', region: 'lower_leg', anatomy: ['tibialis anterior', 'extensor digitorum longus'] },
];
