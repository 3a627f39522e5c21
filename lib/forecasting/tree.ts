/** A territory as the roll-ups need it. */
export type TreeNode = { id: string; parentId: string | null };

/**
 * Each territory with the territories it counts towards: itself, its parent, and so on to
 * the root. A figure of a territory is added to every one of them, so a territory's series
 * is everything below it. A cycle (which the territory service refuses) stops at the
 * first repeat rather than looping.
 */
export function rollUpTree(nodes: readonly TreeNode[]): Map<string, string[]> {
  const parent = new Map(nodes.map((node) => [node.id, node.parentId]));
  const result = new Map<string, string[]>();
  for (const node of nodes) {
    const chain: string[] = [];
    for (let id: string | null | undefined = node.id; id && !chain.includes(id); id = parent.get(id)) chain.push(id);
    result.set(node.id, chain);
  }
  return result;
}
