/** Links to a place on the same page (src/lib/in-page-links.ts): the target is held where the browser put it. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { followInPageLinks } from '../../src/lib/in-page-links';

followInPageLinks();
followInPageLinks();

const link = (href: string, targetId: string) => {
  document.body.innerHTML = `<a href="${href}">to it</a><div id="${targetId}">target</div>`;
  return document.querySelector('a') as HTMLAnchorElement;
};

describe('in-page links', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  it('finds a target by its percent-encoded id, and takes a fragment that is not valid encoding as written', () => {
    const frames = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    link('#%C3%A9t%C3%A9', 'été').click();
    link('#100%', '100%').click();
    link('#missing', 'elsewhere').click();
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
    // A hold for each target found; none for the link whose target is not on the page.
    expect(frames).toHaveBeenCalledTimes(2);
  });
});
