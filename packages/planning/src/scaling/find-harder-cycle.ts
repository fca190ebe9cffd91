/**
 * Internal: a cycle of the directed graph `next` (easier -> harder), or null. Deterministic: nodes and their
 * successors are visited in sorted order, and the cycle is rotated to start at its smallest id. Iterative, so deep
 * ladders never overflow the stack.
 */
export function findHarderCycle(next: ReadonlyMap<string, ReadonlySet<string>>): string[] | null {
  const state = new Map<string, 'visiting' | 'done'>();
  const sortedNext = new Map([...next].map(([node, targets]) => [node, [...targets].sort()]));
  for (const root of [...sortedNext.keys()].sort()) {
    if (state.has(root)) continue;
    const stack: { node: string; index: number }[] = [{ node: root, index: 0 }];
    state.set(root, 'visiting');
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { node: string; index: number };
      const targets = sortedNext.get(top.node) ?? [];
      if (top.index >= targets.length) {
        state.set(top.node, 'done');
        stack.pop();
        continue;
      }
      const target = targets[top.index] as string;
      top.index += 1;
      const seen = state.get(target);
      if (seen === 'visiting') {
        const start = stack.findIndex((frame) => frame.node === target);
        return rotateToSmallest(stack.slice(start).map((frame) => frame.node));
      }
      if (seen === undefined) {
        state.set(target, 'visiting');
        stack.push({ node: target, index: 0 });
      }
    }
  }
  return null;
}

function rotateToSmallest(cycle: string[]): string[] {
  let smallest = 0;
  cycle.forEach((node, index) => {
    if (node < (cycle[smallest] as string)) smallest = index;
  });
  return [...cycle.slice(smallest), ...cycle.slice(0, smallest)];
}
