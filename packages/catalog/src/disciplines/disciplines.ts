import type { DisciplineDefinition } from './discipline-definition.js';

/**
 * All disciplines, in display order.
 *
 * @example
 * ```ts
 * DISCIPLINES.find((discipline) => discipline.slug === 'hyrox')?.name; // 'HYROX'
 * ```
 */
export const DISCIPLINES: readonly DisciplineDefinition[] = [
  { slug: 'general_fitness', name: 'General fitness', description: 'Health-oriented gym training, cardio machines and classes without a competitive focus.' },
  { slug: 'crossfit', name: 'CrossFit', description: 'Mixed-modal conditioning: weightlifting, gymnastics and monostructural cardio in varied workouts.' },
  { slug: 'hyrox', name: 'HYROX', description: 'Fitness racing: eight 1 km runs alternating with ski erg, sled push and pull, burpee broad jumps, rowing, farmers carry, sandbag lunges and wall balls.' },
  { slug: 'powerlifting', name: 'Powerlifting', description: 'Maximal strength in the squat, bench press and deadlift.' },
  { slug: 'olympic_weightlifting', name: 'Olympic weightlifting', description: 'The snatch and the clean and jerk, with their pulls, squats and jerk variations.' },
  { slug: 'bodybuilding', name: 'Bodybuilding', description: 'Hypertrophy training for muscle size, symmetry and proportion.' },
  { slug: 'strongman', name: 'Strongman', description: 'Odd-object strength: carries, yoke, sled, stones, logs and tire flips.' },
  { slug: 'calisthenics', name: 'Calisthenics', description: 'Bodyweight strength and skills: push-ups, pull-ups, dips, levers, planche and handstands.' },
  { slug: 'gymnastics', name: 'Gymnastics', description: 'Artistic and recreational gymnastics on the floor, rings, bars and beam.' },
  { slug: 'running', name: 'Running', description: 'Road, track, treadmill and trail running.' },
  { slug: 'cycling', name: 'Cycling', description: 'Road, gravel, mountain and indoor cycling.' },
  { slug: 'swimming', name: 'Swimming', description: 'Pool and open-water swimming.' },
  { slug: 'triathlon', name: 'Triathlon and multisport', description: 'Swim, bike and run in one race, and other multisport formats (duathlon, aquathlon, swimrun).' },
  { slug: 'rowing', name: 'Rowing and paddling', description: 'Rowing on water and on the ergometer, kayaking, canoeing and stand-up paddling.' },
  { slug: 'climbing', name: 'Climbing', description: 'Sport, trad and indoor rope climbing, bouldering and mountaineering.' },
  { slug: 'hiking', name: 'Hiking', description: 'Walking in hills and mountains, backpacking and rucking.' },
  { slug: 'winter_sports', name: 'Winter sports', description: 'Alpine, backcountry and cross-country skiing, snowboarding, snowshoeing and skating.' },
  { slug: 'water_sports', name: 'Water sports', description: 'Surfing, kite and windsurfing, sailing, water skiing and diving.' },
  { slug: 'team_sports', name: 'Team sports', description: 'Football, basketball, volleyball, rugby, hockey, handball and other team games.' },
  { slug: 'racket_sports', name: 'Racket sports', description: 'Tennis, padel, pickleball, squash, racquetball, badminton and table tennis.' },
  { slug: 'combat_sports', name: 'Combat sports', description: 'Boxing, kickboxing, Brazilian jiu-jitsu, wrestling, fencing and other martial arts.' },
  { slug: 'mobility', name: 'Mobility and mind-body', description: 'Yoga, Pilates, tai chi, stretching, breathwork and meditation.' },
  { slug: 'dance', name: 'Dance', description: 'Social, studio and performance dance, and dance-based fitness.' },
];
