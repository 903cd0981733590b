import { beforeEach, expect, test } from 'vitest';
import { type OnDemandTools, onDemandNow, provideOnDemand, whenOnDemand } from '../../src/content/on-demand/hook.js';

const SLOT = Symbol.for('precis.content-on-demand');
const tools = (name: string): OnDemandTools => ({ draftArticle: () => ({ name }) as never, openPickSession: () => ({ name }) as never });

beforeEach(() => {
  delete (globalThis as unknown as Record<symbol, unknown>)[SLOT];
});

test('content.js asks first: the waiters get the tools the moment the on-demand script registers them', async () => {
  expect(onDemandNow()).toBeNull();
  const first = whenOnDemand();
  const second = whenOnDemand();
  const mine = tools('a');
  provideOnDemand(mine);
  expect(await first).toBe(mine);
  expect(await second).toBe(mine);
});

test('the on-demand script comes first: the tools are there at once', async () => {
  const mine = tools('a');
  provideOnDemand(mine);
  expect(onDemandNow()).toBe(mine);
  expect(await whenOnDemand()).toBe(mine);
});

test('a second injection keeps the first registration', () => {
  const first = tools('a');
  provideOnDemand(first);
  provideOnDemand(tools('b'));
  expect(onDemandNow()).toBe(first);
});

test('the slot is under a registered symbol: no string-named global a page element could clobber', () => {
  provideOnDemand(tools('a'));
  expect(Object.getOwnPropertySymbols(globalThis)).toContain(SLOT);
  expect(Object.keys(globalThis).some((k) => k.toLowerCase().includes('precis'))).toBe(false);
});
