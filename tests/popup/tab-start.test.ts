/**
 * The popup's first move (popup-start.js): which tab, may we run there, inject both scripts
 * (content-on-demand.js first: its result is the tab's report when content.js was not there).
 */
import { describe, expect, test, vi } from 'vitest';
import { type TabApi, leaveTabStart, startTabWork, takeTabStart } from '../../src/popup/tab-start.js';

type Results = Array<{ result?: unknown }> | undefined;

function fakeApi(tab: { id?: number; url?: string } | null, inject: () => Promise<Results> = async () => [{ result: null }]) {
  const api = {
    tabs: {
      query: vi.fn(async () => (tab ? [tab] : [])),
      get: vi.fn(async (id: number) => ({ ...tab, id })),
    },
    scripting: { executeScript: vi.fn(inject) },
  } satisfies TabApi;
  return api;
}

describe('startTabWork', () => {
  test('the toolbar popup: one tabs.query gives the tab and its address; content-on-demand.js is injected first, then content.js', async () => {
    const api = fakeApi({ id: 12, url: 'https://news.example/story' });
    const start = startTabWork('', api);
    expect(await start.injection).toMatchObject({ kind: 'injected', tabId: 12, url: 'https://news.example/story', firstRead: null });
    expect(await start.tabId).toBe(12);
    expect(await start.url).toBe('https://news.example/story');
    expect(api.tabs.get).not.toHaveBeenCalled();
    expect(api.scripting.executeScript.mock.calls).toEqual([
      [{ target: { tabId: 12 }, files: ['content-on-demand.js'] }],
      [{ target: { tabId: 12 }, files: ['content.js'] }],
    ]);
  });

  test("the on-demand script's result is the first read when it is one (a draft and a clean state); anything else means: ask content.js", async () => {
    const read = { cleaned: false, hidden: [], draft: { chunks: [], context: { title: null, siteName: null }, url: 'https://news.example/story' } };
    for (const [result, firstRead] of [[read, read], [null, null], ['text', null], [{ draft: {}, hidden: [] }, null], [{ article: { text: '' }, hidden: [] }, null], [undefined, null]] as const) {
      const api = fakeApi({ id: 12, url: 'https://news.example/story' }, async () => [{ result }]);
      const injection = await startTabWork('', api).injection;
      expect(injection).toMatchObject({ kind: 'injected', firstRead });
    }
    const none = await startTabWork('', fakeApi({ id: 12, url: 'https://news.example/story' }, async () => undefined)).injection;
    expect(none).toMatchObject({ kind: 'injected', firstRead: null });
  });

  test("the tab's read times become steps on the popup's timeline (the bench tells the tab's time from the way back)", async () => {
    performance.clearMarks();
    const started = performance.timeOrigin + performance.now();
    const readTimes = { started, done: started + 42 };
    const read = { cleaned: false, hidden: [], draft: { chunks: [], context: { title: null, siteName: null }, url: 'https://news.example/story' }, readTimes };
    await startTabWork('', fakeApi({ id: 12, url: 'https://news.example/story' }, async () => [{ result: read }])).injection;
    const at = (name: string) => performance.getEntriesByName(`precis-${name}`)[0]?.startTime ?? NaN;
    expect(at('tab-read-done') - at('tab-read-start')).toBeCloseTo(42, 3);
    expect(at('tab-read-start')).toBeCloseTo(started - performance.timeOrigin, 3);
  });

  test('onRequested runs once both injections are asked for, before the read comes back', async () => {
    const pending: Array<(results: Results) => void> = [];
    const api = fakeApi({ id: 12, url: 'https://news.example/story' }, () => new Promise<Results>((resolve) => pending.push(resolve)));
    const requested = vi.fn();
    const start = startTabWork('', api, requested);
    await vi.waitFor(() => expect(requested).toHaveBeenCalledTimes(1));
    expect(api.scripting.executeScript).toHaveBeenCalledTimes(2);
    for (const answer of pending) answer([{ result: null }]);
    expect(await start.injection).toMatchObject({ kind: 'injected' });
    expect(requested).toHaveBeenCalledTimes(1);
  });

  test('?tabId=N (tests open the popup in a tab): that tab, its address from tabs.get', async () => {
    const api = fakeApi({ url: 'https://news.example/other' });
    const start = startTabWork('?tabId=7', api);
    expect(await start.injection).toMatchObject({ kind: 'injected', tabId: 7, url: 'https://news.example/other' });
    expect(api.tabs.get).toHaveBeenCalledWith(7);
    expect(api.tabs.query).not.toHaveBeenCalled();
  });

  test('a browser page or a PDF is refused before any injection', async () => {
    for (const [url, why] of [['chrome://settings', 'browser-page'], ['https://site.example/report.pdf', 'pdf']] as const) {
      const api = fakeApi({ id: 3, url });
      expect(await startTabWork('', api).injection).toEqual({ kind: 'cannot-run', why });
      expect(api.scripting.executeScript).not.toHaveBeenCalled();
    }
  });

  test('an injection the browser refuses is "blocked", not an error', async () => {
    const api = fakeApi({ id: 4 }, async () => {
      throw new Error('Cannot access contents of the page');
    });
    const start = startTabWork('', api);
    expect(await start.injection).toEqual({ kind: 'cannot-run', why: 'blocked' });
    expect(await start.url).toBeNull();
  });

  test('no active tab: nothing to talk about', async () => {
    const start = startTabWork('', fakeApi(null));
    expect(await start.tabId).toBeNull();
    expect(await start.injection).toBeNull();
  });
});

test('the work popup-start.js left is taken once', () => {
  const start = startTabWork('', fakeApi(null));
  leaveTabStart(start);
  expect(takeTabStart()).toBe(start);
  expect(takeTabStart()).toBeNull();
});
