import type { AnyNode, Leaf } from './types';

/** Every leaf below `node`, in document order. */
export function leaves(node: AnyNode): Leaf[] {
  const found: Leaf[] = [];
  const visit = (current: AnyNode): void => {
    if ('children' in current) for (const child of current.children as AnyNode[]) visit(child);
    else found.push(current as Leaf);
  };
  visit(node);
  return found;
}

/** The tree's text: its leaves' values in order. */
export function leafText(node: AnyNode): string {
  return leaves(node)
    .map((leaf) => leaf.value)
    .join('');
}
