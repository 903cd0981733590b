/**
 * Depth-first walk of a DOM subtree as a loop with an explicit stack, never recursion: a page
 * nested 10,000 elements deep must not overflow the call stack. It moves with firstChild /
 * nextSibling only (O(1) per step on every DOM, linkedom included; `childNodes` and `children`
 * build an array there on every call).
 *
 * `enter` sees each node with its parent's state and returns the node's own state, or null to
 * skip its subtree (text nodes usually add to the parent's state and return null). `exit` runs
 * after all of a node's children, with its state and its parent's: the place to add up totals
 * bottom-up.
 */
export function walkTree<S>(
  root: Node,
  enter: (node: Node, parent: S | null) => S | null,
  exit?: (node: Node, state: S, parent: S | null) => void,
): void {
  const rootState = enter(root, null);
  if (rootState === null) return;
  const states: S[] = [rootState];
  let parent: Node = root;
  let child: Node | null = root.firstChild;
  for (;;) {
    const top = states[states.length - 1] as S;
    if (child) {
      const state = enter(child, top);
      if (state !== null && child.firstChild) {
        states.push(state);
        parent = child;
        child = child.firstChild;
        continue;
      }
      if (state !== null) exit?.(child, state, top);
      child = child.nextSibling;
      continue;
    }
    // All children of `parent` are done: leave it and go on with its next sibling.
    states.pop();
    const above = states.length ? (states[states.length - 1] as S) : null;
    exit?.(parent, top, above);
    if (parent === root || !parent.parentNode) return;
    child = parent.nextSibling;
    parent = parent.parentNode;
  }
}

/**
 * The node after `node` in document order inside `root` (its first child when `descend`), or
 * null at the end: for loops that stop early or skip subtrees.
 */
export function nextInOrder(node: Node, root: Node, descend = true): Node | null {
  if (descend && node.firstChild) return node.firstChild;
  let at: Node | null = node;
  while (at && at !== root && !at.nextSibling) at = at.parentNode;
  return at && at !== root ? at.nextSibling : null;
}
