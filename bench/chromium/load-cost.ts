/**
 * The content script's load path against Readability clone + parse, in the same page of real
 * Chromium, timed the way TESTING.md prescribes: page scripts disabled (the page is frozen as
 * served), each side evaluated in a fresh isolated world (where content scripts run) from a
 * unique source text (so V8 compiles it anew, as on a real page load), gc() and a layout flush
 * before each timed call, and two clocks: wall time inside the page and the renderer main
 * thread's CPU time from /proc/<pid>/task/<pid>/schedstat, minus an empty evaluation.
 */
import { readFileSync } from 'node:fs';
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { BenchBundles } from './build-bundle.js';

export interface Timing {
  wall: number;
  cpu: number;
}

export interface PageCost {
  /** Evaluating the side's script in its fresh world: V8's compile of the source and its top level (not in `cold`). */
  precisScript: Timing;
  readabilityScript: Timing;
  precisCold: Timing;
  precisWarm: Timing;
  readabilityCold: Timing;
  readabilityWarm: Timing;
}

/** The same origin for every page keeps one renderer process; the corpus URL is passed to the load path. */
export const BENCH_ORIGIN = 'http://127.0.0.1:9';

/** Serves `html` as the only response at its bench URL and loads it (nothing else is fetched). */
export async function servePage(page: Page, html: string, id: string): Promise<void> {
  const url = `${BENCH_ORIGIN}/${id}.html`;
  await page.unrouteAll();
  await page.route('**/*', (route) => (route.request().url() === url ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : route.abort()));
  await page.goto(url, { waitUntil: 'load' });
}

/** A new isolated world (where content scripts run) in the page's main frame: its execution context id. */
export async function freshWorld(cdp: CDPSession, name: string): Promise<number> {
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: name })) as { executionContextId: number };
  return executionContextId;
}

/** CPU time of a process's main thread so far (ns): it holds on a loaded machine where wall times do not. */
export const cpuNs = (pid: number): number => Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]);

/** The page's renderer: the one whose main thread burns CPU while `evaluate` runs a short busy loop in the page. */
export async function findRenderer(browser: Browser, evaluate: (expression: string) => Promise<unknown>): Promise<number> {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: Array<{ type: string; id: number }> };
  await cdp.detach();
  const renderers = processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
  const before = renderers.map(cpuNs);
  await evaluate('(() => { const t = performance.now(); while (performance.now() - t < 30); })()');
  const gained = renderers.map((pid, i) => cpuNs(pid) - (before[i] ?? 0));
  return renderers[gained.indexOf(Math.max(...gained))] ?? renderers[0] ?? 0;
}

