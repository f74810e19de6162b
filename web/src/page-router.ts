/**
 * A small client-side router over the History API: pages are real URLs (`/dyad/JP-RU`, `/meeting/3`), links are real
 * `<a href>` elements (so they open in new tabs and work from the keyboard), and the server answers every such path
 * with index.html. Same-origin link clicks are intercepted and rendered without a reload.
 */
import { ApiError } from './api-client.ts';
import { h, replaceChildren } from './dom-builder.ts';

/** What a page renders: its title (for `document.title` and the nav highlight) and its content. */
export interface PageResult {
  readonly title: string;
  readonly nav?: string;
  readonly content: Node;
}

export interface PageContext {
  readonly params: Readonly<Record<string, string>>;
  readonly url: URL;
  /** Re-renders the current page (after a write). */
  readonly reload: () => Promise<void>;
  /** Goes to another page; `replace` replaces the current history entry. */
  readonly navigate: (path: string, replace?: boolean) => Promise<void>;
}

export type Page = (context: PageContext) => Promise<PageResult>;

interface Route {
  readonly pattern: RegExp;
  readonly names: readonly string[];
  readonly page: Page;
}

/** Routes in match order; `:name` segments become params. */
export class PageRouter {
  private readonly routes: Route[] = [];
  private renderCount = 0;

  constructor(private readonly outlet: HTMLElement) {}

  add(path: string, page: Page): this {
    const names: string[] = [];
    const source = path.split('/').map((part) => {
      if (!part.startsWith(':')) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(part.slice(1));
      return '([^/]+)';
    }).join('/');
    this.routes.push({ pattern: new RegExp(`^${source}/?$`), names, page });
    return this;
  }

  /** Starts listening to link clicks, form submits of `method=get` forms and history navigation, then renders. */
  start(): Promise<void> {
    document.addEventListener('click', (event) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = (event.target as Element | null)?.closest('a');
      if (anchor === null || anchor === undefined || anchor.target !== '' || anchor.hasAttribute('download')) return;
      const url = new URL(anchor.href, location.href);
      if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
      if (url.pathname === location.pathname && url.search === location.search && url.hash !== '') return;
      event.preventDefault();
      void this.navigate(url.pathname + url.search + url.hash);
    });
    document.addEventListener('submit', (event) => {
      const form = event.target as HTMLFormElement;
      if (form.method.toLowerCase() !== 'get' || form.getAttribute('action') === null) return;
      event.preventDefault();
      const params = new URLSearchParams();
      for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v !== '') params.set(k, v);
      const qs = params.toString();
      void this.navigate(`${form.getAttribute('action') ?? '/'}${qs === '' ? '' : `?${qs}`}`);
    });
    window.addEventListener('popstate', () => void this.render(false));
    return this.render(false);
  }

  /** Goes to `path` (pushing a history entry) and renders it. */
  async navigate(path: string, replace = false): Promise<void> {
    if (replace) history.replaceState(null, '', path);
    else history.pushState(null, '', path);
    await this.render(true);
  }

  private async render(moveFocus: boolean): Promise<void> {
    const ticket = ++this.renderCount;
    const url = new URL(location.href);
    const reload = () => this.render(false);
    this.outlet.setAttribute('aria-busy', 'true');
    let result: PageResult;
    try {
      result = await this.resolve(url, reload);
    } catch (error) {
      result = errorPage(error);
    }
    if (ticket !== this.renderCount) return; // a later navigation won
    document.title = `${result.title} · Readout`;
    for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-nav]')) {
      if (link.dataset['nav'] === result.nav) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    replaceChildren(this.outlet, result.content);
    this.outlet.removeAttribute('aria-busy');
    this.outlet.dataset['page'] = result.nav ?? 'other';
    if (url.hash !== '') document.getElementById(decodeURIComponent(url.hash.slice(1)))?.scrollIntoView();
    else if (moveFocus) window.scrollTo(0, 0);
    if (moveFocus) this.outlet.focus({ preventScroll: true });
  }

  private resolve(url: URL, reload: () => Promise<void>): Promise<PageResult> {
    for (const route of this.routes) {
      const match = route.pattern.exec(url.pathname);
      if (match === null) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => { params[name] = decodeURIComponent(match[i + 1] ?? ''); });
      return route.page({ params, url, reload, navigate: (path, replace = false) => this.navigate(path, replace) });
    }
    return Promise.resolve({ title: 'Not found', content: h('section', {}, h('h1', {}, 'Not found'), h('p', {}, `Nothing at ${url.pathname}.`), h('p', {}, h('a', { href: '/' }, 'Back to relations'))) });
  }
}

function errorPage(error: unknown): PageResult {
  const status = error instanceof ApiError ? error.status : null;
  const title = status === 404 ? 'Not found' : 'Something went wrong';
  const message = error instanceof Error ? error.message : String(error);
  return {
    title,
    content: h('section', { class: 'error-page' },
      h('h1', {}, title),
      h('p', { role: 'alert' }, message),
      h('p', {}, h('a', { href: '/' }, 'Back to relations'))),
  };
}
