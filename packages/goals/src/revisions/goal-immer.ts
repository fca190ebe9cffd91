import { Immer } from 'immer';

/**
 * Internal: the goals package's own immer instance. Private so that no host setting (`setAutoFreeze`,
 * `setUseStrictShallowCopy` on immer's shared default instance) changes how revisions are produced: every revision
 * comes out frozen, sharing the unchanged parts of the revision it was based on.
 */
export const goalImmer = new Immer({ autoFreeze: true });