export class LoadCostProbe {
  private worlds = 0;
  private rendererPid: number | null = null;
  private order = false;

  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
    private readonly cdp: CDPSession,
    private readonly bundles: BenchBundles,
  ) {}

  static async open(browser: Browser, bundles: BenchBundles): Promise<LoadCostProbe> {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    // The page's own scripts never run: the DOM is the page as served, the same for both sides.
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    return new LoadCostProbe(browser, page, cdp, bundles);
  }

  async load(html: string, id: string): Promise<void> {
    await servePage(this.page, html, id);
    this.rendererPid = await this.findRenderer();
  }

  private async findRenderer(): Promise<number> {
    const world = await this.newWorld();
    return findRenderer(this.browser, (expression) => this.eval(world, expression));
  }

  private async newWorld(): Promise<number> {
    this.worlds += 1;
    return freshWorld(this.cdp, `precis-bench-${this.worlds}`);
  }

  private async eval(contextId: number, expression: string): Promise<unknown> {
    const result = (await this.cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true })) as { result: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    return result.result.value;
  }

  /** Wall time inside the page and main-thread CPU of evaluating `call` (ms), after gc and a layout flush. */
  private async timed(world: number, call: string): Promise<Timing> {
    await this.eval(world, '(() => { gc(); return document.body ? document.body.offsetHeight : 0; })()');
    const pid = this.rendererPid ?? 0;
    const start = cpuNs(pid);
    const wall = (await this.eval(world, `(() => { const t = performance.now(); ${call}; return performance.now() - t; })()`)) as number;
    const cpu = (cpuNs(pid) - start) / 1e6;
    return { wall, cpu };
  }

  /**
   * One side: its script evaluated in a fresh world from a fresh source (timed on its own: the
   * compile V8 does before any call), then the call cold, then warm (same world, second call).
   */
  private async side(bundle: string, call: string, empty: Timing): Promise<[Timing, Timing, Timing]> {
    const world = await this.newWorld();
    const minus = (t: Timing): Timing => ({ wall: t.wall, cpu: Math.max(0, t.cpu - empty.cpu) });
    // A unique tail makes the source text new to V8's compilation cache. (The wall clock inside
    // the page cannot see a script's own compile: only the CPU figure counts it.)
    await this.eval(world, '(() => { gc(); return document.body ? document.body.offsetHeight : 0; })()');
    const pid = this.rendererPid ?? 0;
    const start = cpuNs(pid);
    await this.eval(world, `${bundle}\n//# precis-bench-${this.worlds}-${Math.random()}`);
    const script = minus({ wall: NaN, cpu: (cpuNs(pid) - start) / 1e6 });
    const cold = minus(await this.timed(world, call));
    const warm = minus(await this.timed(world, call));
    return [script, cold, warm];
  }

  /**
   * One side as `side` times it cold, then in a second fresh world evaluated from the same source
   * text (V8 reuses the code it compiled for the first: what remains is the new world's own cost,
   * its inline caches and first runs), then warm in that second world: [cold, second world, warm].
   */
  async measureTwoWorlds({ bundle, call }: { bundle: string; call: string }): Promise<[Timing, Timing, Timing]> {
    const empty = await this.emptyCost();
    const minus = (t: Timing): Timing => ({ wall: t.wall, cpu: Math.max(0, t.cpu - empty.cpu) });
    const source = `${bundle}\n//# precis-bench-${this.worlds}-${Math.random()}`;
    const first = await this.newWorld();
    await this.eval(first, source);
    const cold = minus(await this.timed(first, call));
    const second = await this.newWorld();
    await this.eval(second, source);
    return [cold, minus(await this.timed(second, call)), minus(await this.timed(second, call))];
  }

  /** CPU of an empty evaluation (the least of three), subtracted from every timing. */
  private async emptyCost(): Promise<Timing> {
    const baseWorld = await this.newWorld();
    const empties = [await this.timed(baseWorld, 'void 0'), await this.timed(baseWorld, 'void 0'), await this.timed(baseWorld, 'void 0')];
    return empties.reduce((a, b) => (b.cpu < a.cpu ? b : a));
  }

  /**
   * Any sides (a bundle and the call it is timed by) on the loaded page, each in its own fresh
   * world, in the order given: [script, cold, warm] per side, in that same order.
   */
  async measureSides(sides: ReadonlyArray<{ bundle: string; call: string }>): Promise<Array<[Timing, Timing, Timing]>> {
    const empty = await this.emptyCost();
    const out: Array<[Timing, Timing, Timing]> = [];
    for (const { bundle, call } of sides) out.push(await this.side(bundle, call, empty));
    return out;
  }

  async measure(url: string): Promise<PageCost> {
    const u = JSON.stringify(url);
    const precis = { bundle: this.bundles.precis, call: `precisBench.loadPath(document, ${u})` };
    const readability = { bundle: this.bundles.readability, call: 'precisBench.readabilityClone(document)' };
    // Alternate which side goes first, so neither always meets a page the other has warmed.
    this.order = !this.order;
    const [p, r] = this.order
      ? await this.measureSides([precis, readability])
      : (await this.measureSides([readability, precis])).reverse() as Array<[Timing, Timing, Timing]>;
    return { precisScript: p![0], precisCold: p![1], precisWarm: p![2], readabilityScript: r![0], readabilityCold: r![1], readabilityWarm: r![2] };
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
