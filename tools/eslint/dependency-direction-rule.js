import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ALLOWED_SIBLING_IMPORTS, PACKAGE_LAYERS } from './package-layers.js';

const packageNameCache = new Map();

/** Finds the name of the workspace package that owns `file` (nearest package.json). */
function owningPackage(file) {
  let dir = dirname(file);
  while (dir !== dirname(dir)) {
    if (packageNameCache.has(dir)) return packageNameCache.get(dir);
    try {
      const name = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name;
      packageNameCache.set(dir, name);
      return name;
    } catch {
      dir = dirname(dir);
    }
  }
  return undefined;
}

function importedPackage(specifier) {
  if (specifier === 'trainkit' || specifier.startsWith('trainkit/')) return 'trainkit';
  const match = /^(@trainkit\/[^/]+)/.exec(specifier);
  return match ? match[1] : undefined;
}

/**
 * ESLint rule: imports between trainkit packages must go downward (architecture.md, rule 1).
 * @type {import("eslint").Rule.RuleModule}
 */
export const dependencyDirectionRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the trainkit package layering: import only downward, never a sibling.' },
    schema: [],
    messages: {
      upward: '{{from}} (layer {{fromLayer}}) must not import {{to}} (layer {{toLayer}}): imports go downward only.',
      sibling: '{{from}} must not import its sibling {{to}} (both layer {{fromLayer}}); compose them one layer up.',
      unknown: '{{to}} has no layer in tools/eslint/package-layers.js; add it there first.',
    },
  },
  create(context) {
    const from = owningPackage(context.filename);
    const fromLayer = PACKAGE_LAYERS[from];
    if (fromLayer === undefined) return {};
    const check = (node, specifier) => {
      if (typeof specifier !== 'string') return;
      const to = importedPackage(specifier);
      if (!to || to === from) return;
      const toLayer = PACKAGE_LAYERS[to];
      const data = { from, to, fromLayer, toLayer };
      if (toLayer === undefined) context.report({ node, messageId: 'unknown', data });
      else if (toLayer > fromLayer) context.report({ node, messageId: 'upward', data });
      else if (toLayer === fromLayer && !(ALLOWED_SIBLING_IMPORTS[from] ?? []).includes(to)) {
        context.report({ node, messageId: 'sibling', data });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
