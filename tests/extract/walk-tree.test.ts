import { describe, expect, test } from 'vitest';
import { nextInOrder, walkTree } from '../../src/extract/walk-tree.js';
import { parseHTML } from 'linkedom';

// linkedom itself, not our parse: that one flattens trees deeper than a browser builds.
const body = (html: string): Element => (parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document).body;

describe('walkTree', () => {
  test('enters in document order and leaves children before their parent, with the states', () => {
    const root = body('<div id="a"><p id="b">x<i id="c">y</i></p><p id="d"></p></div>');
    const log: string[] = [];
    walkTree<string>(
      root,
      (node, parent) => (node.nodeType === 1 ? `${parent ?? ''}/${(node as Element).id || 'body'}` : (log.push(`text ${node.nodeValue} in ${parent}`), null)),
      (_node, state) => log.push(`leave ${state}`),
    );
    expect(log).toEqual([
      'text x in /body/a/b', 'text y in /body/a/b/c', 'leave /body/a/b/c', 'leave /body/a/b', 'leave /body/a/d', 'leave /body/a', 'leave /body',
    ]);
  });

  test('null skips a subtree', () => {
    const root = body('<div id="skip"><p id="inner"></p></div><p id="seen"></p>');
    const seen: string[] = [];
    walkTree<true>(root, (node) => {
      const id = (node as Element).id;
      if (id) seen.push(id);
      return id === 'skip' ? null : true;
    });
    expect(seen).toEqual(['skip', 'seen']);
  });

  test('a tree 15,000 deep does not overflow the stack (recursion died at 10,000)', () => {
    const root = body(`${'<b>'.repeat(15_000)}z${'</b>'.repeat(15_000)}`);
    let depth = 0;
    walkTree<number>(root, (node, parent) => {
      const d = (parent ?? 0) + 1;
      depth = Math.max(depth, d);
      return node.nodeType === 1 ? d : null;
    });
    expect(depth).toBe(15_002);
  });
});

test('nextInOrder goes down, along, then up and along, and stops at the root', () => {
  const root = body('<div id="a"><p id="b"></p></div><p id="c"></p>');
  const ids: string[] = [];
  for (let n: Node | null = root.firstChild; n; n = nextInOrder(n, root)) ids.push((n as Element).id);
  expect(ids).toEqual(['a', 'b', 'c']);
  expect(nextInOrder(root.querySelector('#a') as Element, root, false)?.nodeName).toBe('P');
});
